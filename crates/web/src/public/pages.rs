//! The home page and the legal pages: imprint, privacy notice, accessibility statement.

use super::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use mitwirken_domain::LocalizedText;
use mitwirken_domain::process::PhasePosition;

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
}

async fn legal(
    state: &AppState,
    ctx: PageCtx,
    kind: &'static str,
    configured: &LocalizedText,
) -> Result<Html<String>, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let heading = tr.t(&format!("{kind}-title"));
    let body = content.markdown(configured);
    html(LegalPage {
        chrome: ctx.chrome(heading.clone(), &content),
        heading,
        configured: !configured.is_empty(),
        body,
        operator: state.site.operator.clone(),
        operator_address: state.site.operator_address.clone(),
        contact_email: state.site.contact_email.clone(),
        kind,
        tr,
    })
}

pub async fn imprint(
    State(state): State<AppState>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let text = state.site.imprint.clone();
    legal(&state, ctx, "imprint", &text).await
}

pub async fn privacy(
    State(state): State<AppState>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let text = state.site.privacy.clone();
    legal(&state, ctx, "privacy", &text).await
}

pub async fn accessibility(
    State(state): State<AppState>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let text = state.site.accessibility.clone();
    legal(&state, ctx, "accessibility", &text).await
}
