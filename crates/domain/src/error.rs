//! Why a value from outside was refused.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("invalid slug {0:?}: use 1 to 80 lowercase letters, digits and hyphens")]
    InvalidSlug(String),
    #[error("unknown locale {0:?}")]
    UnknownLocale(String),
    #[error("unknown {kind} {value:?}")]
    UnknownVariant { kind: &'static str, value: String },
    #[error("capacity must be between 1 and 100000, got {0}")]
    InvalidCapacity(i64),
    #[error("{0} needs a German text")]
    MissingGermanText(&'static str),
    #[error("invalid time zone {0:?}")]
    InvalidTimeZone(String),
    #[error("the event must end after it starts")]
    EndsBeforeStart,
    #[error("registration must open before it closes")]
    WindowReversed,
    #[error("a reserved event needs at least one eligible group")]
    ReservedWithoutGroups,
}
