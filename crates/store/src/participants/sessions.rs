//! Participants' sign-in by a link sent by mail, sessions stored by their hash, their display
//! name and language, and how much they posted lately.

use crate::entity::{
    comment, participant, participant_session, position_paper, proposal, sign_in_link,
};
use crate::outbox::enqueue_to;
use crate::{Result, Store};
use jiff::{SignedDuration, Timestamp};
use mitwirken_auth::token::{Keys, Purpose, Token};
use mitwirken_domain::Mail;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

/// How long a sign-in link works, and how many one address may request per hour.
pub const LINK_VALID_FOR: SignedDuration = SignedDuration::from_mins(30);
pub const LINKS_PER_HOUR: u64 = 5;
pub const SESSION_FOR: SignedDuration = SignedDuration::from_hours(24 * 30);

/// A signed-in participant as pages see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub id: i64,
    pub email: String,
    /// Empty until the person chose one; pages then ask for it.
    pub display_name: String,
    pub locale: String,
}

impl From<participant::Model> for Participant {
    fn from(row: participant::Model) -> Self {
        Participant {
            id: row.id,
            email: row.email,
            display_name: row.display_name,
            locale: row.locale,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkRequest {
    /// A mail with the link is queued.
    Sent,
    /// Too many links for this address within the hour; nothing was sent.
    TooMany,
}

/// A sign-in link that still works, as its page shows it before the button is pressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingLink {
    pub email: String,
    pub return_to: String,
}

#[derive(Debug)]
pub struct SignedIn {
    pub session: Token,
    pub participant: Participant,
    pub return_to: String,
}

/// Only paths on this site are followed after sign-in.
pub fn safe_return(path: &str) -> String {
    if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') {
        path.to_owned()
    } else {
        "/me".to_owned()
    }
}

impl Store {
    /// Queues a mail with a sign-in link for `email`, whether or not an account exists yet.
    pub async fn request_sign_in(
        &self,
        keys: &Keys,
        email: &str,
        locale: &str,
        return_to: &str,
        now: Timestamp,
    ) -> Result<LinkRequest> {
        let email = email.trim().to_lowercase();
        let txn = self.write().await?;
        let recent = sign_in_link::Entity::find()
            .filter(sign_in_link::Column::Email.eq(&email))
            .filter(
                sign_in_link::Column::CreatedAt
                    .gt((now - SignedDuration::from_hours(1)).as_second()),
            )
            .count(&txn)
            .await?;
        if recent >= LINKS_PER_HOUR {
            return Ok(LinkRequest::TooMany);
        }
        let nonce = mitwirken_auth::token::nonce();
        let link = sign_in_link::ActiveModel {
            token_hash: Set(keys.token(Purpose::SignIn, &nonce).hash()),
            nonce: Set(nonce),
            email: Set(email.clone()),
            locale: Set(locale.to_owned()),
            return_to: Set(safe_return(return_to)),
            created_at: Set(now.as_second()),
            expires_at: Set((now + LINK_VALID_FOR).as_second()),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        enqueue_to(
            &txn,
            Mail::SignInLink { link: link.id },
            &email,
            locale,
            now,
        )
        .await?;
        txn.commit().await?;
        Ok(LinkRequest::Sent)
    }

    /// The nonce of a sign-in link, for composing its mail.
    pub async fn sign_in_link_nonce(&self, id: i64) -> Result<Option<String>> {
        Ok(sign_in_link::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(|l| l.nonce))
    }

    pub(crate) async fn usable_link(
        &self,
        token: &Token,
        now: Timestamp,
    ) -> Result<Option<sign_in_link::Model>> {
        Ok(sign_in_link::Entity::find()
            .filter(sign_in_link::Column::TokenHash.eq(token.hash()))
            .filter(sign_in_link::Column::UsedAt.is_null())
            .filter(sign_in_link::Column::ExpiresAt.gt(now.as_second()))
            .one(&self.db)
            .await?)
    }

    /// The link behind a token, while it is unused and unexpired.
    pub async fn pending_sign_in(
        &self,
        token: &Token,
        now: Timestamp,
    ) -> Result<Option<PendingLink>> {
        Ok(self.usable_link(token, now).await?.map(|l| PendingLink {
            email: l.email,
            return_to: l.return_to,
        }))
    }

    /// Uses a link once: the account is created on first use, and a session begins.
    pub async fn complete_sign_in(
        &self,
        token: &Token,
        now: Timestamp,
    ) -> Result<Option<SignedIn>> {
        let txn = self.write().await?;
        let used = sign_in_link::Entity::update_many()
            .col_expr(sign_in_link::Column::UsedAt, Expr::value(now.as_second()))
            .filter(sign_in_link::Column::TokenHash.eq(token.hash()))
            .filter(sign_in_link::Column::UsedAt.is_null())
            .filter(sign_in_link::Column::ExpiresAt.gt(now.as_second()))
            .exec(&txn)
            .await?;
        if used.rows_affected != 1 {
            return Ok(None);
        }
        let Some(link) = sign_in_link::Entity::find()
            .filter(sign_in_link::Column::TokenHash.eq(token.hash()))
            .one(&txn)
            .await?
        else {
            return Ok(None);
        };
        let existing = participant::Entity::find()
            .filter(participant::Column::Email.eq(&link.email))
            .one(&txn)
            .await?;
        let row = match existing {
            Some(row) => row,
            None => {
                participant::ActiveModel {
                    email: Set(link.email.clone()),
                    display_name: Set(String::new()),
                    locale: Set(link.locale.clone()),
                    created_at: Set(now.as_second()),
                    last_seen_at: Set(None),
                    ..Default::default()
                }
                .insert(&txn)
                .await?
            }
        };
        participant::Entity::update_many()
            .col_expr(
                participant::Column::LastSeenAt,
                Expr::value(now.as_second()),
            )
            .filter(participant::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        let session = Token::random();
        participant_session::ActiveModel {
            token_hash: Set(session.hash()),
            participant_id: Set(row.id),
            created_at: Set(now.as_second()),
            expires_at: Set((now + SESSION_FOR).as_second()),
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        Ok(Some(SignedIn {
            session,
            participant: row.into(),
            return_to: link.return_to,
        }))
    }

    /// The participant behind a session cookie, while the session lasts.
    pub async fn participant_by_session(
        &self,
        token: &Token,
        now: Timestamp,
    ) -> Result<Option<Participant>> {
        let Some(session) = participant_session::Entity::find_by_id(token.hash())
            .filter(participant_session::Column::ExpiresAt.gt(now.as_second()))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        Ok(participant::Entity::find_by_id(session.participant_id)
            .one(&self.db)
            .await?
            .map(Participant::from))
    }

    /// An account made without a sign-in, for demo content; returns its id.
    pub async fn create_participant(
        &self,
        email: &str,
        display_name: &str,
        locale: &str,
        now: Timestamp,
    ) -> Result<i64> {
        let row = participant::ActiveModel {
            email: Set(email.trim().to_lowercase()),
            display_name: Set(display_name.trim().to_owned()),
            locale: Set(locale.to_owned()),
            created_at: Set(now.as_second()),
            last_seen_at: Set(None),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }

    /// Display names of participants by id; deleted accounts are simply missing.
    pub(crate) async fn display_names(
        &self,
        ids: Vec<i64>,
    ) -> Result<std::collections::HashMap<i64, String>> {
        if ids.is_empty() {
            return Ok(std::collections::HashMap::new());
        }
        Ok(participant::Entity::find()
            .filter(participant::Column::Id.is_in(ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.display_name))
            .collect())
    }

    pub async fn participant(&self, id: i64) -> Result<Option<Participant>> {
        Ok(participant::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(Participant::from))
    }

    pub async fn end_participant_session(&self, token: &Token) -> Result<()> {
        participant_session::Entity::delete_by_id(token.hash())
            .exec(&self.writer)
            .await?;
        Ok(())
    }

    pub async fn set_profile(&self, id: i64, display_name: &str, locale: &str) -> Result<()> {
        participant::Entity::update_many()
            .col_expr(
                participant::Column::DisplayName,
                Expr::value(display_name.trim()),
            )
            .col_expr(participant::Column::Locale, Expr::value(locale))
            .filter(participant::Column::Id.eq(id))
            .exec(&self.writer)
            .await?;
        Ok(())
    }

    /// How many comments, proposals and papers the participant posted since `since`, for the rate limit.
    pub async fn posts_since(&self, participant: i64, since: Timestamp) -> Result<u64> {
        let since = since.as_second();
        let comments = comment::Entity::find()
            .filter(comment::Column::AuthorId.eq(participant))
            .filter(comment::Column::CreatedAt.gt(since))
            .count(&self.db)
            .await?;
        let proposals = proposal::Entity::find()
            .filter(proposal::Column::AuthorId.eq(participant))
            .filter(proposal::Column::CreatedAt.gt(since))
            .count(&self.db)
            .await?;
        let papers = position_paper::Entity::find()
            .filter(position_paper::Column::AuthorId.eq(participant))
            .filter(position_paper::Column::CreatedAt.gt(since))
            .count(&self.db)
            .await?;
        Ok(comments + proposals + papers)
    }
}
