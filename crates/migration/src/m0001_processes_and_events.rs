//! Processes with their phases and fields of action; venues; events with eligible and working groups.
//!
//! Instants are stored as UTC seconds since the epoch, calendar days as `YYYY-MM-DD`, and every
//! translatable text as a JSON object of language tag to text.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    from_table: &'static str,
    column: &'static str,
    to_table: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, column)
        .to(to_table, "id")
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("processes")
                    .col(big_pk_auto("id"))
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
                Table::create()
                    .table("phases")
                    .col(big_pk_auto("id"))
                    .col(big_integer("process_id"))
                    .col(integer("position"))
                    .col(string_len("kind", 32))
                    .col(text("title"))
                    .col(text("description"))
                    .col(string_len("starts_on", 10))
                    .col(string_len("ends_on", 10))
                    .foreign_key(&mut fk("phases", "process_id", "processes"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("fields_of_action")
                    .col(big_pk_auto("id"))
                    .col(big_integer("process_id"))
                    .col(integer("position"))
                    .col(string_len("slug", 80))
                    .col(text("title"))
                    .col(text("description"))
                    .col(boolean("is_example"))
                    .foreign_key(&mut fk("fields_of_action", "process_id", "processes"))
                    .index(Index::create().unique().col("process_id").col("slug"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("venues")
                    .col(big_pk_auto("id"))
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
                Table::create()
                    .table("events")
                    .col(big_pk_auto("id"))
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
                    .foreign_key(&mut fk("events", "process_id", "processes"))
                    .foreign_key(
                        &mut ForeignKey::create()
                            .from("events", "venue_id")
                            .to("venues", "id")
                            .on_delete(ForeignKeyAction::Restrict)
                            .to_owned(),
                    )
                    .index(Index::create().unique().col("process_id").col("slug"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("eligible_groups")
                    .col(big_pk_auto("id"))
                    .col(big_integer("event_id"))
                    .col(integer("position"))
                    .col(text("name"))
                    .foreign_key(&mut fk("eligible_groups", "event_id", "events"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("working_groups")
                    .col(big_pk_auto("id"))
                    .col(big_integer("event_id"))
                    .col(integer("position"))
                    .col(text("title"))
                    .col(text("description"))
                    .col(integer_null("capacity"))
                    .col(boolean("is_example"))
                    .foreign_key(&mut fk("working_groups", "event_id", "events"))
                    .to_owned(),
            )
            .await?;

        for (table, column) in [
            ("phases", "process_id"),
            ("events", "process_id"),
            ("eligible_groups", "event_id"),
            ("working_groups", "event_id"),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(format!("idx_{table}_{column}"))
                        .table(table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "working_groups",
            "eligible_groups",
            "events",
            "venues",
            "fields_of_action",
            "phases",
            "processes",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
