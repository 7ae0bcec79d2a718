//! The action plan: goals per field of action, measures per goal, and where each measure came from.
//!
//! Every text of a goal or measure is kept per language (JSON of language tag to text).

use crate::comments::comment_link;
use crate::convert::{day, instant, json, text};
use crate::entity::{
    analysis_paragraph, comment, event, field_of_action, goal, measure, measure_origin,
    measure_update, position_paper, proposal, working_group, workshop_result,
};
use crate::{Result, Store, StoreError};
use jiff::Timestamp;
use jiff::civil::Date;
use mitwirken_domain::{
    Link, LocalizedText, MeasureStatus, OriginKind, ProcessId, ProposalState, WorkshopSource,
};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
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

/// The published plan of a process: fields of action in order, their goals, their measures.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub fields: Vec<PlanField>,
}

impl Plan {
    /// Every measure, in plan order.
    pub fn measures(&self) -> impl Iterator<Item = &PlanMeasure> {
        self.fields
            .iter()
            .flat_map(|f| f.goals.iter())
            .flat_map(|g| g.measures.iter())
    }

    pub fn measure(&self, id: i64) -> Option<&PlanMeasure> {
        self.measures().find(|m| m.id == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanField {
    pub id: i64,
    pub slug: String,
    pub title: LocalizedText,
    pub goals: Vec<PlanGoal>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanGoal {
    pub id: i64,
    pub field_id: i64,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub measures: Vec<PlanMeasure>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanMeasure {
    pub id: i64,
    pub goal_id: i64,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub lead_unit: LocalizedText,
    pub partners: LocalizedText,
    pub timeframe: LocalizedText,
    pub indicators: LocalizedText,
    pub status: MeasureStatus,
    pub updated_at: Timestamp,
    /// Newest first: by date, then by the order they were entered.
    pub updates: Vec<ProgressUpdate>,
    /// Grouped by kind in the order of [`OriginKind::ALL`], each group by target id.
    pub origins: Vec<Origin>,
}

impl PlanMeasure {
    pub fn latest_update(&self) -> Option<&ProgressUpdate> {
        self.updates.first()
    }

    pub fn origins_of(&self, kind: OriginKind) -> impl Iterator<Item = &Origin> {
        self.origins.iter().filter(move |o| o.kind == kind)
    }

    pub fn origin_count(&self, kind: OriginKind) -> usize {
        self.origins_of(kind).count()
    }

    /// The measure's texts and status, as the edit form takes them.
    pub fn as_new(&self) -> NewMeasure {
        NewMeasure {
            title: self.title.clone(),
            description: self.description.clone(),
            lead_unit: self.lead_unit.clone(),
            partners: self.partners.clone(),
            timeframe: self.timeframe.clone(),
            indicators: self.indicators.clone(),
            status: self.status,
        }
    }
}

/// A dated report of how far a measure has got.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressUpdate {
    pub id: i64,
    pub on_date: Date,
    pub status: MeasureStatus,
    pub note: LocalizedText,
    pub created_at: Timestamp,
}

/// One thing a measure came from, with what it takes to name and link it.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    pub kind: OriginKind,
    pub target_id: i64,
    /// The proposal's title, the result's first line, the comment's beginning or the paper's
    /// title; empty when the target was removed.
    pub label: String,
    pub context: OriginContext,
    /// Where the target is shown; `None` when it is gone.
    pub link: Option<Link>,
    /// Deleted by its author or hidden by a moderator: counted, but neither quoted nor linked.
    pub removed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum OriginContext {
    None,
    /// A workshop result: the event, and the working group (none for the pin boards).
    Workshop {
        event: LocalizedText,
        working_group: Option<LocalizedText>,
        source: WorkshopSource,
    },
    Paper {
        organisation: String,
    },
}

/// How many measures of a field of action stand where.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProgress {
    pub field_id: i64,
    pub slug: String,
    pub title: LocalizedText,
    /// Counts in the order of [`MeasureStatus::ALL`].
    pub counts: [u64; 4],
}

impl FieldProgress {
    pub fn count(&self, status: MeasureStatus) -> u64 {
        MeasureStatus::ALL
            .iter()
            .position(|s| *s == status)
            .map_or(0, |i| self.counts[i])
    }

    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }
}

/// Where a goal sits: its field and process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoalPlace {
    pub goal_id: i64,
    pub field_id: i64,
    pub process_id: ProcessId,
}

/// Where a measure sits: its goal, field and process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeasurePlace {
    pub measure_id: i64,
    pub goal_id: i64,
    pub field_id: i64,
    pub process_id: ProcessId,
}

/// What the organiser may link a measure of one field to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OriginChoices {
    /// Id, title and state of each proposal on the field that is not removed.
    pub proposals: Vec<(i64, String, ProposalState)>,
    /// Id and first line of each workshop result on the field.
    pub workshop_results: Vec<(i64, String)>,
    /// Id, organisation and title of each position paper of the process that is not removed.
    pub papers: Vec<(i64, String, String)>,
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

fn status(raw: &str) -> Result<MeasureStatus> {
    MeasureStatus::parse(raw).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The ids of a process's fields of action, as a subquery.
fn field_ids(process: ProcessId) -> SelectStatement {
    Query::select()
        .column(field_of_action::Column::Id)
        .from(field_of_action::Entity)
        .and_where(field_of_action::Column::ProcessId.eq(process.0))
        .to_owned()
}

/// The ids of a process's goals, as a subquery.
fn goal_ids(process: ProcessId) -> SelectStatement {
    Query::select()
        .column(goal::Column::Id)
        .from(goal::Entity)
        .and_where(goal::Column::FieldId.in_subquery(field_ids(process)))
        .to_owned()
}

/// The ids of a process's measures, as a subquery.
fn measure_ids(process: ProcessId) -> SelectStatement {
    Query::select()
        .column(measure::Column::Id)
        .from(measure::Entity)
        .and_where(measure::Column::GoalId.in_subquery(goal_ids(process)))
        .to_owned()
}

const LABEL_LENGTH: usize = 120;

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

    /// A label and link for each origin link, in the same order; one query per kind of target.
    async fn origin_labels(
        &self,
        links: &[measure_origin::Model],
        process_slug: &str,
        field_slugs: &HashMap<i64, &str>,
    ) -> Result<Vec<Origin>> {
        let ids = |kind: OriginKind| -> Vec<i64> {
            let mut ids: Vec<i64> = links
                .iter()
                .filter(|l| l.kind == kind.as_str())
                .map(|l| l.target_id)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let (proposal_ids, result_ids, comment_ids, paper_ids) = (
            ids(OriginKind::Proposal),
            ids(OriginKind::Workshop),
            ids(OriginKind::Comment),
            ids(OriginKind::Paper),
        );
        let proposals: HashMap<i64, (String, bool)> = if proposal_ids.is_empty() {
            HashMap::new()
        } else {
            proposal::Entity::find()
                .select_only()
                .columns([
                    proposal::Column::Id,
                    proposal::Column::Title,
                    proposal::Column::DeletedAt,
                    proposal::Column::HiddenAt,
                ])
                .filter(proposal::Column::Id.is_in(proposal_ids))
                .into_tuple::<(i64, String, Option<i64>, Option<i64>)>()
                .all(&self.db)
                .await?
                .into_iter()
                .map(|(id, title, deleted, hidden)| {
                    (id, (title, deleted.is_some() || hidden.is_some()))
                })
                .collect()
        };
        let results: HashMap<i64, workshop_result::Model> = if result_ids.is_empty() {
            HashMap::new()
        } else {
            workshop_result::Entity::find()
                .filter(workshop_result::Column::Id.is_in(result_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|r| (r.id, r))
                .collect()
        };
        let (events, groups) = if results.is_empty() {
            (HashMap::new(), HashMap::new())
        } else {
            let event_ids: Vec<i64> = results.values().map(|r| r.event_id).collect();
            let group_ids: Vec<i64> = results
                .values()
                .filter_map(|r| r.working_group_id)
                .collect();
            let events: HashMap<i64, String> = event::Entity::find()
                .select_only()
                .columns([event::Column::Id, event::Column::Title])
                .filter(event::Column::Id.is_in(event_ids))
                .into_tuple::<(i64, String)>()
                .all(&self.db)
                .await?
                .into_iter()
                .collect();
            let groups: HashMap<i64, String> = working_group::Entity::find()
                .select_only()
                .columns([working_group::Column::Id, working_group::Column::Title])
                .filter(working_group::Column::Id.is_in(group_ids))
                .into_tuple::<(i64, String)>()
                .all(&self.db)
                .await?
                .into_iter()
                .collect();
            (events, groups)
        };
        let comments: HashMap<i64, comment::Model> = if comment_ids.is_empty() {
            HashMap::new()
        } else {
            comment::Entity::find()
                .filter(comment::Column::Id.is_in(comment_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect()
        };
        let paragraph_fields: HashMap<i64, i64> = {
            let paragraph_ids: Vec<i64> =
                comments.values().filter_map(|c| c.paragraph_id).collect();
            if paragraph_ids.is_empty() {
                HashMap::new()
            } else {
                analysis_paragraph::Entity::find()
                    .select_only()
                    .columns([
                        analysis_paragraph::Column::Id,
                        analysis_paragraph::Column::FieldId,
                    ])
                    .filter(analysis_paragraph::Column::Id.is_in(paragraph_ids))
                    .into_tuple::<(i64, i64)>()
                    .all(&self.db)
                    .await?
                    .into_iter()
                    .collect()
            }
        };
        // The PDF of a paper is not read here: only its names.
        let papers: HashMap<i64, (String, String, bool)> = if paper_ids.is_empty() {
            HashMap::new()
        } else {
            position_paper::Entity::find()
                .select_only()
                .columns([
                    position_paper::Column::Id,
                    position_paper::Column::Organisation,
                    position_paper::Column::Title,
                    position_paper::Column::DeletedAt,
                    position_paper::Column::HiddenAt,
                ])
                .filter(position_paper::Column::Id.is_in(paper_ids))
                .into_tuple::<(i64, String, String, Option<i64>, Option<i64>)>()
                .all(&self.db)
                .await?
                .into_iter()
                .map(|(id, organisation, title, deleted, hidden)| {
                    (
                        id,
                        (organisation, title, deleted.is_some() || hidden.is_some()),
                    )
                })
                .collect()
        };

        let gone = |kind: OriginKind, target_id: i64| Origin {
            kind,
            target_id,
            label: String::new(),
            context: OriginContext::None,
            link: None,
            removed: true,
        };
        links
            .iter()
            .map(|link| {
                let kind = OriginKind::parse(&link.kind)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                let id = link.target_id;
                Ok(match kind {
                    OriginKind::Proposal => match proposals.get(&id) {
                        Some((_, true)) => Origin {
                            link: Some(Link::Proposal { id, comment: None }),
                            ..gone(kind, id)
                        },
                        Some((title, false)) => Origin {
                            kind,
                            target_id: id,
                            label: first_line(title, LABEL_LENGTH),
                            context: OriginContext::None,
                            link: Some(Link::Proposal { id, comment: None }),
                            removed: false,
                        },
                        None => gone(kind, id),
                    },
                    OriginKind::Workshop => match results.get(&id) {
                        Some(r) => Origin {
                            kind,
                            target_id: id,
                            label: first_line(&r.body, LABEL_LENGTH),
                            context: OriginContext::Workshop {
                                event: events
                                    .get(&r.event_id)
                                    .map_or_else(|| Ok(LocalizedText::empty()), |t| text(t))?,
                                working_group: r
                                    .working_group_id
                                    .and_then(|g| groups.get(&g))
                                    .map(|t| text(t))
                                    .transpose()?,
                                source: WorkshopSource::parse(&r.source)
                                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                            },
                            link: Some(Link::Result {
                                process_slug: process_slug.to_owned(),
                                result: id,
                            }),
                            removed: false,
                        },
                        None => gone(kind, id),
                    },
                    OriginKind::Comment => match comments.get(&id) {
                        Some(c) => {
                            let link = comment_link(c, |paragraph| {
                                let field = field_slugs.get(paragraph_fields.get(&paragraph)?)?;
                                Some(Link::Field {
                                    process_slug: process_slug.to_owned(),
                                    field_slug: (*field).to_owned(),
                                    comment: None,
                                })
                            });
                            if c.deleted_at.is_some() || c.hidden_at.is_some() {
                                Origin {
                                    link,
                                    ..gone(kind, id)
                                }
                            } else {
                                Origin {
                                    kind,
                                    target_id: id,
                                    label: first_line(&c.body, LABEL_LENGTH),
                                    context: OriginContext::None,
                                    link,
                                    removed: false,
                                }
                            }
                        }
                        None => gone(kind, id),
                    },
                    OriginKind::Paper => match papers.get(&id) {
                        Some((_, _, true)) => gone(kind, id),
                        Some((organisation, title, false)) => Origin {
                            kind,
                            target_id: id,
                            label: first_line(title, LABEL_LENGTH),
                            context: OriginContext::Paper {
                                organisation: organisation.clone(),
                            },
                            link: Some(Link::PaperFile { paper: id }),
                            removed: false,
                        },
                        None => gone(kind, id),
                    },
                })
            })
            .collect()
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
