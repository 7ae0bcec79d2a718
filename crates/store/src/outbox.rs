//! The outbox: every mail is a row written in the transaction that causes it, and a worker sends it
//! later with retries. Workers lease rows, so several instances never send the same mail twice.

use crate::entity::{outbox, registration};
use crate::{Result, Store};
use jiff::{SignedDuration, Timestamp};
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

/// Which mail a row stands for; the worker renders it from the registration's current data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    ConfirmAddress,
    AlreadyRegistered,
    Confirmed,
    AwaitingApproval,
    Approved,
    WaitingList,
    Promoted,
    Cancelled,
    Rejected,
    Reminder,
    EventCancelled,
    EventChanged,
    Message,
    /// A participant's sign-in link; the payload names the link.
    SignInLink,
    /// The organiser answered a proposal the recipient made or supports; the payload names it.
    ProposalAnswered,
    /// Someone reported a barrier; to the organiser, in German. The payload names the report.
    AccessibilityFeedback,
}

impl MailKind {
    pub const ALL: &'static [MailKind] = &[
        MailKind::ConfirmAddress,
        MailKind::AlreadyRegistered,
        MailKind::Confirmed,
        MailKind::AwaitingApproval,
        MailKind::Approved,
        MailKind::WaitingList,
        MailKind::Promoted,
        MailKind::Cancelled,
        MailKind::Rejected,
        MailKind::Reminder,
        MailKind::EventCancelled,
        MailKind::EventChanged,
        MailKind::Message,
        MailKind::SignInLink,
        MailKind::ProposalAnswered,
        MailKind::AccessibilityFeedback,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MailKind::ConfirmAddress => "confirm_address",
            MailKind::AlreadyRegistered => "already_registered",
            MailKind::Confirmed => "confirmed",
            MailKind::AwaitingApproval => "awaiting_approval",
            MailKind::Approved => "approved",
            MailKind::WaitingList => "waiting_list",
            MailKind::Promoted => "promoted",
            MailKind::Cancelled => "cancelled",
            MailKind::Rejected => "rejected",
            MailKind::Reminder => "reminder",
            MailKind::EventCancelled => "event_cancelled",
            MailKind::EventChanged => "event_changed",
            MailKind::Message => "message",
            MailKind::SignInLink => "sign_in_link",
            MailKind::ProposalAnswered => "proposal_answered",
            MailKind::AccessibilityFeedback => "accessibility_feedback",
        }
    }

    pub fn parse(raw: &str) -> Option<MailKind> {
        Self::ALL.iter().copied().find(|k| k.as_str() == raw)
    }
}

/// Sending gives up after this many attempts and marks the mail as failed for a person to look at.
pub const MAX_ATTEMPTS: i32 = 12;

pub(crate) async fn enqueue<C: ConnectionTrait>(
    db: &C,
    kind: MailKind,
    registration: &registration::Model,
    now: Timestamp,
) -> Result<()> {
    enqueue_with(db, kind, registration, now, serde_json::json!({})).await
}

pub(crate) async fn enqueue_with<C: ConnectionTrait>(
    db: &C,
    kind: MailKind,
    registration: &registration::Model,
    now: Timestamp,
    payload: serde_json::Value,
) -> Result<()> {
    insert(
        db,
        kind,
        Some(registration.id),
        &registration.email,
        &registration.locale,
        payload,
        now,
    )
    .await
}

/// Queues a mail that belongs to no registration, such as a participant's sign-in link.
pub(crate) async fn enqueue_to<C: ConnectionTrait>(
    db: &C,
    kind: MailKind,
    recipient: &str,
    locale: &str,
    payload: serde_json::Value,
    now: Timestamp,
) -> Result<()> {
    insert(db, kind, None, recipient, locale, payload, now).await
}

async fn insert<C: ConnectionTrait>(
    db: &C,
    kind: MailKind,
    registration_id: Option<i64>,
    recipient: &str,
    locale: &str,
    payload: serde_json::Value,
    now: Timestamp,
) -> Result<()> {
    outbox::ActiveModel {
        kind: Set(kind.as_str().to_owned()),
        registration_id: Set(registration_id),
        recipient: Set(recipient.to_owned()),
        locale: Set(locale.to_owned()),
        payload: Set(payload.to_string()),
        status: Set("pending".to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now.as_second()),
        locked_until: Set(None),
        last_error: Set(None),
        created_at: Set(now.as_second()),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A mail to send now.
#[derive(Debug, Clone)]
pub struct OutboxItem {
    pub id: i64,
    pub kind: Option<MailKind>,
    pub registration_id: Option<i64>,
    pub recipient: String,
    pub locale: String,
    pub payload: serde_json::Value,
    pub attempts: i32,
}

/// A row as the outbox view and tests see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    pub id: i64,
    pub kind: String,
    pub registration_id: Option<i64>,
    pub recipient: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
}

/// Waiting time before attempt `n + 1`: 30 s, doubling, at most an hour.
pub fn backoff(attempts: i32) -> SignedDuration {
    let exponent = attempts.clamp(1, 8) - 1;
    SignedDuration::from_secs(Ord::min(30 * 2i64.pow(exponent as u32), 3600))
}

impl Store {
    /// Leases up to `limit` due mails for `lease`; a worker that dies leaves them to the next one.
    pub async fn claim_mail(
        &self,
        now: Timestamp,
        limit: u64,
        lease: SignedDuration,
    ) -> Result<Vec<OutboxItem>> {
        let txn = self.write().await?;
        let mut query = outbox::Entity::find()
            .filter(outbox::Column::Status.eq("pending"))
            .filter(outbox::Column::NextAttemptAt.lte(now.as_second()))
            .filter(
                Expr::col(outbox::Column::LockedUntil)
                    .is_null()
                    .or(Expr::col(outbox::Column::LockedUntil).lt(now.as_second())),
            )
            .order_by_asc(outbox::Column::Id)
            .limit(limit);
        if txn.get_database_backend() == DbBackend::Postgres {
            query = query.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
        }
        let rows = query.all(&txn).await?;
        let mut items = Vec::with_capacity(rows.len());
        for row in rows {
            let mut active: outbox::ActiveModel = row.clone().into();
            active.locked_until = Set(Some((now + lease).as_second()));
            active.attempts = Set(row.attempts + 1);
            active.update(&txn).await?;
            items.push(OutboxItem {
                id: row.id,
                kind: MailKind::parse(&row.kind),
                registration_id: row.registration_id,
                recipient: row.recipient,
                locale: row.locale,
                payload: serde_json::from_str(&row.payload).unwrap_or_default(),
                attempts: row.attempts + 1,
            });
        }
        txn.commit().await?;
        Ok(items)
    }

    /// These mails went out; their payloads are no longer needed and are dropped.
    pub async fn mails_sent(&self, ids: &[i64], now: Timestamp) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::value("sent"))
            .col_expr(outbox::Column::SentAt, Expr::value(now.as_second()))
            .col_expr(
                outbox::Column::LockedUntil,
                Expr::value(Option::<i64>::None),
            )
            .col_expr(outbox::Column::Payload, Expr::value("{}"))
            .filter(outbox::Column::Id.is_in(ids.iter().copied()))
            .exec(&self.writer)
            .await?;
        Ok(())
    }

    /// Sending failed; it is tried again later, or given up after [`MAX_ATTEMPTS`].
    pub async fn mail_failed(&self, item: &OutboxItem, error: &str, now: Timestamp) -> Result<()> {
        let give_up = item.attempts >= MAX_ATTEMPTS;
        outbox::Entity::update_many()
            .col_expr(
                outbox::Column::Status,
                Expr::value(if give_up { "failed" } else { "pending" }),
            )
            .col_expr(
                outbox::Column::NextAttemptAt,
                Expr::value((now + backoff(item.attempts)).as_second()),
            )
            .col_expr(
                outbox::Column::LockedUntil,
                Expr::value(Option::<i64>::None),
            )
            .col_expr(
                outbox::Column::LastError,
                Expr::value(error.chars().take(500).collect::<String>()),
            )
            .filter(outbox::Column::Id.eq(item.id))
            .exec(&self.writer)
            .await?;
        Ok(())
    }

    /// Sends a failed mail again at the next round.
    pub async fn retry_mail(&self, id: i64, now: Timestamp) -> Result<()> {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Status, Expr::value("pending"))
            .col_expr(outbox::Column::Attempts, Expr::value(0))
            .col_expr(outbox::Column::NextAttemptAt, Expr::value(now.as_second()))
            .filter(outbox::Column::Id.eq(id))
            .filter(outbox::Column::Status.eq("failed"))
            .exec(&self.writer)
            .await?;
        Ok(())
    }

    /// The outbox, newest first, optionally for one recipient.
    pub async fn outbox(&self, recipient: Option<&str>) -> Result<Vec<OutboxEntry>> {
        let mut query = outbox::Entity::find().order_by_desc(outbox::Column::Id);
        if let Some(recipient) = recipient {
            query = query.filter(outbox::Column::Recipient.eq(recipient));
        }
        Ok(query
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| OutboxEntry {
                id: row.id,
                kind: row.kind,
                registration_id: row.registration_id,
                recipient: row.recipient,
                status: row.status,
                attempts: row.attempts,
                last_error: row.last_error,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_up_to_an_hour() {
        assert_eq!(backoff(1), SignedDuration::from_secs(30));
        assert_eq!(backoff(2), SignedDuration::from_secs(60));
        assert_eq!(backoff(12), SignedDuration::from_secs(3600));
    }

    #[test]
    fn mail_kinds_round_trip() {
        for kind in MailKind::ALL {
            assert_eq!(MailKind::parse(kind.as_str()), Some(*kind));
        }
    }
}
