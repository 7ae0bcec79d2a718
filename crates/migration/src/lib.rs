//! The schema, as versioned migrations that run unchanged on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod ddl;
mod m0001_processes_and_events;
mod m0002_registrations_and_outbox;
mod m0003_reminders;
mod m0004_registration_lookup;
mod m0005_staff;
mod m0006_totp;
mod m0007_cocreation;
mod m0008_search;
mod m0009_accessibility_feedback;

/// Letters with accents, and the plain letters search treats them as (same order, one for one);
/// `ß` becomes `ss` besides. Used by the database's folding function and by snippets alike.
pub const FOLD_FROM: &str = "àáâãäåāăąÀÁÂÃÄÅĀĂĄçćčÇĆČďđĎĐèéêëēėęěÈÉÊËĒĖĘĚğĞìíîïīįıÌÍÎÏĪĮİłŁñńňÑŃŇòóôõöøōőÒÓÔÕÖØŌŐřŘśšşŚŠŞțťţȚŤŢùúûüūůűųÙÚÛÜŪŮŰŲýÿÝŸźżžŹŻŽ";
pub const FOLD_TO: &str = "aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeggiiiiiiiiiiiiiillnnnnnnoooooooooooooooorrssssssttttttuuuuuuuuuuuuuuuuyyyyzzzzzz";

/// Lowercases and strips accents the way search compares words.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c == 'ß' {
            out.push_str("ss");
        } else if let Some(i) = FOLD_FROM.chars().position(|f| f == c) {
            out.push(FOLD_TO.chars().nth(i).unwrap_or(c));
        } else {
            out.push(c);
        }
    }
    out
}

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
            Box::new(m0008_search::Migration),
            Box::new(m0009_accessibility_feedback::Migration),
        ]
    }
}
