//! A row of `accessibility_feedback`: a report of a barrier, sent through the accessibility statement.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "accessibility_feedback")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub created_at: i64,
    pub page: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    pub email: Option<String>,
    pub name: Option<String>,
    pub locale: String,
    pub handled_at: Option<i64>,
    pub handled_by: Option<i64>,
    pub client_key: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
