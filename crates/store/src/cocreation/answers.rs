//! The organiser's public answer to a proposal: its state, its text, the measures it became,
//! or the proposal it was merged into.

use super::proposals::*;
use crate::entity::{audit_log, measure_origin, participant, proposal, support};
use crate::outbox::enqueue_to;
use crate::{Result, Store, StoreError};
use jiff::Timestamp;
use mitwirken_domain::cocreation::{MAX_TEXT, TextError, contribution_text};
use mitwirken_domain::{Mail, OriginKind, ProcessId, ProposalRole, ProposalState};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveModelTrait, ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::HashMap;

/// The organiser's answer as the back office submits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerCommand {
    pub state: ProposalState,
    /// Shown publicly; for a proposal that is not adopted, the reason.
    pub answer: String,
    /// For a merged proposal: the proposal of the same process it was merged into.
    pub merged_into: Option<i64>,
    /// For an adopted proposal: the measures it became.
    pub measures: Vec<i64>,
}

/// What is wrong with an answer; the form shows each at its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerProblem {
    /// "Open" is no answer.
    NoState,
    /// Every answer is explained publicly; for "not adopted" this is the reason.
    AnswerMissing,
    AnswerTooLong,
    NoMeasure,
    UnknownMeasure,
    NoMergeTarget,
    /// The proposal itself, one of another process, a deleted or hidden one, or one merged back
    /// into this proposal.
    BadMergeTarget,
}

#[derive(Debug, thiserror::Error)]
pub enum AnswerError {
    #[error("no such proposal, or it was deleted")]
    NotFound,
    #[error("the answer is incomplete: {0:?}")]
    Invalid(Vec<AnswerProblem>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<DbErr> for AnswerError {
    fn from(e: DbErr) -> Self {
        AnswerError::Store(StoreError::Db(e))
    }
}

impl Store {
    /// Records the organiser's public answer. In the same transaction it links an adopted
    /// proposal to its measures (and unlinks measures no longer chosen), queues a mail to the
    /// author and to every supporter in each one's language, and writes the audit log.
    pub async fn answer_proposal(
        &self,
        id: i64,
        command: &AnswerCommand,
        staff_id: Option<i64>,
        now: Timestamp,
    ) -> Result<(), AnswerError> {
        let current = self
            .proposal(id, None)
            .await?
            .filter(|p| p.summary.visibility != Visibility::Deleted)
            .ok_or(AnswerError::NotFound)?;
        let answer = command.answer.trim().replace("\r\n", "\n");
        let mut problems = Vec::new();
        match command.state {
            ProposalState::Open => problems.push(AnswerProblem::NoState),
            ProposalState::Adopted => {
                if command.measures.is_empty() {
                    problems.push(AnswerProblem::NoMeasure);
                } else {
                    let known: Vec<i64> = self
                        .measure_choices(current.process_id)
                        .await?
                        .into_iter()
                        .map(|m| m.id)
                        .collect();
                    if command.measures.iter().any(|m| !known.contains(m)) {
                        problems.push(AnswerProblem::UnknownMeasure);
                    }
                }
            }
            ProposalState::Merged => match command.merged_into {
                None => problems.push(AnswerProblem::NoMergeTarget),
                Some(target) => {
                    if !self
                        .merge_target_fits(id, target, current.process_id)
                        .await?
                    {
                        problems.push(AnswerProblem::BadMergeTarget);
                    }
                }
            },
            ProposalState::NotAdopted => {}
        }
        match contribution_text(&answer, MAX_TEXT) {
            Ok(_) => {}
            Err(TextError::Empty) => problems.push(AnswerProblem::AnswerMissing),
            Err(TextError::TooLong { .. }) => problems.push(AnswerProblem::AnswerTooLong),
        }
        if !problems.is_empty() {
            return Err(AnswerError::Invalid(problems));
        }
        let merged_into = match command.state {
            ProposalState::Merged => command.merged_into,
            _ => None,
        };
        let measures: Vec<i64> = match command.state {
            ProposalState::Adopted => {
                let mut m = command.measures.clone();
                m.sort_unstable();
                m.dedup();
                m
            }
            _ => Vec::new(),
        };

        let txn = self.write().await?;
        let updated = proposal::Entity::update_many()
            .col_expr(proposal::Column::State, Expr::value(command.state.as_str()))
            .col_expr(proposal::Column::Answer, Expr::value(answer))
            .col_expr(proposal::Column::MergedInto, Expr::value(merged_into))
            .col_expr(proposal::Column::AnsweredAt, Expr::value(now.as_second()))
            .filter(proposal::Column::Id.eq(id))
            .filter(proposal::Column::DeletedAt.is_null())
            .exec(&txn)
            .await?;
        if updated.rows_affected != 1 {
            return Err(AnswerError::NotFound);
        }
        measure_origin::Entity::delete_many()
            .filter(measure_origin::Column::Kind.eq(OriginKind::Proposal.as_str()))
            .filter(measure_origin::Column::TargetId.eq(id))
            .filter(measure_origin::Column::MeasureId.is_not_in(measures.iter().copied()))
            .exec(&txn)
            .await?;
        for measure in &measures {
            measure_origin::Entity::insert(measure_origin::ActiveModel {
                measure_id: Set(*measure),
                kind: Set(OriginKind::Proposal.as_str().to_owned()),
                target_id: Set(id),
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
            .exec(&txn)
            .await?;
        }

        let supporters: Vec<i64> = support::Entity::find()
            .filter(support::Column::ProposalId.eq(id))
            .filter(support::Column::ParticipantId.is_not_null())
            .order_by_asc(support::Column::Id)
            .all(&txn)
            .await?
            .into_iter()
            .filter_map(|s| s.participant_id)
            .collect();
        let mut recipients: Vec<(i64, ProposalRole)> = Vec::new();
        if let Some(author) = current.author_id {
            recipients.push((author, ProposalRole::Author));
        }
        for supporter in supporters {
            if !recipients.iter().any(|(p, _)| *p == supporter) {
                recipients.push((supporter, ProposalRole::Supporter));
            }
        }
        let people: HashMap<i64, participant::Model> = participant::Entity::find()
            .filter(participant::Column::Id.is_in(recipients.iter().map(|(p, _)| *p)))
            .all(&txn)
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        for (id_of, role) in &recipients {
            let Some(person) = people.get(id_of) else {
                continue;
            };
            enqueue_to(
                &txn,
                Mail::ProposalAnswered {
                    proposal: id,
                    role: *role,
                },
                &person.email,
                &person.locale,
                now,
            )
            .await?;
        }

        let details = match command.state {
            ProposalState::Adopted => format!(
                "adopted; measures {}",
                measures
                    .iter()
                    .map(i64::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            ProposalState::Merged => format!("merged into {}", merged_into.unwrap_or_default()),
            other => other.as_str().to_owned(),
        };
        audit_log::ActiveModel {
            at: Set(now.as_second()),
            staff_id: Set(staff_id),
            action: Set("proposal_answer".to_owned()),
            subject: Set(format!("proposal {id}")),
            details: Set(details),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Whether `target` may absorb proposal `id`: another visible proposal of the same process
    /// whose own chain of merges does not lead back to `id`.
    pub(crate) async fn merge_target_fits(
        &self,
        id: i64,
        target: i64,
        process: ProcessId,
    ) -> Result<bool> {
        if target == id {
            return Ok(false);
        }
        let Some(other) = self.proposal(target, None).await? else {
            return Ok(false);
        };
        if other.process_id != process || !other.summary.visibility.is_visible() {
            return Ok(false);
        }
        let mut next = other.merged_into.map(|m| m.id);
        // A chain longer than the number of proposals would be a cycle; stop well before.
        for _ in 0..1_000 {
            match next {
                None => return Ok(true),
                Some(n) if n == id => return Ok(false),
                Some(n) => {
                    next = proposal::Entity::find_by_id(n)
                        .one(&self.db)
                        .await?
                        .and_then(|p| p.merged_into);
                }
            }
        }
        Ok(false)
    }
}
