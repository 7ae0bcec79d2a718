//! A row of `comments`: a comment on a paragraph or a proposal, or a reply to one.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "comments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub paragraph_id: Option<i64>,
    pub paragraph_revision: i32,
    pub proposal_id: Option<i64>,
    pub parent_id: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub author_id: Option<i64>,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub deleted_at: Option<i64>,
    pub hidden_at: Option<i64>,
    pub hidden_reason: Option<String>,
    pub hidden_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
