//! Participants: sign-in links and sessions, their profile, and what they can see and take with
//! them of their own data.

mod account;
mod sessions;

pub use account::{AnsweredProposal, OwnContribution, OwnRegistration};
pub use sessions::*;
