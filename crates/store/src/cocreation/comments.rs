//! Comments on a paragraph of the analysis or on a proposal, with one level of replies. Authors
//! may change a comment for a short while and delete their own; a deleted comment keeps its place
//! in the thread without its text, so the replies to it still make sense.

use crate::entity::{analysis_paragraph, comment, field_of_action, process, proposal};
use crate::{Result, Store, StoreError, convert};
use jiff::Timestamp;
use mitwirken_domain::Link;
use mitwirken_domain::analysis::{may_still_edit, over_rate_limit};
use mitwirken_domain::cocreation::{MAX_TEXT, RATE_WINDOW, TextError, contribution_text};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use std::collections::HashMap;
use thiserror::Error;

/// What a comment is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommentTarget {
    Paragraph(i64),
    Proposal(i64),
}

#[derive(Debug, Error)]
pub enum CommentError {
    #[error("the paragraph or proposal does not exist or takes no comments")]
    NoTarget,
    #[error("a reply must answer a visible top-level comment on the same text")]
    BadParent,
    #[error("too many posts within a short time")]
    RateLimited,
    #[error("no such comment")]
    NotFound,
    #[error("only the author may do this")]
    NotAuthor,
    #[error("the time for changes is over")]
    TooLate,
    #[error("the comment was hidden by moderation")]
    Hidden,
    #[error("the text was refused: {0:?}")]
    Text(TextError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sea_orm::DbErr> for CommentError {
    fn from(e: sea_orm::DbErr) -> Self {
        CommentError::Store(StoreError::Db(e))
    }
}

/// One comment as readers see it. The text of a hidden or deleted comment is not given out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    /// `None` once the author deleted their account.
    pub author_name: Option<String>,
    pub body: String,
    pub created_at: Timestamp,
    pub edited: bool,
    pub deleted: bool,
    /// The moderator's public reason, when the comment is hidden.
    pub hidden_reason: Option<String>,
    /// Written about an earlier version of the paragraph than the one shown now.
    pub earlier_version: bool,
}

/// A top-level comment and the replies to it, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thread {
    pub comment: Comment,
    pub replies: Vec<Comment>,
}

/// A comment with what its author may change and where it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnComment {
    pub id: i64,
    pub author_id: Option<i64>,
    pub body: String,
    pub created_at: Timestamp,
    pub deleted: bool,
    pub hidden: bool,
    pub target: CommentTarget,
    /// Where the comment is shown; `None` when its page is unknown.
    pub link: Option<Link>,
}

fn target_of(row: &comment::Model) -> Option<CommentTarget> {
    match (row.paragraph_id, row.proposal_id) {
        (Some(p), _) => Some(CommentTarget::Paragraph(p)),
        (None, Some(p)) => Some(CommentTarget::Proposal(p)),
        (None, None) => None,
    }
}

/// The link to a comment: on its field's page (`field_page` of its paragraph) or on its
/// proposal's page; `None` when that page is unknown.
pub(crate) fn comment_link(
    comment: &comment::Model,
    field_page: impl FnOnce(i64) -> Option<Link>,
) -> Option<Link> {
    let page = match (comment.paragraph_id, comment.proposal_id) {
        (Some(paragraph), _) => field_page(paragraph)?,
        (None, Some(proposal)) => Link::Proposal {
            id: proposal,
            comment: None,
        },
        (None, None) => return None,
    };
    Some(page.at_comment(comment.id))
}

impl Store {
    /// Stores a comment or a reply by `author`; the comment remembers which version of the
    /// paragraph it is about.
    pub async fn post_comment(
        &self,
        author: i64,
        target: CommentTarget,
        parent: Option<i64>,
        body: &str,
        now: Timestamp,
    ) -> Result<i64, CommentError> {
        let body = contribution_text(body, MAX_TEXT).map_err(CommentError::Text)?;
        // On SQLite the write lock is held from here, so the count below sees every earlier post.
        let txn = self.write().await?;
        if over_rate_limit(self.posts_since(author, now - RATE_WINDOW).await?) {
            return Err(CommentError::RateLimited);
        }
        let (paragraph_id, proposal_id, revision) = match target {
            CommentTarget::Paragraph(id) => {
                let paragraph = analysis_paragraph::Entity::find_by_id(id)
                    .filter(analysis_paragraph::Column::Position.is_not_null())
                    .one(&txn)
                    .await?
                    .ok_or(CommentError::NoTarget)?;
                (Some(id), None, paragraph.revision)
            }
            CommentTarget::Proposal(id) => {
                proposal::Entity::find_by_id(id)
                    .filter(proposal::Column::DeletedAt.is_null())
                    .filter(proposal::Column::HiddenAt.is_null())
                    .one(&txn)
                    .await?
                    .ok_or(CommentError::NoTarget)?;
                (None, Some(id), 0)
            }
        };
        if let Some(parent) = parent {
            let parent = comment::Entity::find_by_id(parent)
                .one(&txn)
                .await?
                .ok_or(CommentError::BadParent)?;
            let fits = parent.parent_id.is_none()
                && target_of(&parent) == Some(target)
                && parent.deleted_at.is_none()
                && parent.hidden_at.is_none();
            if !fits {
                return Err(CommentError::BadParent);
            }
        }
        let row = comment::ActiveModel {
            paragraph_id: Set(paragraph_id),
            paragraph_revision: Set(revision),
            proposal_id: Set(proposal_id),
            parent_id: Set(parent),
            body: Set(body),
            author_id: Set(Some(author)),
            created_at: Set(now.as_second()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(row.id)
    }

    /// Changes the text of a comment, only by its author and only within the edit window.
    pub async fn edit_comment(
        &self,
        author: i64,
        id: i64,
        body: &str,
        now: Timestamp,
    ) -> Result<(), CommentError> {
        let txn = self.write().await?;
        let row = comment::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .filter(|c| c.deleted_at.is_none())
            .ok_or(CommentError::NotFound)?;
        if row.author_id != Some(author) {
            return Err(CommentError::NotAuthor);
        }
        if row.hidden_at.is_some() {
            return Err(CommentError::Hidden);
        }
        if !may_still_edit(convert::instant(row.created_at)?, now) {
            return Err(CommentError::TooLate);
        }
        let body = contribution_text(body, MAX_TEXT).map_err(CommentError::Text)?;
        let mut active: comment::ActiveModel = row.into();
        active.body = Set(body);
        active.edited_at = Set(Some(now.as_second()));
        active.update(&txn).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Deletes a comment by its author: the text goes, the place in the thread and the replies stay.
    pub async fn delete_comment(
        &self,
        author: i64,
        id: i64,
        now: Timestamp,
    ) -> Result<(), CommentError> {
        let txn = self.write().await?;
        let row = comment::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(CommentError::NotFound)?;
        if row.author_id != Some(author) {
            return Err(CommentError::NotAuthor);
        }
        if row.deleted_at.is_some() {
            return Ok(());
        }
        comment::Entity::update_many()
            .col_expr(comment::Column::DeletedAt, Expr::value(now.as_second()))
            .col_expr(comment::Column::Body, Expr::value(""))
            .filter(comment::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(())
    }

    /// A comment with its author and page, for its author's edit and delete forms.
    pub async fn own_comment(&self, id: i64) -> Result<Option<OwnComment>> {
        let Some(row) = comment::Entity::find_by_id(id).one(&self.db).await? else {
            return Ok(None);
        };
        let Some(target) = target_of(&row) else {
            return Ok(None);
        };
        let field_page = match target {
            CommentTarget::Paragraph(paragraph) => self.paragraph_page(paragraph).await?,
            CommentTarget::Proposal(_) => None,
        };
        let link = comment_link(&row, |_| field_page);
        Ok(Some(OwnComment {
            id: row.id,
            author_id: row.author_id,
            body: row.body,
            created_at: convert::instant(row.created_at)?,
            deleted: row.deleted_at.is_some(),
            hidden: row.hidden_at.is_some(),
            target,
            link,
        }))
    }

    /// The public page of the field a paragraph belongs to.
    pub(crate) async fn paragraph_page(&self, paragraph: i64) -> Result<Option<Link>> {
        Ok(self
            .paragraph_pages(vec![paragraph])
            .await?
            .remove(&paragraph))
    }

    /// The public pages of the fields these paragraphs belong to, by paragraph, in three queries.
    pub(crate) async fn paragraph_pages(&self, paragraphs: Vec<i64>) -> Result<HashMap<i64, Link>> {
        if paragraphs.is_empty() {
            return Ok(HashMap::new());
        }
        let paragraphs = analysis_paragraph::Entity::find()
            .filter(analysis_paragraph::Column::Id.is_in(paragraphs))
            .all(&self.db)
            .await?;
        let fields: HashMap<i64, field_of_action::Model> = field_of_action::Entity::find()
            .filter(field_of_action::Column::Id.is_in(paragraphs.iter().map(|p| p.field_id)))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|f| (f.id, f))
            .collect();
        let slugs: HashMap<i64, String> = process::Entity::find()
            .filter(process::Column::Id.is_in(fields.values().map(|f| f.process_id)))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.slug))
            .collect();
        Ok(paragraphs
            .into_iter()
            .filter_map(|p| {
                let field = fields.get(&p.field_id)?;
                let slug = slugs.get(&field.process_id)?;
                let page = Link::Field {
                    process_slug: slug.clone(),
                    field_slug: field.slug.clone(),
                    comment: None,
                };
                Some((p.id, page))
            })
            .collect())
    }

    /// The threads on one paragraph or proposal, oldest first.
    pub async fn comments_on(&self, target: CommentTarget) -> Result<Vec<Thread>> {
        let (rows, revisions) = match target {
            CommentTarget::Paragraph(id) => {
                let rows = comment::Entity::find()
                    .filter(comment::Column::ParagraphId.eq(id))
                    .order_by_asc(comment::Column::Id)
                    .all(&self.db)
                    .await?;
                (rows, self.revisions(&[id]).await?)
            }
            CommentTarget::Proposal(id) => {
                let rows = comment::Entity::find()
                    .filter(comment::Column::ProposalId.eq(id))
                    .order_by_asc(comment::Column::Id)
                    .all(&self.db)
                    .await?;
                (rows, HashMap::new())
            }
        };
        Ok(self
            .threads(rows, &revisions)
            .await?
            .remove(&target)
            .unwrap_or_default())
    }

    /// The threads on each of several paragraphs, in one go for a whole page.
    pub async fn comments_on_paragraphs(
        &self,
        paragraphs: &[i64],
    ) -> Result<HashMap<i64, Vec<Thread>>> {
        let rows = comment::Entity::find()
            .filter(comment::Column::ParagraphId.is_in(paragraphs.iter().copied()))
            .order_by_asc(comment::Column::Id)
            .all(&self.db)
            .await?;
        let revisions = self.revisions(paragraphs).await?;
        Ok(self
            .threads(rows, &revisions)
            .await?
            .into_iter()
            .filter_map(|(target, threads)| match target {
                CommentTarget::Paragraph(id) => Some((id, threads)),
                CommentTarget::Proposal(_) => None,
            })
            .collect())
    }

    async fn revisions(&self, paragraphs: &[i64]) -> Result<HashMap<i64, i32>> {
        Ok(analysis_paragraph::Entity::find()
            .filter(analysis_paragraph::Column::Id.is_in(paragraphs.iter().copied()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.revision))
            .collect())
    }

    /// Groups comment rows (ordered by id) into threads per target, with their authors' names.
    async fn threads(
        &self,
        rows: Vec<comment::Model>,
        revisions: &HashMap<i64, i32>,
    ) -> Result<HashMap<CommentTarget, Vec<Thread>>> {
        let authors: Vec<i64> = rows.iter().filter_map(|r| r.author_id).collect();
        let names = self.display_names(authors).await?;
        let mut out: HashMap<CommentTarget, Vec<Thread>> = HashMap::new();
        let mut replies: Vec<(CommentTarget, i64, Comment)> = Vec::new();
        for row in rows {
            let Some(target) = target_of(&row) else {
                continue;
            };
            let earlier_version = row
                .paragraph_id
                .and_then(|p| revisions.get(&p))
                .is_some_and(|current| row.paragraph_revision < *current);
            let shown = row.hidden_at.is_none() && row.deleted_at.is_none();
            let comment = Comment {
                id: row.id,
                parent_id: row.parent_id,
                author_id: row.author_id,
                author_name: row.author_id.and_then(|a| names.get(&a).cloned()),
                body: if shown { row.body } else { String::new() },
                created_at: convert::instant(row.created_at)?,
                edited: row.edited_at.is_some(),
                deleted: row.deleted_at.is_some(),
                hidden_reason: row.hidden_at.map(|_| row.hidden_reason.unwrap_or_default()),
                earlier_version,
            };
            match row.parent_id {
                Some(parent) => replies.push((target, parent, comment)),
                None => out.entry(target).or_default().push(Thread {
                    comment,
                    replies: Vec::new(),
                }),
            }
        }
        for (target, parent, reply) in replies {
            if let Some(thread) = out
                .get_mut(&target)
                .and_then(|threads| threads.iter_mut().find(|t| t.comment.id == parent))
            {
                thread.replies.push(reply);
            }
        }
        Ok(out)
    }
}
