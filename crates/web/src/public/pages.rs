//! The home page and the legal pages: imprint, privacy notice, and the accessibility statement
//! with its feedback form.

use super::feedback::FeedbackForm;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Html;
use mitwirken_domain::LocalizedText;
use mitwirken_domain::feedback::{FeedbackInput, page_from_link};
use mitwirken_domain::process::PhasePosition;
use serde::Deserialize;

pub struct ProcessCard {
    pub slug: String,
    pub title: Txt,
    pub motto: Txt,
    pub organiser: Txt,
    pub phase: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    tr: Tr,
    chrome: Chrome,
    processes: Vec<ProcessCard>,
}

pub async fn home(State(state): State<AppState>, ctx: PageCtx) -> Result<Html<String>, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let now = state.clock.now();
    let processes = state
        .store
        .published_processes()
        .await?
        .iter()
        .map(|p| {
            let today = now.to_zoned_datetime(p.time_zone.clone()).date();
            let phase = match p.phase_position(today) {
                PhasePosition::In(i) => tr.args(
                    "process-current-phase",
                    &[("phase", Arg::Str(&content.pick(&p.phases[i].title).text))],
                ),
                PhasePosition::BeforeFirst | PhasePosition::Between(_) => {
                    tr.t("process-between-phases")
                }
                PhasePosition::AfterLast => tr.t("process-finished"),
            };
            ProcessCard {
                slug: p.slug.to_string(),
                title: content.pick(&p.title),
                motto: content.pick(&p.motto),
                organiser: content.pick(&p.organiser),
                phase,
            }
        })
        .collect();
    html(HomePage {
        chrome: ctx.chrome(tr.t("home-title"), &content),
        tr,
        processes,
    })
}

#[derive(Template)]
#[template(path = "legal.html")]
struct LegalPage {
    tr: Tr,
    chrome: Chrome,
    heading: String,
    body: Txt,
    operator: String,
    operator_address: String,
    contact_email: String,
    configured: bool,
    kind: &'static str,
    /// The feedback form of the accessibility statement; empty on the other pages.
    values: FeedbackInput,
    errors: Vec<ErrorView>,
    too_many: bool,
    privacy_note: String,
    /// What the privacy notice says about reports of barriers.
    privacy_feedback: String,
}

crate::view::form_errors!(LegalPage);

crate::view::described_by!(LegalPage);

async fn legal(
    state: &AppState,
    ctx: &PageCtx,
    kind: &'static str,
    configured: &LocalizedText,
    form: FeedbackForm,
) -> Result<Html<String>, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let heading = tr.t(&format!("{kind}-title"));
    let body = content.markdown(configured);
    let mut chrome = ctx.chrome(heading.clone(), &content);
    if kind == "accessibility" {
        chrome = chrome.keeping_form("feedback-form");
    }
    html(LegalPage {
        chrome,
        heading,
        configured: !configured.is_empty(),
        body,
        operator: state.site.operator.clone(),
        operator_address: state.site.operator_address.clone(),
        contact_email: state.site.contact_email.clone(),
        kind,
        values: form.values,
        errors: form.errors,
        too_many: form.too_many,
        privacy_note: super::feedback::privacy_note(&tr),
        privacy_feedback: tr.args(
            "feedback-privacy-page",
            &[("days", Arg::Num(mitwirken_domain::feedback::KEPT_DAYS))],
        ),
        tr,
    })
}

pub async fn imprint(
    State(state): State<AppState>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let text = state.site.imprint.clone();
    legal(&state, &ctx, "imprint", &text, FeedbackForm::default()).await
}

pub async fn privacy(
    State(state): State<AppState>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let text = state.site.privacy.clone();
    legal(&state, &ctx, "privacy", &text, FeedbackForm::default()).await
}

#[derive(Deserialize, Default)]
pub struct AccessibilityQuery {
    /// The page a footer link came from, to prefill the feedback form.
    #[serde(default)]
    page: String,
}

pub async fn accessibility(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<AccessibilityQuery>,
) -> Result<Html<String>, AppError> {
    let form = FeedbackForm {
        values: FeedbackInput {
            page: page_from_link(&query.page),
            ..FeedbackInput::default()
        },
        ..FeedbackForm::default()
    };
    accessibility_with(&state, &ctx, form).await
}

/// The accessibility statement with its feedback form as given: fresh, refused or limited.
pub(crate) async fn accessibility_with(
    state: &AppState,
    ctx: &PageCtx,
    form: FeedbackForm,
) -> Result<Html<String>, AppError> {
    let text = state.site.accessibility.clone();
    legal(state, ctx, "accessibility", &text, form).await
}
