//! Links from mails: confirming an address (a page with a button; only the POST confirms, since mail
//! scanners open links), and the manage page with status, calendar entry and cancellation.

// Also reachable here, where the translation tests look for the manage page's statuses.
pub(crate) use crate::base::labels::status_key;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, EventView};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_auth::Token;
use mitwirken_auth::token::Purpose;
use mitwirken_domain::RegistrationStatus;
use mitwirken_store::{ConfirmOutcome, Registration};

fn token(raw: &str) -> Result<Token, AppError> {
    Token::from_link(raw).ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage {
    tr: Tr,
    chrome: Chrome,
    event: EventView,
    token: String,
    name: String,
}

pub async fn confirm_page(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let token = token(&raw)?;
    let registration = state
        .store
        .registration_by_confirm_token(&token)
        .await?
        .ok_or(AppError::NotFound)?;
    if registration.status != RegistrationStatus::Unconfirmed {
        return Ok(Redirect::to(&manage_path(&state, &registration)).into_response());
    }
    let (event, process) = crate::lookup::public_event(&state, registration.event_id.0).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let view = EventView::new(&event, &process.time_zone, state.clock.now(), &tr, &content);
    Ok(html(ConfirmPage {
        chrome: ctx.chrome(tr.t("confirm-title"), &content),
        event: view,
        token: token.as_str().to_owned(),
        name: format!("{} {}", registration.given_name, registration.family_name),
        tr,
    })?
    .into_response())
}

pub async fn confirm(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let token = token(&raw)?;
    let registration = match state.store.confirm(&token, state.clock.now()).await? {
        Some(ConfirmOutcome::Done(r)) => {
            state.mail_queued.notify_one();
            r
        }
        Some(ConfirmOutcome::AlreadyConfirmed(r)) => r,
        None => return Err(AppError::NotFound),
    };
    Ok(Redirect::to(&manage_path(&state, &registration)).into_response())
}

/// The manage page's path, from the registration's nonce and the installation's key.
pub fn manage_path(state: &AppState, registration: &Registration) -> String {
    paths::manage(
        state
            .keys
            .token(Purpose::Manage, &registration.token_nonce)
            .as_str(),
    )
}

#[derive(Template)]
#[template(path = "manage.html")]
struct ManagePage {
    tr: Tr,
    chrome: Chrome,
    event: EventView,
    token: String,
    name: String,
    status_key: &'static str,
    status_text: String,
    status_class: &'static str,
    ticket_code: String,
    qr_svg: String,
    can_cancel: bool,
    on_site_notes: crate::view::Txt,
}

pub async fn manage(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let token = token(&raw)?;
    let registration = state
        .store
        .registration_by_manage_token(&token)
        .await?
        .ok_or(AppError::NotFound)?;
    let (event, process) = crate::lookup::public_event(&state, registration.event_id.0).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let view = EventView::new(&event, &process.time_zone, state.clock.now(), &tr, &content);
    let (status_key, status_class) = status_key(registration.status);
    let status_text = match registration.waiting_position {
        Some(position) => tr.args(
            "status-waiting-position",
            &[("position", Arg::Num(position as i64))],
        ),
        None => tr.t(&format!("{status_key}-text")),
    };
    let has_place = registration.status == RegistrationStatus::Confirmed;
    Ok(html(ManagePage {
        chrome: ctx.chrome(tr.t("manage-title"), &content),
        event: view,
        token: token.as_str().to_owned(),
        name: format!("{} {}", registration.given_name, registration.family_name),
        status_key,
        status_text,
        status_class,
        ticket_code: if has_place {
            registration.ticket_code.clone()
        } else {
            String::new()
        },
        qr_svg: if has_place {
            mitwirken_exports::qr::svg(&registration.ticket_code)
        } else {
            String::new()
        },
        can_cancel: registration.status.can_cancel(),
        on_site_notes: content.pick(&event.on_site_notes),
        tr,
    })?
    .into_response())
}

pub async fn cancel(
    State(state): State<AppState>,
    Path(raw): Path<String>,
) -> Result<Response, AppError> {
    let token = token(&raw)?;
    state
        .store
        .cancel(&token, state.clock.now())
        .await?
        .ok_or(AppError::NotFound)?;
    state.mail_queued.notify_one();
    Ok(Redirect::to(&paths::manage(token.as_str())).into_response())
}
