//! The outbox: every mail is a row written in the transaction that causes it, and a worker sends it
//! later with retries. Workers lease rows, so several instances never send the same mail twice.

use crate::entity::{outbox, registration};
use crate::{Result, Store};
use jiff::{SignedDuration, Timestamp};
use mitwirken_domain::Mail;
use sea_orm::sea_query::{Expr, ExprTrait, LockBehavior, LockType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

/// Sending gives up after this many attempts and marks the mail as failed for a person to look at.
pub const MAX_ATTEMPTS: i32 = 12;

/// Queues a mail to a registrant, in the registration's language.
pub(crate) async fn enqueue<C: ConnectionTrait>(
    db: &C,
    mail: Mail,
    registration: &registration::Model,
    now: Timestamp,
) -> Result<()> {
    insert(
        db,
        &mail,
        Some(registration.id),
        &registration.email,
        &registration.locale,
        now,
    )
    .await
}

/// Queues a mail that belongs to no registration, such as a participant's sign-in link.
pub(crate) async fn enqueue_to<C: ConnectionTrait>(
    db: &C,
    mail: Mail,
    recipient: &str,
    locale: &str,
    now: Timestamp,
) -> Result<()> {
    insert(db, &mail, None, recipient, locale, now).await
}

/// The row's `kind` and `payload` text for a mail: the variant's name, and its fields as JSON.
fn encode(mail: &Mail) -> (String, String) {
    let mut payload = match serde_json::to_value(mail) {
        Ok(serde_json::Value::Object(fields)) => fields,
        _ => serde_json::Map::new(),
    };
    payload.remove("kind");
    (
        mail.kind().to_owned(),
        serde_json::Value::Object(payload).to_string(),
    )
}

/// The mail a row stands for; `None` for a kind or payload this version does not know.
fn decode(kind: &str, payload: &str) -> Option<Mail> {
    let mut fields = match serde_json::from_str(payload) {
        Ok(serde_json::Value::Object(fields)) => fields,
        _ => serde_json::Map::new(),
    };
    fields.insert("kind".to_owned(), kind.into());
    serde_json::from_value(serde_json::Value::Object(fields)).ok()
}

async fn insert<C: ConnectionTrait>(
    db: &C,
    mail: &Mail,
    registration_id: Option<i64>,
    recipient: &str,
    locale: &str,
    now: Timestamp,
) -> Result<()> {
    let (kind, payload) = encode(mail);
    outbox::ActiveModel {
        kind: Set(kind),
        registration_id: Set(registration_id),
        recipient: Set(recipient.to_owned()),
        locale: Set(locale.to_owned()),
        payload: Set(payload),
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
    /// `None` for a row this version cannot read; the worker drops it.
    pub mail: Option<Mail>,
    pub registration_id: Option<i64>,
    pub recipient: String,
    pub locale: String,
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
                mail: decode(&row.kind, &row.payload),
                registration_id: row.registration_id,
                recipient: row.recipient,
                locale: row.locale,
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
    fn every_mail_round_trips_through_its_row() {
        for mail in Mail::every() {
            let (kind, payload) = encode(&mail);
            assert_eq!(kind, mail.kind());
            assert_eq!(decode(&kind, &payload), Some(mail));
        }
        let answered = Mail::ProposalAnswered {
            proposal: 7,
            role: mitwirken_domain::ProposalRole::Author,
        };
        assert_eq!(
            decode("proposal_answered", &encode(&answered).1),
            Some(answered)
        );
    }

    #[test]
    fn rows_written_before_the_typed_mail_still_read() {
        use mitwirken_domain::ProposalRole;
        let old = [
            ("confirm_address", "{}", Mail::ConfirmAddress),
            ("cancelled", "{}", Mail::Cancelled { message: None }),
            (
                "cancelled",
                r#"{"message":"Krank"}"#,
                Mail::Cancelled {
                    message: Some("Krank".to_owned()),
                },
            ),
            (
                "rejected",
                r#"{"message":"Voll"}"#,
                Mail::Rejected {
                    message: "Voll".to_owned(),
                },
            ),
            (
                "event_cancelled",
                r#"{"message":"Sturm"}"#,
                Mail::EventCancelled {
                    message: "Sturm".to_owned(),
                },
            ),
            (
                "message",
                r#"{"message":"Bitte Ausweis mitbringen","subject":"Hinweis"}"#,
                Mail::Message {
                    subject: "Hinweis".to_owned(),
                    message: "Bitte Ausweis mitbringen".to_owned(),
                },
            ),
            (
                "sign_in_link",
                r#"{"link":12}"#,
                Mail::SignInLink { link: 12 },
            ),
            (
                "proposal_answered",
                r#"{"proposal":3,"role":"author"}"#,
                Mail::ProposalAnswered {
                    proposal: 3,
                    role: ProposalRole::Author,
                },
            ),
            (
                "accessibility_feedback",
                r#"{"feedback":5}"#,
                Mail::AccessibilityFeedback { feedback: 5 },
            ),
        ];
        for (kind, payload, mail) in old {
            assert_eq!(
                decode(kind, payload),
                Some(mail.clone()),
                "{kind} {payload}"
            );
            let (new_kind, new_payload) = encode(&mail);
            assert_eq!(new_kind, kind);
            assert_eq!(
                serde_json::from_str::<serde_json::Value>(&new_payload).ok(),
                serde_json::from_str::<serde_json::Value>(payload).ok(),
                "{kind} is stored as before"
            );
        }
        assert_eq!(decode("carrier_pigeon", "{}"), None);
        assert_eq!(decode("sign_in_link", "{}"), None);
    }
}
