//! Registrations: register, confirm, cancel, expire and promote from the waiting list, and the
//! desk's moves, check-in and planning counts.

pub mod desk;
mod lifecycle;
mod seats;

pub use lifecycle::{ConfirmOutcome, RegisterError, RegisterOutcome, Registration, SeatCount};
pub(crate) use seats::{SeatTaken, end_registration, promote, release_seat, take_seat};
