//! Finding what the public may see: published processes and their public events, or a 404.

use crate::{AppError, AppState};
use mitwirken_domain::{Event, EventId, Process, ProcessStatus, Question};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

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

/// An event with its process and form questions, as the registration form needs them.
#[derive(Debug)]
pub struct EventForm {
    pub event: Event,
    pub process: Process,
    pub questions: Vec<Question>,
}

/// Event definitions for the registration path, kept for a moment so that a burst of
/// registrations does not read the same event seven times per request. Seat counts are never
/// taken from here: seats are decided in the database.
#[derive(Debug, Default)]
pub struct EventCache {
    entries: RwLock<HashMap<i64, (Instant, Arc<EventForm>)>>,
}

/// How long a definition is reused; short enough that an organiser's change shows at once.
const FRESH_FOR: Duration = Duration::from_secs(2);

impl EventCache {
    pub async fn get(&self, state: &AppState, id: i64) -> Result<Arc<EventForm>, AppError> {
        if let Ok(entries) = self.entries.read()
            && let Some((at, form)) = entries.get(&id)
            && at.elapsed() < FRESH_FOR
        {
            return Ok(form.clone());
        }
        let (event, process) = public_event(state, id).await?;
        let questions = state.store.questions_of(event.id).await?;
        let form = Arc::new(EventForm {
            event,
            process,
            questions,
        });
        if let Ok(mut entries) = self.entries.write() {
            entries.retain(|_, (at, _)| at.elapsed() < FRESH_FOR);
            entries.insert(id, (Instant::now(), form.clone()));
        }
        Ok(form)
    }

    /// Forgets an event at once, after it was changed.
    pub fn forget(&self, id: i64) {
        if let Ok(mut entries) = self.entries.write() {
            entries.remove(&id);
        }
    }
}
