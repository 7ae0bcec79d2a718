//! The published action plan: goals and measures per field of action with where each measure
//! came from and how far it has got, the progress overview, the workshop results, and the plan
//! as a PDF.

use super::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, Content, Txt};
use crate::{AppError, AppState, paths};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use jiff::civil::Date;
use mitwirken_domain::{Locale, LocalizedText, MeasureStatus, OriginKind, TextDirection};
use mitwirken_exports::pdf::{
    LangText, PlanDocument, PlanFieldPdf, PlanGoalPdf, PlanLabels, PlanMeasurePdf,
};
use mitwirken_store::plan::{Origin, OriginContext, PlanMeasure, ProgressUpdate};
use mitwirken_store::workshop::WorkshopResultView;

/// A measure's status as readers see it.
pub(crate) fn status_label(tr: &Tr, status: MeasureStatus) -> String {
    match status {
        MeasureStatus::Planned => tr.t("plan-status-planned"),
        MeasureStatus::InProgress => tr.t("plan-status-in-progress"),
        MeasureStatus::Done => tr.t("plan-status-done"),
        MeasureStatus::Dropped => tr.t("plan-status-dropped"),
    }
}

/// The badge's modifier, so each status has its own look.
pub(crate) fn status_class(status: MeasureStatus) -> &'static str {
    match status {
        MeasureStatus::Planned => "planned",
        MeasureStatus::InProgress => "in-progress",
        MeasureStatus::Done => "done",
        MeasureStatus::Dropped => "dropped",
    }
}

/// What the kind of an origin is called, for the list of links.
pub(crate) fn origin_kind_label(tr: &Tr, kind: OriginKind) -> String {
    match kind {
        OriginKind::Proposal => tr.t("plan-origin-kind-proposal"),
        OriginKind::Workshop => tr.t("plan-origin-kind-workshop"),
        OriginKind::Comment => tr.t("plan-origin-kind-comment"),
        OriginKind::Paper => tr.t("plan-origin-kind-paper"),
    }
}

/// "Based on 2 proposals, 1 workshop result and 3 comments", kinds without any left out; a
/// measure without origins was set by the city.
pub(crate) fn origin_line(tr: &Tr, measure: &PlanMeasure) -> String {
    let mut parts = Vec::new();
    for kind in OriginKind::ALL {
        let count = measure.origin_count(*kind) as i64;
        if count == 0 {
            continue;
        }
        parts.push(match kind {
            OriginKind::Proposal => tr.count("plan-origin-proposals", count),
            OriginKind::Workshop => tr.count("plan-origin-workshop-results", count),
            OriginKind::Comment => tr.count("plan-origin-comments", count),
            OriginKind::Paper => tr.count("plan-origin-papers", count),
        });
    }
    if parts.is_empty() {
        return tr.t("plan-origin-none");
    }
    let list = tr.list(parts);
    tr.args("plan-based-on", &[("list", Arg::Str(&list))])
}

/// A working group's name, or what the pin boards are called.
fn group_name(tr: &Tr, content: &Content, group: Option<&LocalizedText>, pin_board: bool) -> Txt {
    match group {
        Some(name) => content.pick(name),
        None if pin_board => Txt::plain(&tr.t("plan-pin-board")),
        None => Txt::plain(&tr.t("plan-working-group-removed")),
    }
}

pub struct OriginView {
    pub kind: String,
    pub text: String,
    pub href: String,
    /// Event and working group of a workshop result, or the organisation of a paper.
    pub context: Vec<Txt>,
}

impl OriginView {
    pub(crate) fn new(tr: &Tr, content: &Content, origin: &Origin) -> Self {
        let context = match &origin.context {
            OriginContext::None => Vec::new(),
            OriginContext::Workshop {
                event,
                working_group,
                source,
            } => vec![
                content.pick(event),
                group_name(
                    tr,
                    content,
                    working_group.as_ref(),
                    *source == mitwirken_domain::WorkshopSource::PinBoard,
                ),
            ],
            OriginContext::Paper { organisation } => vec![Txt::plain(organisation)],
        };
        OriginView {
            kind: origin_kind_label(tr, origin.kind),
            text: if origin.removed {
                tr.t("plan-origin-removed")
            } else {
                origin.label.clone()
            },
            href: paths::link_or_none(origin.link.as_ref()),
            context: if origin.removed { Vec::new() } else { context },
        }
    }
}

pub struct UpdateView {
    pub iso: String,
    pub date: String,
    pub status: String,
    pub note: Txt,
}

impl UpdateView {
    pub(crate) fn new(tr: &Tr, content: &Content, update: &ProgressUpdate) -> Self {
        UpdateView {
            iso: update.on_date.to_string(),
            date: tr.long_date(update.on_date),
            status: status_label(tr, update.status),
            note: content.pick(&update.note),
        }
    }
}

pub struct MeasureView {
    pub id: i64,
    pub title: Txt,
    pub description: Txt,
    pub lead_unit: Txt,
    pub partners: Txt,
    pub timeframe: Txt,
    pub indicators: Txt,
    pub status: String,
    pub status_class: &'static str,
    pub latest: Option<UpdateView>,
    pub updates: Vec<UpdateView>,
    pub updates_summary: String,
    pub origin_line: String,
    pub origins: Vec<OriginView>,
}

pub struct GoalView {
    pub id: i64,
    pub title: Txt,
    pub description: Txt,
    pub measures: Vec<MeasureView>,
}

pub struct FieldPlanView {
    pub slug: String,
    pub title: Txt,
    pub goals: Vec<GoalView>,
}

#[derive(Template)]
#[template(path = "plan.html")]
struct PlanPage {
    tr: Tr,
    chrome: Chrome,
    slug: String,
    title: Txt,
    process_title: Txt,
    summary: Txt,
    fields: Vec<FieldPlanView>,
    is_empty: bool,
}

/// The plan's own title, or a translated default when the organiser gave none.
fn plan_title(tr: &Tr, content: &Content, process: &mitwirken_domain::Process) -> Txt {
    if process.plan_title.is_empty() {
        Txt::plain(&tr.t("plan-title"))
    } else {
        content.pick(&process.plan_title)
    }
}

pub async fn plan(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let plan = state.store.plan_of(process.id).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let fields: Vec<FieldPlanView> = plan
        .fields
        .iter()
        .map(|f| FieldPlanView {
            slug: f.slug.clone(),
            title: content.pick(&f.title),
            goals: f
                .goals
                .iter()
                .map(|g| GoalView {
                    id: g.id,
                    title: content.pick(&g.title),
                    description: content.markdown(&g.description),
                    measures: g
                        .measures
                        .iter()
                        .map(|m| MeasureView {
                            id: m.id,
                            title: content.pick(&m.title),
                            description: content.markdown(&m.description),
                            lead_unit: content.pick(&m.lead_unit),
                            partners: content.pick(&m.partners),
                            timeframe: content.pick(&m.timeframe),
                            indicators: content.markdown(&m.indicators),
                            status: status_label(&tr, m.status),
                            status_class: status_class(m.status),
                            latest: m.latest_update().map(|u| UpdateView::new(&tr, &content, u)),
                            updates: m
                                .updates
                                .iter()
                                .map(|u| UpdateView::new(&tr, &content, u))
                                .collect(),
                            updates_summary: tr.count("plan-all-updates", m.updates.len() as i64),
                            origin_line: origin_line(&tr, m),
                            origins: m
                                .origins
                                .iter()
                                .map(|o| OriginView::new(&tr, &content, o))
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let title = plan_title(&tr, &content, &process);
    let page = PlanPage {
        slug: process.slug.to_string(),
        process_title: content.pick(&process.title),
        summary: content.pick(&process.plan_summary),
        is_empty: fields.iter().all(|f| f.goals.is_empty()),
        fields,
        chrome: ctx.chrome(title.text.clone(), &content),
        title,
        tr,
    };
    html(page)
}

pub struct ProgressRow {
    pub slug: String,
    pub title: Txt,
    pub counts: Vec<u64>,
    pub total: u64,
    pub share_done: String,
}

#[derive(Template)]
#[template(path = "plan_progress.html")]
struct ProgressPage {
    tr: Tr,
    chrome: Chrome,
    slug: String,
    plan_title: Txt,
    statuses: Vec<String>,
    rows: Vec<ProgressRow>,
    totals: ProgressRow,
}

/// The share of done measures as a whole percentage, or a dash when there are none.
fn share_done(tr: &Tr, done: u64, total: u64) -> String {
    if total == 0 {
        return "–".to_owned();
    }
    let percent = (done * 100 + total / 2) / total;
    tr.args("plan-percent", &[("percent", Arg::Num(percent as i64))])
}

pub async fn progress(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let overview = state.store.progress_overview(process.id).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let mut sums = [0u64; 4];
    let rows = overview
        .iter()
        .map(|f| {
            for (sum, count) in sums.iter_mut().zip(f.counts) {
                *sum += count;
            }
            ProgressRow {
                slug: f.slug.clone(),
                title: content.pick(&f.title),
                counts: f.counts.to_vec(),
                total: f.total(),
                share_done: share_done(&tr, f.count(MeasureStatus::Done), f.total()),
            }
        })
        .collect();
    let done_index = MeasureStatus::ALL
        .iter()
        .position(|s| *s == MeasureStatus::Done)
        .unwrap_or(2);
    let total: u64 = sums.iter().sum();
    let totals = ProgressRow {
        slug: String::new(),
        title: Txt::plain(&tr.t("plan-all-fields")),
        counts: sums.to_vec(),
        total,
        share_done: share_done(&tr, sums[done_index], total),
    };
    let page = ProgressPage {
        slug: process.slug.to_string(),
        plan_title: plan_title(&tr, &content, &process),
        statuses: MeasureStatus::ALL
            .iter()
            .map(|s| status_label(&tr, *s))
            .collect(),
        rows,
        totals,
        chrome: ctx.chrome(tr.t("plan-progress-title"), &content),
        tr,
    };
    html(page)
}

pub struct ResultView {
    pub id: i64,
    pub field_title: Txt,
    pub field_slug: String,
    pub body: String,
    pub votes: String,
    pub measures: Vec<(i64, Txt)>,
}

pub struct ResultGroup {
    pub name: Txt,
    pub results: Vec<ResultView>,
}

pub struct ResultEvent {
    pub id: i64,
    pub title: Txt,
    pub when: String,
    pub groups: Vec<ResultGroup>,
}

#[derive(Template)]
#[template(path = "results.html")]
struct ResultsPage {
    tr: Tr,
    chrome: Chrome,
    slug: String,
    events: Vec<ResultEvent>,
}

pub async fn results(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let results = state.store.workshop_results_of_process(process.id).await?;
    let ids: Vec<i64> = results.iter().map(|r| r.result.id).collect();
    let mut measures = state
        .store
        .measures_from_many(OriginKind::Workshop, &ids)
        .await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let tz = &process.time_zone;
    let mut events: Vec<ResultEvent> = Vec::new();
    for view in &results {
        let WorkshopResultView { result, .. } = view;
        if events.last().is_none_or(|e| e.id != result.event_id) {
            events.push(ResultEvent {
                id: result.event_id,
                title: content.pick(&view.event_title),
                when: tr.long_date(view.event_starts_at.to_zoned_datetime(tz.clone()).date()),
                groups: Vec::new(),
            });
        }
        let name = group_name(
            &tr,
            &content,
            view.working_group.as_ref(),
            result.source == mitwirken_domain::WorkshopSource::PinBoard,
        );
        let Some(event) = events.last_mut() else {
            continue;
        };
        if event.groups.last().is_none_or(|g| g.name.text != name.text) {
            event.groups.push(ResultGroup {
                name,
                results: Vec::new(),
            });
        }
        let Some(group) = event.groups.last_mut() else {
            continue;
        };
        group.results.push(ResultView {
            id: result.id,
            field_title: content.pick(&view.field_title),
            field_slug: view.field_slug.clone(),
            body: crate::markdown::to_html(&result.body),
            votes: tr.count("plan-dot-votes", i64::from(result.dot_votes)),
            measures: measures
                .remove(&result.id)
                .unwrap_or_default()
                .iter()
                .map(|(id, title)| (*id, content.pick(title)))
                .collect(),
        });
    }
    let page = ResultsPage {
        slug: process.slug.to_string(),
        events,
        chrome: ctx.chrome(tr.t("plan-results-title"), &content),
        tr,
    };
    html(page)
}

fn lang_text(locale: Locale, text: &LocalizedText) -> LangText {
    let shown = text.get(locale);
    LangText {
        text: shown.text.to_owned(),
        lang: if shown.text.is_empty() {
            locale.tag().to_owned()
        } else {
            shown.lang.to_owned()
        },
    }
}

fn dated(tr: &Tr, day: Date) -> String {
    tr.args("plan-as-of", &[("date", Arg::Str(&tr.long_date(day)))])
}

pub async fn plan_pdf(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let plan = state.store.plan_of(process.id).await?;
    let tr = ctx.tr();
    let locale = tr.locale();
    let text = |t: &LocalizedText| lang_text(locale, t);
    let today = state
        .clock
        .now()
        .to_zoned_datetime(process.time_zone.clone())
        .date();
    let title = if process.plan_title.is_empty() {
        LangText {
            text: tr.t("plan-title"),
            lang: locale.tag().to_owned(),
        }
    } else {
        text(&process.plan_title)
    };
    let document = PlanDocument {
        lang: locale.tag().to_owned(),
        rtl: locale.dir() == TextDirection::Rtl,
        process: text(&process.title),
        summary: text(&process.plan_summary),
        date_line: dated(&tr, today),
        footer: title.text.clone(),
        title,
        labels: PlanLabels {
            status: tr.t("plan-status"),
            lead_unit: tr.t("plan-lead-unit"),
            partners: tr.t("plan-partners"),
            timeframe: tr.t("plan-timeframe"),
            latest_update: tr.t("plan-latest-update"),
            no_goals: tr.t("plan-no-goals"),
        },
        fields: plan
            .fields
            .iter()
            .map(|f| PlanFieldPdf {
                title: text(&f.title),
                goals: f
                    .goals
                    .iter()
                    .map(|g| PlanGoalPdf {
                        title: text(&g.title),
                        description: text(&g.description),
                        measures: g
                            .measures
                            .iter()
                            .map(|m| {
                                let latest = m.latest_update();
                                PlanMeasurePdf {
                                    title: text(&m.title),
                                    description: text(&m.description),
                                    status: status_label(&tr, m.status),
                                    lead_unit: text(&m.lead_unit),
                                    partners: text(&m.partners),
                                    timeframe: text(&m.timeframe),
                                    latest_update: latest
                                        .map(|u| tr.long_date(u.on_date))
                                        .unwrap_or_default(),
                                    latest_note: latest
                                        .map(|u| text(&u.note))
                                        .unwrap_or_else(|| text(&LocalizedText::empty())),
                                    origins: origin_line(&tr, m),
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    };
    let bytes = tokio::task::spawn_blocking(move || mitwirken_exports::pdf::plan(&document))
        .await
        .map_err(|e| AppError::Export(e.to_string()))?
        .map_err(|e| AppError::Export(e.to_string()))?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!(
        "inline; filename=\"aktionsplan-{}-{}.pdf\"",
        process.slug,
        locale.tag()
    )) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use mitwirken_store::plan::Origin;

    fn measure(counts: [usize; 4]) -> PlanMeasure {
        let mut origins = Vec::new();
        for (kind, count) in OriginKind::ALL.iter().zip(counts) {
            for target_id in 0..count as i64 {
                origins.push(Origin {
                    kind: *kind,
                    target_id,
                    label: String::new(),
                    context: OriginContext::None,
                    link: None,
                    removed: false,
                });
            }
        }
        PlanMeasure {
            id: 1,
            goal_id: 1,
            title: LocalizedText::german("Sprachcafés"),
            description: LocalizedText::empty(),
            lead_unit: LocalizedText::empty(),
            partners: LocalizedText::empty(),
            timeframe: LocalizedText::empty(),
            indicators: LocalizedText::empty(),
            status: MeasureStatus::Planned,
            updated_at: jiff::Timestamp::UNIX_EPOCH,
            updates: Vec::new(),
            origins,
        }
    }

    fn tr(tag: &str) -> Tr {
        Tr::new(Locale::parse(tag).unwrap())
    }

    #[test]
    fn the_origin_line_names_only_the_kinds_there_are() {
        assert_eq!(
            origin_line(&tr("de"), &measure([1, 1, 0, 0])),
            "Grundlage: 1 Vorschlag und 1 Ergebnis aus den Veranstaltungen."
        );
        assert_eq!(
            origin_line(&tr("en"), &measure([0, 2, 11, 1])),
            "Based on 2 workshop results, 11 comments and 1 position paper."
        );
        assert_eq!(
            origin_line(&tr("de"), &measure([0, 0, 0, 0])),
            "Diese Maßnahme kommt von der Stadtverwaltung."
        );
    }

    #[test]
    fn arabic_counts_use_dual_few_and_many_forms() {
        let ar = tr("ar");
        assert_eq!(
            origin_line(&ar, &measure([2, 0, 0, 0])),
            "يستند إلى اقتراحين."
        );
        assert_eq!(
            origin_line(&ar, &measure([3, 0, 11, 0])),
            "يستند إلى 3 اقتراحات و11 تعليقًا."
        );
    }
}
