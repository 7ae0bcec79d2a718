//! The rules of public participation, free of I/O: processes, phases, events and their registration windows.

pub mod analysis;
pub mod clock;
pub mod cocreation;
pub mod error;
pub mod event;
pub mod feedback;
pub mod ids;
pub mod link;
pub mod locale;
pub mod outbox;
pub mod pdf_check;
pub mod process;
pub mod registration;
pub mod scenario;
pub mod schedule;
pub mod staff;

pub use clock::{Clock, FixedClock, SystemClock};
pub use cocreation::{
    MeasureStatus, OriginKind, ProposalKind, ProposalState, ReportTarget, WorkshopSource,
};
pub use error::DomainError;
pub use event::{
    Access, Allocation, Capacity, EligibleGroup, Event, EventStatus, Fee, RegistrationState,
    RegistrationWindow, Venue, WorkingGroup,
};
pub use ids::{EventId, FieldOfActionId, ProcessId, VenueId};
pub use link::Link;
pub use locale::{Locale, Localized, LocalizedText, TextDirection};
pub use outbox::{Mail, ProposalRole};
pub use process::{FieldOfAction, Phase, PhaseKind, Process, ProcessStatus, Slug};
pub use registration::{
    Email, FieldError, FormErrors, FormField, Needs, Question, RegisterCommand, RegistrationInput,
    RegistrationStatus,
};
pub use staff::{Permission, Role, StaffMember};
