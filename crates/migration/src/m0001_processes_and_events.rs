//! Processes with their phases and fields of action; venues; events with eligible and working groups.
//!
//! Instants are stored as UTC seconds since the epoch, calendar days as `YYYY-MM-DD`, and every
//! translatable text as a JSON object of language tag to text.

use crate::ddl::{cascade, create_indexes, drop_tables, references, table, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                table("processes")
                    .col(string_len_uniq("slug", 80))
                    .col(string_len("status", 20))
                    .col(string_len("time_zone", 64))
                    .col(text("title"))
                    .col(text("motto"))
                    .col(text("summary"))
                    .col(text("organiser"))
                    .col(string_null("organiser_person"))
                    .col(string_null("contact_email"))
                    .col(string_null("source_url"))
                    .col(text("analysis_title"))
                    .col(text("analysis_summary"))
                    .col(text("plan_title"))
                    .col(text("plan_summary"))
                    .col(big_integer("created_at"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                table("phases")
                    .col(big_integer("process_id"))
                    .col(integer("position"))
                    .col(string_len("kind", 32))
                    .col(text("title"))
                    .col(text("description"))
                    .col(string_len("starts_on", 10))
                    .col(string_len("ends_on", 10))
                    .foreign_key(&mut cascade("phases", "process_id", "processes"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                table("fields_of_action")
                    .col(big_integer("process_id"))
                    .col(integer("position"))
                    .col(string_len("slug", 80))
                    .col(text("title"))
                    .col(text("description"))
                    .col(boolean("is_example"))
                    .foreign_key(&mut cascade("fields_of_action", "process_id", "processes"))
                    .index(&mut unique(&["process_id", "slug"]))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                table("venues")
                    .col(text("name"))
                    .col(string("street"))
                    .col(string_len("postal_code", 16))
                    .col(string("city"))
                    .col(text("entrance"))
                    .col(text("accessibility"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                table("events")
                    .col(big_integer("process_id"))
                    .col(integer("position"))
                    .col(string_len("slug", 80))
                    .col(text("title"))
                    .col(text("description"))
                    .col(text("audience"))
                    .col(big_integer("starts_at"))
                    .col(big_integer("ends_at"))
                    .col(big_integer("venue_id"))
                    .col(integer("capacity"))
                    .col(integer("taken").default(0))
                    .col(big_integer_null("registration_opens_at"))
                    .col(big_integer("registration_closes_at"))
                    .col(integer("fee_cents").default(0))
                    .col(text("on_site_notes"))
                    .col(string_len("access", 32))
                    .col(string_len("allocation", 32))
                    .col(boolean("waiting_list"))
                    .col(string_len("status", 20))
                    .col(integer("sequence").default(0))
                    .col(big_integer("updated_at"))
                    .check(Expr::cust(
                        "taken >= 0 AND taken <= capacity AND ends_at > starts_at",
                    ))
                    .foreign_key(&mut cascade("events", "process_id", "processes"))
                    .foreign_key(&mut references(
                        "events",
                        "venue_id",
                        "venues",
                        ForeignKeyAction::Restrict,
                    ))
                    .index(&mut unique(&["process_id", "slug"]))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                table("eligible_groups")
                    .col(big_integer("event_id"))
                    .col(integer("position"))
                    .col(text("name"))
                    .foreign_key(&mut cascade("eligible_groups", "event_id", "events"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                table("working_groups")
                    .col(big_integer("event_id"))
                    .col(integer("position"))
                    .col(text("title"))
                    .col(text("description"))
                    .col(integer_null("capacity"))
                    .col(boolean("is_example"))
                    .foreign_key(&mut cascade("working_groups", "event_id", "events"))
                    .to_owned(),
            )
            .await?;

        create_indexes(
            manager,
            &[
                ("phases", &["process_id"]),
                ("events", &["process_id"]),
                ("eligible_groups", &["event_id"]),
                ("working_groups", &["event_id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &[
                "working_groups",
                "eligible_groups",
                "events",
                "venues",
                "fields_of_action",
                "phases",
                "processes",
            ],
        )
        .await
    }
}
