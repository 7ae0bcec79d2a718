//! The tail of a back-office change: record who did what in the audit log, then send the browser
//! on.

use crate::{AppError, AppState};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::Timestamp;

/// Writes one audit entry for `staff`, then answers with a 303 to `to`; the entry is written
/// before the browser moves on, and a failure to write it is the answer instead.
pub async fn audited_redirect(
    state: &AppState,
    staff: i64,
    action: &str,
    subject: &str,
    details: &str,
    now: Timestamp,
    to: &str,
) -> Result<Response, AppError> {
    state
        .store
        .audit(Some(staff), action, subject, details, now)
        .await?;
    Ok(Redirect::to(to).into_response())
}
