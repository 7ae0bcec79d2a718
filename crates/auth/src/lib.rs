//! Secrets that prove who someone is, kept apart from storage so they can be tested without a database.

pub mod token;
pub mod totp;

pub use token::{Keys, Token};
