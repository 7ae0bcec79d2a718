//! A row of `registrations`; `holds_seat` says whether it counts in the event's `taken`.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registrations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub event_id: i64,
    pub status: String,
    pub holds_seat: bool,
    pub hold_expires_at: Option<i64>,
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub organisation: Option<String>,
    pub eligible_group_id: Option<i64>,
    pub phone: Option<String>,
    pub locale: String,
    pub working_group_id: Option<i64>,
    pub needs_interpretation: Option<String>,
    pub needs_sign_language: bool,
    pub needs_step_free: bool,
    pub needs_other: Option<String>,
    pub answers: String,
    pub consent_version: String,
    pub consent_at: i64,
    pub invitation_code_id: Option<i64>,
    pub token_nonce: String,
    pub confirm_token_hash: String,
    pub manage_token_hash: String,
    pub ticket_code: String,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    pub waitlisted_at: Option<i64>,
    pub cancelled_at: Option<i64>,
    pub reminded_at: Option<i64>,
    pub checked_in_at: Option<i64>,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
