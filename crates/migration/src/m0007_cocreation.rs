//! Co-creation: participants who sign in by link, the analysis as paragraphs with comments,
//! proposals with supports, position papers, reports for moderation, workshop results, and the
//! action plan of goals and measures with their origins and progress.
//!
//! A contribution outlives its author: deleting an account sets the author to NULL.

use crate::ddl::{cascade, create_indexes, drop_tables, set_null, table, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Columns every public contribution has: written, edited, deleted by its author, hidden by a moderator.
fn contribution(table: &mut TableCreateStatement) -> &mut TableCreateStatement {
    table
        .col(big_integer_null("author_id"))
        .col(big_integer("created_at"))
        .col(big_integer_null("edited_at"))
        .col(big_integer_null("deleted_at"))
        .col(big_integer_null("hidden_at"))
        .col(text_null("hidden_reason"))
        .col(big_integer_null("hidden_by"))
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                table("participants")
                    .col(string_len_uniq("email", 254))
                    .col(string_len("display_name", 80))
                    .col(string_len("locale", 16))
                    .col(big_integer("created_at"))
                    .col(big_integer_null("last_seen_at"))
                    .to_owned(),
            )
            .await?;
        // A requested sign-in link: the token is derived from the nonce, only its hash is looked up.
        manager
            .create_table(
                table("sign_in_links")
                    .col(string_len_uniq("token_hash", 64))
                    .col(string_len("nonce", 64))
                    .col(string_len("email", 254))
                    .col(string_len("locale", 16))
                    .col(text("return_to"))
                    .col(big_integer("created_at"))
                    .col(big_integer("expires_at"))
                    .col(big_integer_null("used_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("participant_sessions")
                    .col(string_len("token_hash", 64).primary_key())
                    .col(big_integer("participant_id"))
                    .col(big_integer("created_at"))
                    .col(big_integer("expires_at"))
                    .foreign_key(&mut cascade(
                        "participant_sessions",
                        "participant_id",
                        "participants",
                    ))
                    .to_owned(),
            )
            .await?;

        // The analysis of a field of action, paragraph by paragraph. A paragraph keeps its id (and
        // so its anchor and comments) across edits; `revision` counts changes to its text, and a
        // paragraph that was removed keeps its row with `position` NULL.
        manager
            .create_table(
                table("analysis_paragraphs")
                    .col(big_integer("field_id"))
                    .col(integer_null("position"))
                    .col(text("body"))
                    .col(integer("revision").default(1))
                    .col(big_integer("updated_at"))
                    .foreign_key(&mut cascade(
                        "analysis_paragraphs",
                        "field_id",
                        "fields_of_action",
                    ))
                    .to_owned(),
            )
            .await?;

        let mut proposals = table("proposals");
        proposals
            .col(big_integer("field_id"))
            .col(string_len("kind", 16))
            .col(text("title"))
            .col(text("body"))
            .col(string_len("state", 16))
            .col(text("answer"))
            .col(big_integer_null("merged_into"))
            .col(big_integer_null("answered_at"));
        contribution(&mut proposals)
            .foreign_key(&mut cascade("proposals", "field_id", "fields_of_action"))
            .foreign_key(&mut set_null("proposals", "author_id", "participants"))
            .foreign_key(&mut set_null("proposals", "merged_into", "proposals"));
        manager.create_table(proposals.to_owned()).await?;

        // A comment is on a paragraph or on a proposal; a reply names its parent.
        let mut comments = table("comments");
        comments
            .col(big_integer_null("paragraph_id"))
            .col(integer("paragraph_revision").default(0))
            .col(big_integer_null("proposal_id"))
            .col(big_integer_null("parent_id"))
            .col(text("body"));
        contribution(&mut comments)
            .foreign_key(&mut cascade(
                "comments",
                "paragraph_id",
                "analysis_paragraphs",
            ))
            .foreign_key(&mut cascade("comments", "proposal_id", "proposals"))
            .foreign_key(&mut cascade("comments", "parent_id", "comments"))
            .foreign_key(&mut set_null("comments", "author_id", "participants"));
        manager.create_table(comments.to_owned()).await?;

        // One support per person and proposal; a deleted account's support still counts.
        manager
            .create_table(
                table("supports")
                    .col(big_integer("proposal_id"))
                    .col(big_integer_null("participant_id"))
                    .col(big_integer("created_at"))
                    .foreign_key(&mut cascade("supports", "proposal_id", "proposals"))
                    .foreign_key(&mut set_null("supports", "participant_id", "participants"))
                    .index(&mut unique(&["proposal_id", "participant_id"]))
                    .to_owned(),
            )
            .await?;

        let mut papers = table("position_papers");
        papers
            .col(big_integer("process_id"))
            .col(big_integer_null("field_id"))
            .col(text("organisation"))
            .col(text("title"))
            .col(text("summary"))
            .col(string_len("filename", 200))
            .col(big_integer("size"))
            .col(string_len("sha256", 64))
            .col(blob("content"));
        contribution(&mut papers)
            .foreign_key(&mut cascade("position_papers", "process_id", "processes"))
            .foreign_key(&mut set_null(
                "position_papers",
                "field_id",
                "fields_of_action",
            ))
            .foreign_key(&mut set_null(
                "position_papers",
                "author_id",
                "participants",
            ));
        manager.create_table(papers.to_owned()).await?;

        // A report by anyone; a moderator resolves it by hiding the target or dismissing the report.
        manager
            .create_table(
                table("reports")
                    .col(string_len("target_kind", 16))
                    .col(big_integer("target_id"))
                    .col(text("reason"))
                    .col(big_integer_null("reporter_id"))
                    .col(big_integer("created_at"))
                    .col(big_integer_null("resolved_at"))
                    .col(big_integer_null("resolved_by"))
                    .foreign_key(&mut set_null("reports", "reporter_id", "participants"))
                    .to_owned(),
            )
            .await?;

        // What a working group or a pin board of an event produced for a field of action.
        manager
            .create_table(
                table("workshop_results")
                    .col(big_integer("event_id"))
                    .col(big_integer_null("working_group_id"))
                    .col(big_integer("field_id"))
                    .col(string_len("source", 16))
                    .col(text("body"))
                    .col(integer("dot_votes").default(0))
                    .col(big_integer("created_at"))
                    .foreign_key(&mut cascade("workshop_results", "event_id", "events"))
                    .foreign_key(&mut set_null(
                        "workshop_results",
                        "working_group_id",
                        "working_groups",
                    ))
                    .foreign_key(&mut cascade(
                        "workshop_results",
                        "field_id",
                        "fields_of_action",
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                table("goals")
                    .col(big_integer("field_id"))
                    .col(integer("position"))
                    .col(text("title"))
                    .col(text("description"))
                    .foreign_key(&mut cascade("goals", "field_id", "fields_of_action"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                table("measures")
                    .col(big_integer("goal_id"))
                    .col(integer("position"))
                    .col(text("title"))
                    .col(text("description"))
                    .col(text("lead_unit"))
                    .col(text("partners"))
                    .col(text("timeframe"))
                    .col(text("indicators"))
                    .col(string_len("status", 16))
                    .col(big_integer("updated_at"))
                    .foreign_key(&mut cascade("measures", "goal_id", "goals"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                table("measure_updates")
                    .col(big_integer("measure_id"))
                    .col(string_len("on_date", 10))
                    .col(string_len("status", 16))
                    .col(text("note"))
                    .col(big_integer("created_at"))
                    .foreign_key(&mut cascade("measure_updates", "measure_id", "measures"))
                    .to_owned(),
            )
            .await?;
        // Where a measure came from: a proposal, a workshop result, a comment or a position paper.
        manager
            .create_table(
                table("measure_origins")
                    .col(big_integer("measure_id"))
                    .col(string_len("kind", 16))
                    .col(big_integer("target_id"))
                    .foreign_key(&mut cascade("measure_origins", "measure_id", "measures"))
                    .index(&mut unique(&["measure_id", "kind", "target_id"]))
                    .to_owned(),
            )
            .await?;
        create_indexes(
            manager,
            &[
                ("sign_in_links", &["email", "created_at"]),
                ("analysis_paragraphs", &["field_id", "position"]),
                ("proposals", &["field_id", "created_at"]),
                ("comments", &["paragraph_id"]),
                ("comments", &["proposal_id"]),
                ("reports", &["target_kind", "target_id"]),
                ("workshop_results", &["field_id"]),
                ("goals", &["field_id", "position"]),
                ("measures", &["goal_id", "position"]),
                ("measure_updates", &["measure_id", "on_date"]),
                ("measure_origins", &["kind", "target_id"]),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_tables(
            manager,
            &[
                "measure_origins",
                "measure_updates",
                "measures",
                "goals",
                "workshop_results",
                "reports",
                "position_papers",
                "supports",
                "comments",
                "proposals",
                "analysis_paragraphs",
                "participant_sessions",
                "sign_in_links",
                "participants",
            ],
        )
        .await
    }
}
