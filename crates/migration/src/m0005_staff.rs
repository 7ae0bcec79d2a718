//! Staff accounts, their roles per process, sessions kept in the database (so every instance
//! knows them), the audit log, and check-in at the door.

use crate::ddl::{add_column, cascade, drop_column, drop_tables, named_index, table, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                table("staff")
                    .col(string_len_uniq("email", 254))
                    .col(string("display_name"))
                    .col(string("password_hash"))
                    .col(boolean("is_admin"))
                    .col(integer("failed_logins").default(0))
                    .col(big_integer_null("locked_until"))
                    .col(big_integer("created_at"))
                    .col(big_integer_null("last_login_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                table("staff_roles")
                    .col(big_integer("staff_id"))
                    .col(big_integer("process_id"))
                    .col(string_len("role", 24))
                    .foreign_key(&mut cascade("staff_roles", "staff_id", "staff"))
                    .foreign_key(&mut cascade("staff_roles", "process_id", "processes"))
                    .index(&mut unique(&["staff_id", "process_id", "role"]))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("staff_sessions")
                    .col(string_len("token_hash", 64).primary_key())
                    .col(big_integer("staff_id"))
                    .col(big_integer("created_at"))
                    .col(big_integer("expires_at"))
                    .foreign_key(&mut cascade("staff_sessions", "staff_id", "staff"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                table("audit_log")
                    .col(big_integer("at"))
                    .col(big_integer_null("staff_id"))
                    .col(string_len("action", 64))
                    .col(string("subject"))
                    .col(text("details"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(named_index("idx_audit_log_at", "audit_log", &["at"]))
            .await?;
        add_column(manager, "registrations", big_integer_null("checked_in_at")).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_column(manager, "registrations", "checked_in_at").await?;
        drop_tables(
            manager,
            &["audit_log", "staff_sessions", "staff_roles", "staff"],
        )
        .await
    }
}
