//! From rows to domain values; a row that breaks a rule is reported, never papered over.

use crate::entity::{eligible_group, event, field_of_action, phase, process, venue, working_group};
use crate::{Result, StoreError};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use mitwirken_domain::*;

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

pub(crate) fn text(json: &str) -> Result<LocalizedText> {
    if json.is_empty() {
        return Ok(LocalizedText::empty());
    }
    serde_json::from_str(json).map_err(|e| corrupt(format_args!("localized text {json:?}: {e}")))
}

pub(crate) fn json(text: &LocalizedText) -> String {
    // A map of strings always serialises.
    serde_json::to_string(text).unwrap_or_else(|_| "{}".to_owned())
}

pub(crate) fn instant(seconds: i64) -> Result<Timestamp> {
    Timestamp::from_second(seconds).map_err(corrupt)
}

pub(crate) fn day(text: &str) -> Result<Date> {
    text.parse()
        .map_err(|e| corrupt(format_args!("date {text:?}: {e}")))
}

pub(crate) fn process(row: process::Model, phases: Vec<phase::Model>) -> Result<Process> {
    let phases = phases
        .into_iter()
        .map(|p| {
            Ok(Phase {
                kind: PhaseKind::parse(&p.kind).map_err(corrupt)?,
                title: text(&p.title)?,
                description: text(&p.description)?,
                starts_on: day(&p.starts_on)?,
                ends_on: day(&p.ends_on)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Process {
        id: ProcessId(row.id),
        slug: Slug::parse(&row.slug).map_err(corrupt)?,
        status: ProcessStatus::parse(&row.status).map_err(corrupt)?,
        time_zone: TimeZone::get(&row.time_zone).map_err(corrupt)?,
        title: text(&row.title)?,
        motto: text(&row.motto)?,
        summary: text(&row.summary)?,
        organiser: text(&row.organiser)?,
        organiser_person: row.organiser_person,
        contact_email: row.contact_email,
        source_url: row.source_url,
        analysis_title: text(&row.analysis_title)?,
        analysis_summary: text(&row.analysis_summary)?,
        plan_title: text(&row.plan_title)?,
        plan_summary: text(&row.plan_summary)?,
        phases,
    })
}

pub(crate) fn field(row: field_of_action::Model) -> Result<FieldOfAction> {
    Ok(FieldOfAction {
        id: FieldOfActionId(row.id),
        slug: Slug::parse(&row.slug).map_err(corrupt)?,
        title: text(&row.title)?,
        description: text(&row.description)?,
        is_example: row.is_example,
    })
}

pub(crate) fn venue(row: &venue::Model) -> Result<Venue> {
    Ok(Venue {
        id: VenueId(row.id),
        name: text(&row.name)?,
        street: row.street.clone(),
        postal_code: row.postal_code.clone(),
        city: row.city.clone(),
        entrance: text(&row.entrance)?,
        accessibility: text(&row.accessibility)?,
    })
}

pub(crate) fn event(
    row: event::Model,
    venue: Venue,
    groups: Vec<eligible_group::Model>,
    working: Vec<working_group::Model>,
) -> Result<Event> {
    let taken = u32::try_from(row.taken).map_err(corrupt)?;
    Ok(Event {
        id: EventId(row.id),
        process_id: ProcessId(row.process_id),
        slug: Slug::parse(&row.slug).map_err(corrupt)?,
        title: text(&row.title)?,
        description: text(&row.description)?,
        audience: text(&row.audience)?,
        starts_at: instant(row.starts_at)?,
        ends_at: instant(row.ends_at)?,
        venue,
        capacity: Capacity::parse(i64::from(row.capacity)).map_err(corrupt)?,
        taken,
        window: RegistrationWindow::new(
            row.registration_opens_at.map(instant).transpose()?,
            instant(row.registration_closes_at)?,
        )
        .map_err(corrupt)?,
        fee: Fee {
            cents: u32::try_from(row.fee_cents).map_err(corrupt)?,
        },
        on_site_notes: text(&row.on_site_notes)?,
        access: Access::parse(&row.access).map_err(corrupt)?,
        eligible_groups: groups
            .into_iter()
            .map(|g| {
                Ok(EligibleGroup {
                    id: g.id,
                    name: text(&g.name)?,
                })
            })
            .collect::<Result<_>>()?,
        allocation: Allocation::parse(&row.allocation).map_err(corrupt)?,
        waiting_list: row.waiting_list,
        status: EventStatus::parse(&row.status).map_err(corrupt)?,
        working_groups: working
            .into_iter()
            .map(|w| {
                Ok(WorkingGroup {
                    id: w.id,
                    title: text(&w.title)?,
                    description: text(&w.description)?,
                    capacity: w
                        .capacity
                        .map(|c| Capacity::parse(i64::from(c)))
                        .transpose()
                        .map_err(corrupt)?,
                    is_example: w.is_example,
                })
            })
            .collect::<Result<_>>()?,
        sequence: u32::try_from(row.sequence).map_err(corrupt)?,
        updated_at: instant(row.updated_at)?,
    })
}
