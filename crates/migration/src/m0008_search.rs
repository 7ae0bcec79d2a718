//! Full-text search over the analysis, proposals and measures, accent-insensitive.
//!
//! On SQLite an FTS5 table with `remove_diacritics 2` is kept up to date by triggers, so every
//! write path feeds it without knowing about it. Its rowid encodes the source: `id * 4 + kind`
//! (1 paragraph, 2 proposal, 3 measure). On PostgreSQL the tables are searched directly through
//! expression indexes on `to_tsvector('simple', mw_fold(…))`, where `mw_fold` lowercases and
//! strips accents the same way as [`crate::fold`].

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Text of a JSON column of language → text, or the column itself when it is plain text.
fn words(column: &str) -> String {
    format!(
        "coalesce(CASE WHEN json_valid({column}) AND json_type({column}) = 'object' \
         THEN (SELECT group_concat(value, ' ') FROM json_each({column})) ELSE {column} END, '')"
    )
}

fn sqlite_statements() -> Vec<String> {
    let mut out = vec![
        "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, \
         tokenize = 'unicode61 remove_diacritics 2')"
            .to_owned(),
    ];
    // (table, kind code, title expression, body expression)
    let sources = [
        ("analysis_paragraphs", 1, "''".to_owned(), words("NEW.body")),
        (
            "proposals",
            2,
            "NEW.title".to_owned(),
            "NEW.body".to_owned(),
        ),
        (
            "measures",
            3,
            words("NEW.title"),
            format!(
                "{} || ' ' || {}",
                words("NEW.description"),
                words("NEW.indicators")
            ),
        ),
    ];
    for (table, code, title, body) in sources {
        let insert = format!(
            "INSERT INTO search_fts(rowid, title, body) VALUES (NEW.id * 4 + {code}, {title}, {body});"
        );
        out.push(format!(
            "CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert} END"
        ));
        out.push(format!(
            "CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} BEGIN \
             DELETE FROM search_fts WHERE rowid = OLD.id * 4 + {code}; {insert} END"
        ));
        out.push(format!(
            "CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN \
             DELETE FROM search_fts WHERE rowid = OLD.id * 4 + {code}; END"
        ));
    }
    out
}

fn postgres_statements() -> Vec<String> {
    vec![
        format!(
            "CREATE FUNCTION mw_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS \
             $$ SELECT replace(translate(lower($1), '{from}', '{to}'), 'ß', 'ss') $$",
            from = crate::FOLD_FROM,
            to = crate::FOLD_TO
        ),
        "CREATE INDEX idx_search_paragraphs ON analysis_paragraphs \
         USING gin (to_tsvector('simple', mw_fold(body)))"
            .to_owned(),
        "CREATE INDEX idx_search_proposals ON proposals \
         USING gin (to_tsvector('simple', mw_fold(title || ' ' || body)))"
            .to_owned(),
        "CREATE INDEX idx_search_measures ON measures \
         USING gin (to_tsvector('simple', mw_fold(title || ' ' || description || ' ' || indicators)))"
            .to_owned(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let statements = match manager.get_database_backend() {
            DbBackend::Sqlite => sqlite_statements(),
            DbBackend::Postgres => postgres_statements(),
            _ => Vec::new(),
        };
        let db = manager.get_connection();
        for statement in statements {
            db.execute_unprepared(&statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Sqlite => {
                for table in ["analysis_paragraphs", "proposals", "measures"] {
                    for event in ["insert", "update", "delete"] {
                        db.execute_unprepared(&format!("DROP TRIGGER search_{table}_{event}"))
                            .await?;
                    }
                }
                db.execute_unprepared("DROP TABLE search_fts").await?;
            }
            DbBackend::Postgres => {
                for index in ["paragraphs", "proposals", "measures"] {
                    db.execute_unprepared(&format!("DROP INDEX idx_search_{index}"))
                        .await?;
                }
                db.execute_unprepared("DROP FUNCTION mw_fold(text)").await?;
            }
            _ => {}
        }
        Ok(())
    }
}
