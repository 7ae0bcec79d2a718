//! Reports of barriers (BITV 2.0 § 7): stored together with the mail that tells the organiser,
//! listed for staff, marked handled in the audit log, and deleted a year after handling.

use crate::entity::{accessibility_feedback, audit_log, staff};
use crate::outbox::enqueue_to;
use crate::{Result, Store, convert};
use jiff::Timestamp;
use mitwirken_domain::Mail;
use mitwirken_domain::feedback::{
    FeedbackReport, KEPT_AFTER_HANDLING, RATE_WINDOW, REPORTS_PER_WINDOW,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::HashMap;

/// The organiser reads every report in German, whatever language it was written in.
pub const ORGANISER_LOCALE: &str = "de";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedbackOutcome {
    /// Stored, and when an organiser address is known, a mail to it queued.
    Received { id: i64, mail_queued: bool },
    /// This client sent too many reports within the hour; nothing was stored.
    TooMany,
}

/// A report as the back office and the organiser's mail show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub id: i64,
    pub created_at: Timestamp,
    pub page: Option<String>,
    pub message: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub locale: String,
    pub handled_at: Option<Timestamp>,
    /// The staff member who handled it, by address; `None` while open or once the account is gone.
    pub handled_by: Option<String>,
}

fn feedback(row: accessibility_feedback::Model, names: &HashMap<i64, String>) -> Result<Feedback> {
    Ok(Feedback {
        id: row.id,
        created_at: convert::instant(row.created_at)?,
        page: row.page,
        message: row.message,
        email: row.email,
        name: row.name,
        locale: row.locale,
        handled_at: row.handled_at.map(convert::instant).transpose()?,
        handled_by: row.handled_by.and_then(|id| names.get(&id).cloned()),
    })
}

impl Store {
    /// Stores a report and, in the same transaction, queues the mail to `organiser` (the site's
    /// contact address; without one the report waits in the back office only). At most
    /// [`REPORTS_PER_WINDOW`] reports per client within [`RATE_WINDOW`].
    pub async fn submit_accessibility_feedback(
        &self,
        report: &FeedbackReport,
        client_key: &str,
        organiser: Option<&str>,
        now: Timestamp,
    ) -> Result<FeedbackOutcome> {
        let txn = self.write().await?;
        let recent = accessibility_feedback::Entity::find()
            .filter(accessibility_feedback::Column::ClientKey.eq(client_key))
            .filter(accessibility_feedback::Column::CreatedAt.gt((now - RATE_WINDOW).as_second()))
            .count(&txn)
            .await?;
        if recent >= REPORTS_PER_WINDOW {
            return Ok(FeedbackOutcome::TooMany);
        }
        let row = accessibility_feedback::ActiveModel {
            created_at: Set(now.as_second()),
            page: Set(report.page.clone()),
            message: Set(report.message.clone()),
            email: Set(report.email.as_ref().map(|e| e.as_str().to_owned())),
            name: Set(report.name.clone()),
            locale: Set(report.locale.tag().to_owned()),
            handled_at: Set(None),
            handled_by: Set(None),
            client_key: Set(Some(client_key.to_owned())),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        let organiser = organiser.map(str::trim).filter(|a| !a.is_empty());
        if let Some(organiser) = organiser {
            enqueue_to(
                &txn,
                Mail::AccessibilityFeedback { feedback: row.id },
                organiser,
                ORGANISER_LOCALE,
                now,
            )
            .await?;
        }
        txn.commit().await?;
        Ok(FeedbackOutcome::Received {
            id: row.id,
            mail_queued: organiser.is_some(),
        })
    }

    async fn staff_addresses(&self, ids: Vec<i64>) -> Result<HashMap<i64, String>> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        Ok(staff::Entity::find()
            .filter(staff::Column::Id.is_in(ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|s| (s.id, s.email))
            .collect())
    }

    /// Every report kept: open ones first, each group newest first.
    pub async fn accessibility_feedback(&self) -> Result<Vec<Feedback>> {
        let rows = accessibility_feedback::Entity::find()
            .order_by_desc(accessibility_feedback::Column::CreatedAt)
            .order_by_desc(accessibility_feedback::Column::Id)
            .all(&self.db)
            .await?;
        let names = self
            .staff_addresses(rows.iter().filter_map(|r| r.handled_by).collect())
            .await?;
        let (open, handled): (Vec<_>, Vec<_>) =
            rows.into_iter().partition(|r| r.handled_at.is_none());
        open.into_iter()
            .chain(handled)
            .map(|row| feedback(row, &names))
            .collect()
    }

    /// One report, for composing the organiser's mail.
    pub async fn accessibility_feedback_by_id(&self, id: i64) -> Result<Option<Feedback>> {
        let Some(row) = accessibility_feedback::Entity::find_by_id(id)
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let names = self
            .staff_addresses(row.handled_by.into_iter().collect())
            .await?;
        feedback(row, &names).map(Some)
    }

    /// Marks an open report handled and writes the audit log in the same transaction; returns
    /// whether it was open.
    pub async fn mark_feedback_handled(
        &self,
        id: i64,
        staff_id: i64,
        now: Timestamp,
    ) -> Result<bool> {
        let txn = self.write().await?;
        let done = accessibility_feedback::Entity::update_many()
            .col_expr(
                accessibility_feedback::Column::HandledAt,
                Expr::value(now.as_second()),
            )
            .col_expr(
                accessibility_feedback::Column::HandledBy,
                Expr::value(staff_id),
            )
            .filter(accessibility_feedback::Column::Id.eq(id))
            .filter(accessibility_feedback::Column::HandledAt.is_null())
            .exec(&txn)
            .await?;
        if done.rows_affected == 0 {
            return Ok(false);
        }
        audit_log::ActiveModel {
            at: Set(now.as_second()),
            staff_id: Set(Some(staff_id)),
            action: Set("accessibility_feedback_handled".to_owned()),
            subject: Set(format!("accessibility_feedback {id}")),
            details: Set(String::new()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(true)
    }

    /// Retention: deletes reports handled more than [`KEPT_AFTER_HANDLING`] ago, with the
    /// personal data in them, and forgets client keys once they no longer limit anything.
    /// Returns how many reports were deleted.
    pub async fn forget_accessibility_feedback(&self, now: Timestamp) -> Result<u64> {
        let deleted = accessibility_feedback::Entity::delete_many()
            .filter(
                accessibility_feedback::Column::HandledAt
                    .lte((now - KEPT_AFTER_HANDLING).as_second()),
            )
            .exec(&self.writer)
            .await?;
        accessibility_feedback::Entity::update_many()
            .col_expr(
                accessibility_feedback::Column::ClientKey,
                Expr::value(Option::<String>::None),
            )
            .filter(accessibility_feedback::Column::ClientKey.is_not_null())
            .filter(accessibility_feedback::Column::CreatedAt.lte((now - RATE_WINDOW).as_second()))
            .exec(&self.writer)
            .await?;
        Ok(deleted.rows_affected)
    }
}
