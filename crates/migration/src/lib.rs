//! The schema, as versioned migrations that run unchanged on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m0001_processes_and_events;
mod m0002_registrations_and_outbox;
mod m0003_reminders;
mod m0004_registration_lookup;
mod m0005_staff;
mod m0006_totp;
mod m0007_cocreation;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_processes_and_events::Migration),
            Box::new(m0002_registrations_and_outbox::Migration),
            Box::new(m0003_reminders::Migration),
            Box::new(m0004_registration_lookup::Migration),
            Box::new(m0005_staff::Migration),
            Box::new(m0006_totp::Migration),
            Box::new(m0007_cocreation::Migration),
        ]
    }
}
