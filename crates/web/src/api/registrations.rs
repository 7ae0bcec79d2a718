//! `POST /api/v1/events/{id}/registrations`: the registration form's rules for API clients.

use crate::base::registration::{self, Registering};
use crate::i18n::Tr;
use crate::{AppError, AppState, PathId};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{FieldError, FormField, Locale, RegistrationInput};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{
    AdditionalProperties, KnownFormat, Object, Schema, SchemaFormat, SchemaType, Type,
};
use utoipa::{PartialSchema, ToSchema};

/// A registration as an API client sends it: the form's fields, with the chosen group and
/// working group as numeric ids.
#[derive(Debug, Default)]
pub struct RegistrationRequest(RegistrationInput);

/// The fields that the form takes as text and the API as an id, or null for none.
const IDS: [&str; 2] = ["eligible_group", "working_group"];

impl<'de> Deserialize<'de> for RegistrationRequest {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut fields = Map::deserialize(deserializer)?;
        for name in IDS {
            if let Some(value) = fields.remove(name) {
                let id = Option::<i64>::deserialize(value).map_err(D::Error::custom)?;
                if let Some(id) = id {
                    fields.insert(name.to_owned(), Value::String(id.to_string()));
                }
            }
        }
        RegistrationInput::deserialize(Value::Object(fields))
            .map(RegistrationRequest)
            .map_err(D::Error::custom)
    }
}

impl From<RegistrationRequest> for RegistrationInput {
    fn from(request: RegistrationRequest) -> Self {
        request.0
    }
}

/// How a field of the request is documented.
enum Shape {
    Text,
    Flag,
    Id,
    Answers,
}

/// The request's fields as the document describes them, in the form's order.
const FIELDS: [(&str, Shape); 15] = [
    ("given_name", Shape::Text),
    ("family_name", Shape::Text),
    ("email", Shape::Text),
    ("organisation", Shape::Text),
    ("eligible_group", Shape::Id),
    ("phone", Shape::Text),
    ("language", Shape::Text),
    ("working_group", Shape::Id),
    ("interpretation", Shape::Text),
    ("sign_language", Shape::Flag),
    ("step_free", Shape::Flag),
    ("other_needs", Shape::Text),
    ("invitation_code", Shape::Text),
    ("consent", Shape::Flag),
    ("answers", Shape::Answers),
];

/// What a client needs to be told about a field beyond its name.
fn described(field: &str) -> Option<&'static str> {
    match field {
        "eligible_group" => {
            Some("Id of one of the event's eligible groups (required on reserved events)")
        }
        "language" => Some("Language for mails: de, en or ar"),
        "interpretation" => Some("Interpretation into this language"),
        "consent" => Some("Must be true: consent to the privacy notice"),
        "answers" => Some("Answers to the organiser's extra questions, by question id"),
        _ => None,
    }
}

impl PartialSchema for RegistrationRequest {
    fn schema() -> RefOr<Schema> {
        let int64 = || Some(SchemaFormat::KnownFormat(KnownFormat::Int64));
        let mut request = Object::builder()
            .description(Some(
                "A registration as an API client sends it; the same fields as the form.",
            ))
            .additional_properties(Some(AdditionalProperties::FreeForm(false)));
        for (name, shape) in FIELDS {
            let field = match shape {
                Shape::Text => Object::builder()
                    .schema_type(Type::String)
                    .default(Some(Value::String(String::new()))),
                Shape::Flag => Object::builder()
                    .schema_type(Type::Boolean)
                    .default(Some(Value::Bool(false))),
                Shape::Id => Object::builder()
                    .schema_type(SchemaType::from_iter([Type::Integer, Type::Null]))
                    .format(int64())
                    .default(Some(Value::Null)),
                Shape::Answers => Object::builder()
                    .schema_type(Type::Object)
                    .additional_properties(Some(Object::builder().schema_type(Type::String)))
                    .property_names(Some(
                        Object::builder().schema_type(Type::Integer).format(int64()),
                    ))
                    .default(Some(Value::Object(Map::new()))),
            };
            request = request.property(name, field.description(described(name)));
        }
        RefOr::T(Schema::Object(request.build()))
    }
}

impl ToSchema for RegistrationRequest {}

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
    let input = RegistrationInput::from(request);
    let locale = Locale::parse(&input.language).unwrap_or(Locale::GERMAN);
    let tr = Tr::new(locale);
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
