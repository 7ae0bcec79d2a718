//! `POST /api/v1/events/{id}/registrations`: the registration form's rules for API clients.

use crate::base::registration::{self, Registering};
use crate::i18n::Tr;
use crate::{AppError, AppState, PathId};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{FieldError, FormField, Locale, RegistrationInput};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// A registration as an API client sends it; the same fields as the form.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct RegistrationRequest {
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub organisation: String,
    /// Id of one of the event's eligible groups (required on reserved events)
    pub eligible_group: Option<i64>,
    pub phone: String,
    /// Language for mails: de, en or ar
    pub language: String,
    pub working_group: Option<i64>,
    /// Interpretation into this language
    pub interpretation: String,
    pub sign_language: bool,
    pub step_free: bool,
    pub other_needs: String,
    pub invitation_code: String,
    /// Must be true: consent to the privacy notice
    pub consent: bool,
    /// Answers to the organiser's extra questions, by question id
    pub answers: BTreeMap<i64, String>,
}

impl From<RegistrationRequest> for RegistrationInput {
    fn from(request: RegistrationRequest) -> Self {
        RegistrationInput {
            given_name: request.given_name,
            family_name: request.family_name,
            email: request.email,
            organisation: request.organisation,
            eligible_group: request
                .eligible_group
                .map(|g| g.to_string())
                .unwrap_or_default(),
            phone: request.phone,
            language: request.language,
            working_group: request
                .working_group
                .map(|w| w.to_string())
                .unwrap_or_default(),
            interpretation: request.interpretation,
            sign_language: request.sign_language,
            step_free: request.step_free,
            other_needs: request.other_needs,
            invitation_code: request.invitation_code,
            consent: request.consent,
            answers: request.answers,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationAccepted {
    /// Always `confirmation_sent`: the address must be confirmed through the mailed link, and a
    /// repeated address gets the same answer.
    pub status: &'static str,
}

#[derive(Serialize, ToSchema)]
pub struct FieldErrorJson {
    pub field: String,
    /// required, invalid_email, too_long, unknown_choice, invalid_phone, invalid_code, group_full
    pub code: &'static str,
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct RegistrationRefused {
    /// invalid, closed or full
    pub error: &'static str,
    pub message: String,
    pub fields: Vec<FieldErrorJson>,
}

fn code(error: FieldError) -> &'static str {
    match error {
        FieldError::Required => "required",
        FieldError::InvalidEmail => "invalid_email",
        FieldError::TooLong { .. } => "too_long",
        FieldError::UnknownChoice => "unknown_choice",
        FieldError::InvalidPhone => "invalid_phone",
        FieldError::InvalidCode => "invalid_code",
        FieldError::GroupFull => "group_full",
    }
}

fn refused(
    status: StatusCode,
    error: &'static str,
    message: String,
    fields: Vec<(FormField, FieldError)>,
    tr: &Tr,
) -> Response {
    let fields = fields
        .into_iter()
        .map(|(field, e)| FieldErrorJson {
            field: field.id(),
            code: code(e),
            message: match e {
                FieldError::TooLong { max } => tr.count(e.key(), max as i64),
                other => tr.t(other.key()),
            },
        })
        .collect();
    (
        status,
        Json(RegistrationRefused {
            error,
            message,
            fields,
        }),
    )
        .into_response()
}

/// Registers for an event. The address then gets a mail with a confirmation link.
#[utoipa::path(post, path = "/api/v1/events/{id}/registrations", tag = "public",
    params(("id" = i64, Path, description = "The event's id")),
    request_body = RegistrationRequest,
    responses(
        (status = 202, description = "Accepted; a confirmation mail is on its way", body = RegistrationAccepted),
        (status = 422, description = "Fields are missing or invalid", body = RegistrationRefused),
        (status = 409, description = "Registration is closed, or no place and no waiting list", body = RegistrationRefused),
        (status = 404, description = "No such public event")))]
pub async fn register(
    State(state): State<AppState>,
    Path(id): Path<PathId>,
    Json(request): Json<RegistrationRequest>,
) -> Result<Response, AppError> {
    let form = state.event_forms.get(&state, id.0).await?;
    let locale = Locale::parse(&request.language).unwrap_or(Locale::GERMAN);
    let tr = Tr::new(locale);
    let input = RegistrationInput::from(request);
    let (status, error, message, fields) =
        match registration::register(&state, &form, &input, locale).await? {
            Registering::Registered | Registering::AlreadyRegistered => {
                let accepted = RegistrationAccepted {
                    status: "confirmation_sent",
                };
                return Ok((StatusCode::ACCEPTED, Json(accepted)).into_response());
            }
            Registering::Invalid(errors) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                tr.count("form-error-summary", errors.len() as i64),
                errors,
            ),
            Registering::Refused(field, error) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                tr.t(error.key()),
                vec![(field, error)],
            ),
            Registering::Closed => (
                StatusCode::CONFLICT,
                "closed",
                tr.t("registration-closed"),
                vec![],
            ),
            Registering::Full => (StatusCode::CONFLICT, "full", tr.t("register-full"), vec![]),
        };
    Ok(refused(status, error, message, fields, &tr))
}
