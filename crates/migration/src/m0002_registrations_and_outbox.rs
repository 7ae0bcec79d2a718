//! Registrations with their seats and tokens, invitation codes, extra questions, and the outbox of mails.

use crate::ddl::{add_column, cascade, drop_column, drop_tables, named_index, table, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(manager, "working_groups", integer("taken").default(0)).await?;

        manager
            .create_table(
                table("invitation_codes")
                    .col(big_integer("event_id"))
                    .col(string("organisation"))
                    .col(string_len_uniq("code_hash", 64))
                    .col(integer("max_uses"))
                    .col(integer("used").default(0))
                    .col(big_integer("created_at"))
                    .check(Expr::cust("used >= 0 AND used <= max_uses"))
                    .foreign_key(&mut cascade("invitation_codes", "event_id", "events"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                table("event_questions")
                    .col(big_integer("event_id"))
                    .col(integer("position"))
                    .col(text("label"))
                    .col(boolean("required"))
                    .foreign_key(&mut cascade("event_questions", "event_id", "events"))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                table("registrations")
                    .col(big_integer("event_id"))
                    .col(string_len("status", 24))
                    .col(boolean("holds_seat"))
                    .col(big_integer_null("hold_expires_at"))
                    .col(string_len("email", 254))
                    .col(string("given_name"))
                    .col(string("family_name"))
                    .col(string_null("organisation"))
                    .col(big_integer_null("eligible_group_id"))
                    .col(string_null("phone"))
                    .col(string_len("locale", 16))
                    .col(big_integer_null("working_group_id"))
                    .col(string_null("needs_interpretation"))
                    .col(boolean("needs_sign_language"))
                    .col(boolean("needs_step_free"))
                    .col(text_null("needs_other"))
                    .col(text("answers"))
                    .col(string_len("consent_version", 32))
                    .col(big_integer("consent_at"))
                    .col(big_integer_null("invitation_code_id"))
                    .col(string_len("token_nonce", 32))
                    .col(string_len_uniq("confirm_token_hash", 64))
                    .col(string_len_uniq("manage_token_hash", 64))
                    .col(string_len("ticket_code", 16))
                    .col(big_integer("created_at"))
                    .col(big_integer_null("confirmed_at"))
                    .col(big_integer_null("waitlisted_at"))
                    .col(big_integer_null("cancelled_at"))
                    .col(big_integer("updated_at"))
                    .foreign_key(&mut cascade("registrations", "event_id", "events"))
                    .index(&mut unique(&["event_id", "ticket_code"]))
                    .to_owned(),
            )
            .await?;
        // One active registration per address and event; a cancelled one may register again.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_registrations_active_email ON registrations (event_id, email) \
                 WHERE status NOT IN ('cancelled', 'rejected')",
            )
            .await?;
        manager
            .create_index(named_index(
                "idx_registrations_event_status",
                "registrations",
                &["event_id", "status"],
            ))
            .await?;

        manager
            .create_table(
                table("outbox")
                    .col(string_len("kind", 40))
                    .col(big_integer_null("registration_id"))
                    .col(string_len("recipient", 254))
                    .col(string_len("locale", 16))
                    .col(text("payload"))
                    .col(string_len("status", 16))
                    .col(integer("attempts").default(0))
                    .col(big_integer("next_attempt_at"))
                    .col(big_integer_null("locked_until"))
                    .col(text_null("last_error"))
                    .col(big_integer("created_at"))
                    .col(big_integer_null("sent_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(named_index(
                "idx_outbox_due",
                "outbox",
                &["status", "next_attempt_at"],
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &[
                "outbox",
                "registrations",
                "event_questions",
                "invitation_codes",
            ],
        )
        .await?;
        drop_column(manager, "working_groups", "taken").await
    }
}
