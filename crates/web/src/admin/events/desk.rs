//! What the office does to one registration (approve, reject, cancel, …) and the walk-ins it adds
//! at the door.

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

/// The translation key part of an action; anything unknown is reported as an error.
pub(super) fn action_key(action: &str) -> &'static str {
    match action {
        "approve" => "approve",
        "reject" => "reject",
        "cancel" => "cancel",
        "seat" => "seat",
        "wait" => "wait",
        "walk-in" => "walk-in",
        "no-seat" => "no-seat",
        "event-cancelled" => "event-cancelled",
        "event-moved" => "event-moved",
        "message-sent" => "message-sent",
        "invalid-time" => "invalid-time",
        _ => "wrong-state",
    }
}

#[derive(Deserialize, Default)]
pub struct ActForm {
    #[serde(default)]
    message: String,
}

/// Approve, reject, cancel, give a seat, or move to the waiting list.
pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<ActForm>,
) -> Result<Response, AppError> {
    let registration = state
        .store
        .registration(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = state
        .store
        .event_any_status(registration.event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    staff.require(Permission::ManageRegistrations, event.process_id)?;
    let now = state.clock.now();
    let message = form.message.trim();
    let outcome: Result<(), DeskError> = match action.as_str() {
        "approve" => state
            .store
            .approve(id, now)
            .await
            .map(|_| ())
            .map_err(DeskError::from),
        "reject" => state
            .store
            .reject(id, message, now)
            .await
            .map(|_| ())
            .map_err(DeskError::from),
        "cancel" => state.store.cancel_for(id, message, now).await.map(|_| ()),
        "seat" => state.store.move_to_seat(id, now).await.map(|_| ()),
        "wait" => state.store.move_to_waiting(id, now).await.map(|_| ()),
        _ => return Err(AppError::NotFound),
    };
    let done = match outcome {
        Ok(()) => action.clone(),
        Err(DeskError::NoSeat) => "no-seat".to_owned(),
        Err(DeskError::WrongState | DeskError::NotFound) => "wrong-state".to_owned(),
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
    };
    state.mail_queued.notify_one();
    state.event_forms.forget(event.id.0);
    audited_redirect(
        &state,
        staff.0.id,
        &format!("registration_{action}"),
        &format!("registration {id}"),
        message,
        now,
        &paths::admin_event_done(event.id, &done),
    )
    .await
}

#[derive(Deserialize, Default)]
pub struct WalkInForm {
    #[serde(default)]
    given_name: String,
    #[serde(default)]
    family_name: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    back: String,
}

pub async fn walk_in(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<WalkInForm>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id.0, Permission::CheckIn).await?;
    let back = if form.back == "checkin" {
        paths::admin_checkin(event.id)
    } else {
        paths::admin_event(event.id)
    };
    if form.given_name.trim().is_empty() || form.family_name.trim().is_empty() {
        return Ok(Redirect::to(&paths::done(back, "wrong-state", None)).into_response());
    }
    let now = state.clock.now();
    let organisation = Some(form.organisation.as_str());
    let done = match state
        .store
        .add_walk_in(
            &state.keys,
            event.id,
            &form.given_name,
            &form.family_name,
            organisation,
            now,
        )
        .await
    {
        Ok(registration) => {
            state
                .store
                .audit(
                    Some(staff.0.id),
                    "walk_in",
                    &format!("registration {}", registration.id),
                    "",
                    now,
                )
                .await?;
            "walk-in"
        }
        Err(DeskError::NoSeat) => "no-seat",
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
        Err(_) => "wrong-state",
    };
    Ok(Redirect::to(&paths::done(back, done, None)).into_response())
}
