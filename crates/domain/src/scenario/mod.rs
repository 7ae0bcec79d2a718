//! A whole participation process as data (`scenarios/*.toml`), parsed and checked without a
//! database; store writes a checked scenario in one transaction.

pub mod demo_content;
mod raw;
#[cfg(test)]
mod tests;

use crate::schedule::weeks_to_shift;
use crate::{
    Access, Allocation, Capacity, DomainError, EventStatus, LocalizedText, PhaseKind,
    ProcessStatus, Slug,
};
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};
use raw::{RawScenario, Texts};

/// The City of Dresden's 2021 participation process, built into the binary for `--demo`.
pub const DRESDEN_2021: &str = include_str!("../../../../scenarios/dresden-2021.toml");

/// Why a scenario is refused: what is wrong, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("scenario: {0}")]
pub struct ScenarioError(pub String);

type Result<T, E = ScenarioError> = std::result::Result<T, E>;

/// A checked scenario: every value has passed the domain's parse rules.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub slug: Slug,
    pub status: ProcessStatus,
    pub time_zone: TimeZone,
    pub process: ProcessData,
    pub phases: Vec<PhaseData>,
    pub venues: Vec<VenueData>,
    pub fields: Vec<FieldData>,
    pub events: Vec<EventData>,
}

#[derive(Debug, Clone)]
pub struct ProcessData {
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
}

#[derive(Debug, Clone)]
pub struct PhaseData {
    pub kind: PhaseKind,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub starts_on: Date,
    pub ends_on: Date,
}

#[derive(Debug, Clone)]
pub struct VenueData {
    pub key: String,
    pub name: LocalizedText,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub entrance: LocalizedText,
    pub accessibility: LocalizedText,
}

#[derive(Debug, Clone)]
pub struct FieldData {
    pub slug: Slug,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub is_example: bool,
}

#[derive(Debug, Clone)]
pub struct EventData {
    pub slug: Slug,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub audience: LocalizedText,
    pub date: Date,
    pub starts: Time,
    pub ends: Time,
    pub venue: usize,
    pub capacity: Capacity,
    pub registration_opens: Option<Date>,
    pub registration_deadline: Date,
    pub fee_cents: u32,
    pub access: Access,
    pub eligible_groups: Vec<LocalizedText>,
    pub allocation: Allocation,
    pub waiting_list: bool,
    pub status: EventStatus,
    pub on_site_notes: LocalizedText,
    pub working_groups: Vec<(LocalizedText, LocalizedText, Option<Capacity>, bool)>,
}

fn bad(what: impl std::fmt::Display) -> ScenarioError {
    ScenarioError(what.to_string())
}

fn texts(raw: Texts, what: &'static str) -> Result<LocalizedText> {
    LocalizedText::parse(raw, what).map_err(bad)
}

fn optional_texts(raw: Texts) -> Result<LocalizedText> {
    if raw.is_empty() {
        return Ok(LocalizedText::empty());
    }
    LocalizedText::parse(raw, "text").map_err(bad)
}

fn date(raw: &str, what: &str) -> Result<Date> {
    raw.parse().map_err(|e| {
        bad(format_args!(
            "{what}: {raw:?} is not a date YYYY-MM-DD ({e})"
        ))
    })
}

fn time(raw: &str, what: &str) -> Result<Time> {
    raw.parse()
        .map_err(|e| bad(format_args!("{what}: {raw:?} is not a time HH:MM ({e})")))
}

fn domain(e: DomainError) -> ScenarioError {
    bad(e)
}
impl Scenario {
    /// Parses and checks a scenario written in TOML.
    pub fn parse(toml_text: &str) -> Result<Scenario> {
        let raw: RawScenario = toml::from_str(toml_text).map_err(bad)?;
        let p = raw.process;
        let time_zone = TimeZone::get(&p.time_zone)
            .map_err(|_| domain(DomainError::InvalidTimeZone(p.time_zone.clone())))?;
        let process = ProcessData {
            title: texts(p.title, "process title")?,
            motto: optional_texts(p.motto)?,
            summary: optional_texts(p.summary)?,
            organiser: texts(p.organiser, "organiser")?,
            organiser_person: p.organiser_person,
            contact_email: p.contact_email,
            source_url: p.source_url,
            analysis_title: optional_texts(p.analysis_title)?,
            analysis_summary: optional_texts(p.analysis_summary)?,
            plan_title: optional_texts(p.plan_title)?,
            plan_summary: optional_texts(p.plan_summary)?,
        };
        let phases = raw
            .phases
            .into_iter()
            .map(|ph| {
                let phase = PhaseData {
                    kind: PhaseKind::parse(&ph.kind).map_err(domain)?,
                    title: texts(ph.title, "phase title")?,
                    description: optional_texts(ph.description)?,
                    starts_on: date(&ph.starts_on, "phase start")?,
                    ends_on: date(&ph.ends_on, "phase end")?,
                };
                if phase.ends_on < phase.starts_on {
                    return Err(bad(format_args!(
                        "phase {:?} ends before it starts",
                        ph.kind
                    )));
                }
                Ok(phase)
            })
            .collect::<Result<Vec<_>>>()?;
        let venues = raw
            .venues
            .into_iter()
            .map(|v| {
                Ok(VenueData {
                    key: v.key,
                    name: texts(v.name, "venue name")?,
                    street: v.street,
                    postal_code: v.postal_code,
                    city: v.city,
                    entrance: optional_texts(v.entrance)?,
                    accessibility: optional_texts(v.accessibility)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let fields = raw
            .fields
            .into_iter()
            .map(|f| {
                Ok(FieldData {
                    slug: Slug::parse(&f.slug).map_err(domain)?,
                    title: texts(f.title, "field of action title")?,
                    description: optional_texts(f.description)?,
                    is_example: f.example,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let events = raw
            .events
            .into_iter()
            .map(|e| {
                let venue = venues
                    .iter()
                    .position(|v| v.key == e.venue)
                    .ok_or_else(|| {
                        bad(format_args!(
                            "event {}: unknown venue {:?}",
                            e.slug, e.venue
                        ))
                    })?;
                let access = Access::parse(&e.access).map_err(domain)?;
                if access == Access::Reserved && e.eligible_groups.is_empty() {
                    return Err(domain(DomainError::ReservedWithoutGroups));
                }
                let starts = time(&e.starts, "event start")?;
                let ends = time(&e.ends, "event end")?;
                if ends <= starts {
                    return Err(domain(DomainError::EndsBeforeStart));
                }
                Ok(EventData {
                    slug: Slug::parse(&e.slug).map_err(domain)?,
                    title: texts(e.title, "event title")?,
                    description: optional_texts(e.description)?,
                    audience: optional_texts(e.audience)?,
                    date: date(&e.date, "event date")?,
                    starts,
                    ends,
                    venue,
                    capacity: Capacity::parse(e.capacity).map_err(domain)?,
                    registration_opens: e
                        .registration_opens
                        .as_deref()
                        .map(|d| date(d, "registration opens"))
                        .transpose()?,
                    registration_deadline: date(&e.registration_deadline, "registration deadline")?,
                    fee_cents: e.fee_cents,
                    access,
                    eligible_groups: e
                        .eligible_groups
                        .into_iter()
                        .map(|g| texts(g, "eligible group"))
                        .collect::<Result<_>>()?,
                    allocation: Allocation::parse(&e.allocation).map_err(domain)?,
                    waiting_list: e.waiting_list,
                    status: EventStatus::parse(&e.status).map_err(domain)?,
                    on_site_notes: optional_texts(e.on_site_notes)?,
                    working_groups: e
                        .working_groups
                        .into_iter()
                        .map(|w| {
                            Ok((
                                texts(w.title, "working group title")?,
                                optional_texts(w.description)?,
                                w.capacity
                                    .map(Capacity::parse)
                                    .transpose()
                                    .map_err(domain)?,
                                w.example,
                            ))
                        })
                        .collect::<Result<_>>()?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Scenario {
            slug: Slug::parse(&p.slug).map_err(domain)?,
            status: ProcessStatus::Published,
            time_zone,
            process,
            phases,
            venues,
            fields,
            events,
        })
    }

    /// Whole weeks to move every date so that the earliest registration deadline is a week ahead of `now`.
    pub fn demo_shift(&self, now: Timestamp) -> i64 {
        let today = now.to_zoned_datetime(self.time_zone.clone()).date();
        self.events
            .iter()
            .map(|e| e.registration_deadline)
            .min()
            .map_or(0, |deadline| weeks_to_shift(deadline, today, 7))
    }
}

/// `day` moved by whole weeks, as the demo moves every date of a scenario.
pub fn shifted(day: Date, weeks: i64) -> Result<Date> {
    day.checked_add(Span::new().weeks(weeks)).map_err(bad)
}

/// A process as an admin creates it in the back office: texts, phases and fields of action.
#[derive(Debug, Clone)]
pub struct NewProcess {
    pub slug: Slug,
    pub time_zone: TimeZone,
    pub published: bool,
    pub title: LocalizedText,
    pub motto: LocalizedText,
    pub summary: LocalizedText,
    pub organiser: LocalizedText,
    pub organiser_person: Option<String>,
    pub contact_email: Option<String>,
    pub analysis_title: LocalizedText,
    pub analysis_summary: LocalizedText,
    pub plan_title: LocalizedText,
    pub plan_summary: LocalizedText,
    /// Kind, title, first and last day.
    pub phases: Vec<(PhaseKind, LocalizedText, Date, Date)>,
    pub fields: Vec<(Slug, LocalizedText)>,
}

impl Scenario {
    /// A scenario of one process without events, which store writes like any other.
    pub fn from_new_process(new: NewProcess) -> Scenario {
        Scenario {
            slug: new.slug,
            status: if new.published {
                ProcessStatus::Published
            } else {
                ProcessStatus::Draft
            },
            time_zone: new.time_zone,
            process: ProcessData {
                title: new.title,
                motto: new.motto,
                summary: new.summary,
                organiser: new.organiser,
                organiser_person: new.organiser_person,
                contact_email: new.contact_email,
                source_url: None,
                analysis_title: new.analysis_title,
                analysis_summary: new.analysis_summary,
                plan_title: new.plan_title,
                plan_summary: new.plan_summary,
            },
            phases: new
                .phases
                .into_iter()
                .map(|(kind, title, starts_on, ends_on)| PhaseData {
                    kind,
                    title,
                    description: LocalizedText::empty(),
                    starts_on,
                    ends_on,
                })
                .collect(),
            venues: Vec::new(),
            fields: new
                .fields
                .into_iter()
                .map(|(slug, title)| FieldData {
                    slug,
                    title,
                    description: LocalizedText::empty(),
                    is_example: false,
                })
                .collect(),
            events: Vec::new(),
        }
    }
}
