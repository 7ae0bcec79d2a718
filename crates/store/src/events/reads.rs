//! Queries for the public side: published processes, their events, fields of action and venues.

use crate::entity::{eligible_group, event, field_of_action, phase, process, venue, working_group};
use crate::{Result, Store, StoreError, convert};
use mitwirken_domain::{
    Event, EventId, EventStatus, FieldOfAction, Process, ProcessId, ProcessStatus,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

impl Store {
    /// Published processes, newest first.
    pub async fn published_processes(&self) -> Result<Vec<Process>> {
        let rows = process::Entity::find()
            .filter(process::Column::Status.eq(ProcessStatus::Published.as_str()))
            .order_by_desc(process::Column::CreatedAt)
            .order_by_desc(process::Column::Id)
            .all(&self.db)
            .await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut phases = self.phases_of(&ids).await?;
        rows.into_iter()
            .map(|row| {
                let own = phases.remove(&row.id).unwrap_or_default();
                convert::process(row, own)
            })
            .collect()
    }

    /// Every process, drafts included, for the back office.
    pub async fn all_processes(&self) -> Result<Vec<Process>> {
        let rows = process::Entity::find()
            .order_by_desc(process::Column::CreatedAt)
            .order_by_desc(process::Column::Id)
            .all(&self.db)
            .await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut phases = self.phases_of(&ids).await?;
        rows.into_iter()
            .map(|row| {
                let own = phases.remove(&row.id).unwrap_or_default();
                convert::process(row, own)
            })
            .collect()
    }

    pub async fn process_by_slug(&self, slug: &str) -> Result<Option<Process>> {
        let Some(row) = process::Entity::find()
            .filter(process::Column::Slug.eq(slug))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let phases = self.phases_of(&[row.id]).await?.remove(&row.id);
        convert::process(row, phases.unwrap_or_default()).map(Some)
    }

    pub async fn process_by_id(&self, id: ProcessId) -> Result<Option<Process>> {
        let Some(row) = process::Entity::find_by_id(id.0).one(&self.db).await? else {
            return Ok(None);
        };
        let phases = self.phases_of(&[row.id]).await?.remove(&row.id);
        convert::process(row, phases.unwrap_or_default()).map(Some)
    }

    async fn phases_of(&self, process_ids: &[i64]) -> Result<HashMap<i64, Vec<phase::Model>>> {
        let rows = phase::Entity::find()
            .filter(phase::Column::ProcessId.is_in(process_ids.iter().copied()))
            .order_by_asc(phase::Column::Position)
            .all(&self.db)
            .await?;
        let mut by_process: HashMap<i64, Vec<phase::Model>> = HashMap::new();
        for row in rows {
            by_process.entry(row.process_id).or_default().push(row);
        }
        Ok(by_process)
    }

    pub async fn fields_of_action(&self, process: ProcessId) -> Result<Vec<FieldOfAction>> {
        field_of_action::Entity::find()
            .filter(field_of_action::Column::ProcessId.eq(process.0))
            .order_by_asc(field_of_action::Column::Position)
            .all(&self.db)
            .await?
            .into_iter()
            .map(convert::field)
            .collect()
    }

    /// The events people can see: published or cancelled, in order of their start.
    pub async fn public_events(&self, process: ProcessId) -> Result<Vec<Event>> {
        let rows = event::Entity::find()
            .filter(event::Column::ProcessId.eq(process.0))
            .filter(event::Column::Status.ne(EventStatus::Draft.as_str()))
            .order_by_asc(event::Column::StartsAt)
            .order_by_asc(event::Column::Position)
            .all(&self.db)
            .await?;
        self.complete_events(rows).await
    }

    /// One event that people may see; drafts are not found.
    pub async fn public_event(&self, id: EventId) -> Result<Option<Event>> {
        let row = event::Entity::find_by_id(id.0)
            .filter(event::Column::Status.ne(EventStatus::Draft.as_str()))
            .one(&self.db)
            .await?;
        Ok(self.complete_events(row.into_iter().collect()).await?.pop())
    }

    async fn complete_events(&self, rows: Vec<event::Model>) -> Result<Vec<Event>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let event_ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let venue_ids: Vec<i64> = rows.iter().map(|r| r.venue_id).collect();
        let venues: HashMap<i64, venue::Model> = venue::Entity::find()
            .filter(venue::Column::Id.is_in(venue_ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|v| (v.id, v))
            .collect();
        let mut groups: HashMap<i64, Vec<eligible_group::Model>> = HashMap::new();
        for g in eligible_group::Entity::find()
            .filter(eligible_group::Column::EventId.is_in(event_ids.iter().copied()))
            .order_by_asc(eligible_group::Column::Position)
            .all(&self.db)
            .await?
        {
            groups.entry(g.event_id).or_default().push(g);
        }
        let mut working: HashMap<i64, Vec<working_group::Model>> = HashMap::new();
        for w in working_group::Entity::find()
            .filter(working_group::Column::EventId.is_in(event_ids))
            .order_by_asc(working_group::Column::Position)
            .all(&self.db)
            .await?
        {
            working.entry(w.event_id).or_default().push(w);
        }
        rows.into_iter()
            .map(|row| {
                let venue = venues.get(&row.venue_id).ok_or_else(|| {
                    StoreError::Corrupt(format!("event {} has no venue {}", row.id, row.venue_id))
                })?;
                let venue = convert::venue(venue)?;
                let own_groups = groups.remove(&row.id).unwrap_or_default();
                let own_working = working.remove(&row.id).unwrap_or_default();
                convert::event(row, venue, own_groups, own_working)
            })
            .collect()
    }
}

impl Store {
    /// The organiser's extra questions on an event's form, in order.
    pub async fn questions_of(&self, event: EventId) -> Result<Vec<mitwirken_domain::Question>> {
        crate::entity::event_question::Entity::find()
            .filter(crate::entity::event_question::Column::EventId.eq(event.0))
            .order_by_asc(crate::entity::event_question::Column::Position)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|q| {
                Ok(mitwirken_domain::Question {
                    id: q.id,
                    label: convert::text(&q.label)?,
                    required: q.required,
                })
            })
            .collect()
    }

    /// Adds an extra question to an event's form.
    pub async fn add_question(
        &self,
        event: EventId,
        label: &mitwirken_domain::LocalizedText,
        required: bool,
    ) -> Result<i64> {
        use sea_orm::{ActiveModelTrait, PaginatorTrait, Set};
        let position = crate::entity::event_question::Entity::find()
            .filter(crate::entity::event_question::Column::EventId.eq(event.0))
            .count(&self.writer)
            .await? as i32;
        let row = crate::entity::event_question::ActiveModel {
            event_id: Set(event.0),
            position: Set(position),
            label: Set(convert::json(label)),
            required: Set(required),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }
}

impl Store {
    /// Removes an extra question from an event's form; answers already given stay with their registrations.
    pub async fn remove_question(&self, event: EventId, question: i64) -> Result<()> {
        crate::entity::event_question::Entity::delete_many()
            .filter(crate::entity::event_question::Column::EventId.eq(event.0))
            .filter(crate::entity::event_question::Column::Id.eq(question))
            .exec(&self.writer)
            .await?;
        Ok(())
    }

    /// An event whatever its status, for mails about registrations to it.
    pub async fn event_any_status(&self, id: EventId) -> Result<Option<Event>> {
        let row = event::Entity::find_by_id(id.0).one(&self.db).await?;
        Ok(self.complete_events(row.into_iter().collect()).await?.pop())
    }
}
