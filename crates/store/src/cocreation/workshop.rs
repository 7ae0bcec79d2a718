//! Workshop results: what a working group or the pin boards of an event produced for a field of
//! action, with the number of dots people stuck on it.

use crate::convert::{instant, text};
use crate::entity::{event, field_of_action, measure_origin, working_group, workshop_result};
use crate::{Result, Store, StoreError};
use jiff::Timestamp;
use mitwirken_domain::{EventId, LocalizedText, OriginKind, ProcessId, WorkshopSource};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::HashMap;

/// A result as the organiser records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWorkshopResult {
    /// None for the pin boards.
    pub working_group: Option<i64>,
    pub field: i64,
    pub source: WorkshopSource,
    pub body: String,
    pub dot_votes: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WorkshopResult {
    pub id: i64,
    pub event_id: i64,
    pub working_group_id: Option<i64>,
    pub field_id: i64,
    pub source: WorkshopSource,
    pub body: String,
    pub dot_votes: u32,
    pub created_at: Timestamp,
}

/// A result with the names of its event, working group and field, as the results page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkshopResultView {
    pub result: WorkshopResult,
    pub event_title: LocalizedText,
    pub event_starts_at: Timestamp,
    /// None for the pin boards, or when the working group was removed from the event.
    pub working_group: Option<LocalizedText>,
    /// The working group's place in its event, to keep the tables in their order.
    pub working_group_position: Option<i32>,
    pub field_slug: String,
    pub field_title: LocalizedText,
    pub field_position: i32,
}

fn result(row: workshop_result::Model) -> Result<WorkshopResult> {
    Ok(WorkshopResult {
        id: row.id,
        event_id: row.event_id,
        working_group_id: row.working_group_id,
        field_id: row.field_id,
        source: WorkshopSource::parse(&row.source)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?,
        dot_votes: u32::try_from(row.dot_votes).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        body: row.body,
        created_at: instant(row.created_at)?,
    })
}

fn votes(dot_votes: u32) -> i32 {
    i32::try_from(dot_votes).unwrap_or(i32::MAX)
}

impl Store {
    /// Records a result of an event; returns its id.
    #[allow(clippy::too_many_arguments)] // one value per column, as the recording form has them
    pub async fn add_workshop_result(
        &self,
        event: EventId,
        working_group: Option<i64>,
        field: i64,
        source: WorkshopSource,
        body: &str,
        dot_votes: u32,
        now: Timestamp,
    ) -> Result<i64> {
        let row = workshop_result::ActiveModel {
            event_id: Set(event.0),
            working_group_id: Set(working_group),
            field_id: Set(field),
            source: Set(source.as_str().to_owned()),
            body: Set(body.to_owned()),
            dot_votes: Set(votes(dot_votes)),
            created_at: Set(now.as_second()),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }

    /// Changes a result; false when there is no such result.
    pub async fn edit_workshop_result(&self, id: i64, edit: &NewWorkshopResult) -> Result<bool> {
        let changed = workshop_result::Entity::update_many()
            .col_expr(
                workshop_result::Column::WorkingGroupId,
                Expr::value(edit.working_group),
            )
            .col_expr(workshop_result::Column::FieldId, Expr::value(edit.field))
            .col_expr(
                workshop_result::Column::Source,
                Expr::value(edit.source.as_str()),
            )
            .col_expr(
                workshop_result::Column::Body,
                Expr::value(edit.body.clone()),
            )
            .col_expr(
                workshop_result::Column::DotVotes,
                Expr::value(votes(edit.dot_votes)),
            )
            .filter(workshop_result::Column::Id.eq(id))
            .exec(&self.writer)
            .await?;
        Ok(changed.rows_affected > 0)
    }

    /// Removes a result and the links of measures to it.
    pub async fn delete_workshop_result(&self, id: i64) -> Result<bool> {
        let txn = self.write().await?;
        measure_origin::Entity::delete_many()
            .filter(measure_origin::Column::Kind.eq(OriginKind::Workshop.as_str()))
            .filter(measure_origin::Column::TargetId.eq(id))
            .exec(&txn)
            .await?;
        let deleted = workshop_result::Entity::delete_by_id(id).exec(&txn).await?;
        txn.commit().await?;
        Ok(deleted.rows_affected > 0)
    }

    pub async fn workshop_result(&self, id: i64) -> Result<Option<WorkshopResult>> {
        workshop_result::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(result)
            .transpose()
    }

    /// The results of one event, in the order they were recorded.
    pub async fn workshop_results_of_event(&self, event: EventId) -> Result<Vec<WorkshopResult>> {
        workshop_result::Entity::find()
            .filter(workshop_result::Column::EventId.eq(event.0))
            .order_by_asc(workshop_result::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(result)
            .collect()
    }

    /// Every result of a process's events, by event, then working group (pin boards last), then
    /// field of action, then as recorded.
    pub async fn workshop_results_of_process(
        &self,
        process: ProcessId,
    ) -> Result<Vec<WorkshopResultView>> {
        let events: HashMap<i64, event::Model> = event::Entity::find()
            .filter(event::Column::ProcessId.eq(process.0))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|e| (e.id, e))
            .collect();
        let event_ids = Query::select()
            .column(event::Column::Id)
            .from(event::Entity)
            .and_where(event::Column::ProcessId.eq(process.0))
            .to_owned();
        let groups: HashMap<i64, working_group::Model> = working_group::Entity::find()
            .filter(working_group::Column::EventId.in_subquery(event_ids.clone()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|g| (g.id, g))
            .collect();
        let fields: HashMap<i64, field_of_action::Model> = field_of_action::Entity::find()
            .filter(field_of_action::Column::ProcessId.eq(process.0))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|f| (f.id, f))
            .collect();
        let rows = workshop_result::Entity::find()
            .filter(workshop_result::Column::EventId.in_subquery(event_ids))
            .order_by_asc(workshop_result::Column::Id)
            .all(&self.db)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let (Some(event), Some(field)) = (events.get(&row.event_id), fields.get(&row.field_id))
            else {
                continue;
            };
            let group = row.working_group_id.and_then(|g| groups.get(&g));
            out.push(WorkshopResultView {
                event_title: text(&event.title)?,
                event_starts_at: instant(event.starts_at)?,
                working_group: group.map(|g| text(&g.title)).transpose()?,
                working_group_position: group.map(|g| g.position),
                field_slug: field.slug.clone(),
                field_title: text(&field.title)?,
                field_position: field.position,
                result: result(row)?,
            });
        }
        out.sort_by_key(|v| {
            (
                v.event_starts_at,
                v.result.event_id,
                v.result.source == WorkshopSource::PinBoard,
                v.working_group_position,
                v.field_position,
                v.result.id,
            )
        });
        Ok(out)
    }
}
