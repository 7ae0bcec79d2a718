//! Registrations: seats are taken and freed inside one write transaction by conditional updates,
//! never by check-then-insert; a freed seat goes to the head of the waiting list; every step writes
//! its mail to the outbox in the same transaction.

use super::seats::*;
use crate::entity::{event, invitation_code, registration};
use crate::outbox;
use crate::{Result, Store, StoreError, convert};
use jiff::{SignedDuration, Timestamp};
use mitwirken_auth::token::{self, Keys, Purpose, Token};
use mitwirken_domain::Mail;
use mitwirken_domain::registration::status_on_confirmation;
use mitwirken_domain::{
    Event, EventId, Locale, RegisterCommand, RegistrationState, RegistrationStatus,
};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set, SqlErr,
};

/// A registration as its owner and the organiser see it.
#[derive(Debug, Clone)]
pub struct Registration {
    pub id: i64,
    pub event_id: EventId,
    pub status: RegistrationStatus,
    pub holds_seat: bool,
    pub hold_expires_at: Option<Timestamp>,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub organisation: Option<String>,
    pub eligible_group_id: Option<i64>,
    pub working_group_id: Option<i64>,
    pub locale: Locale,
    pub ticket_code: String,
    pub token_nonce: String,
    pub has_invitation: bool,
    /// Place on the waiting list, counted from 1, while waiting.
    pub waiting_position: Option<u64>,
    pub phone: Option<String>,
    pub needs_interpretation: Option<String>,
    pub needs_sign_language: bool,
    pub needs_step_free: bool,
    pub needs_other: Option<String>,
    pub created_at: Timestamp,
    pub checked_in_at: Option<Timestamp>,
    /// Added at the door by the office, with no address.
    pub is_walk_in: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegisterOutcome {
    /// A new registration; the address must still be confirmed.
    Registered { id: i64, seat_held: bool },
    /// The address already has an active registration; it was sent its links again.
    AlreadyRegistered { id: i64 },
}

#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("registration is not open")]
    Closed,
    #[error("no place left and no waiting list")]
    Full,
    #[error("the invitation code is unknown or used up")]
    InvalidCode,
    #[error("the chosen working group is full")]
    GroupFull,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sea_orm::DbErr> for RegisterError {
    fn from(e: sea_orm::DbErr) -> Self {
        RegisterError::Store(StoreError::Db(e))
    }
}

/// What confirming an address did.
#[derive(Debug, Clone)]
pub enum ConfirmOutcome {
    /// Confirmed now; the registration shows where it landed.
    Done(Registration),
    /// Confirmed earlier; nothing changed.
    AlreadyConfirmed(Registration),
}

/// Seats as counted two ways, for the consistency check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeatCount {
    pub capacity: i64,
    /// The event's counter.
    pub taken: i64,
    /// Registrations that hold a seat.
    pub holding: i64,
}

pub(crate) fn to_registration(
    row: registration::Model,
    waiting_position: Option<u64>,
) -> Result<Registration> {
    Ok(Registration {
        id: row.id,
        event_id: EventId(row.event_id),
        status: RegistrationStatus::parse(&row.status)
            .ok_or_else(|| StoreError::Corrupt(format!("registration status {:?}", row.status)))?,
        holds_seat: row.holds_seat,
        hold_expires_at: row.hold_expires_at.map(convert::instant).transpose()?,
        email: row.email,
        given_name: row.given_name,
        family_name: row.family_name,
        organisation: row.organisation,
        eligible_group_id: row.eligible_group_id,
        working_group_id: row.working_group_id,
        locale: Locale::parse(&row.locale).unwrap_or(Locale::GERMAN),
        ticket_code: row.ticket_code,
        token_nonce: row.token_nonce,
        has_invitation: row.invitation_code_id.is_some(),
        waiting_position,
        phone: row.phone,
        needs_interpretation: row.needs_interpretation,
        needs_sign_language: row.needs_sign_language,
        needs_step_free: row.needs_step_free,
        needs_other: row.needs_other,
        created_at: convert::instant(row.created_at)?,
        checked_in_at: row.checked_in_at.map(convert::instant).transpose()?,
        is_walk_in: row.consent_version == "walk-in",
    })
}

use sea_orm::QuerySelect;
use std::collections::HashMap;

impl Store {
    /// Registers a person: holds a seat if one is free, else prepares a place on the waiting list.
    pub async fn register(
        &self,
        keys: &Keys,
        event: &Event,
        command: &RegisterCommand,
        consent_version: &str,
        now: Timestamp,
        hold: SignedDuration,
    ) -> Result<RegisterOutcome, RegisterError> {
        if event.registration_state(now) != RegistrationState::Open {
            return Err(RegisterError::Closed);
        }
        match self
            .try_register(keys, event, command, consent_version, now, hold)
            .await
        {
            // Two requests with the same address raced; the second one is a repeat.
            Err(RegisterError::Store(StoreError::Db(e)))
                if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) =>
            {
                let txn = self.write().await?;
                let outcome = self.repeat_registration(&txn, event, command, now).await?;
                txn.commit().await?;
                outcome.ok_or(RegisterError::Store(StoreError::Corrupt(
                    "duplicate registration vanished".into(),
                )))
            }
            other => other,
        }
    }

    pub(crate) async fn repeat_registration(
        &self,
        txn: &DatabaseTransaction,
        event: &Event,
        command: &RegisterCommand,
        now: Timestamp,
    ) -> Result<Option<RegisterOutcome>, RegisterError> {
        let existing = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event.id.0))
            .filter(registration::Column::Email.eq(command.email.as_str()))
            .filter(registration::Column::Status.is_not_in([
                RegistrationStatus::Cancelled.as_str(),
                RegistrationStatus::Rejected.as_str(),
            ]))
            .one(txn)
            .await?;
        let Some(existing) = existing else {
            return Ok(None);
        };
        outbox::enqueue(txn, Mail::AlreadyRegistered, &existing, now).await?;
        Ok(Some(RegisterOutcome::AlreadyRegistered { id: existing.id }))
    }

    pub(crate) async fn try_register(
        &self,
        keys: &Keys,
        event: &Event,
        command: &RegisterCommand,
        consent_version: &str,
        now: Timestamp,
        hold: SignedDuration,
    ) -> Result<RegisterOutcome, RegisterError> {
        // A repeated address is found by the unique index when inserting, not by a query first:
        // the common case then costs one statement less on the single writer.
        let txn = self.write().await?;
        let invitation_code_id = match &command.invitation_code {
            None => None,
            Some(code) => {
                let code_hash = token::hash_code(code);
                let used = invitation_code::Entity::update_many()
                    .col_expr(
                        invitation_code::Column::Used,
                        Expr::col(invitation_code::Column::Used).add(1),
                    )
                    .filter(invitation_code::Column::EventId.eq(event.id.0))
                    .filter(invitation_code::Column::CodeHash.eq(&code_hash))
                    .filter(
                        Expr::col(invitation_code::Column::Used)
                            .lt(Expr::col(invitation_code::Column::MaxUses)),
                    )
                    .exec(&txn)
                    .await?;
                if used.rows_affected == 0 {
                    txn.rollback().await?;
                    return Err(RegisterError::InvalidCode);
                }
                invitation_code::Entity::find()
                    .filter(invitation_code::Column::CodeHash.eq(&code_hash))
                    .one(&txn)
                    .await?
                    .map(|c| c.id)
            }
        };
        let seat_held = match take_seat(&txn, event.id.0, command.working_group).await? {
            SeatTaken::Yes => true,
            SeatTaken::GroupFull => {
                txn.rollback().await?;
                return Err(RegisterError::GroupFull);
            }
            SeatTaken::EventFull if event.waiting_list => false,
            SeatTaken::EventFull => {
                txn.rollback().await?;
                return Err(RegisterError::Full);
            }
        };
        let nonce = token::nonce();
        let needs = &command.needs;
        let row = registration::ActiveModel {
            event_id: Set(event.id.0),
            status: Set(RegistrationStatus::Unconfirmed.as_str().to_owned()),
            holds_seat: Set(seat_held),
            hold_expires_at: Set(seat_held.then(|| (now + hold).as_second())),
            email: Set(command.email.as_str().to_owned()),
            given_name: Set(command.given_name.clone()),
            family_name: Set(command.family_name.clone()),
            organisation: Set(command.organisation.clone()),
            eligible_group_id: Set(command.eligible_group),
            phone: Set(command.phone.clone()),
            locale: Set(command.locale.tag().to_owned()),
            working_group_id: Set(command.working_group),
            needs_interpretation: Set(needs.interpretation.clone()),
            needs_sign_language: Set(needs.sign_language),
            needs_step_free: Set(needs.step_free),
            needs_other: Set(needs.other.clone()),
            answers: Set(serde_json::to_string(&command.answers).unwrap_or_else(|_| "{}".into())),
            consent_version: Set(consent_version.to_owned()),
            consent_at: Set(now.as_second()),
            invitation_code_id: Set(invitation_code_id),
            confirm_token_hash: Set(keys.token(Purpose::Confirm, &nonce).hash()),
            manage_token_hash: Set(keys.token(Purpose::Manage, &nonce).hash()),
            token_nonce: Set(nonce),
            ticket_code: Set(token::ticket_code()),
            created_at: Set(now.as_second()),
            updated_at: Set(now.as_second()),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        outbox::enqueue(&txn, Mail::ConfirmAddress, &row, now).await?;
        txn.commit().await?;
        Ok(RegisterOutcome::Registered {
            id: row.id,
            seat_held,
        })
    }

    /// Confirms the address behind a confirmation link: a held seat becomes a place (or awaits
    /// approval), otherwise the person joins the waiting list. `None` for an unknown link.
    pub async fn confirm(&self, token: &Token, now: Timestamp) -> Result<Option<ConfirmOutcome>> {
        let txn = self.write().await?;
        let Some(row) = registration::Entity::find()
            .filter(registration::Column::ConfirmTokenHash.eq(token.hash()))
            .one(&txn)
            .await?
        else {
            return Ok(None);
        };
        if row.status != RegistrationStatus::Unconfirmed.as_str() {
            let position = waiting_position(&txn, &row).await?;
            txn.rollback().await?;
            return to_registration(row, position)
                .map(|r| Some(ConfirmOutcome::AlreadyConfirmed(r)));
        }
        let mut holds_seat = row.holds_seat;
        if !holds_seat {
            holds_seat =
                take_seat(&txn, row.event_id, row.working_group_id).await? == SeatTaken::Yes;
        }
        let access = event_access(&txn, row.event_id).await?;
        let status = status_on_confirmation(access, row.invitation_code_id.is_some(), holds_seat);
        let mut active: registration::ActiveModel = row.into();
        active.status = Set(status.as_str().to_owned());
        active.holds_seat = Set(holds_seat);
        active.hold_expires_at = Set(None);
        active.confirmed_at = Set(Some(now.as_second()));
        if status == RegistrationStatus::Waiting {
            active.waitlisted_at = Set(Some(now.as_second()));
        }
        active.updated_at = Set(now.as_second());
        let row = active.update(&txn).await?;
        let kind = match status {
            RegistrationStatus::Confirmed => Mail::Confirmed,
            RegistrationStatus::AwaitingApproval => Mail::AwaitingApproval,
            _ => Mail::WaitingList,
        };
        outbox::enqueue(&txn, kind, &row, now).await?;
        let position = waiting_position(&txn, &row).await?;
        txn.commit().await?;
        to_registration(row, position).map(|r| Some(ConfirmOutcome::Done(r)))
    }

    /// The registration behind a confirmation link, without changing it.
    pub async fn registration_by_confirm_token(
        &self,
        token: &Token,
    ) -> Result<Option<Registration>> {
        self.registration_where(registration::Column::ConfirmTokenHash.eq(token.hash()))
            .await
    }

    /// The registration behind a manage link.
    pub async fn registration_by_manage_token(
        &self,
        token: &Token,
    ) -> Result<Option<Registration>> {
        self.registration_where(registration::Column::ManageTokenHash.eq(token.hash()))
            .await
    }

    pub async fn registration(&self, id: i64) -> Result<Option<Registration>> {
        self.registration_where(registration::Column::Id.eq(id))
            .await
    }

    pub(crate) async fn registration_where(
        &self,
        condition: sea_orm::sea_query::SimpleExpr,
    ) -> Result<Option<Registration>> {
        let Some(row) = registration::Entity::find()
            .filter(condition)
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let position = waiting_position(&self.db, &row).await?;
        to_registration(row, position).map(Some)
    }

    /// Cancels through the manage link; a freed seat goes to the waiting list.
    pub async fn cancel(&self, token: &Token, now: Timestamp) -> Result<Option<Registration>> {
        let txn = self.write().await?;
        let Some(row) = registration::Entity::find()
            .filter(registration::Column::ManageTokenHash.eq(token.hash()))
            .one(&txn)
            .await?
        else {
            return Ok(None);
        };
        let status = RegistrationStatus::parse(&row.status);
        if !status.is_some_and(RegistrationStatus::can_cancel) {
            txn.rollback().await?;
            return to_registration(row, None).map(Some);
        }
        let row = end_registration(&txn, row, RegistrationStatus::Cancelled, now).await?;
        outbox::enqueue(&txn, Mail::Cancelled { message: None }, &row, now).await?;
        txn.commit().await?;
        to_registration(row, None).map(Some)
    }

    /// The organiser admits someone awaiting approval on a reserved event.
    pub async fn approve(&self, id: i64, now: Timestamp) -> Result<Option<Registration>> {
        let txn = self.write().await?;
        let Some(row) = registration::Entity::find_by_id(id).one(&txn).await? else {
            return Ok(None);
        };
        if row.status != RegistrationStatus::AwaitingApproval.as_str() {
            txn.rollback().await?;
            return to_registration(row, None).map(Some);
        }
        let mut active: registration::ActiveModel = row.into();
        active.status = Set(RegistrationStatus::Confirmed.as_str().to_owned());
        active.updated_at = Set(now.as_second());
        let row = active.update(&txn).await?;
        outbox::enqueue(&txn, Mail::Approved, &row, now).await?;
        txn.commit().await?;
        to_registration(row, None).map(Some)
    }

    /// The organiser turns a registration down, with a message; its seat goes to the waiting list.
    pub async fn reject(
        &self,
        id: i64,
        message: &str,
        now: Timestamp,
    ) -> Result<Option<Registration>> {
        let txn = self.write().await?;
        let Some(row) = registration::Entity::find_by_id(id).one(&txn).await? else {
            return Ok(None);
        };
        if !RegistrationStatus::parse(&row.status).is_some_and(RegistrationStatus::is_active) {
            txn.rollback().await?;
            return to_registration(row, None).map(Some);
        }
        let row = end_registration(&txn, row, RegistrationStatus::Rejected, now).await?;
        let mail = Mail::Rejected {
            message: message.to_owned(),
        };
        outbox::enqueue(&txn, mail, &row, now).await?;
        txn.commit().await?;
        to_registration(row, None).map(Some)
    }

    /// Releases the seats of unconfirmed registrations whose hold has run out; returns how many.
    pub async fn expire_holds(&self, now: Timestamp) -> Result<u64> {
        let txn = self.write().await?;
        let expired = registration::Entity::find()
            .filter(registration::Column::Status.eq(RegistrationStatus::Unconfirmed.as_str()))
            .filter(registration::Column::HoldsSeat.eq(true))
            .filter(registration::Column::HoldExpiresAt.lte(now.as_second()))
            .limit(500)
            .all(&txn)
            .await?;
        let count = expired.len() as u64;
        for row in expired {
            let (event_id, group) = (row.event_id, row.working_group_id);
            let mut active: registration::ActiveModel = row.into();
            active.holds_seat = Set(false);
            active.hold_expires_at = Set(None);
            active.updated_at = Set(now.as_second());
            active.update(&txn).await?;
            release_seat(&txn, event_id, group).await?;
            promote(&txn, event_id, now).await?;
        }
        txn.commit().await?;
        Ok(count)
    }

    /// Queues a reminder for every confirmed registration whose event starts within `lead`,
    /// once per registration; returns how many were queued.
    pub async fn queue_reminders(&self, now: Timestamp, lead: SignedDuration) -> Result<u64> {
        let txn = self.write().await?;
        let events: Vec<i64> = event::Entity::find()
            .filter(event::Column::Status.eq(mitwirken_domain::EventStatus::Published.as_str()))
            .filter(event::Column::StartsAt.gt(now.as_second()))
            .filter(event::Column::StartsAt.lte((now + lead).as_second()))
            .all(&txn)
            .await?
            .into_iter()
            .map(|e| e.id)
            .collect();
        if events.is_empty() {
            txn.rollback().await?;
            return Ok(0);
        }
        let due = registration::Entity::find()
            .filter(registration::Column::EventId.is_in(events))
            .filter(registration::Column::Status.eq(RegistrationStatus::Confirmed.as_str()))
            .filter(registration::Column::RemindedAt.is_null())
            .limit(1000)
            .all(&txn)
            .await?;
        let count = due.len() as u64;
        for row in due {
            outbox::enqueue(&txn, Mail::Reminder, &row, now).await?;
            let mut active: registration::ActiveModel = row.into();
            active.reminded_at = Set(Some(now.as_second()));
            active.update(&txn).await?;
        }
        txn.commit().await?;
        Ok(count)
    }

    /// The event's seat counter next to the registrations that hold a seat; they must agree.
    pub async fn seat_count(&self, event: EventId) -> Result<SeatCount> {
        let row = event::Entity::find_by_id(event.0)
            .one(&self.db)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("no event {event}")))?;
        let holding = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event.0))
            .filter(registration::Column::HoldsSeat.eq(true))
            .count(&self.db)
            .await?;
        Ok(SeatCount {
            capacity: i64::from(row.capacity),
            taken: i64::from(row.taken),
            holding: holding as i64,
        })
    }

    /// Registrations of an event by status, oldest first.
    pub async fn registrations_of(&self, event: EventId) -> Result<Vec<Registration>> {
        let rows = registration::Entity::find()
            .filter(registration::Column::EventId.eq(event.0))
            .order_by_asc(registration::Column::Id)
            .all(&self.db)
            .await?;
        // Waiting positions from the rows at hand, in the order the waiting list is served.
        let mut waiting: Vec<(i64, i64)> = rows
            .iter()
            .filter(|r| r.status == RegistrationStatus::Waiting.as_str())
            .map(|r| (r.waitlisted_at.unwrap_or(r.created_at), r.id))
            .collect();
        waiting.sort_unstable();
        let positions: HashMap<i64, u64> = waiting
            .iter()
            .enumerate()
            .map(|(i, (_, id))| (*id, i as u64 + 1))
            .collect();
        rows.into_iter()
            .map(|row| {
                let position = positions.get(&row.id).copied();
                to_registration(row, position)
            })
            .collect()
    }
}
