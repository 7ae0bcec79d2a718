//! Anonymous statistics of a process for open data: counts only, never a name or an address.

use crate::convert::{instant, text};
use crate::entity::{
    analysis_paragraph, comment, event, field_of_action, position_paper, proposal, registration,
    support, workshop_result,
};
use crate::{Result, Store};
use jiff::Timestamp;
use mitwirken_domain::{EventStatus, LocalizedText, ProcessId, ProposalState, RegistrationStatus};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Clone, PartialEq)]
pub struct Statistics {
    pub events: Vec<EventStatistics>,
    pub fields: Vec<FieldStatistics>,
    /// People who commented, proposed, supported or submitted a paper in this process; accounts
    /// deleted since are no longer counted.
    pub participants: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventStatistics {
    pub id: i64,
    pub slug: String,
    pub title: LocalizedText,
    pub starts_at: Timestamp,
    pub capacity: u32,
    /// Registrations per status, every status listed.
    pub registrations: BTreeMap<&'static str, u64>,
    pub checked_in: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldStatistics {
    pub slug: String,
    pub title: LocalizedText,
    /// Visible comments on the field's analysis and on its proposals.
    pub comments: u64,
    /// Visible proposals per state, every state listed.
    pub proposals: BTreeMap<&'static str, u64>,
    /// Supports of the field's visible proposals.
    pub supports: u64,
    pub workshop_results: u64,
}

impl Store {
    pub async fn statistics(&self, process: ProcessId) -> Result<Statistics> {
        let events = event::Entity::find()
            .filter(event::Column::ProcessId.eq(process.0))
            .filter(event::Column::Status.ne(EventStatus::Draft.as_str()))
            .order_by_asc(event::Column::StartsAt)
            .order_by_asc(event::Column::Position)
            .all(&self.db)
            .await?;
        let registrations = registration::Entity::find()
            .select_only()
            .columns([registration::Column::EventId, registration::Column::Status])
            .column(registration::Column::CheckedInAt)
            .filter(registration::Column::EventId.is_in(events.iter().map(|e| e.id)))
            .into_tuple::<(i64, String, Option<i64>)>()
            .all(&self.db)
            .await?;
        let events = events
            .into_iter()
            .map(|e| {
                let mut by_status: BTreeMap<&'static str, u64> = RegistrationStatus::ALL
                    .iter()
                    .map(|s| (s.as_str(), 0))
                    .collect();
                let mut checked_in = 0;
                for (_, status, at) in registrations.iter().filter(|(id, _, _)| *id == e.id) {
                    if let Some(count) = by_status.get_mut(status.as_str()) {
                        *count += 1;
                    }
                    if at.is_some() {
                        checked_in += 1;
                    }
                }
                Ok(EventStatistics {
                    id: e.id,
                    title: text(&e.title)?,
                    starts_at: instant(e.starts_at)?,
                    capacity: u32::try_from(e.capacity).unwrap_or_default(),
                    registrations: by_status,
                    checked_in,
                    slug: e.slug,
                })
            })
            .collect::<Result<Vec<_>>>()?;

        let fields = field_of_action::Entity::find()
            .filter(field_of_action::Column::ProcessId.eq(process.0))
            .order_by_asc(field_of_action::Column::Position)
            .all(&self.db)
            .await?;
        let field_ids = Query::select()
            .column(field_of_action::Column::Id)
            .from(field_of_action::Entity)
            .and_where(field_of_action::Column::ProcessId.eq(process.0))
            .to_owned();
        // (id, field, state, author) of every visible proposal.
        let proposals = proposal::Entity::find()
            .select_only()
            .columns([
                proposal::Column::Id,
                proposal::Column::FieldId,
                proposal::Column::State,
            ])
            .column(proposal::Column::AuthorId)
            .filter(proposal::Column::FieldId.in_subquery(field_ids.clone()))
            .filter(proposal::Column::DeletedAt.is_null())
            .filter(proposal::Column::HiddenAt.is_null())
            .into_tuple::<(i64, i64, String, Option<i64>)>()
            .all(&self.db)
            .await?;
        let proposal_field: HashMap<i64, i64> = proposals
            .iter()
            .map(|(id, field, _, _)| (*id, *field))
            .collect();
        let paragraph_field: HashMap<i64, i64> = analysis_paragraph::Entity::find()
            .select_only()
            .columns([
                analysis_paragraph::Column::Id,
                analysis_paragraph::Column::FieldId,
            ])
            .filter(analysis_paragraph::Column::FieldId.in_subquery(field_ids.clone()))
            .into_tuple::<(i64, i64)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();
        let paragraph_ids = Query::select()
            .column(analysis_paragraph::Column::Id)
            .from(analysis_paragraph::Entity)
            .and_where(analysis_paragraph::Column::FieldId.in_subquery(field_ids.clone()))
            .to_owned();
        let proposal_ids = Query::select()
            .column(proposal::Column::Id)
            .from(proposal::Entity)
            .and_where(proposal::Column::FieldId.in_subquery(field_ids.clone()))
            .to_owned();
        let comments = comment::Entity::find()
            .select_only()
            .columns([comment::Column::ParagraphId, comment::Column::ProposalId])
            .column(comment::Column::AuthorId)
            .filter(comment::Column::DeletedAt.is_null())
            .filter(comment::Column::HiddenAt.is_null())
            .filter(
                sea_orm::Condition::any()
                    .add(comment::Column::ParagraphId.in_subquery(paragraph_ids))
                    .add(comment::Column::ProposalId.in_subquery(proposal_ids.clone())),
            )
            .into_tuple::<(Option<i64>, Option<i64>, Option<i64>)>()
            .all(&self.db)
            .await?;
        let supports = support::Entity::find()
            .select_only()
            .columns([support::Column::ProposalId, support::Column::ParticipantId])
            .filter(support::Column::ProposalId.in_subquery(proposal_ids))
            .into_tuple::<(i64, Option<i64>)>()
            .all(&self.db)
            .await?;
        let results = workshop_result::Entity::find()
            .select_only()
            .column(workshop_result::Column::FieldId)
            .filter(workshop_result::Column::FieldId.in_subquery(field_ids))
            .into_tuple::<i64>()
            .all(&self.db)
            .await?;
        let paper_authors = position_paper::Entity::find()
            .select_only()
            .column(position_paper::Column::AuthorId)
            .filter(position_paper::Column::ProcessId.eq(process.0))
            .filter(position_paper::Column::DeletedAt.is_null())
            .filter(position_paper::Column::HiddenAt.is_null())
            .into_tuple::<Option<i64>>()
            .all(&self.db)
            .await?;

        let mut people: BTreeSet<i64> = BTreeSet::new();
        let mut comment_count: HashMap<i64, u64> = HashMap::new();
        for (paragraph, on_proposal, author) in &comments {
            let field = match (paragraph, on_proposal) {
                (Some(p), _) => paragraph_field.get(p),
                (None, Some(p)) => proposal_field.get(p),
                (None, None) => None,
            };
            // A comment on a removed proposal is out of sight with it.
            if let Some(field) = field {
                *comment_count.entry(*field).or_default() += 1;
                people.extend(*author);
            }
        }
        let mut support_count: HashMap<i64, u64> = HashMap::new();
        for (on_proposal, who) in &supports {
            if let Some(field) = proposal_field.get(on_proposal) {
                *support_count.entry(*field).or_default() += 1;
                people.extend(*who);
            }
        }
        let mut result_count: HashMap<i64, u64> = HashMap::new();
        for field in results {
            *result_count.entry(field).or_default() += 1;
        }
        people.extend(proposals.iter().filter_map(|(_, _, _, author)| *author));
        people.extend(paper_authors.into_iter().flatten());

        let fields = fields
            .into_iter()
            .map(|f| {
                let mut by_state: BTreeMap<&'static str, u64> =
                    ProposalState::ALL.iter().map(|s| (s.as_str(), 0)).collect();
                for (_, field, state, _) in &proposals {
                    if *field == f.id
                        && let Some(count) = by_state.get_mut(state.as_str())
                    {
                        *count += 1;
                    }
                }
                Ok(FieldStatistics {
                    comments: comment_count.get(&f.id).copied().unwrap_or(0),
                    proposals: by_state,
                    supports: support_count.get(&f.id).copied().unwrap_or(0),
                    workshop_results: result_count.get(&f.id).copied().unwrap_or(0),
                    title: text(&f.title)?,
                    slug: f.slug,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Statistics {
            events,
            fields,
            participants: people.len() as u64,
        })
    }
}
