//! A row of `events`; `taken` counts held, awaiting and confirmed seats.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub process_id: i64,
    pub position: i32,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub audience: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue_id: i64,
    pub capacity: i32,
    pub taken: i32,
    pub registration_opens_at: Option<i64>,
    pub registration_closes_at: i64,
    pub fee_cents: i32,
    pub on_site_notes: String,
    pub access: String,
    pub allocation: String,
    pub waiting_list: bool,
    pub status: String,
    pub sequence: i32,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
