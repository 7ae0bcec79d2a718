//! SeaORM entities, one module per table; rows only, the rules live in the domain crate.

pub mod audit_log;
pub mod eligible_group;
pub mod event;
pub mod event_question;
pub mod field_of_action;
pub mod invitation_code;
pub mod outbox;
pub mod phase;
pub mod process;
pub mod registration;
pub mod staff;
pub mod staff_role;
pub mod staff_session;
pub mod venue;
pub mod working_group;
