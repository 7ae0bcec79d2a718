//! Seats: taken and released inside the registration's transaction, and offered to the waiting list.

use crate::entity::{event, registration, working_group};
use crate::outbox;
use crate::{Result, StoreError};
use jiff::Timestamp;
use mitwirken_domain::Mail;
use mitwirken_domain::registration::status_on_confirmation;
use mitwirken_domain::{Access, RegistrationStatus};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

/// Takes a seat of the event, and of the working group if one is chosen; both or neither.
pub(crate) async fn take_seat(
    txn: &DatabaseTransaction,
    event_id: i64,
    group: Option<i64>,
) -> Result<SeatTaken> {
    let seat = event::Entity::update_many()
        .col_expr(event::Column::Taken, Expr::col(event::Column::Taken).add(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(Expr::col(event::Column::Taken).lt(Expr::col(event::Column::Capacity)))
        .exec(txn)
        .await?;
    if seat.rows_affected == 0 {
        return Ok(SeatTaken::EventFull);
    }
    if let Some(group) = group {
        let group_seat = working_group::Entity::update_many()
            .col_expr(
                working_group::Column::Taken,
                Expr::col(working_group::Column::Taken).add(1),
            )
            .filter(working_group::Column::Id.eq(group))
            .filter(working_group::Column::EventId.eq(event_id))
            .filter(
                Expr::col(working_group::Column::Capacity)
                    .is_null()
                    .or(Expr::col(working_group::Column::Taken)
                        .lt(Expr::col(working_group::Column::Capacity))),
            )
            .exec(txn)
            .await?;
        if group_seat.rows_affected == 0 {
            release_seat(txn, event_id, None).await?;
            return Ok(SeatTaken::GroupFull);
        }
    }
    Ok(SeatTaken::Yes)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SeatTaken {
    Yes,
    EventFull,
    GroupFull,
}

pub(crate) async fn release_seat(
    txn: &DatabaseTransaction,
    event_id: i64,
    group: Option<i64>,
) -> Result<()> {
    let freed = event::Entity::update_many()
        .col_expr(event::Column::Taken, Expr::col(event::Column::Taken).sub(1))
        .filter(event::Column::Id.eq(event_id))
        .filter(event::Column::Taken.gt(0))
        .exec(txn)
        .await?;
    if freed.rows_affected == 0 {
        return Err(StoreError::Corrupt(format!(
            "event {event_id}: a seat was freed that was not taken"
        )));
    }
    if let Some(group) = group {
        working_group::Entity::update_many()
            .col_expr(
                working_group::Column::Taken,
                Expr::col(working_group::Column::Taken).sub(1),
            )
            .filter(working_group::Column::Id.eq(group))
            .filter(working_group::Column::Taken.gt(0))
            .exec(txn)
            .await?;
    }
    Ok(())
}

pub(crate) async fn waiting_position<C: ConnectionTrait>(
    db: &C,
    row: &registration::Model,
) -> Result<Option<u64>> {
    if row.status != RegistrationStatus::Waiting.as_str() {
        return Ok(None);
    }
    let since = row.waitlisted_at.unwrap_or(row.created_at);
    let ahead = registration::Entity::find()
        .filter(registration::Column::EventId.eq(row.event_id))
        .filter(registration::Column::Status.eq(RegistrationStatus::Waiting.as_str()))
        .filter(
            Expr::col(registration::Column::WaitlistedAt)
                .lt(since)
                .or(Expr::col(registration::Column::WaitlistedAt)
                    .eq(since)
                    .and(Expr::col(registration::Column::Id).lt(row.id))),
        )
        .count(db)
        .await?;
    Ok(Some(ahead + 1))
}

pub(crate) async fn event_access(txn: &DatabaseTransaction, event_id: i64) -> Result<Access> {
    let row = event::Entity::find_by_id(event_id)
        .one(txn)
        .await?
        .ok_or_else(|| StoreError::Corrupt(format!("registration for missing event {event_id}")))?;
    Access::parse(&row.access).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// Gives a freed seat to the first person waiting whose working group has room, and tells them.
pub(crate) async fn promote(
    txn: &DatabaseTransaction,
    event_id: i64,
    now: Timestamp,
) -> Result<Option<i64>> {
    let access = event_access(txn, event_id).await?;
    let waiting = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::Status.eq(RegistrationStatus::Waiting.as_str()))
        .order_by_asc(registration::Column::WaitlistedAt)
        .order_by_asc(registration::Column::Id)
        .limit(50)
        .all(txn)
        .await?;
    for row in waiting {
        match take_seat(txn, event_id, row.working_group_id).await? {
            SeatTaken::EventFull => return Ok(None),
            SeatTaken::GroupFull => continue,
            SeatTaken::Yes => {
                let status = status_on_confirmation(access, row.invitation_code_id.is_some(), true);
                let id = row.id;
                let mut active: registration::ActiveModel = row.clone().into();
                active.status = Set(status.as_str().to_owned());
                active.holds_seat = Set(true);
                active.updated_at = Set(now.as_second());
                active.update(txn).await?;
                outbox::enqueue(txn, Mail::Promoted, &row, now).await?;
                return Ok(Some(id));
            }
        }
    }
    Ok(None)
}

/// Ends a registration; if it held a seat, the seat is freed and offered to the waiting list.
pub(crate) async fn end_registration(
    txn: &DatabaseTransaction,
    row: registration::Model,
    status: RegistrationStatus,
    now: Timestamp,
) -> Result<registration::Model> {
    let (event_id, group, held) = (row.event_id, row.working_group_id, row.holds_seat);
    let mut active: registration::ActiveModel = row.into();
    active.status = Set(status.as_str().to_owned());
    active.holds_seat = Set(false);
    active.hold_expires_at = Set(None);
    active.cancelled_at = Set(Some(now.as_second()));
    active.updated_at = Set(now.as_second());
    let row = active.update(txn).await?;
    if held {
        release_seat(txn, event_id, group).await?;
        promote(txn, event_id, now).await?;
    }
    Ok(row)
}
