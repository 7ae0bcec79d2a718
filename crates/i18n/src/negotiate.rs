//! Which language a reader asked for, read from plain text (a tag, a query string, a cookie
//! header, a form body; Accept-Language is `Locale::negotiate`), so that the pages' middleware needs no rules of its own.

use mitwirken_domain::Locale;

/// The cookie that remembers an explicit choice.
pub const COOKIE: &str = "lang";

/// A language a reader asked for; the pseudo-locale only where the server offers it.
pub fn choice(tag: &str) -> Option<Locale> {
    if tag == mitwirken_domain::locale::PSEUDO_TAG && crate::pseudo_locale_offered() {
        return Some(Locale::pseudo());
    }
    Locale::parse(tag).ok()
}

/// The first usable `lang=` in a query string.
pub fn from_query(query: Option<&str>) -> Option<Locale> {
    query?
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(choice)
}

/// The first usable `<field>=` in a URL-encoded form body.
pub fn from_form_body(body: &[u8], field: &str) -> Option<Locale> {
    let prefix = format!("{field}=");
    body.split(|b| *b == b'&')
        .filter_map(|pair| pair.strip_prefix(prefix.as_bytes()))
        .find_map(|tag| std::str::from_utf8(tag).ok().and_then(choice))
}

/// The language cookie in one `Cookie` header value (`a=b; lang=en`).
pub fn from_cookie_header(value: &str) -> Option<Locale> {
    let prefix = format!("{COOKIE}=");
    value
        .split(';')
        .filter_map(|pair| pair.trim().strip_prefix(prefix.as_str()))
        .find_map(choice)
}
