//! For admins: the outbox (mails sent, pending and failed, with retry) and the audit log.

use super::Staff;
use crate::base::{PageCtx, audited_redirect, html};
use crate::i18n::Tr;
use crate::view::Chrome;
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use mitwirken_store::outbox::OutboxEntry;
use mitwirken_store::staff::AuditEntry;

#[derive(Template)]
#[template(path = "admin/outbox.html")]
struct OutboxPage {
    tr: Tr,
    chrome: Chrome,
    entries: Vec<OutboxEntry>,
}

impl OutboxPage {
    /// A mail's state in the reader's language.
    fn status(&self, status: &str) -> String {
        match status {
            "pending" => self.tr.t("admin-outbox-status-pending"),
            "sent" => self.tr.t("admin-outbox-status-sent"),
            "failed" => self.tr.t("admin-outbox-status-failed"),
            other => other.to_owned(),
        }
    }
}

pub async fn outbox(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    staff.require_admin()?;
    let entries = state
        .store
        .outbox(None)
        .await?
        .into_iter()
        .take(500)
        .collect();
    state
        .store
        .audit(
            Some(staff.0.id),
            "view_outbox",
            "outbox",
            "",
            state.clock.now(),
        )
        .await?;
    let tr = ctx.tr();
    let content = ctx.content();
    Ok(html(OutboxPage {
        chrome: ctx.chrome(tr.t("admin-outbox-title"), &content),
        entries,
        tr,
    })?
    .into_response())
}

pub async fn retry(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
) -> Result<Response, AppError> {
    staff.require_admin()?;
    let now = state.clock.now();
    state.store.retry_mail(id.0, now).await?;
    state.mail_queued.notify_one();
    audited_redirect(
        &state,
        staff.0.id,
        "retry_mail",
        &format!("outbox {}", id.0),
        "",
        now,
        "/admin/outbox",
    )
    .await
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    tr: Tr,
    chrome: Chrome,
    entries: Vec<(String, AuditEntry)>,
}

pub async fn audit(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    staff.require_admin()?;
    let utc = jiff::tz::TimeZone::UTC;
    let entries = state
        .store
        .audit_log(500)
        .await?
        .into_iter()
        .map(|e| {
            (
                e.at.to_zoned_datetime(utc.clone())
                    .strftime("%Y-%m-%d %H:%M:%S UTC")
                    .to_string(),
                e,
            )
        })
        .collect();
    let tr = ctx.tr();
    let content = ctx.content();
    Ok(html(AuditPage {
        chrome: ctx.chrome(tr.t("admin-audit-title"), &content),
        entries,
        tr,
    })?
    .into_response())
}
