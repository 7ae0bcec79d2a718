//! Optional second factor for staff: a TOTP secret (RFC 6238), one waiting for confirmation, and
//! the last time step used, so that a code cannot be used twice.

use crate::ddl::{add_column, drop_column};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            string_null("totp_secret"),
            string_null("totp_pending"),
            big_integer_null("totp_last_step"),
        ] {
            add_column(manager, "staff", column).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["totp_secret", "totp_pending", "totp_last_step"] {
            drop_column(manager, "staff", column).await?;
        }
        Ok(())
    }
}
