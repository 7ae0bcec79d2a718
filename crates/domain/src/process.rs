//! A participation process, its phases and its fields of action.

use crate::{DomainError, FieldOfActionId, LocalizedText, ProcessId};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

/// A URL-safe name: lowercase ASCII letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Slug, DomainError> {
        let ok = (1..=80).contains(&raw.len())
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-')
            && !raw.ends_with('-')
            && !raw.contains("--");
        if ok {
            Ok(Slug(raw.to_owned()))
        } else {
            Err(DomainError::InvalidSlug(raw.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = DomainError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Slug::parse(&value)
    }
}

impl From<Slug> for String {
    fn from(slug: Slug) -> String {
        slug.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident, $kind:literal { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(raw: &str) -> Result<Self, DomainError> {
                match raw {
                    $($text => Ok($name::$variant),)+
                    other => Err(DomainError::UnknownVariant { kind: $kind, value: other.to_owned() }),
                }
            }
        }
    };
}
pub(crate) use string_enum;

string_enum!(
    /// What happens in a phase; the page explains what a resident can do in each.
    PhaseKind, "phase kind" {
        Information = "information",
        Participation = "participation",
        Evaluation = "evaluation",
        CouncilDecision = "council_decision",
        Implementation = "implementation",
    }
);

string_enum!(
    ProcessStatus, "process status" {
        Draft = "draft",
        Published = "published",
    }
);

#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    pub kind: PhaseKind,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub starts_on: Date,
    pub ends_on: Date,
}

impl Phase {
    pub fn contains(&self, day: Date) -> bool {
        self.starts_on <= day && day <= self.ends_on
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Process {
    pub id: ProcessId,
    pub slug: Slug,
    pub status: ProcessStatus,
    pub time_zone: TimeZone,
    pub title: LocalizedText,
    pub motto: LocalizedText,
    pub summary: LocalizedText,
    pub organiser: LocalizedText,
    pub organiser_person: Option<String>,
    pub contact_email: Option<String>,
    pub source_url: Option<String>,
    pub analysis_title: LocalizedText,
    pub analysis_summary: LocalizedText,
    pub plan_title: LocalizedText,
    pub plan_summary: LocalizedText,
    pub phases: Vec<Phase>,
}

/// Where the process stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhasePosition {
    BeforeFirst,
    In(usize),
    /// Between two phases: the index of the next one.
    Between(usize),
    AfterLast,
}

impl Process {
    /// The phase whose dates contain `today`; phases are ordered by start.
    pub fn phase_position(&self, today: Date) -> PhasePosition {
        if let Some(index) = self.phases.iter().position(|p| p.contains(today)) {
            return PhasePosition::In(index);
        }
        match self.phases.iter().position(|p| p.starts_on > today) {
            Some(0) => PhasePosition::BeforeFirst,
            Some(next) => PhasePosition::Between(next),
            None if self.phases.is_empty() => PhasePosition::BeforeFirst,
            None => PhasePosition::AfterLast,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldOfAction {
    pub id: FieldOfActionId,
    pub slug: Slug,
    pub title: LocalizedText,
    pub description: LocalizedText,
    /// The description is illustrative demo content, not the city's own words.
    pub is_example: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn slugs_are_lowercase_words_joined_by_single_hyphens() {
        assert!(Slug::parse("integrationskonzept-dresden").is_ok());
        for bad in [
            "",
            "Dresden",
            "a--b",
            "-a",
            "a-",
            "ä",
            "a b",
            &"a".repeat(81),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }

    fn phase(kind: PhaseKind, from: Date, to: Date) -> Phase {
        Phase {
            kind,
            title: LocalizedText::german(kind.as_str()),
            description: LocalizedText::empty(),
            starts_on: from,
            ends_on: to,
        }
    }

    fn process(phases: Vec<Phase>) -> Process {
        Process {
            id: ProcessId(1),
            slug: Slug::parse("p").unwrap(),
            status: ProcessStatus::Published,
            time_zone: TimeZone::get("Europe/Berlin").unwrap(),
            title: LocalizedText::german("P"),
            motto: LocalizedText::empty(),
            summary: LocalizedText::empty(),
            organiser: LocalizedText::empty(),
            organiser_person: None,
            contact_email: None,
            source_url: None,
            analysis_title: LocalizedText::empty(),
            analysis_summary: LocalizedText::empty(),
            plan_title: LocalizedText::empty(),
            plan_summary: LocalizedText::empty(),
            phases,
        }
    }

    #[test]
    fn the_current_phase_follows_from_the_date() {
        let p = process(vec![
            phase(
                PhaseKind::Participation,
                date(2021, 6, 11),
                date(2021, 7, 18),
            ),
            phase(
                PhaseKind::CouncilDecision,
                date(2022, 6, 23),
                date(2022, 6, 23),
            ),
            phase(
                PhaseKind::Implementation,
                date(2022, 6, 24),
                date(2026, 12, 31),
            ),
        ]);
        assert_eq!(
            p.phase_position(date(2021, 6, 10)),
            PhasePosition::BeforeFirst
        );
        assert_eq!(p.phase_position(date(2021, 7, 18)), PhasePosition::In(0));
        assert_eq!(
            p.phase_position(date(2021, 12, 1)),
            PhasePosition::Between(1)
        );
        assert_eq!(p.phase_position(date(2022, 6, 23)), PhasePosition::In(1));
        assert_eq!(p.phase_position(date(2027, 1, 1)), PhasePosition::AfterLast);
    }
}
