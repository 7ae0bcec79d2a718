//! Proposals of goals and measures per field of action, and supports (one per person,
//! withdrawable); the organiser's answer to them lives in `answers`.
//!
//! An author cannot support their own proposal: the count says how many people besides the
//! author back it. A deleted proposal keeps its row (without its text), so supports, answers and
//! links to measures stay as they were.

use crate::entity::{field_of_action, proposal, support};
use crate::{Result, Store, StoreError};
use jiff::Timestamp;
use mitwirken_domain::cocreation::{
    EDIT_WINDOW, MAX_TEXT, MAX_TITLE, RATE_LIMIT, RATE_WINDOW, TextError, contribution_text,
};
use mitwirken_domain::{OriginKind, ProcessId, ProposalKind, ProposalState};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;

/// Why a participant's proposal, change or support was refused.
#[derive(Debug, thiserror::Error)]
pub enum ProposalError {
    #[error("the title or the text is empty or too long")]
    Text {
        title: Option<TextError>,
        body: Option<TextError>,
    },
    #[error("too many posts within a short time")]
    TooManyPosts,
    #[error("no such proposal, or it was deleted or hidden")]
    NotFound,
    #[error("only the author may change or delete a proposal")]
    NotAuthor,
    #[error("the time for changes has passed")]
    EditWindowOver,
    #[error("the proposal has been answered already")]
    NotOpen,
    #[error("authors cannot support their own proposal")]
    OwnProposal,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<DbErr> for ProposalError {
    fn from(e: DbErr) -> Self {
        ProposalError::Store(StoreError::Db(e))
    }
}

/// Whether a contribution can be read: visible, deleted by its author, or hidden by a moderator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visibility {
    Visible,
    Deleted,
    Hidden { reason: String },
}

impl Visibility {
    pub(crate) fn of(
        deleted_at: Option<i64>,
        hidden_at: Option<i64>,
        reason: Option<&str>,
    ) -> Self {
        if deleted_at.is_some() {
            Visibility::Deleted
        } else if hidden_at.is_some() {
            Visibility::Hidden {
                reason: reason.unwrap_or_default().to_owned(),
            }
        } else {
            Visibility::Visible
        }
    }

    pub fn is_visible(&self) -> bool {
        *self == Visibility::Visible
    }
}

/// A proposal as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalSummary {
    pub id: i64,
    pub field_id: i64,
    pub kind: ProposalKind,
    /// Empty once the author deleted the proposal.
    pub title: String,
    /// The author's display name; `None` once the account was deleted.
    pub author: Option<String>,
    pub created_at: Timestamp,
    pub state: ProposalState,
    pub supports: u64,
    pub visibility: Visibility,
}

/// The proposal another one was merged into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergedInto {
    pub id: i64,
    pub title: String,
    pub visibility: Visibility,
}

/// One proposal with its text, its answer and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub summary: ProposalSummary,
    pub process_id: ProcessId,
    pub author_id: Option<i64>,
    pub body: String,
    pub edited_at: Option<Timestamp>,
    pub answer: String,
    pub answered_at: Option<Timestamp>,
    pub merged_into: Option<MergedInto>,
    /// The measures the proposal became, in plan order of their ids.
    pub measures: Vec<i64>,
    /// Whether the participant asked about supports it.
    pub supported: bool,
}

impl Proposal {
    /// Whether `participant` may still change the text at `now`: the author, within the edit
    /// window, while the proposal is visible and unanswered.
    pub fn editable_by(&self, participant: i64, now: Timestamp) -> bool {
        editable(
            self.author_id,
            self.summary.state,
            self.summary.created_at.as_second(),
            &self.summary.visibility,
            participant,
            now,
        )
        .is_ok()
    }

    /// Whether the proposal takes supports: visible and not yet answered.
    pub fn takes_supports(&self) -> bool {
        self.summary.visibility.is_visible() && self.summary.state == ProposalState::Open
    }
}

pub(crate) fn editable(
    author_id: Option<i64>,
    state: ProposalState,
    created_at: i64,
    visibility: &Visibility,
    participant: i64,
    now: Timestamp,
) -> Result<(), ProposalError> {
    if !visibility.is_visible() {
        return Err(ProposalError::NotFound);
    }
    if author_id != Some(participant) {
        return Err(ProposalError::NotAuthor);
    }
    if state != ProposalState::Open {
        return Err(ProposalError::NotOpen);
    }
    if now.as_second() - created_at > EDIT_WINDOW.as_secs() {
        return Err(ProposalError::EditWindowOver);
    }
    Ok(())
}

/// A title is one line: runs of white space become one space.
pub(crate) fn checked_texts(title: &str, body: &str) -> Result<(String, String), ProposalError> {
    let title = contribution_text(
        &title.split_whitespace().collect::<Vec<_>>().join(" "),
        MAX_TITLE,
    );
    let body = contribution_text(body, MAX_TEXT);
    match (title, body) {
        (Ok(title), Ok(body)) => Ok((title, body)),
        (title, body) => Err(ProposalError::Text {
            title: title.err(),
            body: body.err(),
        }),
    }
}

pub(crate) fn parse_kind(raw: &str) -> Result<ProposalKind> {
    ProposalKind::parse(raw).map_err(|e| StoreError::Corrupt(e.to_string()))
}

pub(crate) fn parse_state(raw: &str) -> Result<ProposalState> {
    ProposalState::parse(raw).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Store {
    /// Records a participant's proposal of a goal or measure for a field of action; returns its id.
    pub async fn propose(
        &self,
        author: i64,
        field_id: i64,
        kind: ProposalKind,
        title: &str,
        body: &str,
        now: Timestamp,
    ) -> Result<i64, ProposalError> {
        let (title, body) = checked_texts(title, body)?;
        if self.posts_since(author, now - RATE_WINDOW).await? >= RATE_LIMIT {
            return Err(ProposalError::TooManyPosts);
        }
        let row = proposal::ActiveModel {
            field_id: Set(field_id),
            kind: Set(kind.as_str().to_owned()),
            title: Set(title),
            body: Set(body),
            state: Set(ProposalState::Open.as_str().to_owned()),
            answer: Set(String::new()),
            merged_into: Set(None),
            answered_at: Set(None),
            author_id: Set(Some(author)),
            created_at: Set(now.as_second()),
            edited_at: Set(None),
            deleted_at: Set(None),
            hidden_at: Set(None),
            hidden_reason: Set(None),
            hidden_by: Set(None),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }

    /// Changes title and text, by the author, within the edit window, while nobody answered yet.
    pub async fn edit_proposal(
        &self,
        author: i64,
        id: i64,
        title: &str,
        body: &str,
        now: Timestamp,
    ) -> Result<(), ProposalError> {
        let (title, body) = checked_texts(title, body)?;
        let txn = self.write().await?;
        let row = proposal::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(ProposalError::NotFound)?;
        editable(
            row.author_id,
            parse_state(&row.state)?,
            row.created_at,
            &Visibility::of(row.deleted_at, row.hidden_at, row.hidden_reason.as_deref()),
            author,
            now,
        )?;
        proposal::Entity::update_many()
            .col_expr(proposal::Column::Title, Expr::value(title))
            .col_expr(proposal::Column::Body, Expr::value(body))
            .col_expr(proposal::Column::EditedAt, Expr::value(now.as_second()))
            .filter(proposal::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Deletes a proposal for its author: the text goes, the row stays for supports and answers.
    pub async fn delete_proposal(
        &self,
        author: i64,
        id: i64,
        now: Timestamp,
    ) -> Result<(), ProposalError> {
        let txn = self.write().await?;
        let row = proposal::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(ProposalError::NotFound)?;
        if row.author_id != Some(author) {
            return Err(ProposalError::NotAuthor);
        }
        if row.deleted_at.is_none() {
            proposal::Entity::update_many()
                .col_expr(proposal::Column::DeletedAt, Expr::value(now.as_second()))
                .col_expr(proposal::Column::Title, Expr::value(""))
                .col_expr(proposal::Column::Body, Expr::value(""))
                .filter(proposal::Column::Id.eq(id))
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// A proposal that takes supports, read within the write transaction.
    pub(crate) async fn open_proposal<C: ConnectionTrait>(
        db: &C,
        id: i64,
    ) -> Result<proposal::Model, ProposalError> {
        let row = proposal::Entity::find_by_id(id)
            .one(db)
            .await?
            .filter(|p| p.deleted_at.is_none() && p.hidden_at.is_none())
            .ok_or(ProposalError::NotFound)?;
        if row.state != ProposalState::Open.as_str() {
            return Err(ProposalError::NotOpen);
        }
        Ok(row)
    }

    /// Supports a proposal; supporting it again changes nothing. The author's own is refused.
    pub async fn support(
        &self,
        participant: i64,
        proposal_id: i64,
        now: Timestamp,
    ) -> Result<(), ProposalError> {
        let txn = self.write().await?;
        let row = Self::open_proposal(&txn, proposal_id).await?;
        if row.author_id == Some(participant) {
            return Err(ProposalError::OwnProposal);
        }
        support::Entity::insert(support::ActiveModel {
            proposal_id: Set(proposal_id),
            participant_id: Set(Some(participant)),
            created_at: Set(now.as_second()),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([support::Column::ProposalId, support::Column::ParticipantId])
                .do_nothing()
                .to_owned(),
        )
        .try_insert()
        .exec(&txn)
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Withdraws the participant's support while the proposal is still open.
    pub async fn withdraw_support(
        &self,
        participant: i64,
        proposal_id: i64,
    ) -> Result<(), ProposalError> {
        let txn = self.write().await?;
        Self::open_proposal(&txn, proposal_id).await?;
        support::Entity::delete_many()
            .filter(support::Column::ProposalId.eq(proposal_id))
            .filter(support::Column::ParticipantId.eq(participant))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(())
    }

    /// The proposals of a field of action, newest first, with their support counts.
    pub async fn proposals_of_field(&self, field_id: i64) -> Result<Vec<ProposalSummary>> {
        let rows = proposal::Entity::find()
            .filter(proposal::Column::FieldId.eq(field_id))
            .order_by_desc(proposal::Column::CreatedAt)
            .order_by_desc(proposal::Column::Id)
            .all(&self.db)
            .await?;
        self.summaries(rows).await
    }

    /// The proposals of a whole process, oldest first (the order of answering), optionally of one state.
    pub async fn proposals_of_process(
        &self,
        process: ProcessId,
        state: Option<ProposalState>,
    ) -> Result<Vec<ProposalSummary>> {
        let field_ids: Vec<i64> = field_of_action::Entity::find()
            .filter(field_of_action::Column::ProcessId.eq(process.0))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|f| f.id)
            .collect();
        let mut query = proposal::Entity::find().filter(proposal::Column::FieldId.is_in(field_ids));
        if let Some(state) = state {
            query = query.filter(proposal::Column::State.eq(state.as_str()));
        }
        let rows = query
            .order_by_asc(proposal::Column::CreatedAt)
            .order_by_asc(proposal::Column::Id)
            .all(&self.db)
            .await?;
        self.summaries(rows).await
    }

    /// How many proposals each field of action of a process has, counted as its list counts
    /// them (removed ones too), in one query; fields without proposals are missing.
    pub async fn proposal_counts(&self, process: ProcessId) -> Result<HashMap<i64, u64>> {
        let fields = Query::select()
            .column(field_of_action::Column::Id)
            .from(field_of_action::Entity)
            .and_where(field_of_action::Column::ProcessId.eq(process.0))
            .to_owned();
        let counts: Vec<(i64, i64)> = proposal::Entity::find()
            .select_only()
            .column(proposal::Column::FieldId)
            .column_as(Expr::col(proposal::Column::Id).count(), "proposals")
            .filter(proposal::Column::FieldId.in_subquery(fields))
            .group_by(proposal::Column::FieldId)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(counts
            .into_iter()
            .map(|(field, n)| (field, u64::try_from(n).unwrap_or(0)))
            .collect())
    }

    pub(crate) async fn summaries(
        &self,
        rows: Vec<proposal::Model>,
    ) -> Result<Vec<ProposalSummary>> {
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let counts = self.support_counts(&ids).await?;
        let names = self
            .display_names(rows.iter().filter_map(|r| r.author_id).collect())
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok(ProposalSummary {
                    id: r.id,
                    field_id: r.field_id,
                    kind: parse_kind(&r.kind)?,
                    author: r.author_id.and_then(|a| names.get(&a).cloned()),
                    created_at: crate::convert::instant(r.created_at)?,
                    state: parse_state(&r.state)?,
                    supports: counts.get(&r.id).copied().unwrap_or(0),
                    visibility: Visibility::of(
                        r.deleted_at,
                        r.hidden_at,
                        r.hidden_reason.as_deref(),
                    ),
                    title: r.title,
                })
            })
            .collect()
    }

    /// Supports per proposal, counted in one query.
    pub(crate) async fn support_counts(&self, ids: &[i64]) -> Result<HashMap<i64, u64>> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let counts: Vec<(i64, i64)> = support::Entity::find()
            .select_only()
            .column(support::Column::ProposalId)
            .column_as(Expr::col(support::Column::Id).count(), "supports")
            .filter(support::Column::ProposalId.is_in(ids.iter().copied()))
            .group_by(support::Column::ProposalId)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(counts
            .into_iter()
            .map(|(id, n)| (id, u64::try_from(n).unwrap_or(0)))
            .collect())
    }

    /// One proposal with its answer; `viewer` is the participant asking, for "you support this".
    pub async fn proposal(&self, id: i64, viewer: Option<i64>) -> Result<Option<Proposal>> {
        let Some(row) = proposal::Entity::find_by_id(id).one(&self.db).await? else {
            return Ok(None);
        };
        let field = field_of_action::Entity::find_by_id(row.field_id)
            .one(&self.db)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("proposal {id} without its field")))?;
        let supported = match viewer {
            Some(viewer) => {
                support::Entity::find()
                    .filter(support::Column::ProposalId.eq(id))
                    .filter(support::Column::ParticipantId.eq(viewer))
                    .count(&self.db)
                    .await?
                    > 0
            }
            None => false,
        };
        let merged_into = match row.merged_into {
            Some(other) => proposal::Entity::find_by_id(other)
                .one(&self.db)
                .await?
                .map(|m| MergedInto {
                    id: m.id,
                    visibility: Visibility::of(
                        m.deleted_at,
                        m.hidden_at,
                        m.hidden_reason.as_deref(),
                    ),
                    title: m.title,
                }),
            None => None,
        };
        let measures = self.measures_from(OriginKind::Proposal, id).await?;
        let (author_id, body, answer) = (row.author_id, row.body.clone(), row.answer.clone());
        let edited_at = row.edited_at.map(crate::convert::instant).transpose()?;
        let answered_at = row.answered_at.map(crate::convert::instant).transpose()?;
        let summary = self
            .summaries(vec![row])
            .await?
            .pop()
            .ok_or_else(|| StoreError::Corrupt(format!("proposal {id} vanished")))?;
        Ok(Some(Proposal {
            summary,
            process_id: ProcessId(field.process_id),
            author_id,
            body,
            edited_at,
            answer,
            answered_at,
            merged_into,
            measures,
            supported,
        }))
    }
}
