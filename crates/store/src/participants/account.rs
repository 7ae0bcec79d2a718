//! What a participant can see and take with them of their own data, and deleting their account.

use crate::entity::{
    comment, participant, participant_session, position_paper, proposal, registration, report,
    sign_in_link, support,
};
use crate::plan::first_line;
use crate::{Result, Store};
use jiff::Timestamp;
use mitwirken_domain::Link;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, TransactionTrait};
use serde_json::json;

impl Store {
    /// Everything stored about a participant and everything they wrote, as one JSON document.
    pub async fn participant_export(&self, id: i64) -> Result<Option<serde_json::Value>> {
        let Some(person) = participant::Entity::find_by_id(id).one(&self.db).await? else {
            return Ok(None);
        };
        let at = |s: i64| {
            Timestamp::from_second(s)
                .map(|t| t.to_string())
                .unwrap_or_default()
        };
        let opt_at = |s: Option<i64>| s.map(at);
        let registrations = registration::Entity::find()
            .filter(registration::Column::Email.eq(&person.email))
            .order_by_asc(registration::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| {
                json!({
                    "event_id": r.event_id,
                    "status": r.status,
                    "given_name": r.given_name,
                    "family_name": r.family_name,
                    "email": r.email,
                    "organisation": r.organisation,
                    "locale": r.locale,
                    "created_at": at(r.created_at),
                })
            })
            .collect::<Vec<_>>();
        let comments = comment::Entity::find()
            .filter(comment::Column::AuthorId.eq(id))
            .order_by_asc(comment::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|c| {
                json!({
                    "id": c.id,
                    "paragraph_id": c.paragraph_id,
                    "proposal_id": c.proposal_id,
                    "reply_to": c.parent_id,
                    "text": c.body,
                    "created_at": at(c.created_at),
                    "edited_at": opt_at(c.edited_at),
                    "deleted_at": opt_at(c.deleted_at),
                    "hidden_reason": c.hidden_reason,
                })
            })
            .collect::<Vec<_>>();
        let proposals = proposal::Entity::find()
            .filter(proposal::Column::AuthorId.eq(id))
            .order_by_asc(proposal::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| {
                json!({
                    "id": p.id,
                    "field_id": p.field_id,
                    "kind": p.kind,
                    "title": p.title,
                    "text": p.body,
                    "state": p.state,
                    "answer": p.answer,
                    "created_at": at(p.created_at),
                    "edited_at": opt_at(p.edited_at),
                    "deleted_at": opt_at(p.deleted_at),
                    "hidden_reason": p.hidden_reason,
                })
            })
            .collect::<Vec<_>>();
        let supports = support::Entity::find()
            .filter(support::Column::ParticipantId.eq(id))
            .order_by_asc(support::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|s| json!({ "proposal_id": s.proposal_id, "created_at": at(s.created_at) }))
            .collect::<Vec<_>>();
        let papers = position_paper::Entity::find()
            .filter(position_paper::Column::AuthorId.eq(id))
            .order_by_asc(position_paper::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| {
                json!({
                    "id": p.id,
                    "organisation": p.organisation,
                    "title": p.title,
                    "summary": p.summary,
                    "filename": p.filename,
                    "size": p.size,
                    "sha256": p.sha256,
                    "created_at": at(p.created_at),
                })
            })
            .collect::<Vec<_>>();
        let reports = report::Entity::find()
            .filter(report::Column::ReporterId.eq(id))
            .order_by_asc(report::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| {
                json!({
                    "target": r.target_kind,
                    "target_id": r.target_id,
                    "reason": r.reason,
                    "created_at": at(r.created_at),
                })
            })
            .collect::<Vec<_>>();
        Ok(Some(json!({
            "account": {
                "email": person.email,
                "display_name": person.display_name,
                "language": person.locale,
                "created_at": at(person.created_at),
                "last_seen_at": opt_at(person.last_seen_at),
            },
            "registrations": registrations,
            "comments": comments,
            "proposals": proposals,
            "supports": supports,
            "position_papers": papers,
            "reports": reports,
        })))
    }

    /// Deletes the account, its sessions and sign-in links. What the person wrote stays, without
    /// an author; supports stay counted, without a supporter.
    pub async fn delete_participant(&self, id: i64) -> Result<bool> {
        let txn = self.writer.begin().await?;
        let Some(person) = participant::Entity::find_by_id(id).one(&txn).await? else {
            return Ok(false);
        };
        sign_in_link::Entity::delete_many()
            .filter(sign_in_link::Column::Email.eq(&person.email))
            .exec(&txn)
            .await?;
        crate::entity::outbox::Entity::delete_many()
            .filter(crate::entity::outbox::Column::Recipient.eq(&person.email))
            .filter(crate::entity::outbox::Column::RegistrationId.is_null())
            .exec(&txn)
            .await?;
        participant_session::Entity::delete_many()
            .filter(participant_session::Column::ParticipantId.eq(id))
            .exec(&txn)
            .await?;
        participant::Entity::delete_by_id(id).exec(&txn).await?;
        txn.commit().await?;
        Ok(true)
    }
}

/// How much of a contribution "my page" shows.
pub(crate) const EXCERPT_LENGTH: usize = 120;

/// A registration made with the participant's address, for "my page".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnRegistration {
    pub event_id: i64,
    pub status: String,
    pub token_nonce: String,
}

/// One thing the participant wrote, with where it can be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnContribution {
    pub kind: &'static str,
    pub id: i64,
    pub excerpt: String,
    pub created_at: i64,
    /// Where it can be read; `None` when its page is unknown.
    pub link: Option<Link>,
    pub removed: bool,
}

impl Store {
    pub async fn registrations_by_email(&self, email: &str) -> Result<Vec<OwnRegistration>> {
        Ok(registration::Entity::find()
            .filter(registration::Column::Email.eq(email))
            .order_by_desc(registration::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| OwnRegistration {
                event_id: r.event_id,
                status: r.status,
                token_nonce: r.token_nonce,
            })
            .collect())
    }

    /// Comments and proposals of one participant, newest first, with the page each is on.
    pub async fn contributions_of(&self, participant: i64) -> Result<Vec<OwnContribution>> {
        let mut out = Vec::new();
        for p in proposal::Entity::find()
            .filter(proposal::Column::AuthorId.eq(participant))
            .all(&self.db)
            .await?
        {
            out.push(OwnContribution {
                kind: "proposal",
                id: p.id,
                excerpt: first_line(&p.title, EXCERPT_LENGTH),
                created_at: p.created_at,
                link: Some(Link::Proposal {
                    id: p.id,
                    comment: None,
                }),
                removed: p.deleted_at.is_some() || p.hidden_at.is_some(),
            });
        }
        let comments = comment::Entity::find()
            .filter(comment::Column::AuthorId.eq(participant))
            .all(&self.db)
            .await?;
        let pages = self
            .paragraph_pages(comments.iter().filter_map(|c| c.paragraph_id).collect())
            .await?;
        for c in comments {
            let link = crate::comments::comment_link(&c, |p| pages.get(&p).cloned());
            out.push(OwnContribution {
                kind: "comment",
                id: c.id,
                excerpt: first_line(&c.body, EXCERPT_LENGTH),
                created_at: c.created_at,
                link,
                removed: c.deleted_at.is_some() || c.hidden_at.is_some(),
            });
        }
        out.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
        Ok(out)
    }
}

/// What a mail about an answered proposal says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnsweredProposal {
    pub id: i64,
    pub title: String,
    pub state: String,
    pub answer: String,
}

impl Store {
    pub async fn answered_proposal(&self, id: i64) -> Result<Option<AnsweredProposal>> {
        Ok(proposal::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(|p| AnsweredProposal {
                id: p.id,
                title: p.title,
                state: p.state,
                answer: p.answer,
            }))
    }
}
