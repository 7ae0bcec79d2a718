//! All SQL of mitwirken: connecting, migrating, reading and writing, on SQLite and PostgreSQL alike.

pub mod cocreation;
mod convert;
pub mod demo_content;
pub mod entity;
pub mod events;
pub mod feedback;
pub mod outbox;
pub mod participants;
pub mod plan;
pub mod registrations;
pub mod staff;

pub use cocreation::{
    analysis, answers, comments, moderation, papers, proposals, search, statistics, workshop,
};
pub use events::setup as scenario;
pub use mitwirken_auth::{Keys, Token, token};
pub use participants as participant;
pub use registrations::desk;
pub use registrations::{ConfirmOutcome, RegisterError, RegisterOutcome, Registration, SeatCount};
pub use scenario::LoadOutcome;

use mitwirken_migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use std::time::Duration;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("scenario: {0}")]
    Scenario(String),
    #[error("unsupported database URL {0:?}: use sqlite://… or postgres://…")]
    UnsupportedUrl(String),
}

impl StoreError {
    /// Whether a unique constraint refused the write, e.g. a slug that is already taken.
    pub fn is_unique_violation(&self) -> bool {
        matches!(self, StoreError::Db(e) if matches!(e.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_))))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A handle on the database; cheap to clone, shared by every request.
#[derive(Clone, Debug)]
pub struct Store {
    db: DatabaseConnection,
    /// Where write transactions run: on SQLite one connection, so writers queue instead of failing
    /// with "database is locked"; on PostgreSQL the same pool as reads.
    writer: DatabaseConnection,
}

impl Store {
    /// Connects to `sqlite://path` (created when missing) or `postgres://…`.
    pub async fn connect(url: &str) -> Result<Store> {
        let options = |max: u32| {
            let mut options = ConnectOptions::new(url.to_owned());
            options
                .sqlx_logging(false)
                .max_connections(max)
                .connect_timeout(Duration::from_secs(10))
                .acquire_timeout(Duration::from_secs(10));
            options
        };
        if url.starts_with("sqlite:") {
            let sqlite = |max: u32| {
                let mut o = options(max);
                o.map_sqlx_sqlite_opts(|o| {
                    o.create_if_missing(true)
                        .journal_mode(SqliteJournalMode::Wal)
                        .synchronous(SqliteSynchronous::Normal)
                        .foreign_keys(true)
                        .busy_timeout(Duration::from_secs(10))
                });
                o
            };
            let writer = Database::connect(sqlite(1)).await?;
            let db = Database::connect(sqlite(8)).await?;
            Ok(Store { db, writer })
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let db = Database::connect(options(16)).await?;
            Ok(Store {
                writer: db.clone(),
                db,
            })
        } else {
            Err(StoreError::UnsupportedUrl(redact(url)))
        }
    }

    pub async fn migrate(&self) -> Result<()> {
        Migrator::up(&self.writer, None).await?;
        Ok(())
    }

    /// Answers whether the database takes a query right now.
    pub async fn ping(&self) -> Result<()> {
        self.db.execute_unprepared("SELECT 1").await?;
        Ok(())
    }

    pub fn backend(&self) -> &'static str {
        match self.db.get_database_backend() {
            DbBackend::Sqlite => "sqlite",
            DbBackend::Postgres => "postgres",
            _ => "other",
        }
    }

    /// A write transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`), so a
    /// second process waits for it instead of failing when its read turns into a write.
    pub(crate) async fn write(&self) -> Result<DatabaseTransaction, DbErr> {
        self.writer
            .begin_with_options(TransactionOptions {
                isolation_level: None,
                access_mode: None,
                sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            })
            .await
    }

    pub async fn close(self) -> Result<()> {
        self.db.close().await?;
        if self.writer.get_database_backend() == DbBackend::Sqlite {
            self.writer.close().await?;
        }
        Ok(())
    }
}

/// A database URL fit for logs: any password is replaced.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme_end + 3],
                    &credentials[..colon],
                    &url[at..]
                ),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_the_logs() {
        assert_eq!(
            redact("postgres://app:s3cret@db:5432/mitwirken"),
            "postgres://app:***@db:5432/mitwirken"
        );
        assert_eq!(
            redact("sqlite://data/mitwirken.db"),
            "sqlite://data/mitwirken.db"
        );
    }
}
