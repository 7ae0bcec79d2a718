//! What the organiser's office does with registrations: move people between seat and waiting
//! list, cancel with a reason, add walk-ins, check people in at the door, count for planning.

use crate::entity::registration;
use crate::outbox;
use crate::registrations::{SeatTaken, end_registration, promote, release_seat, take_seat};
use crate::{Registration, Result, Store, StoreError};
use jiff::Timestamp;
use mitwirken_domain::Mail;
use mitwirken_domain::{EventId, RegistrationStatus};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use std::collections::BTreeMap;

/// Why the office could not do what it asked.
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    #[error("no such registration")]
    NotFound,
    #[error("no place is free")]
    NoSeat,
    #[error("the registration is not in a state that allows this")]
    WrongState,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sea_orm::DbErr> for DeskError {
    fn from(e: sea_orm::DbErr) -> Self {
        DeskError::Store(StoreError::Db(e))
    }
}

/// What checking a ticket in found.
#[derive(Debug, Clone)]
pub enum CheckIn {
    Done(Registration),
    Already {
        registration: Registration,
        at: Timestamp,
    },
    /// The ticket belongs to someone without a place (waiting, cancelled, not approved).
    NoPlace(Registration),
    Unknown,
}

/// Counts for planning: no names, only numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Planning {
    pub capacity: i64,
    pub confirmed: i64,
    pub awaiting_approval: i64,
    pub waiting: i64,
    pub present: i64,
    /// Confirmed but not checked in, once the event is over.
    pub no_shows: Option<i64>,
    pub interpretation: BTreeMap<String, i64>,
    pub sign_language: i64,
    pub step_free: i64,
    pub by_group: BTreeMap<i64, i64>,
    pub by_working_group: BTreeMap<i64, i64>,
}

pub(crate) fn has_place(status: &str) -> bool {
    status == RegistrationStatus::Confirmed.as_str()
}

impl Store {
    /// Gives a waiting person a seat, if one is free.
    pub async fn move_to_seat(&self, id: i64, now: Timestamp) -> Result<Registration, DeskError> {
        let txn = self.write().await?;
        let row = registration::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(DeskError::NotFound)?;
        if row.status != RegistrationStatus::Waiting.as_str() {
            return Err(DeskError::WrongState);
        }
        if take_seat(&txn, row.event_id, row.working_group_id).await? != SeatTaken::Yes {
            return Err(DeskError::NoSeat);
        }
        let mut active: registration::ActiveModel = row.into();
        active.status = Set(RegistrationStatus::Confirmed.as_str().to_owned());
        active.holds_seat = Set(true);
        active.updated_at = Set(now.as_second());
        let row = active.update(&txn).await?;
        outbox::enqueue(&txn, Mail::Promoted, &row, now).await?;
        txn.commit().await?;
        self.registration(id).await?.ok_or(DeskError::NotFound)
    }

    /// Puts someone with a seat at the end of the waiting list; the seat goes to the first waiting.
    pub async fn move_to_waiting(
        &self,
        id: i64,
        now: Timestamp,
    ) -> Result<Registration, DeskError> {
        let txn = self.write().await?;
        let row = registration::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(DeskError::NotFound)?;
        if !row.holds_seat || row.status == RegistrationStatus::Unconfirmed.as_str() {
            return Err(DeskError::WrongState);
        }
        let (event_id, group) = (row.event_id, row.working_group_id);
        let mut active: registration::ActiveModel = row.into();
        active.status = Set(RegistrationStatus::Waiting.as_str().to_owned());
        active.holds_seat = Set(false);
        active.waitlisted_at = Set(Some(now.as_second()));
        active.updated_at = Set(now.as_second());
        let row = active.update(&txn).await?;
        release_seat(&txn, event_id, group).await?;
        promote(&txn, event_id, now).await?;
        outbox::enqueue(&txn, Mail::WaitingList, &row, now).await?;
        txn.commit().await?;
        self.registration(id).await?.ok_or(DeskError::NotFound)
    }

    /// Cancels a registration for the person, telling them why.
    pub async fn cancel_for(
        &self,
        id: i64,
        reason: &str,
        now: Timestamp,
    ) -> Result<Registration, DeskError> {
        let txn = self.write().await?;
        let row = registration::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(DeskError::NotFound)?;
        if !RegistrationStatus::parse(&row.status).is_some_and(RegistrationStatus::is_active) {
            return Err(DeskError::WrongState);
        }
        let row = end_registration(&txn, row, RegistrationStatus::Cancelled, now).await?;
        let mail = Mail::Cancelled {
            message: Some(reason.to_owned()),
        };
        outbox::enqueue(&txn, mail, &row, now).await?;
        txn.commit().await?;
        self.registration(id).await?.ok_or(DeskError::NotFound)
    }

    /// Someone came to the door without registering: they get a free seat and are present.
    pub async fn add_walk_in(
        &self,
        keys: &mitwirken_auth::Keys,
        event: EventId,
        given_name: &str,
        family_name: &str,
        organisation: Option<&str>,
        now: Timestamp,
    ) -> Result<Registration, DeskError> {
        let txn = self.write().await?;
        if take_seat(&txn, event.0, None).await? != SeatTaken::Yes {
            return Err(DeskError::NoSeat);
        }
        let nonce = mitwirken_auth::token::nonce();
        let ticket = mitwirken_auth::token::ticket_code();
        let row = registration::ActiveModel {
            event_id: Set(event.0),
            status: Set(RegistrationStatus::Confirmed.as_str().to_owned()),
            holds_seat: Set(true),
            hold_expires_at: Set(None),
            // Walk-ins give no address; this marks them and keeps the address index unique.
            email: Set(format!("walk-in-{ticket}")),
            given_name: Set(given_name.trim().to_owned()),
            family_name: Set(family_name.trim().to_owned()),
            organisation: Set(organisation
                .map(str::to_owned)
                .filter(|o| !o.trim().is_empty())),
            eligible_group_id: Set(None),
            phone: Set(None),
            locale: Set("de".to_owned()),
            working_group_id: Set(None),
            needs_interpretation: Set(None),
            needs_sign_language: Set(false),
            needs_step_free: Set(false),
            needs_other: Set(None),
            answers: Set("{}".to_owned()),
            consent_version: Set("walk-in".to_owned()),
            consent_at: Set(now.as_second()),
            invitation_code_id: Set(None),
            confirm_token_hash: Set(keys
                .token(mitwirken_auth::token::Purpose::Confirm, &nonce)
                .hash()),
            manage_token_hash: Set(keys
                .token(mitwirken_auth::token::Purpose::Manage, &nonce)
                .hash()),
            token_nonce: Set(nonce),
            ticket_code: Set(ticket),
            created_at: Set(now.as_second()),
            confirmed_at: Set(Some(now.as_second())),
            checked_in_at: Set(Some(now.as_second())),
            updated_at: Set(now.as_second()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        txn.commit().await?;
        self.registration(row.id).await?.ok_or(DeskError::NotFound)
    }

    /// Checks a ticket in at the door, by its code; a second scan says when it was first.
    pub async fn check_in_code(
        &self,
        event: EventId,
        code: &str,
        now: Timestamp,
    ) -> Result<CheckIn> {
        let code: String = code
            .trim()
            .to_uppercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let formatted = if code.len() == 10 {
            format!("{}-{}", &code[..5], &code[5..])
        } else {
            code
        };
        let row = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event.0))
            .filter(registration::Column::TicketCode.eq(formatted))
            .one(&self.db)
            .await?;
        match row {
            Some(row) => self.check_in_row(row, now).await,
            None => Ok(CheckIn::Unknown),
        }
    }

    /// Checks someone in whom the helper found by name.
    pub async fn check_in_id(&self, event: EventId, id: i64, now: Timestamp) -> Result<CheckIn> {
        let row = registration::Entity::find_by_id(id)
            .filter(registration::Column::EventId.eq(event.0))
            .one(&self.db)
            .await?;
        match row {
            Some(row) => self.check_in_row(row, now).await,
            None => Ok(CheckIn::Unknown),
        }
    }

    pub(crate) async fn check_in_row(
        &self,
        row: registration::Model,
        now: Timestamp,
    ) -> Result<CheckIn> {
        let id = row.id;
        if !has_place(&row.status) {
            return Ok(CheckIn::NoPlace(self.registration(id).await?.ok_or_else(
                || StoreError::Corrupt("registration vanished".into()),
            )?));
        }
        // Only the first check-in counts; a second scan changes nothing.
        let updated = registration::Entity::update_many()
            .col_expr(
                registration::Column::CheckedInAt,
                sea_orm::sea_query::Expr::value(now.as_second()),
            )
            .filter(registration::Column::Id.eq(id))
            .filter(registration::Column::CheckedInAt.is_null())
            .exec(&self.writer)
            .await?;
        let registration = self
            .registration(id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("registration vanished".into()))?;
        if updated.rows_affected == 1 {
            Ok(CheckIn::Done(registration))
        } else {
            let at = row
                .checked_in_at
                .map(crate::convert::instant)
                .transpose()?
                .unwrap_or(now);
            Ok(CheckIn::Already { registration, at })
        }
    }

    /// Numbers for planning the day, without names.
    pub async fn planning(&self, event: EventId, now: Timestamp) -> Result<Planning> {
        let rows = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event.0))
            .all(&self.db)
            .await?;
        let event_row = crate::entity::event::Entity::find_by_id(event.0)
            .one(&self.db)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("no event {event}")))?;
        let mut planning = Planning {
            capacity: i64::from(event_row.capacity),
            ..Planning::default()
        };
        for row in &rows {
            match RegistrationStatus::parse(&row.status) {
                Some(RegistrationStatus::Confirmed) => planning.confirmed += 1,
                Some(RegistrationStatus::AwaitingApproval) => planning.awaiting_approval += 1,
                Some(RegistrationStatus::Waiting) => planning.waiting += 1,
                _ => continue,
            }
            if !has_place(&row.status)
                && row.status != RegistrationStatus::AwaitingApproval.as_str()
            {
                continue;
            }
            if row.checked_in_at.is_some() {
                planning.present += 1;
            }
            if let Some(language) = &row.needs_interpretation {
                *planning
                    .interpretation
                    .entry(language.trim().to_lowercase())
                    .or_default() += 1;
            }
            planning.sign_language += i64::from(row.needs_sign_language);
            planning.step_free += i64::from(row.needs_step_free);
            if let Some(group) = row.eligible_group_id {
                *planning.by_group.entry(group).or_default() += 1;
            }
            if let Some(group) = row.working_group_id {
                *planning.by_working_group.entry(group).or_default() += 1;
            }
        }
        if event_row.ends_at <= now.as_second() {
            planning.no_shows = Some(planning.confirmed - planning.present);
        }
        Ok(planning)
    }
}

/// Registrations that hear about changes to their event: everyone still in the running.
pub(crate) async fn active_of<C: sea_orm::ConnectionTrait>(
    db: &C,
    event: EventId,
) -> Result<Vec<registration::Model>> {
    Ok(registration::Entity::find()
        .filter(registration::Column::EventId.eq(event.0))
        .filter(registration::Column::Status.is_in([
            RegistrationStatus::Confirmed.as_str(),
            RegistrationStatus::AwaitingApproval.as_str(),
            RegistrationStatus::Waiting.as_str(),
        ]))
        .filter(registration::Column::ConsentVersion.ne("walk-in"))
        .all(db)
        .await?)
}
