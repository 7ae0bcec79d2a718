//! Writing a checked scenario (`mitwirken_domain::scenario`) in one transaction, and the back
//! office's edits of processes, venues and events.

use crate::entity::{eligible_group, event, field_of_action, phase, process, venue, working_group};
use crate::{Result, Store, StoreError, convert};
use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use mitwirken_domain::scenario::{EventData, Scenario, ScenarioError, VenueData, shifted};
use mitwirken_domain::schedule::local_instant;
use mitwirken_domain::{
    Access, Allocation, Capacity, DomainError, EventStatus, LocalizedText, PhaseKind,
    ProcessStatus, RegistrationWindow, Slug,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

fn domain(e: DomainError) -> StoreError {
    StoreError::Scenario(e.to_string())
}

impl From<ScenarioError> for StoreError {
    fn from(e: ScenarioError) -> Self {
        StoreError::Scenario(e.0)
    }
}

/// What loading did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadOutcome {
    Loaded { shifted_weeks: i64 },
    AlreadyPresent,
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
