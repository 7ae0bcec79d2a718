//! How registrations, proposals, measures and comments are named and badged, the same on the
//! public side and in the back office.

use crate::i18n::{Arg, Tr};
use mitwirken_domain::cocreation::TextError;
use mitwirken_domain::{MeasureStatus, ProposalKind, ProposalState, RegistrationStatus};
use mitwirken_store::proposals::Visibility;

/// The translation key of a status and the badge it wears.
pub fn status_key(status: RegistrationStatus) -> (&'static str, &'static str) {
    match status {
        RegistrationStatus::Unconfirmed => ("status-unconfirmed", "closed"),
        RegistrationStatus::AwaitingApproval => ("status-awaiting-approval", "reserved"),
        RegistrationStatus::Confirmed => ("status-confirmed", "open"),
        RegistrationStatus::Waiting => ("status-waiting", "reserved"),
        RegistrationStatus::Cancelled => ("status-cancelled", "closed"),
        RegistrationStatus::Rejected => ("status-rejected", "closed"),
    }
}

/// The label of a proposal's state, as badges and the back office show it.
pub fn state_label(tr: &Tr, state: ProposalState) -> String {
    match state {
        ProposalState::Open => tr.t("proposals-state-open"),
        ProposalState::Adopted => tr.t("proposals-state-adopted"),
        ProposalState::Merged => tr.t("proposals-state-merged"),
        ProposalState::NotAdopted => tr.t("proposals-state-not-adopted"),
    }
}

/// The badge's look: the shape differs per state, so colour is not the only cue.
pub fn state_class(state: ProposalState) -> &'static str {
    match state {
        ProposalState::Open => "pending",
        ProposalState::Adopted => "open",
        ProposalState::Merged => "reserved",
        ProposalState::NotAdopted => "closed",
    }
}

pub fn kind_label(tr: &Tr, kind: ProposalKind) -> String {
    match kind {
        ProposalKind::Goal => tr.t("proposals-kind-goal"),
        ProposalKind::Measure => tr.t("proposals-kind-measure"),
    }
}

pub fn author_label(tr: &Tr, author: Option<&str>) -> String {
    match author {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => tr.t("proposals-deleted-participant"),
    }
}

/// Why a contribution's text is not shown; empty while it is visible.
pub fn removed_note(tr: &Tr, visibility: &Visibility) -> String {
    match visibility {
        Visibility::Visible => String::new(),
        Visibility::Deleted => tr.t("proposals-deleted"),
        Visibility::Hidden { reason } => {
            tr.args("proposals-hidden", &[("reason", Arg::Str(reason))])
        }
    }
}

/// A measure's status as readers see it.
pub fn status_label(tr: &Tr, status: MeasureStatus) -> String {
    match status {
        MeasureStatus::Planned => tr.t("plan-status-planned"),
        MeasureStatus::InProgress => tr.t("plan-status-in-progress"),
        MeasureStatus::Done => tr.t("plan-status-done"),
        MeasureStatus::Dropped => tr.t("plan-status-dropped"),
    }
}

/// The badge's modifier, so each status has its own look.
pub fn status_class(status: MeasureStatus) -> &'static str {
    match status {
        MeasureStatus::Planned => "planned",
        MeasureStatus::InProgress => "in-progress",
        MeasureStatus::Done => "done",
        MeasureStatus::Dropped => "dropped",
    }
}

/// Why a comment's text was refused.
pub fn text_error(tr: &Tr, error: TextError) -> String {
    match error {
        TextError::Empty => tr.t("form-error-required"),
        TextError::TooLong { max } => tr.count("form-error-too-long", max as i64),
    }
}

/// At most `max` characters of `text`, cut at a character boundary.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests;
