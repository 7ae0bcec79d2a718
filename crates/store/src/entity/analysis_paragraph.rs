//! A row of `analysis_paragraphs`: one paragraph of a field's analysis; `position` is NULL once removed.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "analysis_paragraphs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub field_id: i64,
    pub position: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub revision: i32,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
