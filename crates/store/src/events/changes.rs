//! Changes to an event after it is set up: cancelling or moving it, messages to its
//! registrants, its texts, invitation codes and groups.

use crate::desk::{DeskError, active_of};
use crate::entity::{invitation_code, registration};
use crate::outbox;
use crate::{Result, Store};
use jiff::Timestamp;
use mitwirken_auth::token;
use mitwirken_domain::Mail;
use mitwirken_domain::{EventId, RegistrationStatus};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

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
            let mail = Mail::EventCancelled {
                message: reason.to_owned(),
            };
            outbox::enqueue(&txn, mail, person, now).await?;
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
            outbox::enqueue(&txn, Mail::EventChanged, person, now).await?;
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
            let mail = Mail::Message {
                subject: subject.to_owned(),
                message: body.to_owned(),
            };
            outbox::enqueue(&txn, mail, person, now).await?;
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
pub(crate) async fn chosen_by_active(
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

impl Store {
    /// Adds an invitation code for an organisation; the code itself is stored only as a hash.
    pub async fn add_invitation_code(
        &self,
        event: EventId,
        organisation: &str,
        code: &str,
        max_uses: u32,
        now: Timestamp,
    ) -> Result<i64> {
        let row = invitation_code::ActiveModel {
            event_id: Set(event.0),
            organisation: Set(organisation.to_owned()),
            code_hash: Set(token::hash_code(code)),
            max_uses: Set(max_uses as i32),
            used: Set(0),
            created_at: Set(now.as_second()),
            ..Default::default()
        }
        .insert(&self.writer)
        .await?;
        Ok(row.id)
    }
}
