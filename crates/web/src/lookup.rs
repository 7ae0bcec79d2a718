//! Finding what the public may see: published processes and their public events, or a 404.

use crate::{AppError, AppState};
use mitwirken_domain::{Event, EventId, Process, ProcessStatus};

pub async fn published_process(state: &AppState, slug: &str) -> Result<Process, AppError> {
    state
        .store
        .process_by_slug(slug)
        .await?
        .filter(|p| p.status == ProcessStatus::Published)
        .ok_or(AppError::NotFound)
}

/// An event that people may see, with its published process.
pub async fn public_event(state: &AppState, id: i64) -> Result<(Event, Process), AppError> {
    let event = state
        .store
        .public_event(EventId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let process = state
        .store
        .process_by_id(event.process_id)
        .await?
        .filter(|p| p.status == ProcessStatus::Published)
        .ok_or(AppError::NotFound)?;
    Ok((event, process))
}
