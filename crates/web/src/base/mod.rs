//! What the public side, the back office and the api all build on, so that none of them needs
//! another.

mod audit;
pub mod labels;
pub mod plan_views;
pub mod registration;

pub use audit::audited_redirect;

use crate::i18n::Tr;
use crate::view::{Chrome, Content};
use axum::extract::{FromRequestParts, OriginalUri};
use axum::http::request::Parts;
use mitwirken_domain::Locale;
use std::convert::Infallible;

/// What every page needs to know about its request: the language and where it is.
pub struct PageCtx {
    pub locale: Locale,
    pub path: String,
    pub query: Option<String>,
    /// A participant session cookie is present (not yet checked against the database).
    pub has_session: bool,
    /// The form was sent by a language button: show it again, as sent, in the new language.
    pub switching: bool,
}

impl PageCtx {
    pub fn tr(&self) -> Tr {
        Tr::new(self.locale)
    }

    pub fn content(&self) -> Content {
        Content::new(self.locale)
    }

    pub fn chrome(&self, title: impl Into<String>, content: &Content) -> Chrome {
        let mut chrome = Chrome::new(self.locale, &self.path, self.query.as_deref(), title.into());
        chrome.fallback_notice = content.fell_back();
        chrome.signed_in = self.has_session;
        chrome
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageCtx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let crate::locale::Lang(locale) =
            crate::locale::Lang::from_request_parts(parts, state).await?;
        let uri = parts
            .extensions
            .get::<OriginalUri>()
            .map_or_else(|| parts.uri.clone(), |o| o.0.clone());
        Ok(PageCtx {
            locale,
            path: uri.path().to_owned(),
            query: uri.query().map(str::to_owned),
            has_session: crate::participant::session_token(&parts.headers).is_some(),
            switching: parts
                .extensions
                .get::<crate::locale::LanguageSwitch>()
                .is_some(),
        })
    }
}

/// Renders a template into an HTML response.
pub fn html<T: askama::Template>(page: T) -> Result<axum::response::Html<String>, crate::AppError> {
    Ok(axum::response::Html(crate::view::finish_page(
        page.render()?,
    )))
}
