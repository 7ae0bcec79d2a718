//! Registering for an event: the form's rules, the states a registration passes through, and who gets a seat.

use crate::{Access, Event, Locale};
use std::collections::BTreeMap;

/// An e-mail address, trimmed and lowercased so that the same person is recognised twice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Email, FieldError> {
        let email = raw.trim().to_lowercase();
        if email.is_empty() {
            return Err(FieldError::Required);
        }
        let valid = email.len() <= 254
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && local.len() <= 64
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !domain.contains("..")
                    && domain
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            })
            && !email
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"".contains(c))
            && email.matches('@').count() == 1;
        if valid {
            Ok(Email(email))
        } else {
            Err(FieldError::InvalidEmail)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegistrationStatus {
    /// Submitted; the address is not confirmed yet. May hold a seat until the hold expires.
    Unconfirmed,
    /// Confirmed on a reserved event; holds a seat until the organiser decides.
    AwaitingApproval,
    Confirmed,
    /// Confirmed, but no seat was free: waits in order for one.
    Waiting,
    Cancelled,
    Rejected,
}

impl RegistrationStatus {
    pub const ALL: &'static [RegistrationStatus] = &[
        RegistrationStatus::Unconfirmed,
        RegistrationStatus::AwaitingApproval,
        RegistrationStatus::Confirmed,
        RegistrationStatus::Waiting,
        RegistrationStatus::Cancelled,
        RegistrationStatus::Rejected,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationStatus::Unconfirmed => "unconfirmed",
            RegistrationStatus::AwaitingApproval => "awaiting_approval",
            RegistrationStatus::Confirmed => "confirmed",
            RegistrationStatus::Waiting => "waiting",
            RegistrationStatus::Cancelled => "cancelled",
            RegistrationStatus::Rejected => "rejected",
        }
    }

    pub fn parse(raw: &str) -> Option<RegistrationStatus> {
        Self::ALL.iter().copied().find(|s| s.as_str() == raw)
    }

    /// Still in the running: the same address may not register again for the event.
    pub fn is_active(self) -> bool {
        !matches!(
            self,
            RegistrationStatus::Cancelled | RegistrationStatus::Rejected
        )
    }

    /// Whether the person may still cancel it themselves.
    pub fn can_cancel(self) -> bool {
        self.is_active()
    }
}

/// Where a confirmed address lands: on a seat (approved or not yet), or on the waiting list.
pub fn status_on_confirmation(
    access: Access,
    has_invitation: bool,
    holds_seat: bool,
) -> RegistrationStatus {
    match (holds_seat, access, has_invitation) {
        (false, _, _) => RegistrationStatus::Waiting,
        (true, Access::Reserved, false) => RegistrationStatus::AwaitingApproval,
        (true, _, _) => RegistrationStatus::Confirmed,
    }
}

/// A field of the registration form, as errors and the form's anchors name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FormField {
    GivenName,
    FamilyName,
    Email,
    Organisation,
    EligibleGroup,
    Phone,
    Language,
    WorkingGroup,
    Interpretation,
    OtherNeeds,
    InvitationCode,
    Question(i64),
    Consent,
}

impl FormField {
    /// The `id` of the field's input in the form, and its `name`.
    pub fn id(self) -> String {
        match self {
            FormField::GivenName => "given_name".into(),
            FormField::FamilyName => "family_name".into(),
            FormField::Email => "email".into(),
            FormField::Organisation => "organisation".into(),
            FormField::EligibleGroup => "eligible_group".into(),
            FormField::Phone => "phone".into(),
            FormField::Language => "language".into(),
            FormField::WorkingGroup => "working_group".into(),
            FormField::Interpretation => "interpretation".into(),
            FormField::OtherNeeds => "other_needs".into(),
            FormField::InvitationCode => "invitation_code".into(),
            FormField::Question(id) => format!("question_{id}"),
            FormField::Consent => "consent".into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Required,
    InvalidEmail,
    TooLong {
        max: usize,
    },
    UnknownChoice,
    InvalidPhone,
    /// The invitation code is unknown or used up.
    InvalidCode,
    /// The chosen working group has no place left.
    GroupFull,
}

impl FieldError {
    /// The translation key of the message.
    pub fn key(self) -> &'static str {
        match self {
            FieldError::Required => "form-error-required",
            FieldError::InvalidEmail => "form-error-email",
            FieldError::TooLong { .. } => "form-error-too-long",
            FieldError::UnknownChoice => "form-error-choice",
            FieldError::InvalidPhone => "form-error-phone",
            FieldError::InvalidCode => "form-error-code",
            FieldError::GroupFull => "form-error-group-full",
        }
    }
}

/// What a person typed, exactly as typed; kept to show the form again.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RegistrationInput {
    pub given_name: String,
    pub family_name: String,
    pub email: String,
    pub organisation: String,
    pub eligible_group: String,
    pub phone: String,
    pub language: String,
    pub working_group: String,
    pub interpretation: String,
    pub sign_language: bool,
    pub step_free: bool,
    pub other_needs: String,
    pub invitation_code: String,
    pub consent: bool,
    pub answers: BTreeMap<i64, String>,
}

/// A question the organiser added to an event's form.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: i64,
    pub label: crate::LocalizedText,
    pub required: bool,
}

/// What people need to take part, for the organiser's planning.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needs {
    /// Interpretation into this language.
    pub interpretation: Option<String>,
    pub sign_language: bool,
    pub step_free: bool,
    pub other: Option<String>,
}

/// A registration that passed every rule of the form.
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterCommand {
    pub given_name: String,
    pub family_name: String,
    pub email: Email,
    pub organisation: Option<String>,
    pub eligible_group: Option<i64>,
    pub phone: Option<String>,
    pub locale: Locale,
    pub working_group: Option<i64>,
    pub needs: Needs,
    pub invitation_code: Option<String>,
    pub answers: BTreeMap<i64, String>,
}

pub type FormErrors = Vec<(FormField, FieldError)>;

fn text(
    raw: &str,
    max: usize,
    required: bool,
    field: FormField,
    errors: &mut FormErrors,
) -> Option<String> {
    let value = raw.trim();
    if value.is_empty() {
        if required {
            errors.push((field, FieldError::Required));
        }
        return None;
    }
    if value.chars().count() > max {
        errors.push((field, FieldError::TooLong { max }));
        return None;
    }
    Some(value.to_owned())
}

fn choice(
    raw: &str,
    allowed: &[i64],
    required: bool,
    field: FormField,
    errors: &mut FormErrors,
) -> Option<i64> {
    let value = raw.trim();
    if value.is_empty() {
        if required {
            errors.push((field, FieldError::Required));
        }
        return None;
    }
    match value.parse::<i64>() {
        Ok(id) if allowed.contains(&id) => Some(id),
        _ => {
            errors.push((field, FieldError::UnknownChoice));
            None
        }
    }
}

impl RegistrationInput {
    /// Checks the form against the event's rules; every problem is reported, each at its field.
    pub fn parse(
        &self,
        event: &Event,
        questions: &[Question],
        page_locale: Locale,
    ) -> Result<RegisterCommand, FormErrors> {
        let mut errors = FormErrors::new();
        let reserved = event.access == Access::Reserved;
        let given_name = text(
            &self.given_name,
            100,
            true,
            FormField::GivenName,
            &mut errors,
        );
        let family_name = text(
            &self.family_name,
            100,
            true,
            FormField::FamilyName,
            &mut errors,
        );
        let email = match Email::parse(&self.email) {
            Ok(email) => Some(email),
            Err(e) => {
                errors.push((FormField::Email, e));
                None
            }
        };
        let organisation = text(
            &self.organisation,
            200,
            reserved,
            FormField::Organisation,
            &mut errors,
        );
        let group_ids: Vec<i64> = event.eligible_groups.iter().map(|g| g.id).collect();
        let eligible_group = if event.eligible_groups.is_empty() {
            None
        } else {
            choice(
                &self.eligible_group,
                &group_ids,
                reserved,
                FormField::EligibleGroup,
                &mut errors,
            )
        };
        let phone = text(&self.phone, 40, false, FormField::Phone, &mut errors);
        if let Some(phone) = &phone
            && !phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-/()".contains(c))
        {
            errors.push((FormField::Phone, FieldError::InvalidPhone));
        }
        let locale = if self.language.trim().is_empty() {
            page_locale
        } else {
            match Locale::parse(&self.language) {
                Ok(l) => l,
                Err(_) => {
                    errors.push((FormField::Language, FieldError::UnknownChoice));
                    page_locale
                }
            }
        };
        let working_ids: Vec<i64> = event.working_groups.iter().map(|w| w.id).collect();
        let working_group = if working_ids.is_empty() {
            None
        } else {
            choice(
                &self.working_group,
                &working_ids,
                false,
                FormField::WorkingGroup,
                &mut errors,
            )
        };
        let interpretation = text(
            &self.interpretation,
            60,
            false,
            FormField::Interpretation,
            &mut errors,
        );
        let other = text(
            &self.other_needs,
            500,
            false,
            FormField::OtherNeeds,
            &mut errors,
        );
        let invitation_code = text(
            &self.invitation_code,
            64,
            event.access == Access::InvitationCode,
            FormField::InvitationCode,
            &mut errors,
        );
        let mut answers = BTreeMap::new();
        for q in questions {
            let raw = self
                .answers
                .get(&q.id)
                .map(String::as_str)
                .unwrap_or_default();
            if let Some(answer) = text(
                raw,
                1000,
                q.required,
                FormField::Question(q.id),
                &mut errors,
            ) {
                answers.insert(q.id, answer);
            }
        }
        if !self.consent {
            errors.push((FormField::Consent, FieldError::Required));
        }
        match (given_name, family_name, email) {
            (Some(given_name), Some(family_name), Some(email)) if errors.is_empty() => {
                Ok(RegisterCommand {
                    given_name,
                    family_name,
                    email,
                    organisation,
                    eligible_group,
                    phone,
                    locale,
                    working_group,
                    needs: Needs {
                        interpretation,
                        sign_language: self.sign_language,
                        step_free: self.step_free,
                        other,
                    },
                    invitation_code,
                    answers,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::*;

    pub(crate) fn event(access: Access) -> Event {
        let tz = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
        Event {
            id: EventId(2),
            process_id: ProcessId(1),
            slug: Slug::parse("e").unwrap(),
            title: LocalizedText::german("E"),
            description: LocalizedText::empty(),
            audience: LocalizedText::empty(),
            starts_at: "2021-07-03T08:00:00Z".parse().unwrap(),
            ends_at: "2021-07-03T14:00:00Z".parse().unwrap(),
            venue: Venue {
                id: VenueId(1),
                name: LocalizedText::german("Rathaus"),
                street: String::new(),
                postal_code: String::new(),
                city: String::new(),
                entrance: LocalizedText::empty(),
                accessibility: LocalizedText::empty(),
            },
            capacity: Capacity::parse(50).unwrap(),
            taken: 0,
            window: RegistrationWindow::closing_after_day(
                None,
                jiff::civil::date(2021, 6, 15),
                &tz,
            )
            .unwrap(),
            fee: Fee::FREE,
            on_site_notes: LocalizedText::empty(),
            access,
            eligible_groups: vec![EligibleGroup {
                id: 7,
                name: LocalizedText::german("Migrantenorganisationen"),
            }],
            allocation: Allocation::FirstCome,
            waiting_list: true,
            status: EventStatus::Published,
            working_groups: vec![],
            sequence: 0,
            updated_at: jiff::Timestamp::UNIX_EPOCH,
        }
    }

    fn filled() -> RegistrationInput {
        RegistrationInput {
            given_name: " Amira ".into(),
            family_name: "Haddad".into(),
            email: "Amira.Haddad@Example.org ".into(),
            consent: true,
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_open_registration_is_accepted_and_tidied() {
        let command = filled()
            .parse(&event(Access::Open), &[], Locale::GERMAN)
            .unwrap();
        assert_eq!(command.given_name, "Amira");
        assert_eq!(command.email.as_str(), "amira.haddad@example.org");
        assert_eq!(command.locale, Locale::GERMAN);
    }

    #[test]
    fn a_reserved_event_needs_organisation_and_group() {
        let errors = filled()
            .parse(&event(Access::Reserved), &[], Locale::GERMAN)
            .unwrap_err();
        assert_eq!(
            errors,
            vec![
                (FormField::Organisation, FieldError::Required),
                (FormField::EligibleGroup, FieldError::Required)
            ]
        );
        let mut input = filled();
        input.organisation = "Verein".into();
        input.eligible_group = "8".into();
        let errors = input
            .parse(&event(Access::Reserved), &[], Locale::GERMAN)
            .unwrap_err();
        assert_eq!(
            errors,
            vec![(FormField::EligibleGroup, FieldError::UnknownChoice)]
        );
        input.eligible_group = "7".into();
        assert!(
            input
                .parse(&event(Access::Reserved), &[], Locale::GERMAN)
                .is_ok()
        );
    }

    #[test]
    fn every_missing_field_is_reported_at_once() {
        let errors = RegistrationInput::default()
            .parse(&event(Access::Open), &[], Locale::GERMAN)
            .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            [
                FormField::GivenName,
                FormField::FamilyName,
                FormField::Email,
                FormField::Consent
            ]
        );
    }

    #[test]
    fn addresses_are_checked() {
        for bad in [
            "a", "a@b", "a@@b.de", "a b@c.de", "@c.de", "a@c..de", "<a@c.de>",
        ] {
            assert_eq!(Email::parse(bad), Err(FieldError::InvalidEmail), "{bad}");
        }
        assert!(Email::parse("name+tag@stadt-dresden.de").is_ok());
        assert!(Email::parse("ali@münchen.de").is_ok());
    }

    #[test]
    fn a_confirmed_address_lands_where_the_rules_say() {
        use RegistrationStatus::*;
        assert_eq!(status_on_confirmation(Access::Open, false, true), Confirmed);
        assert_eq!(
            status_on_confirmation(Access::Reserved, false, true),
            AwaitingApproval
        );
        assert_eq!(
            status_on_confirmation(Access::Reserved, true, true),
            Confirmed
        );
        assert_eq!(status_on_confirmation(Access::Open, false, false), Waiting);
    }

    #[test]
    fn required_questions_must_be_answered() {
        let question = Question {
            id: 4,
            label: LocalizedText::german("Essen?"),
            required: true,
        };
        let errors = filled()
            .parse(
                &event(Access::Open),
                std::slice::from_ref(&question),
                Locale::GERMAN,
            )
            .unwrap_err();
        assert_eq!(errors, vec![(FormField::Question(4), FieldError::Required)]);
        let mut input = filled();
        input.answers.insert(4, "vegetarisch".into());
        let command = input
            .parse(&event(Access::Open), &[question], Locale::GERMAN)
            .unwrap();
        assert_eq!(command.answers[&4], "vegetarisch");
    }
}
