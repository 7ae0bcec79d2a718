//! The public side: what residents read, in their language, without signing in.

pub mod account;
pub mod analysis;
pub(crate) mod calendar;
pub mod comments;
mod event;
pub mod feedback;
pub mod manage;
mod pages;
pub mod papers;
pub(crate) mod plan;
mod process;
pub mod proposals;
mod register;
pub mod search;

pub use calendar::{event_calendar, process_calendar};
pub use event::event;
pub use pages::{accessibility, home, imprint, privacy};
pub use process::process;
pub use register::{register, sent, submit};
