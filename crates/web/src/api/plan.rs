//! Open data: the action plan and the anonymous statistics of a process, as JSON and as CSV.

use super::{Texts, texts};
use crate::{AppError, AppState, paths};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{Locale, LocalizedText, OriginKind};
use mitwirken_exports::table::Table;
use mitwirken_store::plan::PlanMeasure;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(Serialize, ToSchema)]
pub struct PlanJson {
    /// The process's slug
    pub process: String,
    pub title: Texts,
    pub fields_of_action: Vec<PlanFieldJson>,
}

#[derive(Serialize, ToSchema)]
pub struct PlanFieldJson {
    pub slug: String,
    pub title: Texts,
    pub goals: Vec<PlanGoalJson>,
}

#[derive(Serialize, ToSchema)]
pub struct PlanGoalJson {
    pub id: i64,
    pub title: Texts,
    pub description: Texts,
    pub measures: Vec<MeasureJson>,
}

#[derive(Serialize, ToSchema)]
pub struct MeasureJson {
    pub id: i64,
    pub title: Texts,
    pub description: Texts,
    pub lead_unit: Texts,
    pub partners: Texts,
    pub timeframe: Texts,
    pub indicators: Texts,
    /// planned, in_progress, done or dropped
    pub status: String,
    /// UTC, RFC 3339
    pub updated_at: String,
    /// The measure on the plan page
    pub url: String,
    /// Newest first
    pub progress: Vec<ProgressJson>,
    pub origin_counts: OriginCountsJson,
    pub origins: Vec<OriginJson>,
}

#[derive(Serialize, ToSchema)]
pub struct ProgressJson {
    /// The day the update speaks of, YYYY-MM-DD
    pub date: String,
    /// planned, in_progress, done or dropped
    pub status: String,
    pub note: Texts,
}

#[derive(Serialize, ToSchema)]
pub struct OriginCountsJson {
    pub proposals: usize,
    pub workshop_results: usize,
    pub comments: usize,
    pub position_papers: usize,
}

#[derive(Serialize, ToSchema)]
pub struct OriginJson {
    /// proposal, workshop, comment or paper
    pub kind: String,
    pub id: i64,
    /// Where it is shown; empty when it was removed
    pub url: String,
}

fn counts(m: &PlanMeasure) -> OriginCountsJson {
    OriginCountsJson {
        proposals: m.origin_count(OriginKind::Proposal),
        workshop_results: m.origin_count(OriginKind::Workshop),
        comments: m.origin_count(OriginKind::Comment),
        position_papers: m.origin_count(OriginKind::Paper),
    }
}

fn measure_json(slug: &str, m: &PlanMeasure) -> MeasureJson {
    MeasureJson {
        id: m.id,
        title: texts(&m.title),
        description: texts(&m.description),
        lead_unit: texts(&m.lead_unit),
        partners: texts(&m.partners),
        timeframe: texts(&m.timeframe),
        indicators: texts(&m.indicators),
        status: m.status.as_str().to_owned(),
        updated_at: m.updated_at.to_string(),
        url: paths::plan_measure(slug, m.id),
        progress: m
            .updates
            .iter()
            .map(|u| ProgressJson {
                date: u.on_date.to_string(),
                status: u.status.as_str().to_owned(),
                note: texts(&u.note),
            })
            .collect(),
        origin_counts: counts(m),
        origins: m
            .origins
            .iter()
            .map(|o| OriginJson {
                kind: o.kind.as_str().to_owned(),
                id: o.target_id,
                url: if o.removed {
                    String::new()
                } else {
                    paths::link_or_none(o.link.as_ref())
                },
            })
            .collect(),
    }
}

/// The action plan: fields of action, goals, measures with progress and origins, in every language.
#[utoipa::path(get, path = "/api/v1/processes/{slug}/plan.json", tag = "open data",
    params(("slug" = String, Path, description = "The process's slug")),
    responses((status = 200, body = PlanJson), (status = 404, description = "No such published process")))]
pub async fn plan_json(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<PlanJson>, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let plan = state.store.plan_of(process.id).await?;
    let slug = process.slug.to_string();
    Ok(Json(PlanJson {
        title: texts(&process.plan_title),
        fields_of_action: plan
            .fields
            .iter()
            .map(|f| PlanFieldJson {
                slug: f.slug.clone(),
                title: texts(&f.title),
                goals: f
                    .goals
                    .iter()
                    .map(|g| PlanGoalJson {
                        id: g.id,
                        title: texts(&g.title),
                        description: texts(&g.description),
                        measures: g.measures.iter().map(|m| measure_json(&slug, m)).collect(),
                    })
                    .collect(),
            })
            .collect(),
        process: slug,
    }))
}

#[derive(Deserialize, IntoParams)]
pub struct LangQuery {
    /// Language of the texts: de (default), en or ar; a missing translation is given in German
    #[serde(default)]
    lang: Option<String>,
}

impl LangQuery {
    fn locale(&self) -> Locale {
        self.lang
            .as_deref()
            .and_then(|l| Locale::parse(l).ok())
            .unwrap_or(Locale::GERMAN)
    }
}

fn csv_response(table: &Table, filename: String) -> Response {
    let mut response = mitwirken_exports::csv::csv(table).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The action plan as CSV, one row per measure (UTF-8 with BOM, `;` as delimiter).
#[utoipa::path(get, path = "/api/v1/processes/{slug}/plan.csv", tag = "open data",
    params(("slug" = String, Path, description = "The process's slug"), LangQuery),
    responses(
        (status = 200, description = "Columns: measure_id, field, goal, measure, lead_unit, timeframe, status, last_update, proposals, workshop_results, comments, position_papers", body = String, content_type = "text/csv"),
        (status = 404, description = "No such published process")))]
pub async fn plan_csv(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<LangQuery>,
) -> Result<Response, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let plan = state.store.plan_of(process.id).await?;
    let locale = query.locale();
    let pick = |t: &LocalizedText| t.get(locale).text.to_owned();
    let mut rows = Vec::new();
    for f in &plan.fields {
        for g in &f.goals {
            for m in &g.measures {
                let counts = counts(m);
                rows.push(vec![
                    m.id.to_string(),
                    pick(&f.title),
                    pick(&g.title),
                    pick(&m.title),
                    pick(&m.lead_unit),
                    pick(&m.timeframe),
                    m.status.as_str().to_owned(),
                    m.latest_update()
                        .map(|u| u.on_date.to_string())
                        .unwrap_or_default(),
                    counts.proposals.to_string(),
                    counts.workshop_results.to_string(),
                    counts.comments.to_string(),
                    counts.position_papers.to_string(),
                ]);
            }
        }
    }
    let table = Table {
        title: process.slug.to_string(),
        headers: [
            "measure_id",
            "field",
            "goal",
            "measure",
            "lead_unit",
            "timeframe",
            "status",
            "last_update",
            "proposals",
            "workshop_results",
            "comments",
            "position_papers",
        ]
        .map(str::to_owned)
        .to_vec(),
        rows,
    };
    Ok(csv_response(
        &table,
        format!("plan-{}-{}.csv", process.slug, locale.tag()),
    ))
}

#[derive(Serialize, ToSchema)]
pub struct StatisticsJson {
    /// The process's slug
    pub process: String,
    /// When the figures were read (UTC, RFC 3339)
    pub generated_at: String,
    /// People who commented, proposed, supported or submitted a paper; deleted accounts are not counted
    pub participants: u64,
    pub events: Vec<EventStatisticsJson>,
    pub fields_of_action: Vec<FieldStatisticsJson>,
}

#[derive(Serialize, ToSchema)]
pub struct EventStatisticsJson {
    pub id: i64,
    pub slug: String,
    pub title: Texts,
    /// UTC, RFC 3339
    pub starts_at: String,
    pub capacity: u32,
    /// Registrations per status: unconfirmed, awaiting_approval, confirmed, waiting, cancelled, rejected
    pub registrations: BTreeMap<String, u64>,
    /// People checked in at the door
    pub checked_in: u64,
}

#[derive(Serialize, ToSchema)]
pub struct FieldStatisticsJson {
    pub slug: String,
    pub title: Texts,
    /// Visible comments on the analysis and on proposals of this field
    pub comments: u64,
    /// Visible proposals per state: open, adopted, merged, not_adopted
    pub proposals: BTreeMap<String, u64>,
    pub supports: u64,
    pub workshop_results: u64,
}

/// Anonymous statistics: registrations per event and status, contributions per field of action.
/// Counts only; no name, address or text of a participant.
#[utoipa::path(get, path = "/api/v1/processes/{slug}/statistics.json", tag = "open data",
    params(("slug" = String, Path, description = "The process's slug")),
    responses((status = 200, body = StatisticsJson), (status = 404, description = "No such published process")))]
pub async fn statistics_json(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<StatisticsJson>, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let stats = state.store.statistics(process.id).await?;
    let owned = |m: &BTreeMap<&'static str, u64>| {
        m.iter()
            .map(|(k, v)| ((*k).to_owned(), *v))
            .collect::<BTreeMap<String, u64>>()
    };
    Ok(Json(StatisticsJson {
        process: process.slug.to_string(),
        generated_at: state.clock.now().to_string(),
        participants: stats.participants,
        events: stats
            .events
            .iter()
            .map(|e| EventStatisticsJson {
                id: e.id,
                slug: e.slug.clone(),
                title: texts(&e.title),
                starts_at: e.starts_at.to_string(),
                capacity: e.capacity,
                registrations: owned(&e.registrations),
                checked_in: e.checked_in,
            })
            .collect(),
        fields_of_action: stats
            .fields
            .iter()
            .map(|f| FieldStatisticsJson {
                slug: f.slug.clone(),
                title: texts(&f.title),
                comments: f.comments,
                proposals: owned(&f.proposals),
                supports: f.supports,
                workshop_results: f.workshop_results,
            })
            .collect(),
    }))
}

/// The anonymous statistics as CSV in long form: one figure per row.
#[utoipa::path(get, path = "/api/v1/processes/{slug}/statistics.csv", tag = "open data",
    params(("slug" = String, Path, description = "The process's slug"), LangQuery),
    responses(
        (status = 200, description = "Columns: scope (process, event or field), slug, title, metric, count", body = String, content_type = "text/csv"),
        (status = 404, description = "No such published process")))]
pub async fn statistics_csv(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(query): Query<LangQuery>,
) -> Result<Response, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let stats = state.store.statistics(process.id).await?;
    let locale = query.locale();
    let pick = |t: &LocalizedText| t.get(locale).text.to_owned();
    let row = |scope: &str, slug: &str, title: &str, metric: String, count: u64| {
        vec![
            scope.to_owned(),
            slug.to_owned(),
            title.to_owned(),
            metric,
            count.to_string(),
        ]
    };
    let mut rows = vec![row(
        "process",
        process.slug.as_str(),
        &pick(&process.title),
        "participants".to_owned(),
        stats.participants,
    )];
    for e in &stats.events {
        let title = pick(&e.title);
        rows.push(row(
            "event",
            &e.slug,
            &title,
            "capacity".to_owned(),
            u64::from(e.capacity),
        ));
        for (status, count) in &e.registrations {
            rows.push(row(
                "event",
                &e.slug,
                &title,
                format!("registrations_{status}"),
                *count,
            ));
        }
        rows.push(row(
            "event",
            &e.slug,
            &title,
            "checked_in".to_owned(),
            e.checked_in,
        ));
    }
    for f in &stats.fields {
        let title = pick(&f.title);
        rows.push(row(
            "field",
            &f.slug,
            &title,
            "comments".to_owned(),
            f.comments,
        ));
        for (state, count) in &f.proposals {
            rows.push(row(
                "field",
                &f.slug,
                &title,
                format!("proposals_{state}"),
                *count,
            ));
        }
        rows.push(row(
            "field",
            &f.slug,
            &title,
            "supports".to_owned(),
            f.supports,
        ));
        rows.push(row(
            "field",
            &f.slug,
            &title,
            "workshop_results".to_owned(),
            f.workshop_results,
        ));
    }
    let table = Table {
        title: process.slug.to_string(),
        headers: ["scope", "slug", "title", "metric", "count"]
            .map(str::to_owned)
            .to_vec(),
        rows,
    };
    Ok(csv_response(
        &table,
        format!("statistics-{}-{}.csv", process.slug, locale.tag()),
    ))
}

/// The open-data routes, documented from their declarations.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(plan_json))
        .routes(routes!(plan_csv))
        .routes(routes!(statistics_json))
        .routes(routes!(statistics_csv))
}
