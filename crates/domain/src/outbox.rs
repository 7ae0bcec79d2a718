//! The mails the outbox holds: one typed value per row, written in the transaction that causes
//! the mail and read by the worker that sends it.
//!
//! A row stores the variant's name in its `kind` column and the variant's fields as JSON in its
//! `payload` column; the names and field names below are that stored text, so keep them.

use serde::{Deserialize, Serialize};

/// Which mail a row stands for. Mails to registrants are rendered from the registration's
/// current data (the row names the registration); the rest carry what they refer to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Mail {
    ConfirmAddress,
    AlreadyRegistered,
    Confirmed,
    AwaitingApproval,
    Approved,
    WaitingList,
    Promoted,
    /// The registrant cancelled (no message), or the office did, with its reason.
    Cancelled {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message: Option<String>,
    },
    Rejected {
        #[serde(default)]
        message: String,
    },
    Reminder,
    EventCancelled {
        #[serde(default)]
        message: String,
    },
    EventChanged,
    /// A message the office wrote to everyone registered for an event.
    Message {
        #[serde(default)]
        subject: String,
        #[serde(default)]
        message: String,
    },
    /// A participant's sign-in link, by the link's id.
    SignInLink {
        link: i64,
    },
    /// The organiser answered a proposal the recipient made or supports.
    ProposalAnswered {
        proposal: i64,
        #[serde(default)]
        role: ProposalRole,
    },
    /// Someone reported a barrier; to the organiser, in German.
    AccessibilityFeedback {
        feedback: i64,
    },
}

/// Why a participant hears about an answered proposal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProposalRole {
    Author,
    #[default]
    Supporter,
}

impl ProposalRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ProposalRole::Author => "author",
            ProposalRole::Supporter => "supporter",
        }
    }
}

impl Mail {
    /// One mail of every kind, for checks that must cover them all.
    pub fn every() -> [Mail; 16] {
        [
            Mail::ConfirmAddress,
            Mail::AlreadyRegistered,
            Mail::Confirmed,
            Mail::AwaitingApproval,
            Mail::Approved,
            Mail::WaitingList,
            Mail::Promoted,
            Mail::Cancelled { message: None },
            Mail::Rejected {
                message: String::new(),
            },
            Mail::Reminder,
            Mail::EventCancelled {
                message: String::new(),
            },
            Mail::EventChanged,
            Mail::Message {
                subject: String::new(),
                message: String::new(),
            },
            Mail::SignInLink { link: 0 },
            Mail::ProposalAnswered {
                proposal: 0,
                role: ProposalRole::Supporter,
            },
            Mail::AccessibilityFeedback { feedback: 0 },
        ]
    }

    /// The part of the message keys (`mail-<key>-subject`, `mail-<key>-body`) that names this
    /// mail.
    pub fn message_key(&self) -> String {
        self.kind().replace('_', "-")
    }

    /// The name stored in the row's `kind` column.
    pub fn kind(&self) -> &'static str {
        match self {
            Mail::ConfirmAddress => "confirm_address",
            Mail::AlreadyRegistered => "already_registered",
            Mail::Confirmed => "confirmed",
            Mail::AwaitingApproval => "awaiting_approval",
            Mail::Approved => "approved",
            Mail::WaitingList => "waiting_list",
            Mail::Promoted => "promoted",
            Mail::Cancelled { .. } => "cancelled",
            Mail::Rejected { .. } => "rejected",
            Mail::Reminder => "reminder",
            Mail::EventCancelled { .. } => "event_cancelled",
            Mail::EventChanged => "event_changed",
            Mail::Message { .. } => "message",
            Mail::SignInLink { .. } => "sign_in_link",
            Mail::ProposalAnswered { .. } => "proposal_answered",
            Mail::AccessibilityFeedback { .. } => "accessibility_feedback",
        }
    }
}
