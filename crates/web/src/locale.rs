//! Which language a request is answered in: `?lang=`, then the cookie, then Accept-Language, then German.

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use mitwirken_domain::Locale;
use mitwirken_i18n::negotiate::{COOKIE, from_cookie_header, from_form_body, from_query};
use std::convert::Infallible;

/// The name of the form field a language button of a form sends.
pub const SWITCH_FIELD: &str = "switch-lang";

/// Marks a request whose form was sent by a language button: the handler shows the same form
/// again, filled in as sent, in the new language, and changes nothing.
#[derive(Debug, Clone, Copy)]
pub struct LanguageSwitch;

/// Form bodies up to this size are read here to find a language button; larger ones are uploads.
const SWITCH_BODY_LIMIT: usize = 64 * 1024;

/// The language of a language button in a posted form, with the request rebuilt for the handler.
async fn from_form(request: Request) -> (Request, Option<Locale>) {
    let headers = request.headers();
    let is_form = request.method() == axum::http::Method::POST
        && headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let small = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        .is_some_and(|length| length <= SWITCH_BODY_LIMIT);
    if !is_form || !small {
        return (request, None);
    }
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, SWITCH_BODY_LIMIT)
        .await
        .unwrap_or_default();
    let switched = from_form_body(&bytes, SWITCH_FIELD);
    (
        Request::from_parts(parts, axum::body::Body::from(bytes)),
        switched,
    )
}

fn from_cookie(parts: &axum::http::HeaderMap) -> Option<Locale> {
    parts
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(from_cookie_header)
}

fn from_accept_language(headers: &axum::http::HeaderMap) -> Option<Locale> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Locale::negotiate)
}

/// Chooses the language, stores it in the request, and remembers an explicit choice in a cookie.
pub async fn negotiate(request: Request, next: Next) -> Response {
    let (mut request, switched) = from_form(request).await;
    if switched.is_some() {
        request.extensions_mut().insert(LanguageSwitch);
    }
    let chosen = switched.or_else(|| from_query(request.uri().query()));
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
