//! The process page: motto, summary, the two parts, phases, events and fields of action, with
//! links to each field's analysis and proposals, the position papers and the action plan.

use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, EventView, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use mitwirken_domain::process::PhasePosition;

pub struct PhaseView {
    pub title: Txt,
    pub description: Txt,
    pub dates: String,
    pub current: bool,
}

pub struct FieldView {
    pub slug: String,
    pub title: Txt,
    pub description: Txt,
    pub is_example: bool,
    /// "3 proposals", the text of the link to the field's proposals.
    pub proposals: String,
}

#[derive(Template)]
#[template(path = "process.html")]
struct ProcessPage {
    tr: Tr,
    chrome: Chrome,
    slug: String,
    title: Txt,
    motto: Txt,
    summary: Txt,
    organiser: Txt,
    organiser_person: String,
    source_url: String,
    analysis_title: Txt,
    analysis_summary: Txt,
    plan_title: Txt,
    plan_summary: Txt,
    phases: Vec<PhaseView>,
    phase_status: String,
    events: Vec<EventView>,
    fields: Vec<FieldView>,
}

pub async fn process(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let events = state.store.public_events(process.id).await?;
    let fields = state.store.fields_of_action(process.id).await?;
    let proposal_counts = state.store.proposal_counts(process.id).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let now = state.clock.now();
    let tz = &process.time_zone;
    let today = now.to_zoned_datetime(tz.clone()).date();
    let position = process.phase_position(today);
    let phases = process
        .phases
        .iter()
        .enumerate()
        .map(|(i, p)| PhaseView {
            title: content.pick(&p.title),
            description: content.pick(&p.description),
            dates: if p.starts_on == p.ends_on {
                tr.long_date(p.starts_on)
            } else {
                tr.args(
                    "date-range",
                    &[
                        ("start", Arg::Str(&tr.long_date(p.starts_on))),
                        ("end", Arg::Str(&tr.long_date(p.ends_on))),
                    ],
                )
            },
            current: position == PhasePosition::In(i),
        })
        .collect();
    let phase_status = match position {
        PhasePosition::In(i) => tr.t(&format!("phase-now-{}", process.phases[i].kind.as_str())),
        PhasePosition::BeforeFirst | PhasePosition::Between(_) => tr.t("process-between-phases"),
        PhasePosition::AfterLast => tr.t("process-finished"),
    };
    let events = events
        .iter()
        .map(|e| EventView::new(e, tz, now, &tr, &content))
        .collect();
    let fields = fields
        .iter()
        .map(|f| FieldView {
            slug: f.slug.to_string(),
            title: content.pick(&f.title),
            description: content.pick(&f.description),
            is_example: f.is_example,
            proposals: tr.count(
                "proposals-field-link",
                proposal_counts.get(&f.id.0).copied().unwrap_or(0) as i64,
            ),
        })
        .collect();
    let title = content.pick(&process.title);
    let page = ProcessPage {
        slug: process.slug.to_string(),
        motto: content.pick(&process.motto),
        summary: content.markdown(&process.summary),
        organiser: content.pick(&process.organiser),
        organiser_person: process.organiser_person.clone().unwrap_or_default(),
        source_url: process.source_url.clone().unwrap_or_default(),
        analysis_title: content.pick(&process.analysis_title),
        analysis_summary: content.pick(&process.analysis_summary),
        plan_title: content.pick(&process.plan_title),
        plan_summary: content.pick(&process.plan_summary),
        phases,
        phase_status,
        events,
        fields,
        chrome: ctx.chrome(title.text.clone(), &content),
        title,
        tr,
    };
    html(page)
}
