//! The feedback form of the accessibility statement (BITV 2.0 § 7): a report of a barrier is
//! checked, limited per client, stored, and mailed to the organiser; then a thank-you page.

use crate::base::{PageCtx, html};
use crate::client::ClientAddress;
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, ErrorView};
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::feedback::{FeedbackErrors, FeedbackInput, KEPT_DAYS};
use mitwirken_domain::{Email, FieldError};
use mitwirken_store::feedback::FeedbackOutcome;

/// The form as the accessibility statement shows it: what was typed, what was refused, and
/// whether this client has sent too many reports for now.
#[derive(Default)]
pub(crate) struct FeedbackForm {
    pub values: FeedbackInput,
    pub errors: Vec<ErrorView>,
    pub too_many: bool,
}

/// What the form says about the data it takes, and when it is deleted.
pub(crate) fn privacy_note(tr: &Tr) -> String {
    tr.args("feedback-privacy", &[("days", Arg::Num(KEPT_DAYS))])
}

fn message(tr: &Tr, error: FieldError) -> String {
    match error {
        FieldError::TooLong { max } => tr.count(error.key(), max as i64),
        other => tr.t(other.key()),
    }
}

/// Reads the posted form as typed; unknown fields are ignored.
fn input(pairs: Vec<(String, String)>) -> FeedbackInput {
    let mut input = FeedbackInput::default();
    for (name, value) in pairs {
        match name.as_str() {
            "page" => input.page = value,
            "message" => input.message = value,
            "email" => input.email = value,
            "name" => input.name = value,
            _ => {}
        }
    }
    input
}

async fn again(
    state: &AppState,
    ctx: &PageCtx,
    status: StatusCode,
    values: FeedbackInput,
    errors: FeedbackErrors,
    too_many: bool,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let errors = errors
        .into_iter()
        .map(|(field, error)| ErrorView::new(field.id(), message(&tr, error)))
        .collect();
    let form = FeedbackForm {
        values,
        errors,
        too_many,
    };
    let page = super::pages::accessibility_with(state, ctx, form).await?;
    Ok((status, page).into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    client: ClientAddress,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let values = input(pairs);
    if ctx.switching {
        return again(&state, &ctx, StatusCode::OK, values, Vec::new(), false).await;
    }
    let report = match values.parse(ctx.locale) {
        Ok(report) => report,
        Err(errors) => {
            return again(
                &state,
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                values,
                errors,
                false,
            )
            .await;
        }
    };
    let organiser = match Email::parse(&state.site.contact_email) {
        Ok(address) => Some(address),
        Err(FieldError::Required) => None,
        Err(_) => {
            tracing::warn!(
                contact_email = %state.site.contact_email,
                "site.contact_email is not an address; the report waits in the back office only"
            );
            None
        }
    };
    let key = state.keys.client_key(&client.bucket());
    let outcome = state
        .store
        .submit_accessibility_feedback(
            &report,
            &key,
            organiser.as_ref().map(Email::as_str),
            state.clock.now(),
        )
        .await?;
    match outcome {
        FeedbackOutcome::Received { mail_queued, .. } => {
            if mail_queued {
                state.mail_queued.notify_one();
            }
            // The form posts to `#error-summary`; the thank-you page starts at its main content instead.
            Ok(Redirect::to("/accessibility/feedback/sent#main").into_response())
        }
        FeedbackOutcome::TooMany => {
            again(
                &state,
                &ctx,
                StatusCode::TOO_MANY_REQUESTS,
                values,
                Vec::new(),
                true,
            )
            .await
        }
    }
}

/// The form's address opened directly (e.g. by the language switch after an error): the statement.
pub async fn to_form(ctx: PageCtx) -> Redirect {
    Redirect::to(&paths::accessibility_feedback(ctx.query.as_deref()))
}

#[derive(Template)]
#[template(path = "feedback_sent.html")]
struct SentPage {
    tr: Tr,
    chrome: Chrome,
}

pub async fn sent(ctx: PageCtx) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    Ok(html(SentPage {
        chrome: ctx.chrome(tr.t("feedback-sent-title"), &content),
        tr,
    })?
    .into_response())
}
