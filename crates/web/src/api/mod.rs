//! The JSON API under `/api/v1`, and its OpenAPI document at `/api/openapi.json`.

use crate::paths;
use crate::{AppError, AppState};
use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use jiff::Timestamp;
use mitwirken_domain::{Event, Process, RegistrationState};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::{OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

mod plan;
mod registrations;

/// Texts by language tag; `de` is always present.
type Texts = BTreeMap<String, String>;

#[derive(Serialize, ToSchema)]
pub struct PhaseJson {
    /// information, participation, evaluation, council_decision or implementation
    pub kind: String,
    pub title: Texts,
    pub starts_on: String,
    pub ends_on: String,
    pub current: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ProcessSummaryJson {
    pub slug: String,
    pub title: Texts,
    pub motto: Texts,
    pub organiser: Texts,
    pub time_zone: String,
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct FieldJson {
    pub slug: String,
    pub title: Texts,
}

#[derive(Serialize, ToSchema)]
pub struct ProcessJson {
    #[serde(flatten)]
    pub summary: ProcessSummaryJson,
    pub summary_markdown: Texts,
    pub analysis_title: Texts,
    pub plan_title: Texts,
    pub phases: Vec<PhaseJson>,
    pub events: Vec<EventJson>,
    pub fields_of_action: Vec<FieldJson>,
}

#[derive(Serialize, ToSchema)]
pub struct VenueJson {
    pub name: Texts,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub entrance: Texts,
}

#[derive(Serialize, ToSchema)]
pub struct EventJson {
    pub id: i64,
    pub process: String,
    pub slug: String,
    pub title: Texts,
    pub audience: Texts,
    /// UTC, RFC 3339
    pub starts_at: String,
    pub ends_at: String,
    /// Start and end as wall-clock time in the process's time zone, RFC 9557
    pub starts_local: String,
    pub ends_local: String,
    pub venue: VenueJson,
    pub capacity: u32,
    pub places_left: u32,
    /// open, reserved or invitation_code
    pub access: String,
    pub eligible_groups: Vec<Texts>,
    pub fee_cents: u32,
    pub free: bool,
    pub on_site_notes: Texts,
    /// The last day on which one can register, in the process's time zone
    pub registration_deadline: String,
    /// Registration is possible until just before this instant (UTC, RFC 3339)
    pub registration_closes_at: String,
    /// not_yet_open, open or closed
    pub registration_state: String,
    pub waiting_list: bool,
    /// draft, published or cancelled
    pub status: String,
    pub working_groups: Vec<Texts>,
    pub calendar_url: String,
}

fn texts(t: &mitwirken_domain::LocalizedText) -> Texts {
    t.translations().clone()
}

fn summary(process: &Process) -> ProcessSummaryJson {
    ProcessSummaryJson {
        slug: process.slug.to_string(),
        title: texts(&process.title),
        motto: texts(&process.motto),
        organiser: texts(&process.organiser),
        time_zone: process.time_zone.iana_name().unwrap_or("UTC").to_owned(),
        url: paths::process(&process.slug),
    }
}

fn event_json(event: &Event, process: &Process, now: Timestamp) -> EventJson {
    let tz = &process.time_zone;
    let local = |t: Timestamp| t.to_zoned_datetime(tz.clone()).to_string();
    EventJson {
        id: event.id.0,
        process: process.slug.to_string(),
        slug: event.slug.to_string(),
        title: texts(&event.title),
        audience: texts(&event.audience),
        starts_at: event.starts_at.to_string(),
        ends_at: event.ends_at.to_string(),
        starts_local: local(event.starts_at),
        ends_local: local(event.ends_at),
        venue: VenueJson {
            name: texts(&event.venue.name),
            street: event.venue.street.clone(),
            postal_code: event.venue.postal_code.clone(),
            city: event.venue.city.clone(),
            entrance: texts(&event.venue.entrance),
        },
        capacity: event.capacity.get(),
        places_left: event.places_left(),
        access: event.access.as_str().to_owned(),
        eligible_groups: event
            .eligible_groups
            .iter()
            .map(|g| texts(&g.name))
            .collect(),
        fee_cents: event.fee.cents,
        free: event.fee.is_free(),
        on_site_notes: texts(&event.on_site_notes),
        registration_deadline: event.window.last_day(tz).to_string(),
        registration_closes_at: event.window.closes_at.to_string(),
        registration_state: match event.registration_state(now) {
            RegistrationState::NotYetOpen { .. } => "not_yet_open",
            RegistrationState::Open => "open",
            RegistrationState::Closed { .. } => "closed",
        }
        .to_owned(),
        waiting_list: event.waiting_list,
        status: event.status.as_str().to_owned(),
        working_groups: event
            .working_groups
            .iter()
            .map(|w| texts(&w.title))
            .collect(),
        calendar_url: paths::event_calendar(event.id),
    }
}

/// The published processes.
#[utoipa::path(get, path = "/api/v1/processes", tag = "public",
    responses((status = 200, description = "Published processes, newest first", body = [ProcessSummaryJson])))]
pub async fn processes(
    State(state): State<AppState>,
) -> Result<Json<Vec<ProcessSummaryJson>>, AppError> {
    let processes = state.store.published_processes().await?;
    Ok(Json(processes.iter().map(summary).collect()))
}

/// One process with its phases, events and fields of action.
#[utoipa::path(get, path = "/api/v1/processes/{slug}", tag = "public",
    params(("slug" = String, Path, description = "The process's slug")),
    responses((status = 200, body = ProcessJson), (status = 404, description = "No such published process")))]
pub async fn process(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<ProcessJson>, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let now = state.clock.now();
    let today = now.to_zoned_datetime(process.time_zone.clone()).date();
    let position = process.phase_position(today);
    let events = state.store.public_events(process.id).await?;
    let fields = state.store.fields_of_action(process.id).await?;
    Ok(Json(ProcessJson {
        summary: summary(&process),
        summary_markdown: texts(&process.summary),
        analysis_title: texts(&process.analysis_title),
        plan_title: texts(&process.plan_title),
        phases: process
            .phases
            .iter()
            .enumerate()
            .map(|(i, p)| PhaseJson {
                kind: p.kind.as_str().to_owned(),
                title: texts(&p.title),
                starts_on: p.starts_on.to_string(),
                ends_on: p.ends_on.to_string(),
                current: position == mitwirken_domain::process::PhasePosition::In(i),
            })
            .collect(),
        events: events
            .iter()
            .map(|e| event_json(e, &process, now))
            .collect(),
        fields_of_action: fields
            .iter()
            .map(|f| FieldJson {
                slug: f.slug.to_string(),
                title: texts(&f.title),
            })
            .collect(),
    }))
}

/// One event, with the places left right now.
#[utoipa::path(get, path = "/api/v1/events/{id}", tag = "public",
    params(("id" = i64, Path, description = "The event's id")),
    responses((status = 200, body = EventJson), (status = 404, description = "No such public event")))]
pub async fn event(
    State(state): State<AppState>,
    Path(id): Path<crate::PathId>,
) -> Result<Json<EventJson>, AppError> {
    let (event, process) = crate::lookup::public_event(&state, id.0).await?;
    Ok(Json(event_json(&event, &process, state.clock.now())))
}

#[derive(OpenApi)]
#[openapi(
    info(title = "mitwirken API", description = "Public data of participation processes: processes, phases, events with places left.", license(name = "EUPL-1.2")),
    tags(
        (name = "public", description = "Readable without signing in"),
        (name = "open data", description = "The action plan and anonymous statistics, free to reuse")
    )
)]
struct ApiDoc;

/// Every route under `/api/v1`; the OpenAPI document is built from the same declarations, so
/// no route can go undocumented.
fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(processes))
        .routes(routes!(process))
        .routes(routes!(event))
        .routes(routes!(registrations::register))
        .merge(plan::routes())
}

pub fn router() -> Router<AppState> {
    let (router, doc) = routes().split_for_parts();
    router.route(
        "/api/openapi.json",
        get(move || {
            let doc = doc.clone();
            async move { Json(doc) }
        }),
    )
}

#[cfg(test)]
mod tests;
