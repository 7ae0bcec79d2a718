//! The HTTP face of mitwirken: public pages, the JSON API, calendar files, assets and operations endpoints.

pub mod admin;
pub mod api;
mod assets;
mod base;
mod client;
pub mod error;
pub mod i18n;
mod locale;
pub mod lookup;
mod markdown;
mod ops;
pub mod participant;
pub mod paths;
pub(crate) mod public;
mod router;
mod security;
mod view;

#[cfg(test)]
#[path = "../unit/keys.rs"]
mod keys;

pub use error::AppError;
pub use router::build_router;

use mitwirken_auth::Keys;
use mitwirken_domain::{Clock, LocalizedText};
use mitwirken_store::Store;
use serde::Deserialize;
use std::sync::Arc;

/// What the operator configures about the site itself: where it lives and the legal pages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SiteConfig {
    /// The public address, used in calendar entries and mails; empty means the address served on.
    pub base_url: String,
    /// Who runs this installation, as the imprint names them.
    pub operator: String,
    pub operator_address: String,
    pub contact_email: String,
    /// Markdown per language; when empty, a translated default text is shown.
    pub imprint: LocalizedText,
    pub privacy: LocalizedText,
    pub accessibility: LocalizedText,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            base_url: String::new(),
            operator: String::new(),
            operator_address: String::new(),
            contact_email: String::new(),
            imprint: LocalizedText::empty(),
            privacy: LocalizedText::empty(),
            accessibility: LocalizedText::empty(),
        }
    }
}

impl SiteConfig {
    /// Whether cookies get the `Secure` flag: when the site is served over HTTPS.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

/// A numeric id from the path; anything else is a page that does not exist, not a bad request.
#[derive(Debug, Clone, Copy)]
pub struct PathId(pub i64);

impl<'de> Deserialize<'de> for PathId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Ok(PathId(raw.parse().unwrap_or(-1)))
    }
}

/// How registration behaves, from configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RegistrationConfig {
    /// How long a seat is held for an address that is not yet confirmed.
    pub hold_minutes: u32,
    /// The version of the privacy notice people consent to; recorded with each registration.
    pub privacy_version: String,
}

impl Default for RegistrationConfig {
    fn default() -> Self {
        RegistrationConfig {
            hold_minutes: 120,
            privacy_version: "1".to_owned(),
        }
    }
}

/// Everything a handler may use; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub site: Arc<SiteConfig>,
    pub registration: Arc<RegistrationConfig>,
    pub keys: Keys,
    /// Woken whenever a mail was queued, so the worker sends it without waiting for its next round.
    pub mail_queued: Arc<tokio::sync::Notify>,
    pub event_forms: Arc<lookup::EventCache>,
}

impl AppState {
    pub fn new(store: Store, clock: Arc<dyn Clock>, site: SiteConfig, keys: Keys) -> Self {
        AppState {
            store,
            clock,
            site: Arc::new(site),
            registration: Arc::new(RegistrationConfig::default()),
            keys,
            mail_queued: Arc::new(tokio::sync::Notify::new()),
            event_forms: Arc::default(),
        }
    }

    pub fn with_registration(mut self, config: RegistrationConfig) -> Self {
        self.registration = Arc::new(config);
        self
    }
}
