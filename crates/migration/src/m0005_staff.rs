//! Staff accounts, their roles per process, sessions kept in the database (so every instance
//! knows them), the audit log, and check-in at the door.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn cascade(from: (&'static str, &'static str), to: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to, "id")
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("staff")
                    .col(big_pk_auto("id"))
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
                Table::create()
                    .table("staff_roles")
                    .col(big_pk_auto("id"))
                    .col(big_integer("staff_id"))
                    .col(big_integer("process_id"))
                    .col(string_len("role", 24))
                    .foreign_key(&mut cascade(("staff_roles", "staff_id"), "staff"))
                    .foreign_key(&mut cascade(("staff_roles", "process_id"), "processes"))
                    .index(
                        Index::create()
                            .unique()
                            .col("staff_id")
                            .col("process_id")
                            .col("role"),
                    )
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
                    .foreign_key(&mut cascade(("staff_sessions", "staff_id"), "staff"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("audit_log")
                    .col(big_pk_auto("id"))
                    .col(big_integer("at"))
                    .col(big_integer_null("staff_id"))
                    .col(string_len("action", 64))
                    .col(string("subject"))
                    .col(text("details"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_at")
                    .table("audit_log")
                    .col("at")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("registrations")
                    .add_column(big_integer_null("checked_in_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("registrations")
                    .drop_column("checked_in_at")
                    .to_owned(),
            )
            .await?;
        for table in ["audit_log", "staff_sessions", "staff_roles", "staff"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
