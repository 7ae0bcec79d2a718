//! Reports of barriers sent through the accessibility statement (BITV 2.0 § 7): what was
//! reported, where the organiser can answer, and when and by whom it was handled.
//!
//! `client_key` is a keyed hash of the sender's network address, kept only while it limits how
//! many reports one client sends per hour; the retention job clears it after that.

use crate::ddl::{create_indexes, set_null, table};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                table("accessibility_feedback")
                    .col(big_integer("created_at"))
                    .col(string_len_null("page", 500))
                    .col(text("message"))
                    .col(string_len_null("email", 254))
                    .col(string_len_null("name", 100))
                    .col(string_len("locale", 16))
                    .col(big_integer_null("handled_at"))
                    .col(big_integer_null("handled_by"))
                    .col(string_len_null("client_key", 64))
                    .foreign_key(&mut set_null(
                        "accessibility_feedback",
                        "handled_by",
                        "staff",
                    ))
                    .to_owned(),
            )
            .await?;
        create_indexes(
            manager,
            &[
                ("accessibility_feedback", &["handled_at"]),
                ("accessibility_feedback", &["client_key", "created_at"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("accessibility_feedback").to_owned())
            .await
    }
}
