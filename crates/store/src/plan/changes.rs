//! Changes to the action plan: goals, measures, where they came from, and progress updates.

use super::reads::*;
use crate::convert::json;
use crate::entity::{goal, measure, measure_origin, measure_update};
use crate::{Result, Store};
use jiff::Timestamp;
use jiff::civil::Date;
use mitwirken_domain::{LocalizedText, MeasureStatus, OriginKind};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QuerySelect, Set};

impl Store {
    /// Appends a goal to a field of action; returns its id.
    pub async fn add_goal(
        &self,
        field_id: i64,
        title: &LocalizedText,
        description: &LocalizedText,
    ) -> Result<i64> {
        let last = goal::Entity::find()
            .select_only()
            .column_as(Expr::col(goal::Column::Position).max(), "max")
            .filter(goal::Column::FieldId.eq(field_id))
            .into_tuple::<Option<i32>>()
            .one(&self.writer)
            .await?
            .flatten()
            .unwrap_or(0);
        let row = goal::ActiveModel {
            field_id: Set(field_id),
            position: Set(last + 1),
            title: Set(json(title)),
            description: Set(json(description)),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }

    /// Appends a measure to a goal; returns its id.
    pub async fn add_measure(&self, goal_id: i64, new: &NewMeasure, now: Timestamp) -> Result<i64> {
        let last = measure::Entity::find()
            .select_only()
            .column_as(Expr::col(measure::Column::Position).max(), "max")
            .filter(measure::Column::GoalId.eq(goal_id))
            .into_tuple::<Option<i32>>()
            .one(&self.writer)
            .await?
            .flatten()
            .unwrap_or(0);
        let row = measure::ActiveModel {
            goal_id: Set(goal_id),
            position: Set(last + 1),
            title: Set(json(&new.title)),
            description: Set(json(&new.description)),
            lead_unit: Set(json(&new.lead_unit)),
            partners: Set(json(&new.partners)),
            timeframe: Set(json(&new.timeframe)),
            indicators: Set(json(&new.indicators)),
            status: Set(new.status.as_str().to_owned()),
            updated_at: Set(now.as_second()),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }

    /// Records that a measure came from a proposal, workshop result, comment or paper; a link
    /// that exists already is left as it is.
    pub async fn link_origin(
        &self,
        measure_id: i64,
        kind: OriginKind,
        target_id: i64,
    ) -> Result<()> {
        measure_origin::Entity::insert(measure_origin::ActiveModel {
            measure_id: Set(measure_id),
            kind: Set(kind.as_str().to_owned()),
            target_id: Set(target_id),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([
                measure_origin::Column::MeasureId,
                measure_origin::Column::Kind,
                measure_origin::Column::TargetId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .try_insert()
        .exec(&self.writer)
        .await?;
        Ok(())
    }

    /// Changes a goal's texts; false when there is no such goal.
    pub async fn edit_goal(
        &self,
        goal_id: i64,
        title: &LocalizedText,
        description: &LocalizedText,
    ) -> Result<bool> {
        let result = goal::Entity::update_many()
            .col_expr(goal::Column::Title, Expr::value(json(title)))
            .col_expr(goal::Column::Description, Expr::value(json(description)))
            .filter(goal::Column::Id.eq(goal_id))
            .exec(&self.writer)
            .await?;
        Ok(result.rows_affected > 0)
    }

    /// Removes a goal with its measures, their progress updates and origin links.
    pub async fn delete_goal(&self, goal_id: i64) -> Result<bool> {
        let txn = self.write().await?;
        let measures = Query::select()
            .column(measure::Column::Id)
            .from(measure::Entity)
            .and_where(measure::Column::GoalId.eq(goal_id))
            .to_owned();
        measure_origin::Entity::delete_many()
            .filter(measure_origin::Column::MeasureId.in_subquery(measures.clone()))
            .exec(&txn)
            .await?;
        measure_update::Entity::delete_many()
            .filter(measure_update::Column::MeasureId.in_subquery(measures))
            .exec(&txn)
            .await?;
        measure::Entity::delete_many()
            .filter(measure::Column::GoalId.eq(goal_id))
            .exec(&txn)
            .await?;
        let deleted = goal::Entity::delete_by_id(goal_id).exec(&txn).await?;
        txn.commit().await?;
        Ok(deleted.rows_affected > 0)
    }

    /// Changes a measure's texts and status; false when there is no such measure.
    pub async fn edit_measure(
        &self,
        measure_id: i64,
        edit: &NewMeasure,
        now: Timestamp,
    ) -> Result<bool> {
        let result = measure::Entity::update_many()
            .col_expr(measure::Column::Title, Expr::value(json(&edit.title)))
            .col_expr(
                measure::Column::Description,
                Expr::value(json(&edit.description)),
            )
            .col_expr(
                measure::Column::LeadUnit,
                Expr::value(json(&edit.lead_unit)),
            )
            .col_expr(measure::Column::Partners, Expr::value(json(&edit.partners)))
            .col_expr(
                measure::Column::Timeframe,
                Expr::value(json(&edit.timeframe)),
            )
            .col_expr(
                measure::Column::Indicators,
                Expr::value(json(&edit.indicators)),
            )
            .col_expr(measure::Column::Status, Expr::value(edit.status.as_str()))
            .col_expr(measure::Column::UpdatedAt, Expr::value(now.as_second()))
            .filter(measure::Column::Id.eq(measure_id))
            .exec(&self.writer)
            .await?;
        Ok(result.rows_affected > 0)
    }

    /// Removes a measure with its progress updates and origin links.
    pub async fn delete_measure(&self, measure_id: i64) -> Result<bool> {
        let txn = self.write().await?;
        measure_origin::Entity::delete_many()
            .filter(measure_origin::Column::MeasureId.eq(measure_id))
            .exec(&txn)
            .await?;
        measure_update::Entity::delete_many()
            .filter(measure_update::Column::MeasureId.eq(measure_id))
            .exec(&txn)
            .await?;
        let deleted = measure::Entity::delete_by_id(measure_id).exec(&txn).await?;
        txn.commit().await?;
        Ok(deleted.rows_affected > 0)
    }

    /// Removes one origin link; false when it did not exist.
    pub async fn unlink_origin(
        &self,
        measure_id: i64,
        kind: OriginKind,
        target_id: i64,
    ) -> Result<bool> {
        let result = measure_origin::Entity::delete_many()
            .filter(measure_origin::Column::MeasureId.eq(measure_id))
            .filter(measure_origin::Column::Kind.eq(kind.as_str()))
            .filter(measure_origin::Column::TargetId.eq(target_id))
            .exec(&self.writer)
            .await?;
        Ok(result.rows_affected > 0)
    }

    /// Records a dated progress update; the measure takes its status. Returns the update's id, or
    /// None when there is no such measure.
    pub async fn add_update(
        &self,
        measure_id: i64,
        on_date: Date,
        status: MeasureStatus,
        note: &LocalizedText,
        now: Timestamp,
    ) -> Result<Option<i64>> {
        let txn = self.write().await?;
        let changed = measure::Entity::update_many()
            .col_expr(measure::Column::Status, Expr::value(status.as_str()))
            .col_expr(measure::Column::UpdatedAt, Expr::value(now.as_second()))
            .filter(measure::Column::Id.eq(measure_id))
            .exec(&txn)
            .await?;
        if changed.rows_affected == 0 {
            return Ok(None);
        }
        let row = measure_update::ActiveModel {
            measure_id: Set(measure_id),
            on_date: Set(on_date.to_string()),
            status: Set(status.as_str().to_owned()),
            note: Set(json(note)),
            created_at: Set(now.as_second()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(Some(row.id))
    }
}
