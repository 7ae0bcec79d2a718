//! Moderation: anyone reports a comment, proposal or position paper; moderators hide it with a
//! public reason (which resolves the reports on it), show it again, or dismiss a report. Every
//! moderator action is written to the audit log.

use crate::entity::{
    analysis_paragraph, comment, field_of_action, position_paper, process, proposal, report,
};
use crate::{Result, Store, StoreError, convert};
use jiff::Timestamp;
use mitwirken_domain::analysis::MAX_REPORT_REASON;
use mitwirken_domain::cocreation::{MAX_TEXT, TextError, contribution_text};
use mitwirken_domain::{Link, ProcessId, ReportTarget};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::{HashMap, HashSet};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ModerationError {
    #[error("nothing to moderate there")]
    NotFound,
    #[error("the reason was refused: {0:?}")]
    Reason(TextError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sea_orm::DbErr> for ModerationError {
    fn from(e: sea_orm::DbErr) -> Self {
        ModerationError::Store(StoreError::Db(e))
    }
}

/// A comment, proposal or paper as moderators and the report form see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModeratedItem {
    pub target: ReportTarget,
    pub id: i64,
    pub process_id: ProcessId,
    /// The title of a proposal or paper; empty for a comment.
    pub title: String,
    /// What was written; empty once its author deleted it.
    pub text: String,
    /// `None` when the author deleted their account (or a paper came without one).
    pub author_name: Option<String>,
    pub hidden_reason: Option<String>,
    pub deleted: bool,
    /// Where the public sees it; `None` when it has no page of its own.
    pub link: Option<Link>,
}

/// A report that waits for a moderator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenReport {
    pub id: i64,
    pub reason: String,
    pub created_at: Timestamp,
    pub item: ModeratedItem,
}

/// Sets the three moderation columns of one contribution row; evaluates to the rows changed.
macro_rules! set_hidden {
    ($entity:ident, $txn:expr, $id:expr, $at:expr, $reason:expr, $by:expr) => {
        $entity::Entity::update_many()
            .col_expr($entity::Column::HiddenAt, Expr::value($at))
            .col_expr($entity::Column::HiddenReason, Expr::value($reason))
            .col_expr($entity::Column::HiddenBy, Expr::value($by))
            .filter($entity::Column::Id.eq($id))
            .exec($txn)
            .await?
            .rows_affected
    };
}

fn subject(target: ReportTarget, id: i64) -> String {
    format!("{}:{id}", target.as_str())
}

impl Store {
    /// Records a report by anyone, signed in or not; the reason is required.
    pub async fn report(
        &self,
        target: ReportTarget,
        id: i64,
        reason: &str,
        reporter: Option<i64>,
        now: Timestamp,
    ) -> Result<i64, ModerationError> {
        let reason =
            contribution_text(reason, MAX_REPORT_REASON).map_err(ModerationError::Reason)?;
        if self.moderated_item(target, id).await?.is_none() {
            return Err(ModerationError::NotFound);
        }
        let row = report::ActiveModel {
            target_kind: Set(target.as_str().to_owned()),
            target_id: Set(id),
            reason: Set(reason),
            reporter_id: Set(reporter),
            created_at: Set(now.as_second()),
            resolved_at: Set(None),
            resolved_by: Set(None),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }

    /// Hides a contribution with a public reason and resolves the open reports on it.
    pub async fn hide(
        &self,
        target: ReportTarget,
        id: i64,
        reason: &str,
        staff_id: i64,
        now: Timestamp,
    ) -> Result<(), ModerationError> {
        let reason = contribution_text(reason, MAX_TEXT).map_err(ModerationError::Reason)?;
        let txn = self.write().await?;
        let at = Some(now.as_second());
        let by = Some(staff_id);
        let hidden = match target {
            ReportTarget::Comment => set_hidden!(comment, &txn, id, at, Some(reason.clone()), by),
            ReportTarget::Proposal => set_hidden!(proposal, &txn, id, at, Some(reason.clone()), by),
            ReportTarget::Paper => {
                set_hidden!(position_paper, &txn, id, at, Some(reason.clone()), by)
            }
        };
        if hidden == 0 {
            return Err(ModerationError::NotFound);
        }
        report::Entity::update_many()
            .col_expr(report::Column::ResolvedAt, Expr::value(now.as_second()))
            .col_expr(report::Column::ResolvedBy, Expr::value(staff_id))
            .filter(report::Column::TargetKind.eq(target.as_str()))
            .filter(report::Column::TargetId.eq(id))
            .filter(report::Column::ResolvedAt.is_null())
            .exec(&txn)
            .await?;
        txn.commit().await?;
        self.audit(
            Some(staff_id),
            "moderation_hide",
            &subject(target, id),
            &reason,
            now,
        )
        .await?;
        Ok(())
    }

    /// Shows a hidden contribution again.
    pub async fn unhide(
        &self,
        target: ReportTarget,
        id: i64,
        staff_id: i64,
        now: Timestamp,
    ) -> Result<(), ModerationError> {
        let txn = self.write().await?;
        let none = Option::<i64>::None;
        let shown = match target {
            ReportTarget::Comment => {
                set_hidden!(comment, &txn, id, none, Option::<String>::None, none)
            }
            ReportTarget::Proposal => {
                set_hidden!(proposal, &txn, id, none, Option::<String>::None, none)
            }
            ReportTarget::Paper => {
                set_hidden!(position_paper, &txn, id, none, Option::<String>::None, none)
            }
        };
        if shown == 0 {
            return Err(ModerationError::NotFound);
        }
        txn.commit().await?;
        self.audit(
            Some(staff_id),
            "moderation_unhide",
            &subject(target, id),
            "",
            now,
        )
        .await?;
        Ok(())
    }

    /// Closes a report without hiding anything.
    pub async fn dismiss_report(
        &self,
        report_id: i64,
        staff_id: i64,
        now: Timestamp,
    ) -> Result<(), ModerationError> {
        let Some(row) = report::Entity::find_by_id(report_id)
            .filter(report::Column::ResolvedAt.is_null())
            .one(&self.db)
            .await?
        else {
            return Err(ModerationError::NotFound);
        };
        let done = report::Entity::update_many()
            .col_expr(report::Column::ResolvedAt, Expr::value(now.as_second()))
            .col_expr(report::Column::ResolvedBy, Expr::value(staff_id))
            .filter(report::Column::Id.eq(report_id))
            .filter(report::Column::ResolvedAt.is_null())
            .exec(&self.writer)
            .await?;
        if done.rows_affected == 0 {
            return Err(ModerationError::NotFound);
        }
        self.audit(
            Some(staff_id),
            "moderation_dismiss",
            &format!("report:{report_id}"),
            &format!("{}:{}", row.target_kind, row.target_id),
            now,
        )
        .await?;
        Ok(())
    }

    /// The process a report belongs to, so that only its moderators may act on it.
    pub async fn report_process(&self, report_id: i64) -> Result<Option<ProcessId>> {
        let Some(row) = report::Entity::find_by_id(report_id).one(&self.db).await? else {
            return Ok(None);
        };
        let Ok(target) = ReportTarget::parse(&row.target_kind) else {
            return Ok(None);
        };
        Ok(self
            .moderated_item(target, row.target_id)
            .await?
            .map(|i| i.process_id))
    }

    /// One comment, proposal or paper with its text and process.
    pub async fn moderated_item(
        &self,
        target: ReportTarget,
        id: i64,
    ) -> Result<Option<ModeratedItem>> {
        Ok(self.moderated_items(&[(target, id)]).await?.pop())
    }

    /// The reports of a process that wait for a moderator, oldest first.
    pub async fn open_reports(&self, process: ProcessId) -> Result<Vec<OpenReport>> {
        let rows = report::Entity::find()
            .filter(report::Column::ResolvedAt.is_null())
            .order_by_asc(report::Column::Id)
            .all(&self.db)
            .await?;
        let targets: Vec<(ReportTarget, i64)> = rows
            .iter()
            .filter_map(|r| Some((ReportTarget::parse(&r.target_kind).ok()?, r.target_id)))
            .collect();
        let items: HashMap<(ReportTarget, i64), ModeratedItem> = self
            .moderated_items(&targets)
            .await?
            .into_iter()
            .filter(|i| i.process_id == process)
            .map(|i| ((i.target, i.id), i))
            .collect();
        rows.into_iter()
            .filter_map(|r| {
                let target = ReportTarget::parse(&r.target_kind).ok()?;
                let item = items.get(&(target, r.target_id))?.clone();
                Some(Ok(OpenReport {
                    id: r.id,
                    created_at: match convert::instant(r.created_at) {
                        Ok(at) => at,
                        Err(e) => return Some(Err(e)),
                    },
                    reason: r.reason,
                    item,
                }))
            })
            .collect()
    }

    /// What moderators hid in a process, newest first, so it can be shown again.
    pub async fn hidden_items(&self, process: ProcessId) -> Result<Vec<ModeratedItem>> {
        let mut targets = Vec::new();
        for c in comment::Entity::find()
            .filter(comment::Column::HiddenAt.is_not_null())
            .order_by_desc(comment::Column::HiddenAt)
            .all(&self.db)
            .await?
        {
            targets.push((ReportTarget::Comment, c.id));
        }
        for p in proposal::Entity::find()
            .filter(proposal::Column::HiddenAt.is_not_null())
            .order_by_desc(proposal::Column::HiddenAt)
            .all(&self.db)
            .await?
        {
            targets.push((ReportTarget::Proposal, p.id));
        }
        for p in position_paper::Entity::find()
            .filter(position_paper::Column::HiddenAt.is_not_null())
            .filter(position_paper::Column::ProcessId.eq(process.0))
            .order_by_desc(position_paper::Column::HiddenAt)
            .all(&self.db)
            .await?
        {
            targets.push((ReportTarget::Paper, p.id));
        }
        Ok(self
            .moderated_items(&targets)
            .await?
            .into_iter()
            .filter(|i| i.process_id == process)
            .collect())
    }

    /// The items behind `targets`, in the same order; targets that do not exist are left out.
    async fn moderated_items(&self, targets: &[(ReportTarget, i64)]) -> Result<Vec<ModeratedItem>> {
        let ids = |kind: ReportTarget| -> Vec<i64> {
            targets
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, id)| *id)
                .collect::<HashSet<_>>()
                .into_iter()
                .collect()
        };
        let comments: HashMap<i64, comment::Model> = if ids(ReportTarget::Comment).is_empty() {
            HashMap::new()
        } else {
            comment::Entity::find()
                .filter(comment::Column::Id.is_in(ids(ReportTarget::Comment)))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect()
        };
        let mut proposal_ids = ids(ReportTarget::Proposal);
        proposal_ids.extend(comments.values().filter_map(|c| c.proposal_id));
        let proposals: HashMap<i64, proposal::Model> = if proposal_ids.is_empty() {
            HashMap::new()
        } else {
            proposal::Entity::find()
                .filter(proposal::Column::Id.is_in(proposal_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|p| (p.id, p))
                .collect()
        };
        let paragraph_ids: Vec<i64> = comments.values().filter_map(|c| c.paragraph_id).collect();
        let paragraphs: HashMap<i64, i64> = if paragraph_ids.is_empty() {
            HashMap::new()
        } else {
            analysis_paragraph::Entity::find()
                .filter(analysis_paragraph::Column::Id.is_in(paragraph_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|p| (p.id, p.field_id))
                .collect()
        };
        let papers: HashMap<i64, position_paper::Model> = if ids(ReportTarget::Paper).is_empty() {
            HashMap::new()
        } else {
            position_paper::Entity::find()
                .filter(position_paper::Column::Id.is_in(ids(ReportTarget::Paper)))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|p| (p.id, p))
                .collect()
        };
        let field_ids: Vec<i64> = paragraphs
            .values()
            .copied()
            .chain(proposals.values().map(|p| p.field_id))
            .collect();
        let fields: HashMap<i64, field_of_action::Model> = if field_ids.is_empty() {
            HashMap::new()
        } else {
            field_of_action::Entity::find()
                .filter(field_of_action::Column::Id.is_in(field_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|f| (f.id, f))
                .collect()
        };
        let process_ids: Vec<i64> = fields
            .values()
            .map(|f| f.process_id)
            .chain(papers.values().map(|p| p.process_id))
            .collect();
        let slugs: HashMap<i64, String> = if process_ids.is_empty() {
            HashMap::new()
        } else {
            process::Entity::find()
                .filter(process::Column::Id.is_in(process_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|p| (p.id, p.slug))
                .collect()
        };
        let authors: Vec<i64> = comments
            .values()
            .filter_map(|c| c.author_id)
            .chain(proposals.values().filter_map(|p| p.author_id))
            .chain(papers.values().filter_map(|p| p.author_id))
            .collect();
        let names = self.display_names(authors).await?;
        let name = |author: Option<i64>| author.and_then(|a| names.get(&a).cloned());

        let mut out = Vec::new();
        for (target, id) in targets {
            let item = match target {
                ReportTarget::Comment => {
                    let Some(c) = comments.get(id) else { continue };
                    let (field_id, link) = match (c.paragraph_id, c.proposal_id) {
                        (Some(paragraph), _) => {
                            let Some(field) = paragraphs.get(&paragraph) else {
                                continue;
                            };
                            let link = fields.get(field).and_then(|f| {
                                Some(Link::Field {
                                    process_slug: slugs.get(&f.process_id)?.clone(),
                                    field_slug: f.slug.clone(),
                                    comment: Some(c.id),
                                })
                            });
                            (*field, link)
                        }
                        (None, Some(proposal)) => {
                            let Some(p) = proposals.get(&proposal) else {
                                continue;
                            };
                            let link = Link::Proposal {
                                id: proposal,
                                comment: Some(c.id),
                            };
                            (p.field_id, Some(link))
                        }
                        (None, None) => continue,
                    };
                    let Some(field) = fields.get(&field_id) else {
                        continue;
                    };
                    ModeratedItem {
                        target: *target,
                        id: *id,
                        process_id: ProcessId(field.process_id),
                        title: String::new(),
                        text: c.body.clone(),
                        author_name: name(c.author_id),
                        hidden_reason: c
                            .hidden_at
                            .map(|_| c.hidden_reason.clone().unwrap_or_default()),
                        deleted: c.deleted_at.is_some(),
                        link,
                    }
                }
                ReportTarget::Proposal => {
                    let Some(p) = proposals.get(id) else { continue };
                    let Some(field) = fields.get(&p.field_id) else {
                        continue;
                    };
                    ModeratedItem {
                        target: *target,
                        id: *id,
                        process_id: ProcessId(field.process_id),
                        title: p.title.clone(),
                        text: p.body.clone(),
                        author_name: name(p.author_id),
                        hidden_reason: p
                            .hidden_at
                            .map(|_| p.hidden_reason.clone().unwrap_or_default()),
                        deleted: p.deleted_at.is_some(),
                        link: Some(Link::Proposal {
                            id: p.id,
                            comment: None,
                        }),
                    }
                }
                ReportTarget::Paper => {
                    let Some(p) = papers.get(id) else { continue };
                    ModeratedItem {
                        target: *target,
                        id: *id,
                        process_id: ProcessId(p.process_id),
                        title: format!("{} – {}", p.organisation, p.title),
                        text: p.summary.clone(),
                        author_name: name(p.author_id),
                        hidden_reason: p
                            .hidden_at
                            .map(|_| p.hidden_reason.clone().unwrap_or_default()),
                        deleted: p.deleted_at.is_some(),
                        link: slugs.get(&p.process_id).map(|slug| Link::Paper {
                            process_slug: slug.clone(),
                            paper: p.id,
                        }),
                    }
                }
            };
            out.push(item);
        }
        Ok(out)
    }
}
