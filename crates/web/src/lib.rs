//! The HTTP face of mitwirken: public pages, the JSON API, calendar files, assets and operations endpoints.

pub mod api;
mod assets;
pub mod error;
pub mod i18n;
mod locale;
mod lookup;
mod markdown;
mod ops;
mod public;
mod router;
mod security;
mod view;

pub use error::AppError;
pub use router::build_router;

use mitwirken_domain::{Clock, LocalizedText};
use mitwirken_store::Store;
use serde::Deserialize;
use std::sync::Arc;

/// What the operator configures about the site itself: where it lives and the legal pages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SiteConfig {
    /// The public address, used in calendar entries and mails.
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
            base_url: "http://127.0.0.1:8080".to_owned(),
            operator: String::new(),
            operator_address: String::new(),
            contact_email: String::new(),
            imprint: LocalizedText::empty(),
            privacy: LocalizedText::empty(),
            accessibility: LocalizedText::empty(),
        }
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

/// Everything a handler may use; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub site: Arc<SiteConfig>,
}

impl AppState {
    pub fn new(store: Store, clock: Arc<dyn Clock>, site: SiteConfig) -> Self {
        AppState {
            store,
            clock,
            site: Arc::new(site),
        }
    }
}
