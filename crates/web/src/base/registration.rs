//! Registering for an event, one way for the form and the API, so that both keep the same rules.

use crate::lookup::EventForm;
use crate::{AppError, AppState};
use jiff::SignedDuration;
use mitwirken_domain::{
    FieldError, FormErrors, FormField, Locale, RegistrationInput, RegistrationState,
};
use mitwirken_store::{RegisterError, RegisterOutcome};

/// What came of an attempt to register; each face turns it into its own answer.
#[derive(Debug)]
pub enum Registering {
    /// A new registration; the address must still be confirmed.
    Registered,
    /// The address was registered already and got its links again.
    AlreadyRegistered,
    /// The input broke the form's rules.
    Invalid(FormErrors),
    /// The input passed, but the seat could not be taken for this one field's choice.
    Refused(FormField, FieldError),
    Closed,
    /// No place left and no waiting list.
    Full,
}

/// Checks the input against the event's rules, takes a seat or a place on the waiting list,
/// and wakes the mail worker for the confirmation mail.
pub async fn register(
    state: &AppState,
    form: &EventForm,
    input: &RegistrationInput,
    locale: Locale,
) -> Result<Registering, AppError> {
    let event = &form.event;
    let now = state.clock.now();
    if event.registration_state(now) != RegistrationState::Open {
        return Ok(Registering::Closed);
    }
    let command = match input.parse(event, &form.questions, locale) {
        Ok(command) => command,
        Err(errors) => return Ok(Registering::Invalid(errors)),
    };
    let hold = SignedDuration::from_mins(i64::from(state.registration.hold_minutes));
    let outcome = state
        .store
        .register(
            &state.keys,
            event,
            &command,
            &state.registration.privacy_version,
            now,
            hold,
        )
        .await;
    Ok(match outcome {
        Ok(outcome) => {
            state.mail_queued.notify_one();
            match outcome {
                RegisterOutcome::Registered { .. } => Registering::Registered,
                RegisterOutcome::AlreadyRegistered { .. } => Registering::AlreadyRegistered,
            }
        }
        Err(RegisterError::InvalidCode) => {
            Registering::Refused(FormField::InvitationCode, FieldError::InvalidCode)
        }
        Err(RegisterError::GroupFull) => {
            Registering::Refused(FormField::WorkingGroup, FieldError::GroupFull)
        }
        Err(RegisterError::Full) => Registering::Full,
        Err(RegisterError::Closed) => Registering::Closed,
        Err(RegisterError::Store(e)) => return Err(AppError::Store(e)),
    })
}
