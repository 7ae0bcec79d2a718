//! Processes and their events, venues, questions, invitation codes and groups: read and changed.

mod changes;
mod reads;
pub mod setup;

pub use changes::EventEdit;
