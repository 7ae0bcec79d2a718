//! Reports of barriers sent through the accessibility statement (BITV 2.0 § 7): what was
//! reported, where the organiser can answer, and when and by whom it was handled.
//!
//! `client_key` is a keyed hash of the sender's network address, kept only while it limits how
//! many reports one client sends per hour; the retention job clears it after that.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("accessibility_feedback")
                    .col(big_pk_auto("id"))
                    .col(big_integer("created_at"))
                    .col(string_len_null("page", 500))
                    .col(text("message"))
                    .col(string_len_null("email", 254))
                    .col(string_len_null("name", 100))
                    .col(string_len("locale", 16))
                    .col(big_integer_null("handled_at"))
                    .col(big_integer_null("handled_by"))
                    .col(string_len_null("client_key", 64))
                    .foreign_key(
                        ForeignKey::create()
                            .from("accessibility_feedback", "handled_by")
                            .to("staff", "id")
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for columns in [&["handled_at"][..], &["client_key", "created_at"][..]] {
            let mut index = Index::create();
            index
                .name(format!("idx_accessibility_feedback_{}", columns.join("_")))
                .table("accessibility_feedback");
            for column in columns {
                index.col(*column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("accessibility_feedback").to_owned())
            .await
    }
}
