//! Co-creation: the analysis and comments on it, proposals and supports, position papers,
//! workshop results, moderation, search and statistics.

pub mod analysis;
pub mod answers;
pub mod comments;
pub mod moderation;
pub mod papers;
pub mod proposals;
pub mod search;
pub mod statistics;
pub mod workshop;
