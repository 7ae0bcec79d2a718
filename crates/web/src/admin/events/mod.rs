//! Events in the back office: the dashboard, the registration list with its actions, walk-ins,
//! exports and planning figures.

use super::Staff;
use crate::view::Txt;
use crate::{AppError, AppState};
use mitwirken_domain::{Event, Permission, Process};

mod changes;
mod dashboard;
mod desk;
mod exports;
mod planning;
mod registrations;

pub use changes::{cancel_event, message, move_event};
pub use dashboard::dashboard;
pub use desk::{act, walk_in};
pub use exports::{attendance_pdf, export_csv, export_xlsx};
pub use planning::planning;
pub use registrations::registrations;

/// An event the staff member may see, with its process, or 403/404.
pub(super) async fn event_for(
    state: &AppState,
    staff: &Staff,
    id: i64,
    permission: Permission,
) -> Result<(Event, Process), AppError> {
    let event = state
        .store
        .event_any_status(mitwirken_domain::EventId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    staff.require(permission, event.process_id)?;
    let process = state
        .store
        .process_by_id(event.process_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((event, process))
}

/// One option of a select box in the back office's forms.
pub struct Choice {
    pub value: String,
    pub label: Txt,
    pub selected: bool,
}
