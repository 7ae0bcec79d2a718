//! What the organiser's office does with registrations: move people between seat and waiting
//! list, cancel with a reason, add walk-ins, check people in at the door, count for planning.

use crate::entity::registration;
use crate::outbox::{self, MailKind};
use crate::registration::{SeatTaken, end_registration, promote, release_seat, take_seat};
use crate::{Registration, Result, Store, StoreError};
use jiff::Timestamp;
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

fn has_place(status: &str) -> bool {
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
        outbox::enqueue(&txn, MailKind::Promoted, &row, now).await?;
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
        outbox::enqueue(&txn, MailKind::WaitingList, &row, now).await?;
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
        outbox::enqueue_with(
            &txn,
            MailKind::Cancelled,
            &row,
            now,
            serde_json::json!({ "message": reason }),
        )
        .await?;
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

    async fn check_in_row(&self, row: registration::Model, now: Timestamp) -> Result<CheckIn> {
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
async fn active_of<C: sea_orm::ConnectionTrait>(
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

impl Store {
    /// Cancels an event; everyone registered is told, with a calendar entry that removes it.
    pub async fn cancel_event(
        &self,
        event: EventId,
        reason: &str,
        now: Timestamp,
    ) -> Result<usize, DeskError> {
        let txn = self.write().await?;
        let row = crate::entity::event::Entity::find_by_id(event.0)
            .one(&txn)
            .await?
            .ok_or(DeskError::NotFound)?;
        if row.status == mitwirken_domain::EventStatus::Cancelled.as_str() {
            return Err(DeskError::WrongState);
        }
        let sequence = row.sequence + 1;
        let mut active: crate::entity::event::ActiveModel = row.into();
        active.status = Set(mitwirken_domain::EventStatus::Cancelled.as_str().to_owned());
        active.sequence = Set(sequence);
        active.updated_at = Set(now.as_second());
        active.update(&txn).await?;
        let people = active_of(&txn, event).await?;
        for person in &people {
            outbox::enqueue_with(
                &txn,
                MailKind::EventCancelled,
                person,
                now,
                serde_json::json!({ "message": reason }),
            )
            .await?;
        }
        txn.commit().await?;
        Ok(people.len())
    }

    /// Moves an event to a new time; everyone registered gets the updated calendar entry.
    pub async fn move_event(
        &self,
        event: EventId,
        starts_at: Timestamp,
        ends_at: Timestamp,
        now: Timestamp,
    ) -> Result<usize, DeskError> {
        if ends_at <= starts_at {
            return Err(DeskError::WrongState);
        }
        let txn = self.write().await?;
        let row = crate::entity::event::Entity::find_by_id(event.0)
            .one(&txn)
            .await?
            .ok_or(DeskError::NotFound)?;
        if row.status == mitwirken_domain::EventStatus::Cancelled.as_str() {
            return Err(DeskError::WrongState);
        }
        let sequence = row.sequence + 1;
        let mut active: crate::entity::event::ActiveModel = row.into();
        active.starts_at = Set(starts_at.as_second());
        active.ends_at = Set(ends_at.as_second());
        active.sequence = Set(sequence);
        active.updated_at = Set(now.as_second());
        active.update(&txn).await?;
        let people = active_of(&txn, event).await?;
        for person in &people {
            outbox::enqueue(&txn, MailKind::EventChanged, person, now).await?;
        }
        txn.commit().await?;
        Ok(people.len())
    }

    /// Writes to everyone registered for an event, each in the outbox.
    pub async fn message_registrants(
        &self,
        event: EventId,
        subject: &str,
        body: &str,
        now: Timestamp,
    ) -> Result<usize, DeskError> {
        let txn = self.write().await?;
        let people = active_of(&txn, event).await?;
        for person in &people {
            outbox::enqueue_with(
                &txn,
                MailKind::Message,
                person,
                now,
                serde_json::json!({ "subject": subject, "message": body }),
            )
            .await?;
        }
        txn.commit().await?;
        Ok(people.len())
    }
}

/// An organiser's changes to an event's texts and rules.
#[derive(Debug, Clone)]
pub struct EventEdit {
    pub title: mitwirken_domain::LocalizedText,
    pub audience: mitwirken_domain::LocalizedText,
    pub description: mitwirken_domain::LocalizedText,
    pub on_site_notes: mitwirken_domain::LocalizedText,
    pub capacity: mitwirken_domain::Capacity,
    pub registration_closes_at: Timestamp,
    pub access: mitwirken_domain::Access,
    pub waiting_list: bool,
    pub published: bool,
}

impl Store {
    /// Saves an event's texts and rules. The capacity never drops below the seats already taken.
    pub async fn edit_event(
        &self,
        event: EventId,
        edit: &EventEdit,
        now: Timestamp,
    ) -> Result<(), DeskError> {
        use crate::entity::event;
        use sea_orm::sea_query::{Expr, ExprTrait};
        let capacity = i32::try_from(edit.capacity.get()).map_err(|_| DeskError::WrongState)?;
        let status = if edit.published {
            mitwirken_domain::EventStatus::Published
        } else {
            mitwirken_domain::EventStatus::Draft
        };
        let result = event::Entity::update_many()
            .col_expr(
                event::Column::Title,
                Expr::value(crate::convert::json(&edit.title)),
            )
            .col_expr(
                event::Column::Audience,
                Expr::value(crate::convert::json(&edit.audience)),
            )
            .col_expr(
                event::Column::Description,
                Expr::value(crate::convert::json(&edit.description)),
            )
            .col_expr(
                event::Column::OnSiteNotes,
                Expr::value(crate::convert::json(&edit.on_site_notes)),
            )
            .col_expr(event::Column::Capacity, Expr::value(capacity))
            .col_expr(
                event::Column::RegistrationClosesAt,
                Expr::value(edit.registration_closes_at.as_second()),
            )
            .col_expr(event::Column::Access, Expr::value(edit.access.as_str()))
            .col_expr(event::Column::WaitingList, Expr::value(edit.waiting_list))
            .col_expr(event::Column::Status, Expr::value(status.as_str()))
            .col_expr(event::Column::UpdatedAt, Expr::value(now.as_second()))
            .filter(event::Column::Id.eq(event.0))
            .filter(event::Column::Status.ne(mitwirken_domain::EventStatus::Cancelled.as_str()))
            .filter(Expr::col(event::Column::Taken).lte(capacity))
            .exec(&self.writer)
            .await?;
        if result.rows_affected == 0 {
            return Err(DeskError::NoSeat);
        }
        Ok(())
    }

    /// The invitation codes of an event: organisation, uses and uses left (the codes themselves are not kept).
    pub async fn invitation_codes(&self, event: EventId) -> Result<Vec<(String, i32, i32)>> {
        use crate::entity::invitation_code;
        Ok(invitation_code::Entity::find()
            .filter(invitation_code::Column::EventId.eq(event.0))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|c| (c.organisation, c.max_uses, c.max_uses - c.used))
            .collect())
    }
}

/// Whether an active registration chose the group in `column`.
async fn chosen_by_active(
    txn: &sea_orm::DatabaseTransaction,
    column: registration::Column,
    group: i64,
) -> Result<bool> {
    Ok(registration::Entity::find()
        .filter(column.eq(group))
        .filter(registration::Column::Status.is_not_in([
            RegistrationStatus::Cancelled.as_str(),
            RegistrationStatus::Rejected.as_str(),
        ]))
        .one(txn)
        .await?
        .is_some())
}

impl Store {
    /// Replaces an event's eligible and working groups in order: existing ones are renamed and
    /// resized in place (keeping registrations attached), new ones are added, and ones left out are
    /// removed only when nobody chose them. A working group never gets fewer places than are taken.
    pub async fn edit_groups(
        &self,
        event: EventId,
        eligible: &[mitwirken_domain::LocalizedText],
        working: &[(
            mitwirken_domain::LocalizedText,
            Option<mitwirken_domain::Capacity>,
        )],
    ) -> Result<(), DeskError> {
        use crate::entity::{eligible_group, working_group};
        use sea_orm::QueryOrder;
        use sea_orm::sea_query::{Expr, ExprTrait};
        let txn = self.write().await?;
        let groups = eligible_group::Entity::find()
            .filter(eligible_group::Column::EventId.eq(event.0))
            .order_by_asc(eligible_group::Column::Position)
            .all(&txn)
            .await?;
        for (position, name) in eligible.iter().enumerate() {
            match groups.get(position) {
                Some(row) => {
                    eligible_group::Entity::update_many()
                        .col_expr(
                            eligible_group::Column::Name,
                            Expr::value(crate::convert::json(name)),
                        )
                        .filter(eligible_group::Column::Id.eq(row.id))
                        .exec(&txn)
                        .await?;
                }
                None => {
                    eligible_group::ActiveModel {
                        event_id: Set(event.0),
                        position: Set(position as i32),
                        name: Set(crate::convert::json(name)),
                        ..Default::default()
                    }
                    .insert(&txn)
                    .await?;
                }
            }
        }
        for row in groups.iter().skip(eligible.len()) {
            if chosen_by_active(&txn, registration::Column::EligibleGroupId, row.id).await? {
                return Err(DeskError::WrongState);
            }
            eligible_group::Entity::delete_by_id(row.id)
                .exec(&txn)
                .await?;
        }
        let existing = working_group::Entity::find()
            .filter(working_group::Column::EventId.eq(event.0))
            .order_by_asc(working_group::Column::Position)
            .all(&txn)
            .await?;
        for (position, (title, capacity)) in working.iter().enumerate() {
            let capacity = capacity.map(|c| c.get() as i32);
            match existing.get(position) {
                Some(row) => {
                    let mut update = working_group::Entity::update_many()
                        .col_expr(
                            working_group::Column::Title,
                            Expr::value(crate::convert::json(title)),
                        )
                        .col_expr(working_group::Column::Capacity, Expr::value(capacity))
                        .filter(working_group::Column::Id.eq(row.id));
                    if let Some(capacity) = capacity {
                        update =
                            update.filter(Expr::col(working_group::Column::Taken).lte(capacity));
                    }
                    if update.exec(&txn).await?.rows_affected == 0 {
                        return Err(DeskError::NoSeat);
                    }
                }
                None => {
                    working_group::ActiveModel {
                        event_id: Set(event.0),
                        position: Set(position as i32),
                        title: Set(crate::convert::json(title)),
                        description: Set(crate::convert::json(
                            &mitwirken_domain::LocalizedText::empty(),
                        )),
                        capacity: Set(capacity),
                        is_example: Set(false),
                        ..Default::default()
                    }
                    .insert(&txn)
                    .await?;
                }
            }
        }
        for row in existing.iter().skip(working.len()) {
            if chosen_by_active(&txn, registration::Column::WorkingGroupId, row.id).await? {
                return Err(DeskError::WrongState);
            }
            working_group::Entity::delete_by_id(row.id)
                .exec(&txn)
                .await?;
        }
        txn.commit().await?;
        Ok(())
    }
}
