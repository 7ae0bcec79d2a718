//! Which language a request is answered in: `?lang=`, then the cookie, then Accept-Language, then German.

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use mitwirken_domain::Locale;
use std::convert::Infallible;

pub const COOKIE: &str = "lang";

fn from_query(query: Option<&str>) -> Option<Locale> {
    query?
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(|tag| Locale::parse(tag).ok())
}

fn from_cookie(parts: &axum::http::HeaderMap) -> Option<Locale> {
    parts
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix("lang="))
        .find_map(|tag| Locale::parse(tag).ok())
}

fn from_accept_language(headers: &axum::http::HeaderMap) -> Option<Locale> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Locale::negotiate)
}

/// Chooses the language, stores it in the request, and remembers an explicit choice in a cookie.
pub async fn negotiate(mut request: Request, next: Next) -> Response {
    let chosen = from_query(request.uri().query());
    let locale = chosen
        .or_else(|| from_cookie(request.headers()))
        .or_else(|| from_accept_language(request.headers()))
        .unwrap_or(Locale::GERMAN);
    request.extensions_mut().insert(locale);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Some(chosen) = chosen {
        let cookie = format!(
            "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
            chosen.tag()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    if let Ok(value) = HeaderValue::from_str(locale.tag()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

/// The language chosen for this request.
#[derive(Debug, Clone, Copy)]
pub struct Lang(pub Locale);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Lang(
            parts
                .extensions
                .get::<Locale>()
                .copied()
                .unwrap_or(Locale::GERMAN),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_wins_and_unknown_tags_are_ignored() {
        assert_eq!(from_query(Some("x=1&lang=ar")), Locale::parse("ar").ok());
        assert_eq!(from_query(Some("lang=xx")), None);
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=b; lang=en"));
        assert_eq!(from_cookie(&headers), Locale::parse("en").ok());
    }
}
