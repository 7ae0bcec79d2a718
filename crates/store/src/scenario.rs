//! A whole participation process as data (`scenarios/*.toml`), checked and written in one transaction.

use crate::entity::{eligible_group, event, field_of_action, phase, process, venue, working_group};
use crate::{Result, Store, StoreError, convert};
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};
use mitwirken_domain::schedule::{local_instant, weeks_to_shift};
use mitwirken_domain::{
    Access, Allocation, Capacity, DomainError, EventStatus, LocalizedText, PhaseKind,
    ProcessStatus, RegistrationWindow, Slug,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use serde::Deserialize;
use std::collections::BTreeMap;

type Texts = BTreeMap<String, String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    process: RawProcess,
    #[serde(default)]
    phases: Vec<RawPhase>,
    #[serde(default)]
    venues: Vec<RawVenue>,
    #[serde(default)]
    fields: Vec<RawField>,
    #[serde(default)]
    events: Vec<RawEvent>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProcess {
    slug: String,
    time_zone: String,
    title: Texts,
    #[serde(default)]
    motto: Texts,
    #[serde(default)]
    summary: Texts,
    organiser: Texts,
    organiser_person: Option<String>,
    contact_email: Option<String>,
    source_url: Option<String>,
    #[serde(default)]
    analysis_title: Texts,
    #[serde(default)]
    analysis_summary: Texts,
    #[serde(default)]
    plan_title: Texts,
    #[serde(default)]
    plan_summary: Texts,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhase {
    kind: String,
    title: Texts,
    #[serde(default)]
    description: Texts,
    starts_on: String,
    ends_on: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVenue {
    key: String,
    name: Texts,
    street: String,
    postal_code: String,
    city: String,
    #[serde(default)]
    entrance: Texts,
    #[serde(default)]
    accessibility: Texts,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    slug: String,
    title: Texts,
    #[serde(default)]
    description: Texts,
    #[serde(default)]
    example: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    slug: String,
    title: Texts,
    #[serde(default)]
    description: Texts,
    #[serde(default)]
    audience: Texts,
    date: String,
    starts: String,
    ends: String,
    venue: String,
    capacity: i64,
    registration_opens: Option<String>,
    registration_deadline: String,
    #[serde(default)]
    fee_cents: u32,
    access: String,
    #[serde(default)]
    eligible_groups: Vec<Texts>,
    allocation: String,
    waiting_list: bool,
    status: String,
    #[serde(default)]
    on_site_notes: Texts,
    #[serde(default)]
    working_groups: Vec<RawWorkingGroup>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorkingGroup {
    title: Texts,
    #[serde(default)]
    description: Texts,
    capacity: Option<i64>,
    #[serde(default)]
    example: bool,
}

/// A checked scenario: every value has passed the domain's parse rules.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub slug: Slug,
    status: ProcessStatus,
    time_zone: TimeZone,
    process: ProcessData,
    phases: Vec<PhaseData>,
    venues: Vec<VenueData>,
    fields: Vec<FieldData>,
    pub events: Vec<EventData>,
}

#[derive(Debug, Clone)]
struct ProcessData {
    title: LocalizedText,
    motto: LocalizedText,
    summary: LocalizedText,
    organiser: LocalizedText,
    organiser_person: Option<String>,
    contact_email: Option<String>,
    source_url: Option<String>,
    analysis_title: LocalizedText,
    analysis_summary: LocalizedText,
    plan_title: LocalizedText,
    plan_summary: LocalizedText,
}

#[derive(Debug, Clone)]
struct PhaseData {
    kind: PhaseKind,
    title: LocalizedText,
    description: LocalizedText,
    starts_on: Date,
    ends_on: Date,
}

#[derive(Debug, Clone)]
struct VenueData {
    key: String,
    name: LocalizedText,
    street: String,
    postal_code: String,
    city: String,
    entrance: LocalizedText,
    accessibility: LocalizedText,
}

#[derive(Debug, Clone)]
struct FieldData {
    slug: Slug,
    title: LocalizedText,
    description: LocalizedText,
    is_example: bool,
}

#[derive(Debug, Clone)]
pub struct EventData {
    pub slug: Slug,
    title: LocalizedText,
    description: LocalizedText,
    audience: LocalizedText,
    pub date: Date,
    starts: Time,
    ends: Time,
    venue: usize,
    pub capacity: Capacity,
    registration_opens: Option<Date>,
    pub registration_deadline: Date,
    fee_cents: u32,
    pub access: Access,
    eligible_groups: Vec<LocalizedText>,
    allocation: Allocation,
    waiting_list: bool,
    status: EventStatus,
    on_site_notes: LocalizedText,
    working_groups: Vec<(LocalizedText, LocalizedText, Option<Capacity>, bool)>,
}

/// What loading did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadOutcome {
    Loaded { shifted_weeks: i64 },
    AlreadyPresent,
}

fn bad(what: impl std::fmt::Display) -> StoreError {
    StoreError::Scenario(what.to_string())
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

fn domain(e: DomainError) -> StoreError {
    bad(e)
}

impl Scenario {
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

fn shifted(day: Date, weeks: i64) -> Result<Date> {
    day.checked_add(Span::new().weeks(weeks)).map_err(bad)
}

impl Store {
    /// Writes the scenario with every date moved by `shift_weeks`; a process with the same slug is left alone.
    pub async fn load_scenario(
        &self,
        scenario: &Scenario,
        shift_weeks: i64,
        now: Timestamp,
    ) -> Result<LoadOutcome> {
        let tz = &scenario.time_zone;
        let txn = self.write().await?;
        let existing = process::Entity::find()
            .filter(process::Column::Slug.eq(scenario.slug.as_str()))
            .one(&txn)
            .await?;
        if existing.is_some() {
            txn.rollback().await?;
            return Ok(LoadOutcome::AlreadyPresent);
        }
        let p = &scenario.process;
        let process_row = process::ActiveModel {
            slug: Set(scenario.slug.as_str().to_owned()),
            status: Set(scenario.status.as_str().to_owned()),
            time_zone: Set(tz.iana_name().unwrap_or("UTC").to_owned()),
            title: Set(convert::json(&p.title)),
            motto: Set(convert::json(&p.motto)),
            summary: Set(convert::json(&p.summary)),
            organiser: Set(convert::json(&p.organiser)),
            organiser_person: Set(p.organiser_person.clone()),
            contact_email: Set(p.contact_email.clone()),
            source_url: Set(p.source_url.clone()),
            analysis_title: Set(convert::json(&p.analysis_title)),
            analysis_summary: Set(convert::json(&p.analysis_summary)),
            plan_title: Set(convert::json(&p.plan_title)),
            plan_summary: Set(convert::json(&p.plan_summary)),
            created_at: Set(now.as_second()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        for (position, ph) in scenario.phases.iter().enumerate() {
            phase::ActiveModel {
                process_id: Set(process_row.id),
                position: Set(position as i32),
                kind: Set(ph.kind.as_str().to_owned()),
                title: Set(convert::json(&ph.title)),
                description: Set(convert::json(&ph.description)),
                starts_on: Set(shifted(ph.starts_on, shift_weeks)?.to_string()),
                ends_on: Set(shifted(ph.ends_on, shift_weeks)?.to_string()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        for (position, f) in scenario.fields.iter().enumerate() {
            field_of_action::ActiveModel {
                process_id: Set(process_row.id),
                position: Set(position as i32),
                slug: Set(f.slug.as_str().to_owned()),
                title: Set(convert::json(&f.title)),
                description: Set(convert::json(&f.description)),
                is_example: Set(f.is_example),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        let mut venue_ids = Vec::with_capacity(scenario.venues.len());
        for v in &scenario.venues {
            venue_ids.push(insert_venue(&txn, v).await?);
        }
        for (position, e) in scenario.events.iter().enumerate() {
            let day = shifted(e.date, shift_weeks)?;
            let window = RegistrationWindow::closing_after_day(
                e.registration_opens
                    .map(|d| shifted(d, shift_weeks))
                    .transpose()?
                    .map(|d| local_instant(d, Time::midnight(), tz)),
                shifted(e.registration_deadline, shift_weeks)?,
                tz,
            )
            .map_err(domain)?;
            insert_event(
                &txn,
                process_row.id,
                position as i32,
                venue_ids[e.venue],
                e,
                (
                    local_instant(day, e.starts, tz),
                    local_instant(day, e.ends, tz),
                ),
                window,
                now,
            )
            .await?;
        }
        txn.commit().await?;
        Ok(LoadOutcome::Loaded {
            shifted_weeks: shift_weeks,
        })
    }
}

/// The City of Dresden's 2021 participation process, built into the binary for `--demo`.
pub const DRESDEN_2021: &str = include_str!("../../../scenarios/dresden-2021.toml");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dresden_scenario_states_the_press_release_facts() {
        let s = Scenario::parse(DRESDEN_2021).unwrap();
        assert_eq!(s.slug.as_str(), "integrationskonzept-dresden");
        let dates: Vec<String> = s.events.iter().map(|e| e.date.to_string()).collect();
        assert_eq!(dates, ["2021-06-27", "2021-07-03", "2021-07-18"]);
        let weekdays: Vec<_> = s.events.iter().map(|e| e.date.weekday()).collect();
        use jiff::civil::Weekday::{Saturday, Sunday};
        assert_eq!(weekdays, [Sunday, Saturday, Sunday]);
        let access: Vec<_> = s.events.iter().map(|e| e.access).collect();
        assert_eq!(access, [Access::Open, Access::Reserved, Access::Open]);
        for e in &s.events {
            assert_eq!(e.capacity.get(), 50);
            assert_eq!(e.registration_deadline.to_string(), "2021-06-15");
            assert_eq!((e.starts.hour(), e.ends.hour()), (10, 16));
            assert_eq!(e.fee_cents, 0);
            assert_eq!(e.working_groups.len(), 3);
        }
        assert_eq!(s.events[1].eligible_groups.len(), 5);
        assert_eq!(s.fields.len(), 12);
    }

    #[test]
    fn a_scenario_with_an_unknown_key_or_a_bad_date_is_refused_with_its_reason() {
        let bad_key = DRESDEN_2021.replacen("capacity = 50", "capacty = 50", 1);
        let err = Scenario::parse(&bad_key).unwrap_err().to_string();
        assert!(err.contains("capacty"), "{err}");
        let bad_date = DRESDEN_2021.replacen("2021-06-27", "2021-06-31", 1);
        let err = Scenario::parse(&bad_date).unwrap_err().to_string();
        assert!(err.contains("2021-06-31"), "{err}");
    }

    #[test]
    fn the_demo_moves_by_whole_weeks_until_the_deadline_is_a_week_ahead() {
        let s = Scenario::parse(DRESDEN_2021).unwrap();
        let in_2021: Timestamp = "2021-06-01T10:00:00Z".parse().unwrap();
        assert_eq!(s.demo_shift(in_2021), 0);
        let today: Timestamp = "2026-11-26T10:00:00Z".parse().unwrap();
        let weeks = s.demo_shift(today);
        let deadline = shifted(s.events[0].registration_deadline, weeks).unwrap();
        let today_local = today.to_zoned_datetime(s.time_zone.clone()).date();
        let ahead = today_local.until(deadline).unwrap().get_days();
        assert!((7..14).contains(&ahead), "{ahead} days ahead");
    }
}

async fn insert_venue(txn: &DatabaseTransaction, v: &VenueData) -> Result<i64> {
    let row = venue::ActiveModel {
        name: Set(convert::json(&v.name)),
        street: Set(v.street.clone()),
        postal_code: Set(v.postal_code.clone()),
        city: Set(v.city.clone()),
        entrance: Set(convert::json(&v.entrance)),
        accessibility: Set(convert::json(&v.accessibility)),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// Writes one event with its eligible and working groups.
#[allow(clippy::too_many_arguments)]
async fn insert_event(
    txn: &DatabaseTransaction,
    process_id: i64,
    position: i32,
    venue_id: i64,
    e: &EventData,
    (starts_at, ends_at): (Timestamp, Timestamp),
    window: RegistrationWindow,
    now: Timestamp,
) -> Result<i64> {
    let row = event::ActiveModel {
        process_id: Set(process_id),
        position: Set(position),
        slug: Set(e.slug.as_str().to_owned()),
        title: Set(convert::json(&e.title)),
        description: Set(convert::json(&e.description)),
        audience: Set(convert::json(&e.audience)),
        starts_at: Set(starts_at.as_second()),
        ends_at: Set(ends_at.as_second()),
        venue_id: Set(venue_id),
        capacity: Set(e.capacity.get() as i32),
        taken: Set(0),
        registration_opens_at: Set(window.opens_at.map(|t| t.as_second())),
        registration_closes_at: Set(window.closes_at.as_second()),
        fee_cents: Set(e.fee_cents as i32),
        on_site_notes: Set(convert::json(&e.on_site_notes)),
        access: Set(e.access.as_str().to_owned()),
        allocation: Set(e.allocation.as_str().to_owned()),
        waiting_list: Set(e.waiting_list),
        status: Set(e.status.as_str().to_owned()),
        sequence: Set(0),
        updated_at: Set(now.as_second()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    for (position, g) in e.eligible_groups.iter().enumerate() {
        eligible_group::ActiveModel {
            event_id: Set(row.id),
            position: Set(position as i32),
            name: Set(convert::json(g)),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    for (position, (title, description, capacity, is_example)) in
        e.working_groups.iter().enumerate()
    {
        working_group::ActiveModel {
            event_id: Set(row.id),
            position: Set(position as i32),
            title: Set(convert::json(title)),
            description: Set(convert::json(description)),
            capacity: Set(capacity.map(|c| c.get() as i32)),
            is_example: Set(*is_example),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(row.id)
}

/// A venue the organiser enters with a new event.
#[derive(Debug, Clone)]
pub struct NewVenue {
    pub name: LocalizedText,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub entrance: LocalizedText,
}

/// An event as the organiser creates it in the back office.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub slug: Slug,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub audience: LocalizedText,
    pub on_site_notes: LocalizedText,
    pub date: Date,
    pub starts: Time,
    pub ends: Time,
    pub capacity: Capacity,
    pub registration_deadline: Date,
    pub access: Access,
    pub waiting_list: bool,
    pub published: bool,
    pub eligible_groups: Vec<LocalizedText>,
    /// Title and size of each working group.
    pub working_groups: Vec<(LocalizedText, Option<Capacity>)>,
}

/// Where a new event takes place.
#[derive(Debug, Clone)]
pub enum VenueChoice {
    Existing(mitwirken_domain::VenueId),
    New(NewVenue),
}

impl Store {
    /// Creates an event of a process, at a known or a new venue.
    pub async fn create_event(
        &self,
        process: &mitwirken_domain::Process,
        new: &NewEvent,
        venue: &VenueChoice,
        now: Timestamp,
    ) -> Result<mitwirken_domain::EventId> {
        let tz = &process.time_zone;
        if new.ends <= new.starts {
            return Err(domain(DomainError::EndsBeforeStart));
        }
        if new.access == Access::Reserved && new.eligible_groups.is_empty() {
            return Err(domain(DomainError::ReservedWithoutGroups));
        }
        let window = RegistrationWindow::closing_after_day(None, new.registration_deadline, tz)
            .map_err(domain)?;
        let data = EventData {
            slug: new.slug.clone(),
            title: new.title.clone(),
            description: new.description.clone(),
            audience: new.audience.clone(),
            date: new.date,
            starts: new.starts,
            ends: new.ends,
            venue: 0,
            capacity: new.capacity,
            registration_opens: None,
            registration_deadline: new.registration_deadline,
            fee_cents: 0,
            access: new.access,
            eligible_groups: new.eligible_groups.clone(),
            allocation: Allocation::FirstCome,
            waiting_list: new.waiting_list,
            status: if new.published {
                EventStatus::Published
            } else {
                EventStatus::Draft
            },
            on_site_notes: new.on_site_notes.clone(),
            working_groups: new
                .working_groups
                .iter()
                .map(|(title, size)| (title.clone(), LocalizedText::empty(), *size, false))
                .collect(),
        };
        let txn = self.write().await?;
        let venue_id = match venue {
            VenueChoice::Existing(id) => id.0,
            VenueChoice::New(v) => {
                insert_venue(
                    &txn,
                    &VenueData {
                        key: String::new(),
                        name: v.name.clone(),
                        street: v.street.clone(),
                        postal_code: v.postal_code.clone(),
                        city: v.city.clone(),
                        entrance: v.entrance.clone(),
                        accessibility: LocalizedText::empty(),
                    },
                )
                .await?
            }
        };
        let position = event::Entity::find()
            .filter(event::Column::ProcessId.eq(process.id.0))
            .count(&txn)
            .await? as i32;
        let times = (
            local_instant(new.date, new.starts, tz),
            local_instant(new.date, new.ends, tz),
        );
        let id = insert_event(
            &txn,
            process.id.0,
            position,
            venue_id,
            &data,
            times,
            window,
            now,
        )
        .await?;
        txn.commit().await?;
        Ok(mitwirken_domain::EventId(id))
    }

    /// Every venue, for choosing where a new event takes place.
    pub async fn venues(&self) -> Result<Vec<mitwirken_domain::Venue>> {
        venue::Entity::find()
            .order_by_asc(venue::Column::Id)
            .all(&self.db)
            .await?
            .iter()
            .map(convert::venue)
            .collect()
    }
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
    /// A scenario of one process without events, written by [`Store::load_scenario`].
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

/// An admin's changes to a process: texts, phases (replaced as a whole) and fields of action
/// (updated by their short name; new ones are added; none is removed, since contributions may
/// refer to them).
#[derive(Debug, Clone)]
pub struct ProcessEdit {
    pub published: bool,
    pub title: LocalizedText,
    pub motto: LocalizedText,
    pub summary: LocalizedText,
    pub organiser: LocalizedText,
    pub organiser_person: Option<String>,
    pub contact_email: Option<String>,
    pub analysis_title: LocalizedText,
    pub plan_title: LocalizedText,
    pub phases: Vec<(PhaseKind, LocalizedText, Date, Date)>,
    pub fields: Vec<(Slug, LocalizedText)>,
}

impl Store {
    pub async fn edit_process(
        &self,
        id: mitwirken_domain::ProcessId,
        edit: &ProcessEdit,
    ) -> Result<()> {
        use sea_orm::sea_query::Expr;
        let txn = self.write().await?;
        let status = if edit.published {
            ProcessStatus::Published
        } else {
            ProcessStatus::Draft
        };
        process::Entity::update_many()
            .col_expr(process::Column::Status, Expr::value(status.as_str()))
            .col_expr(
                process::Column::Title,
                Expr::value(convert::json(&edit.title)),
            )
            .col_expr(
                process::Column::Motto,
                Expr::value(convert::json(&edit.motto)),
            )
            .col_expr(
                process::Column::Summary,
                Expr::value(convert::json(&edit.summary)),
            )
            .col_expr(
                process::Column::Organiser,
                Expr::value(convert::json(&edit.organiser)),
            )
            .col_expr(
                process::Column::OrganiserPerson,
                Expr::value(edit.organiser_person.clone()),
            )
            .col_expr(
                process::Column::ContactEmail,
                Expr::value(edit.contact_email.clone()),
            )
            .col_expr(
                process::Column::AnalysisTitle,
                Expr::value(convert::json(&edit.analysis_title)),
            )
            .col_expr(
                process::Column::PlanTitle,
                Expr::value(convert::json(&edit.plan_title)),
            )
            .filter(process::Column::Id.eq(id.0))
            .exec(&txn)
            .await?;
        phase::Entity::delete_many()
            .filter(phase::Column::ProcessId.eq(id.0))
            .exec(&txn)
            .await?;
        for (position, (kind, title, starts_on, ends_on)) in edit.phases.iter().enumerate() {
            phase::ActiveModel {
                process_id: Set(id.0),
                position: Set(position as i32),
                kind: Set(kind.as_str().to_owned()),
                title: Set(convert::json(title)),
                description: Set(convert::json(&LocalizedText::empty())),
                starts_on: Set(starts_on.to_string()),
                ends_on: Set(ends_on.to_string()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        let existing = field_of_action::Entity::find()
            .filter(field_of_action::Column::ProcessId.eq(id.0))
            .all(&txn)
            .await?;
        let mut next_position = existing.len() as i32;
        for (slug, title) in &edit.fields {
            match existing.iter().find(|f| f.slug == slug.as_str()) {
                Some(field) => {
                    field_of_action::Entity::update_many()
                        .col_expr(
                            field_of_action::Column::Title,
                            Expr::value(convert::json(title)),
                        )
                        .filter(field_of_action::Column::Id.eq(field.id))
                        .exec(&txn)
                        .await?;
                }
                None => {
                    field_of_action::ActiveModel {
                        process_id: Set(id.0),
                        position: Set(next_position),
                        slug: Set(slug.as_str().to_owned()),
                        title: Set(convert::json(title)),
                        description: Set(convert::json(&LocalizedText::empty())),
                        is_example: Set(false),
                        ..Default::default()
                    }
                    .insert(&txn)
                    .await?;
                    next_position += 1;
                }
            }
        }
        txn.commit().await?;
        Ok(())
    }

    /// Changes a venue's texts and address; every event there shows them.
    pub async fn edit_venue(&self, venue: &mitwirken_domain::Venue) -> Result<()> {
        use sea_orm::sea_query::Expr;
        venue::Entity::update_many()
            .col_expr(venue::Column::Name, Expr::value(convert::json(&venue.name)))
            .col_expr(venue::Column::Street, Expr::value(venue.street.clone()))
            .col_expr(
                venue::Column::PostalCode,
                Expr::value(venue.postal_code.clone()),
            )
            .col_expr(venue::Column::City, Expr::value(venue.city.clone()))
            .col_expr(
                venue::Column::Entrance,
                Expr::value(convert::json(&venue.entrance)),
            )
            .col_expr(
                venue::Column::Accessibility,
                Expr::value(convert::json(&venue.accessibility)),
            )
            .filter(venue::Column::Id.eq(venue.id.0))
            .exec(&self.writer)
            .await?;
        Ok(())
    }
}

impl Store {
    /// For the demo only: a participation phase that has not begun yet begins `today`, so that a
    /// visitor can try commenting and proposing while registration is still open.
    pub async fn open_participation_for_demo(
        &self,
        slug: &str,
        now: Timestamp,
    ) -> Result<Option<Date>> {
        use crate::entity::phase;
        let Some(process) = process::Entity::find()
            .filter(process::Column::Slug.eq(slug))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let tz = TimeZone::get(&process.time_zone).unwrap_or(TimeZone::UTC);
        let day = now.to_zoned_datetime(tz).date();
        let today = day.to_string();
        let moved = phase::Entity::update_many()
            .col_expr(
                phase::Column::StartsOn,
                sea_orm::sea_query::Expr::value(today.clone()),
            )
            .filter(phase::Column::ProcessId.eq(process.id))
            .filter(phase::Column::Kind.eq(mitwirken_domain::PhaseKind::Participation.as_str()))
            .filter(phase::Column::StartsOn.gt(today.clone()))
            .filter(phase::Column::EndsOn.gte(today))
            .exec(&self.writer)
            .await?;
        Ok((moved.rows_affected > 0).then_some(day))
    }
}
