//! Reading the action plan: goals per field of action, measures per goal, progress and places.
//!
//! Every text of a goal or measure is kept per language (JSON of language tag to text).

use crate::convert::{day, instant, text};
use crate::entity::{
    analysis_paragraph, comment, field_of_action, goal, measure, measure_origin, measure_update,
    position_paper, proposal, workshop_result,
};
use crate::{Result, Store, StoreError};
use mitwirken_domain::{LocalizedText, MeasureStatus, OriginKind, ProcessId, ProposalState};
use sea_orm::sea_query::{Query, SelectStatement};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

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
use super::*;

impl Store {
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

/// The first line of a text, shortened to a label.
pub(crate) fn first_line(text: &str, max: usize) -> String {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let line = line.trim();
    let mut out: String = line.chars().take(max).collect();
    if out.len() < line.len() || text.trim().lines().nth(1).is_some() {
        out.push('…');
    }
    out
}

pub(crate) fn status(raw: &str) -> Result<MeasureStatus> {
    MeasureStatus::parse(raw).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The ids of a process's fields of action, as a subquery.
pub(crate) fn field_ids(process: ProcessId) -> SelectStatement {
    Query::select()
        .column(field_of_action::Column::Id)
        .from(field_of_action::Entity)
        .and_where(field_of_action::Column::ProcessId.eq(process.0))
        .to_owned()
}

/// The ids of a process's goals, as a subquery.
pub(crate) fn goal_ids(process: ProcessId) -> SelectStatement {
    Query::select()
        .column(goal::Column::Id)
        .from(goal::Entity)
        .and_where(goal::Column::FieldId.in_subquery(field_ids(process)))
        .to_owned()
}

/// The ids of a process's measures, as a subquery.
pub(crate) fn measure_ids(process: ProcessId) -> SelectStatement {
    Query::select()
        .column(measure::Column::Id)
        .from(measure::Entity)
        .and_where(measure::Column::GoalId.in_subquery(goal_ids(process)))
        .to_owned()
}

pub(crate) const LABEL_LENGTH: usize = 120;

impl Store {
    /// The whole plan of a process with texts, progress and origins. The number of queries does
    /// not grow with the plan: each table is read once for the whole process.
    pub async fn plan_of(&self, process: ProcessId) -> Result<Plan> {
        let fields = field_of_action::Entity::find()
            .filter(field_of_action::Column::ProcessId.eq(process.0))
            .order_by_asc(field_of_action::Column::Position)
            .all(&self.db)
            .await?;
        let goals = goal::Entity::find()
            .filter(goal::Column::FieldId.in_subquery(field_ids(process)))
            .order_by_asc(goal::Column::Position)
            .order_by_asc(goal::Column::Id)
            .all(&self.db)
            .await?;
        let measures = measure::Entity::find()
            .filter(measure::Column::GoalId.in_subquery(goal_ids(process)))
            .order_by_asc(measure::Column::Position)
            .order_by_asc(measure::Column::Id)
            .all(&self.db)
            .await?;
        let updates = measure_update::Entity::find()
            .filter(measure_update::Column::MeasureId.in_subquery(measure_ids(process)))
            .order_by_desc(measure_update::Column::OnDate)
            .order_by_desc(measure_update::Column::Id)
            .all(&self.db)
            .await?;
        let links = measure_origin::Entity::find()
            .filter(measure_origin::Column::MeasureId.in_subquery(measure_ids(process)))
            .order_by_asc(measure_origin::Column::TargetId)
            .all(&self.db)
            .await?;
        let slug = crate::entity::process::Entity::find_by_id(process.0)
            .select_only()
            .column(crate::entity::process::Column::Slug)
            .into_tuple::<String>()
            .one(&self.db)
            .await?
            .unwrap_or_default();
        let field_slugs: HashMap<i64, &str> =
            fields.iter().map(|f| (f.id, f.slug.as_str())).collect();
        let origins = self.origin_labels(&links, &slug, &field_slugs).await?;

        let mut updates_by: HashMap<i64, Vec<ProgressUpdate>> = HashMap::new();
        for u in updates {
            updates_by
                .entry(u.measure_id)
                .or_default()
                .push(ProgressUpdate {
                    id: u.id,
                    on_date: day(&u.on_date)?,
                    status: status(&u.status)?,
                    note: text(&u.note)?,
                    created_at: instant(u.created_at)?,
                });
        }
        let mut origins_by: HashMap<i64, Vec<Origin>> = HashMap::new();
        for (link, origin) in links.iter().zip(origins) {
            origins_by.entry(link.measure_id).or_default().push(origin);
        }
        let mut measures_by: HashMap<i64, Vec<PlanMeasure>> = HashMap::new();
        for m in measures {
            let mut origins = origins_by.remove(&m.id).unwrap_or_default();
            origins.sort_by_key(|o| {
                (
                    OriginKind::ALL.iter().position(|k| *k == o.kind),
                    o.target_id,
                )
            });
            measures_by.entry(m.goal_id).or_default().push(PlanMeasure {
                id: m.id,
                goal_id: m.goal_id,
                title: text(&m.title)?,
                description: text(&m.description)?,
                lead_unit: text(&m.lead_unit)?,
                partners: text(&m.partners)?,
                timeframe: text(&m.timeframe)?,
                indicators: text(&m.indicators)?,
                status: status(&m.status)?,
                updated_at: instant(m.updated_at)?,
                updates: updates_by.remove(&m.id).unwrap_or_default(),
                origins,
            });
        }
        let mut goals_by: HashMap<i64, Vec<PlanGoal>> = HashMap::new();
        for g in goals {
            goals_by.entry(g.field_id).or_default().push(PlanGoal {
                id: g.id,
                field_id: g.field_id,
                title: text(&g.title)?,
                description: text(&g.description)?,
                measures: measures_by.remove(&g.id).unwrap_or_default(),
            });
        }
        let fields = fields
            .into_iter()
            .map(|f| {
                Ok(PlanField {
                    id: f.id,
                    goals: goals_by.remove(&f.id).unwrap_or_default(),
                    slug: f.slug,
                    title: text(&f.title)?,
                })
            })
            .collect::<Result<_>>()?;
        Ok(Plan { fields })
    }

    /// Per field of action, how many measures are planned, in progress, done and dropped.
    pub async fn progress_overview(&self, process: ProcessId) -> Result<Vec<FieldProgress>> {
        let fields = field_of_action::Entity::find()
            .filter(field_of_action::Column::ProcessId.eq(process.0))
            .order_by_asc(field_of_action::Column::Position)
            .all(&self.db)
            .await?;
        let goals: HashMap<i64, i64> = goal::Entity::find()
            .select_only()
            .columns([goal::Column::Id, goal::Column::FieldId])
            .filter(goal::Column::FieldId.in_subquery(field_ids(process)))
            .into_tuple::<(i64, i64)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();
        let statuses = measure::Entity::find()
            .select_only()
            .columns([measure::Column::GoalId, measure::Column::Status])
            .filter(measure::Column::GoalId.in_subquery(goal_ids(process)))
            .into_tuple::<(i64, String)>()
            .all(&self.db)
            .await?;
        let mut counts: HashMap<i64, [u64; 4]> = HashMap::new();
        for (goal_id, raw) in statuses {
            let status = status(&raw)?;
            let Some(field) = goals.get(&goal_id) else {
                continue;
            };
            if let Some(i) = MeasureStatus::ALL.iter().position(|s| *s == status) {
                counts.entry(*field).or_default()[i] += 1;
            }
        }
        fields
            .into_iter()
            .map(|f| {
                Ok(FieldProgress {
                    field_id: f.id,
                    counts: counts.remove(&f.id).unwrap_or_default(),
                    title: text(&f.title)?,
                    slug: f.slug,
                })
            })
            .collect()
    }

    pub async fn goal_place(&self, goal_id: i64) -> Result<Option<GoalPlace>> {
        let Some((field_id,)) = goal::Entity::find_by_id(goal_id)
            .select_only()
            .column(goal::Column::FieldId)
            .into_tuple::<(i64,)>()
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let process = field_of_action::Entity::find_by_id(field_id)
            .select_only()
            .column(field_of_action::Column::ProcessId)
            .into_tuple::<i64>()
            .one(&self.db)
            .await?;
        Ok(process.map(|p| GoalPlace {
            goal_id,
            field_id,
            process_id: ProcessId(p),
        }))
    }

    pub async fn measure_place(&self, measure_id: i64) -> Result<Option<MeasurePlace>> {
        let Some(goal_id) = measure::Entity::find_by_id(measure_id)
            .select_only()
            .column(measure::Column::GoalId)
            .into_tuple::<i64>()
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        Ok(self.goal_place(goal_id).await?.map(|g| MeasurePlace {
            measure_id,
            goal_id,
            field_id: g.field_id,
            process_id: g.process_id,
        }))
    }

    /// What a measure on `field_id` may be linked to: the field's proposals and workshop results,
    /// and the process's position papers.
    pub async fn origin_choices(&self, process: ProcessId, field_id: i64) -> Result<OriginChoices> {
        let proposals = proposal::Entity::find()
            .select_only()
            .columns([
                proposal::Column::Id,
                proposal::Column::Title,
                proposal::Column::State,
            ])
            .filter(proposal::Column::FieldId.eq(field_id))
            .filter(proposal::Column::DeletedAt.is_null())
            .filter(proposal::Column::HiddenAt.is_null())
            .order_by_asc(proposal::Column::Id)
            .into_tuple::<(i64, String, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|(id, title, state)| {
                let state =
                    ProposalState::parse(&state).map_err(|e| StoreError::Corrupt(e.to_string()))?;
                Ok((id, first_line(&title, LABEL_LENGTH), state))
            })
            .collect::<Result<_>>()?;
        let workshop_results = workshop_result::Entity::find()
            .select_only()
            .columns([workshop_result::Column::Id, workshop_result::Column::Body])
            .filter(workshop_result::Column::FieldId.eq(field_id))
            .order_by_asc(workshop_result::Column::Id)
            .into_tuple::<(i64, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|(id, body)| (id, first_line(&body, LABEL_LENGTH)))
            .collect();
        let papers = position_paper::Entity::find()
            .select_only()
            .columns([
                position_paper::Column::Id,
                position_paper::Column::Organisation,
                position_paper::Column::Title,
            ])
            .filter(position_paper::Column::ProcessId.eq(process.0))
            .filter(position_paper::Column::DeletedAt.is_null())
            .filter(position_paper::Column::HiddenAt.is_null())
            .order_by_asc(position_paper::Column::Id)
            .into_tuple::<(i64, String, String)>()
            .all(&self.db)
            .await?;
        Ok(OriginChoices {
            proposals,
            workshop_results,
            papers,
        })
    }

    /// Whether a comment exists in this process: on a paragraph of its analysis or on one of its
    /// proposals.
    pub async fn comment_in_process(&self, comment_id: i64, process: ProcessId) -> Result<bool> {
        let Some(c) = comment::Entity::find_by_id(comment_id)
            .one(&self.db)
            .await?
        else {
            return Ok(false);
        };
        let field = match (c.paragraph_id, c.proposal_id) {
            (Some(paragraph), _) => {
                analysis_paragraph::Entity::find_by_id(paragraph)
                    .select_only()
                    .column(analysis_paragraph::Column::FieldId)
                    .into_tuple::<i64>()
                    .one(&self.db)
                    .await?
            }
            (None, Some(proposal)) => {
                proposal::Entity::find_by_id(proposal)
                    .select_only()
                    .column(proposal::Column::FieldId)
                    .into_tuple::<i64>()
                    .one(&self.db)
                    .await?
            }
            (None, None) => None,
        };
        let Some(field) = field else {
            return Ok(false);
        };
        Ok(field_of_action::Entity::find_by_id(field)
            .filter(field_of_action::Column::ProcessId.eq(process.0))
            .one(&self.db)
            .await?
            .is_some())
    }

    /// Measures that a set of proposals, results, comments or papers became, with their titles:
    /// for each target id, the measures in id order.
    pub async fn measures_from_many(
        &self,
        kind: OriginKind,
        target_ids: &[i64],
    ) -> Result<HashMap<i64, Vec<(i64, LocalizedText)>>> {
        if target_ids.is_empty() {
            return Ok(HashMap::new());
        }
        let links = measure_origin::Entity::find()
            .filter(measure_origin::Column::Kind.eq(kind.as_str()))
            .filter(measure_origin::Column::TargetId.is_in(target_ids.iter().copied()))
            .order_by_asc(measure_origin::Column::MeasureId)
            .all(&self.db)
            .await?;
        let titles: HashMap<i64, String> = measure::Entity::find()
            .select_only()
            .columns([measure::Column::Id, measure::Column::Title])
            .filter(measure::Column::Id.is_in(links.iter().map(|l| l.measure_id)))
            .into_tuple::<(i64, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();
        let mut out: HashMap<i64, Vec<(i64, LocalizedText)>> = HashMap::new();
        for link in links {
            if let Some(title) = titles.get(&link.measure_id) {
                out.entry(link.target_id)
                    .or_default()
                    .push((link.measure_id, text(title)?));
            }
        }
        Ok(out)
    }
}
