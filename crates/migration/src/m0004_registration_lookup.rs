//! An index for finding a registration by event and address. The partial unique index cannot
//! serve queries whose status condition is a bound parameter, so without this one every
//! registration scanned all others of its event.

use crate::ddl::named_index;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(named_index(
                "idx_registrations_event_email",
                "registrations",
                &["event_id", "email"],
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_registrations_event_email")
                    .table("registrations")
                    .to_owned(),
            )
            .await
    }
}
