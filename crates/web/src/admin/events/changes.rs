//! Changes to a whole event: cancelling it, moving it, and writing to everyone registered.

use super::event_for;
use crate::admin::Staff;
use crate::base::audited_redirect;
use crate::paths;
use crate::{AppError, AppState, PathId};
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::Permission;
use mitwirken_store::desk::DeskError;
use serde::Deserialize;

/// After the office changed an event or its registrations: drop the cached event definition,
/// wake the mail worker for the mails the change queued, record it, and go back to the event.
async fn changed(
    state: &AppState,
    staff: &Staff,
    action: &str,
    event: i64,
    details: &str,
    now: jiff::Timestamp,
    done: &str,
) -> Result<Response, AppError> {
    state.event_forms.forget(event);
    state.mail_queued.notify_one();
    let subject = format!("event {event}");
    let back = paths::admin_event_done(event, done);
    audited_redirect(state, staff.0.id, action, &subject, details, now, &back).await
}

#[derive(Deserialize, Default)]
pub struct EventForm {
    #[serde(default)]
    message: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
}

fn back_to(event: i64, done: &str) -> Response {
    Redirect::to(&paths::admin_event_done(event, done)).into_response()
}

/// Cancels the event and tells everyone registered, with a calendar entry that removes it.
pub async fn cancel_event(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    let now = state.clock.now();
    let done = match state
        .store
        .cancel_event(event.id, form.message.trim(), now)
        .await
    {
        Ok(_) => "event-cancelled",
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
        Err(_) => "wrong-state",
    };
    changed(
        &state,
        &staff,
        "event_cancel",
        event.id.0,
        form.message.trim(),
        now,
        done,
    )
    .await
}

/// Moves the event to another day or time; everyone registered gets the new calendar entry.
pub async fn move_event(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    let (event, process) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    let tz = &process.time_zone;
    let parsed = (
        form.date.trim().parse::<jiff::civil::Date>(),
        form.starts.trim().parse::<jiff::civil::Time>(),
        form.ends.trim().parse::<jiff::civil::Time>(),
    );
    let (Ok(date), Ok(starts), Ok(ends)) = parsed else {
        return Ok(back_to(event.id.0, "invalid-time"));
    };
    let starts_at = mitwirken_domain::schedule::local_instant(date, starts, tz);
    let ends_at = mitwirken_domain::schedule::local_instant(date, ends, tz);
    let now = state.clock.now();
    let done = match state
        .store
        .move_event(event.id, starts_at, ends_at, now)
        .await
    {
        Ok(_) => "event-moved",
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
        Err(_) => "invalid-time",
    };
    let details = format!("{date} {starts}-{ends}");
    changed(
        &state,
        &staff,
        "event_move",
        event.id.0,
        &details,
        now,
        done,
    )
    .await
}

/// Writes to everyone registered for the event.
pub async fn message(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    if form.subject.trim().is_empty() || form.message.trim().is_empty() {
        return Ok(back_to(event.id.0, "wrong-state"));
    }
    let now = state.clock.now();
    let sent = state
        .store
        .message_registrants(event.id, form.subject.trim(), form.message.trim(), now)
        .await
        .map_err(|e| match e {
            DeskError::Store(e) => AppError::Store(e),
            _ => AppError::NotFound,
        })?;
    let details = format!("{sent} recipients");
    changed(
        &state,
        &staff,
        "message_registrants",
        event.id.0,
        &details,
        now,
        "message-sent",
    )
    .await
}
