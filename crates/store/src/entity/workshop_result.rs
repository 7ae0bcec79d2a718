//! A row of `workshop_results`: what a working group or pin board produced for a field of action.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "workshop_results")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub event_id: i64,
    pub working_group_id: Option<i64>,
    pub field_id: i64,
    pub source: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub dot_votes: i32,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
