//! Feedback on barriers (BITV 2.0 § 7): what a report must and may contain, how often one client
//! may send one, and how long a handled report is kept.

use crate::Locale;
use crate::registration::{Email, FieldError};
use jiff::SignedDuration;

/// The longest page address, in characters.
pub const MAX_PAGE: usize = 500;
/// The longest description of a barrier, in characters.
pub const MAX_MESSAGE: usize = 5_000;
pub const MAX_NAME: usize = 100;
/// Reports one client address may send within [`RATE_WINDOW`].
pub const REPORTS_PER_WINDOW: u64 = 5;
pub const RATE_WINDOW: SignedDuration = SignedDuration::from_hours(1);
/// A handled report, with the personal data in it, is deleted this long after it was handled.
pub const KEPT_AFTER_HANDLING: SignedDuration = SignedDuration::from_hours(365 * 24);
/// As a number of days, for the texts that promise it.
pub const KEPT_DAYS: i64 = 365;

/// A field of the feedback form, as errors and the form's anchors name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeedbackField {
    Page,
    Message,
    Email,
    Name,
}

impl FeedbackField {
    /// The `id` of the field's input in the form, and its `name`.
    pub fn id(self) -> &'static str {
        match self {
            FeedbackField::Page => "page",
            FeedbackField::Message => "message",
            FeedbackField::Email => "email",
            FeedbackField::Name => "name",
        }
    }
}

pub type FeedbackErrors = Vec<(FeedbackField, FieldError)>;

/// What a person typed, exactly as typed; kept to show the form again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedbackInput {
    pub page: String,
    pub message: String,
    pub email: String,
    pub name: String,
}

/// A report that passed every rule of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackReport {
    /// Where the barrier is, as the person named it (a path, an address or words).
    pub page: Option<String>,
    pub message: String,
    /// Where the organiser can answer; without it the report is anonymous.
    pub email: Option<Email>,
    pub name: Option<String>,
    /// The language the person wrote in, so that the answer can be in it.
    pub locale: Locale,
}

/// One line, trimmed; `None` when empty.
fn line(
    raw: &str,
    max: usize,
    field: FeedbackField,
    errors: &mut FeedbackErrors,
) -> Option<String> {
    let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        return None;
    }
    if value.chars().count() > max {
        errors.push((field, FieldError::TooLong { max }));
        return None;
    }
    Some(value)
}

impl FeedbackInput {
    /// Checks the form; every problem is reported, each at its field.
    pub fn parse(&self, locale: Locale) -> Result<FeedbackReport, FeedbackErrors> {
        let mut errors = FeedbackErrors::new();
        let page = line(&self.page, MAX_PAGE, FeedbackField::Page, &mut errors);
        let message = self.message.trim().replace("\r\n", "\n");
        if message.is_empty() {
            errors.push((FeedbackField::Message, FieldError::Required));
        } else if message.chars().count() > MAX_MESSAGE {
            errors.push((
                FeedbackField::Message,
                FieldError::TooLong { max: MAX_MESSAGE },
            ));
        }
        let email = if self.email.trim().is_empty() {
            None
        } else {
            match Email::parse(&self.email) {
                Ok(email) => Some(email),
                Err(e) => {
                    errors.push((FeedbackField::Email, e));
                    None
                }
            }
        };
        let name = line(&self.name, MAX_NAME, FeedbackField::Name, &mut errors);
        if errors.is_empty() {
            Ok(FeedbackReport {
                page,
                message,
                email,
                name,
                locale,
            })
        } else {
            Err(errors)
        }
    }
}

/// A page address worth prefilling from a link: a path on this site, never another host.
pub fn page_from_link(raw: &str) -> String {
    let raw = raw.trim();
    let on_this_site = raw.starts_with('/') && !raw.starts_with("//") && !raw.contains('\\');
    if on_this_site && raw.chars().count() <= MAX_PAGE && !raw.chars().any(char::is_control) {
        raw.to_owned()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(page: &str, message: &str, email: &str, name: &str) -> FeedbackInput {
        FeedbackInput {
            page: page.into(),
            message: message.into(),
            email: email.into(),
            name: name.into(),
        }
    }

    #[test]
    fn only_the_description_is_required() {
        let report = input(
            "",
            "  Der Kontrast ist zu schwach.\r\nBitte prüfen. ",
            "",
            "",
        )
        .parse(Locale::GERMAN)
        .unwrap();
        assert_eq!(
            report.message,
            "Der Kontrast ist zu schwach.\nBitte prüfen."
        );
        assert_eq!((report.page, report.email, report.name), (None, None, None));
        assert_eq!(
            input("/events/3", " ", "", "").parse(Locale::GERMAN),
            Err(vec![(FeedbackField::Message, FieldError::Required)])
        );
    }

    #[test]
    fn every_problem_is_named_at_its_field() {
        let long_page = format!("/{}", "a".repeat(MAX_PAGE));
        let long_message = "x".repeat(MAX_MESSAGE + 1);
        let errors = input(&long_page, &long_message, "amal.example.org", "Amal")
            .parse(Locale::GERMAN)
            .unwrap_err();
        assert_eq!(
            errors,
            vec![
                (FeedbackField::Page, FieldError::TooLong { max: MAX_PAGE }),
                (
                    FeedbackField::Message,
                    FieldError::TooLong { max: MAX_MESSAGE }
                ),
                (FeedbackField::Email, FieldError::InvalidEmail),
            ]
        );
        let ok = input(
            "/events/3",
            &"x".repeat(MAX_MESSAGE),
            " Amal@Example.org ",
            " Amal  K. ",
        )
        .parse(Locale::GERMAN)
        .unwrap();
        assert_eq!(ok.email.unwrap().as_str(), "amal@example.org");
        assert_eq!(ok.name.as_deref(), Some("Amal K."));
    }

    #[test]
    fn only_paths_of_this_site_are_prefilled() {
        assert_eq!(page_from_link("/events/3"), "/events/3");
        assert_eq!(page_from_link("https://evil.example/"), "");
        assert_eq!(page_from_link("//evil.example"), "");
        assert_eq!(page_from_link("/a\nb"), "");
    }
}
