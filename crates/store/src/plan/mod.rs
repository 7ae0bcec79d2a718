//! The action plan: goals and measures per field of action, their progress and where they came from.

mod changes;
mod origins;
mod reads;

use jiff::Timestamp;
use jiff::civil::Date;
use mitwirken_domain::{
    Link, LocalizedText, MeasureStatus, OriginKind, ProcessId, ProposalState, WorkshopSource,
};
pub use reads::*;

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
