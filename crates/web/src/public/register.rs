//! The registration form: shown, checked, and on success a seat held and a confirmation mail queued.

use crate::base::registration::{self, Registering};
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, EventView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::{
    Access, Event, FieldError, FormErrors, FormField, Locale, Question, RegistrationInput,
};

pub struct Choice {
    pub value: String,
    pub label: Txt,
    pub selected: bool,
}

pub struct QuestionView {
    pub id: String,
    pub label: Txt,
    pub required: bool,
    pub value: String,
}

pub use crate::view::ErrorView;

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    tr: Tr,
    chrome: Chrome,
    event: EventView,
    open: bool,
    values: RegistrationInput,
    errors: Vec<ErrorView>,
    notice: String,
    groups: Vec<Choice>,
    working_groups: Vec<Choice>,
    languages: Vec<Choice>,
    questions: Vec<QuestionView>,
    reserved: bool,
    code_required: bool,
    code_offered: bool,
}

crate::view::described_by!(RegisterPage);

crate::view::form_errors!(RegisterPage);

fn message(tr: &Tr, error: FieldError) -> String {
    match error {
        FieldError::TooLong { max } => tr.count(error.key(), max as i64),
        other => tr.t(other.key()),
    }
}

/// What the form shows besides the event: the values typed, the errors, a notice.
struct Filled {
    values: RegistrationInput,
    errors: FormErrors,
    notice: String,
}

fn render(
    state: &AppState,
    ctx: &PageCtx,
    event: &Event,
    tz: &jiff::tz::TimeZone,
    questions: &[Question],
    filled: Filled,
) -> Result<RegisterPage, AppError> {
    let Filled {
        values,
        errors,
        notice,
    } = filled;
    let tr = ctx.tr();
    let content = ctx.content();
    let view = EventView::new(event, tz, state.clock.now(), &tr, &content);
    let groups = event
        .eligible_groups
        .iter()
        .map(|g| Choice {
            value: g.id.to_string(),
            label: content.pick(&g.name),
            selected: values.eligible_group == g.id.to_string(),
        })
        .collect();
    let working_groups = event
        .working_groups
        .iter()
        .map(|w| Choice {
            value: w.id.to_string(),
            label: content.pick(&w.title),
            selected: values.working_group == w.id.to_string(),
        })
        .collect();
    let chosen_language = if values.language.is_empty() {
        ctx.locale.tag().to_owned()
    } else {
        values.language.clone()
    };
    let languages = Locale::all()
        .map(|l| Choice {
            value: l.tag().to_owned(),
            label: Txt::plain(l.native_name()),
            selected: chosen_language == l.tag(),
        })
        .collect();
    let questions = questions
        .iter()
        .map(|q| QuestionView {
            id: FormField::Question(q.id).id(),
            label: content.pick(&q.label),
            required: q.required,
            value: values.answers.get(&q.id).cloned().unwrap_or_default(),
        })
        .collect();
    let errors = errors
        .iter()
        .map(|(field, error)| ErrorView {
            field: field.id(),
            message: message(&tr, *error),
        })
        .collect();
    let title = if view.is_open {
        tr.args(
            "register-title-event",
            &[("event", Arg::Str(&view.title.text))],
        )
    } else {
        tr.t("register-title")
    };
    let mut chrome = ctx.chrome(title, &content);
    if view.is_open {
        chrome = chrome.keeping_form("register-form");
    }
    Ok(RegisterPage {
        chrome,
        open: view.is_open,
        event: view,
        values,
        errors,
        notice,
        groups,
        working_groups,
        languages,
        questions,
        reserved: event.access == Access::Reserved,
        code_required: event.access == Access::InvitationCode,
        code_offered: event.access != Access::Open,
        tr,
    })
}

pub async fn register(
    State(state): State<AppState>,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (event, process) = crate::lookup::public_event(&state, id.0).await?;
    let questions = state.store.questions_of(event.id).await?;
    let page = render(
        &state,
        &ctx,
        &event,
        &process.time_zone,
        &questions,
        Filled {
            values: RegistrationInput::default(),
            errors: Vec::new(),
            notice: String::new(),
        },
    )?;
    Ok(html(page)?.into_response())
}

/// Reads the posted form as typed; unknown fields are ignored.
fn input(pairs: Vec<(String, String)>) -> RegistrationInput {
    let mut input = RegistrationInput::default();
    for (name, value) in pairs {
        match name.as_str() {
            "given_name" => input.given_name = value,
            "family_name" => input.family_name = value,
            "email" => input.email = value,
            "organisation" => input.organisation = value,
            "eligible_group" => input.eligible_group = value,
            "phone" => input.phone = value,
            "language" => input.language = value,
            "working_group" => input.working_group = value,
            "interpretation" => input.interpretation = value,
            "sign_language" => input.sign_language = true,
            "step_free" => input.step_free = true,
            "other_needs" => input.other_needs = value,
            "invitation_code" => input.invitation_code = value,
            "consent" => input.consent = true,
            other => {
                if let Some(id) = other
                    .strip_prefix("question_")
                    .and_then(|id| id.parse().ok())
                {
                    input.answers.insert(id, value);
                }
            }
        }
    }
    input
}

pub async fn submit(
    State(state): State<AppState>,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let form = state.event_forms.get(&state, id.0).await?;
    let (event, questions) = (&form.event, &form.questions);
    let values = input(pairs);
    let tz = &form.process.time_zone;
    let again =
        |values: RegistrationInput, errors: FormErrors, notice: String, status: StatusCode| {
            let filled = Filled {
                values,
                errors,
                notice,
            };
            render(&state, &ctx, event, tz, questions, filled)
                .and_then(html)
                .map(|page| (status, page).into_response())
        };
    if ctx.switching {
        return again(values, Vec::new(), String::new(), StatusCode::OK);
    }
    let tr = ctx.tr();
    match registration::register(&state, &form, &values, ctx.locale).await? {
        Registering::Registered | Registering::AlreadyRegistered => {
            Ok(Redirect::to(&paths::registration_sent(event.id)).into_response())
        }
        Registering::Invalid(errors) => again(
            values,
            errors,
            String::new(),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Registering::Refused(field, error) => again(
            values,
            vec![(field, error)],
            String::new(),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Registering::Full => again(
            values,
            Vec::new(),
            tr.t("register-full"),
            StatusCode::CONFLICT,
        ),
        Registering::Closed => again(values, Vec::new(), String::new(), StatusCode::CONFLICT),
    }
}

#[derive(Template)]
#[template(path = "register_sent.html")]
struct SentPage {
    tr: Tr,
    chrome: Chrome,
    event: EventView,
    hold_minutes: u32,
}

impl SentPage {
    fn hold_text(&self) -> String {
        self.tr.count("sent-hold", i64::from(self.hold_minutes))
    }
}

/// The same page for a first registration and a repeat, so it tells nobody who is registered.
pub async fn sent(
    State(state): State<AppState>,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (event, process) = crate::lookup::public_event(&state, id.0).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let view = EventView::new(&event, &process.time_zone, state.clock.now(), &tr, &content);
    Ok(html(SentPage {
        chrome: ctx.chrome(tr.t("sent-title"), &content),
        event: view,
        hold_minutes: state.registration.hold_minutes,
        tr,
    })?
    .into_response())
}
