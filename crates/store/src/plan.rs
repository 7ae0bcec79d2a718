//! The action plan: goals per field of action, measures per goal, and where each measure came from.
//!
//! Every text of a goal or measure is kept per language (JSON of language tag to text).

use crate::convert::{json, text};
use crate::entity::{field_of_action, goal, measure, measure_origin};
use crate::{Result, Store};
use jiff::Timestamp;
use mitwirken_domain::{LocalizedText, MeasureStatus, OriginKind, ProcessId};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// A measure as the organiser enters it.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMeasure {
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub lead_unit: LocalizedText,
    pub partners: LocalizedText,
    pub timeframe: LocalizedText,
    pub indicators: LocalizedText,
    pub status: MeasureStatus,
}

/// A measure as pickers list it: enough to choose it.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureChoice {
    pub id: i64,
    pub goal_id: i64,
    pub field_id: i64,
    pub title: LocalizedText,
}

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

    /// The measures a proposal, result, comment or paper became.
    pub async fn measures_from(&self, kind: OriginKind, target_id: i64) -> Result<Vec<i64>> {
        Ok(measure_origin::Entity::find()
            .filter(measure_origin::Column::Kind.eq(kind.as_str()))
            .filter(measure_origin::Column::TargetId.eq(target_id))
            .order_by_asc(measure_origin::Column::MeasureId)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|o| o.measure_id)
            .collect())
    }

    /// Every measure of a process in plan order, for choosing one.
    pub async fn measure_choices(&self, process: ProcessId) -> Result<Vec<MeasureChoice>> {
        let fields = field_of_action::Entity::find()
            .filter(field_of_action::Column::ProcessId.eq(process.0))
            .order_by_asc(field_of_action::Column::Position)
            .all(&self.db)
            .await?;
        let field_ids: Vec<i64> = fields.iter().map(|f| f.id).collect();
        let goals = goal::Entity::find()
            .filter(goal::Column::FieldId.is_in(field_ids))
            .order_by_asc(goal::Column::Position)
            .all(&self.db)
            .await?;
        let goal_ids: Vec<i64> = goals.iter().map(|g| g.id).collect();
        let measures = measure::Entity::find()
            .filter(measure::Column::GoalId.is_in(goal_ids))
            .order_by_asc(measure::Column::Position)
            .all(&self.db)
            .await?;
        let mut out = Vec::with_capacity(measures.len());
        for field in &fields {
            for goal in goals.iter().filter(|g| g.field_id == field.id) {
                for m in measures.iter().filter(|m| m.goal_id == goal.id) {
                    out.push(MeasureChoice {
                        id: m.id,
                        goal_id: goal.id,
                        field_id: field.id,
                        title: text(&m.title)?,
                    });
                }
            }
        }
        Ok(out)
    }
}
