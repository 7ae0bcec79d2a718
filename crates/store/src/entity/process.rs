//! A row of `processes`.
use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "processes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub status: String,
    pub time_zone: String,
    pub title: String,
    pub motto: String,
    pub summary: String,
    pub organiser: String,
    pub organiser_person: Option<String>,
    pub contact_email: Option<String>,
    pub source_url: Option<String>,
    pub analysis_title: String,
    pub analysis_summary: String,
    pub plan_title: String,
    pub plan_summary: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
