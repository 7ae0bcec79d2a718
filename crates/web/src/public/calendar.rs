//! iCalendar files: one per event and a feed per process, in the process's time zone.

use crate::lookup::{public_event, published_process};
use crate::{AppError, AppState};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{Event, EventStatus, Locale, Process};
use mitwirken_exports::ical::{CalendarEvent, calendar, event_uid};

fn entry(state: &AppState, event: &Event) -> CalendarEvent {
    let de = Locale::GERMAN;
    let venue = &event.venue;
    let mut location = venue.name.get(de).text.to_owned();
    let entrance = venue.entrance.get(de).text;
    if !entrance.is_empty() {
        location.push_str(", ");
        location.push_str(entrance);
    }
    location.push_str(&format!(
        ", {}, {} {}",
        venue.street, venue.postal_code, venue.city
    ));
    let mut description = event.audience.get(de).text.to_owned();
    let notes = event.on_site_notes.get(de).text;
    if !notes.is_empty() {
        description.push_str("\n\n");
        description.push_str(notes);
    }
    let base = state.site.base_url.trim_end_matches('/');
    CalendarEvent {
        uid: event_uid(base, event.id.0),
        summary: event.title.get(de).text.to_owned(),
        description,
        location,
        url: Some(format!("{base}/events/{}", event.id)),
        starts_at: event.starts_at,
        ends_at: event.ends_at,
        sequence: event.sequence,
        cancelled: event.status == EventStatus::Cancelled,
        last_modified: event.updated_at,
    }
}

fn ics(filename: &str, body: String) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}

fn name(process: &Process) -> String {
    process.title.get(Locale::GERMAN).text.to_owned()
}

pub async fn event_calendar(
    State(state): State<AppState>,
    Path(id): Path<crate::PathId>,
) -> Result<Response, AppError> {
    let (event, process) = public_event(&state, id.0).await?;
    let body = calendar(
        &name(&process),
        &process.time_zone,
        &[entry(&state, &event)],
        state.clock.now(),
    );
    Ok(ics(&format!("event-{}.ics", id.0), body))
}

pub async fn process_calendar(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let process = published_process(&state, &slug).await?;
    let events = state.store.public_events(process.id).await?;
    let entries: Vec<_> = events.iter().map(|e| entry(&state, e)).collect();
    let body = calendar(
        &name(&process),
        &process.time_zone,
        &entries,
        state.clock.now(),
    );
    Ok(ics(&format!("{slug}.ics"), body))
}
