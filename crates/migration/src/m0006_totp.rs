//! Optional second factor for staff: a TOTP secret (RFC 6238), one waiting for confirmation, and
//! the last time step used, so that a code cannot be used twice.

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
            manager
                .alter_table(Table::alter().table("staff").add_column(column).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["totp_secret", "totp_pending", "totp_last_step"] {
            manager
                .alter_table(Table::alter().table("staff").drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
