//! What the templates receive: texts already picked for the reader's language, and the page chrome.

use crate::i18n::{Arg, Tr};
use crate::markdown;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use mitwirken_domain::{Access, Event, EventStatus, Locale, LocalizedText, RegistrationState};
use std::cell::Cell;

/// A text in the reader's language, or in German with its `lang` attribute when no translation exists.
#[derive(Debug, Clone, Default)]
pub struct Txt {
    pub text: String,
    fallback_lang: Option<String>,
    /// The text's own direction where it differs from the page's: German on an Arabic page.
    fallback_dir: Option<&'static str>,
    /// Written by a participant or staff member, in whatever language they chose.
    by_user: bool,
}

impl Txt {
    /// ` lang="de"` when the text is not in the page's language (with ` dir="ltr"` when its
    /// direction differs from the page's), ` data-user-content` when someone wrote it in a
    /// language of their own, else nothing.
    pub fn attr(&self) -> String {
        match (&self.fallback_lang, self.fallback_dir) {
            (Some(lang), Some(dir)) => format!(" lang=\"{lang}\" dir=\"{dir}\""),
            (Some(lang), None) => format!(" lang=\"{lang}\""),
            (None, _) if self.by_user => " data-user-content".to_owned(),
            (None, _) => String::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// A text that is the same in every language, such as a language's own name.
    pub fn plain(text: &str) -> Txt {
        Txt {
            text: text.to_owned(),
            ..Txt::default()
        }
    }

    /// A text a participant or staff member wrote, such as a proposal's title: not interface text.
    pub fn by_user(text: &str) -> Txt {
        Txt {
            text: text.to_owned(),
            by_user: true,
            ..Txt::default()
        }
    }
}

impl std::fmt::Display for Txt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// Where `base.html` puts the notice that parts of a page in a partial locale are in German.
const PARTIAL_NOTICE_START: &str = "<!--mw:partial-notice-->";
const PARTIAL_NOTICE_END: &str = "<!--/mw:partial-notice-->";
/// Written at the end of a page in a partial locale when no message came from German.
const PARTIAL_COMPLETE: &str = "<!--mw:complete-->";

/// Keeps the partial-locale notice only on pages that really show German messages.
///
/// The page is rendered top to bottom, so only its end knows whether a message was missing;
/// the notice is written first and taken out here when it is not needed.
pub fn finish_page(mut page: String) -> String {
    let Some(start) = page.find(PARTIAL_NOTICE_START) else {
        return page;
    };
    let complete = page.rfind(PARTIAL_COMPLETE);
    if let Some(at) = complete {
        page.replace_range(at..at + PARTIAL_COMPLETE.len(), "");
    }
    let Some(end) = page[start..].find(PARTIAL_NOTICE_END).map(|e| start + e) else {
        return page;
    };
    if complete.is_some() {
        page.replace_range(start..end + PARTIAL_NOTICE_END.len(), "");
    } else {
        page.replace_range(end..end + PARTIAL_NOTICE_END.len(), "");
        page.replace_range(start..start + PARTIAL_NOTICE_START.len(), "");
    }
    page
}

/// Picks organiser content for one reader and remembers whether any of it fell back to German.
#[derive(Debug)]
pub struct Content {
    locale: Locale,
    fell_back: Cell<bool>,
}

impl Content {
    pub fn new(locale: Locale) -> Self {
        Content {
            locale,
            fell_back: Cell::new(false),
        }
    }

    pub fn pick(&self, text: &LocalizedText) -> Txt {
        let shown = text.get(self.locale);
        let fallback_lang: Option<String> =
            (shown.lang != self.locale.tag() && !shown.text.is_empty()).then(|| {
                shown
                    .lang
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect()
            });
        if fallback_lang.is_some() {
            self.fell_back.set(true);
        }
        let fallback_dir = fallback_lang
            .as_deref()
            .and_then(|lang| Locale::parse(lang).ok())
            .map(Locale::dir)
            .filter(|dir| *dir != self.locale.dir())
            .map(|dir| dir.as_str());
        Txt {
            text: shown.text.to_owned(),
            fallback_lang,
            fallback_dir,
            by_user: false,
        }
    }

    /// Markdown rendered and sanitised, with the language it is really in.
    pub fn markdown(&self, text: &LocalizedText) -> Txt {
        let picked = self.pick(text);
        Txt {
            text: markdown::to_html(&picked.text),
            ..picked
        }
    }

    pub fn fell_back(&self) -> bool {
        self.fell_back.get()
    }
}

/// One refused form field: the field's id, for the summary's link, and the message.
pub struct ErrorView {
    pub field: String,
    pub message: String,
}

impl ErrorView {
    pub fn new(field: &str, message: String) -> Self {
        ErrorView {
            field: field.to_owned(),
            message,
        }
    }
}

/// Gives a page with fields `tr: Tr` and `errors: Vec<ErrorView>` the two methods the
/// `form_errors.html` include and the field markup call: the summary's title and a field's message.
macro_rules! form_errors {
    ($page:ty) => {
        impl $page {
            fn error_summary_title(&self) -> String {
                self.tr
                    .count("form-error-summary", self.errors.len() as i64)
            }

            fn error_for(&self, field: &str) -> Option<&str> {
                self.errors
                    .iter()
                    .find(|e| e.field == field)
                    .map(|e| e.message.as_str())
            }
        }
    };
}
pub(crate) use form_errors;

/// Adds to a page of `form_errors!` the `aria-describedby` value of a field: its hint and,
/// when there is one, its error.
macro_rules! described_by {
    ($page:ty) => {
        impl $page {
            fn described_by(&self, field: &str, hint: bool) -> String {
                let mut ids = Vec::new();
                if hint {
                    ids.push(format!("{field}-hint"));
                }
                if self.error_for(field).is_some() {
                    ids.push(format!("{field}-error"));
                }
                ids.join(" ")
            }
        }
    };
}
pub(crate) use described_by;

/// One event as lists and pages show it.
#[derive(Debug, Clone)]
pub struct EventView {
    pub id: i64,
    pub title: Txt,
    pub when: String,
    pub venue_name: Txt,
    pub venue_entrance: Txt,
    pub venue_address: String,
    pub access_label: String,
    pub access_class: &'static str,
    pub registration_label: String,
    pub registration_class: &'static str,
    pub registration_detail: String,
    pub places_text: String,
    pub deadline: String,
    pub is_open: bool,
    pub is_cancelled: bool,
}

impl EventView {
    pub fn new(event: &Event, tz: &TimeZone, now: Timestamp, tr: &Tr, content: &Content) -> Self {
        let state = event.registration_state(now);
        let is_cancelled = event.status == EventStatus::Cancelled;
        let deadline = tr.long_date(event.window.last_day(tz));
        let (registration_label, registration_class, registration_detail) = if is_cancelled {
            (
                tr.t("registration-cancelled"),
                "closed",
                tr.t("registration-cancelled-detail"),
            )
        } else {
            match state {
                RegistrationState::Open if event.places_left() == 0 && event.waiting_list => (
                    tr.t("registration-waiting-list"),
                    "closed",
                    tr.args(
                        "registration-open-until",
                        &[("deadline", Arg::Str(&deadline))],
                    ),
                ),
                RegistrationState::Open if event.places_left() == 0 => (
                    tr.t("registration-full"),
                    "closed",
                    tr.t("registration-full-detail"),
                ),
                RegistrationState::Open => (
                    tr.t("registration-open"),
                    "open",
                    tr.args(
                        "registration-open-until",
                        &[("deadline", Arg::Str(&deadline))],
                    ),
                ),
                RegistrationState::NotYetOpen { opens_at } => (
                    tr.t("registration-not-yet-open"),
                    "closed",
                    tr.args(
                        "registration-opens-at",
                        &[("opens", Arg::Str(&tr.date_time(opens_at, tz)))],
                    ),
                ),
                RegistrationState::Closed { .. } => (
                    tr.t("registration-closed"),
                    "closed",
                    tr.args(
                        "registration-closed-since",
                        &[("deadline", Arg::Str(&deadline))],
                    ),
                ),
            }
        };
        let (access_label, access_class) = match event.access {
            Access::Open => (tr.t("access-open"), "open"),
            Access::Reserved => (tr.t("access-reserved"), "reserved"),
            Access::InvitationCode => (tr.t("access-invitation"), "reserved"),
        };
        let venue = &event.venue;
        EventView {
            id: event.id.0,
            title: content.pick(&event.title),
            when: tr.date_time_range(event.starts_at, event.ends_at, tz),
            venue_name: content.pick(&venue.name),
            venue_entrance: content.pick(&venue.entrance),
            venue_address: format!("{}, {} {}", venue.street, venue.postal_code, venue.city),
            access_label,
            access_class,
            registration_label,
            registration_class,
            registration_detail,
            places_text: tr.args(
                "places-left",
                &[
                    ("count", Arg::Num(i64::from(event.places_left()))),
                    ("capacity", Arg::Num(i64::from(event.capacity.get()))),
                ],
            ),
            deadline,
            is_open: matches!(state, RegistrationState::Open) && !is_cancelled,
            is_cancelled,
        }
    }
}

/// A link of the language switch.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub tag: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// A link to the feedback form that names the page it was followed from; link tokens in the path
/// are secrets and never travel into a report.
fn feedback_href(path: &str) -> String {
    if path == "/accessibility" || path.starts_with("/accessibility/") {
        return crate::paths::accessibility_feedback(None);
    }
    let page = crate::router::redact_path(path);
    crate::paths::accessibility_feedback_on(&page)
}

/// The parts every page shares: language, direction, title, language switch, asset names.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub lang: &'static str,
    pub dir: &'static str,
    pub title: String,
    pub languages: Vec<LanguageLink>,
    pub fallback_notice: bool,
    pub rtl_fonts: bool,
    /// Whether the browser holds a participant session, so the header offers "my page" instead of signing in.
    pub signed_in: bool,
    /// The id of the page's form: the language switch then sends the form, so that what was
    /// typed comes back in the new language.
    pub form: Option<&'static str>,
    /// The footer's link to the feedback form, carrying this page's address (secrets removed).
    pub feedback_href: String,
}

impl Chrome {
    /// `path_and_query` is the current request target; each language link keeps it and sets `lang`.
    pub fn new(locale: Locale, path: &str, query: Option<&str>, title: String) -> Self {
        let kept: Vec<&str> = query
            .unwrap_or_default()
            .split('&')
            .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
            .collect();
        let languages = Locale::all()
            .map(|l| {
                let mut params = kept.clone();
                let lang = format!("lang={}", l.tag());
                params.push(&lang);
                LanguageLink {
                    tag: l.tag(),
                    name: l.native_name(),
                    href: format!("{path}?{}", params.join("&")),
                    current: l == locale,
                }
            })
            .collect();
        Chrome {
            lang: locale.tag(),
            dir: locale.dir().as_str(),
            title,
            languages,
            fallback_notice: false,
            rtl_fonts: locale.dir() == mitwirken_domain::TextDirection::Rtl,
            signed_in: false,
            form: None,
            feedback_href: feedback_href(path),
        }
    }

    /// Makes the language switch send the form `id` instead of following links.
    pub fn keeping_form(mut self, id: &'static str) -> Self {
        self.form = Some(id);
        self
    }

    pub fn asset(&self, name: &str) -> String {
        crate::assets::url(name)
    }
}

#[cfg(test)]
mod tests {
    use super::feedback_href;

    #[test]
    fn the_feedback_link_names_the_page_without_its_secrets() {
        assert_eq!(
            feedback_href("/events/3"),
            "/accessibility?page=/events/3#feedback"
        );
        assert_eq!(
            feedback_href("/manage/0123abcd"),
            "/accessibility?page=/manage/%2A%2A%2A#feedback"
        );
        assert_eq!(
            feedback_href("/processes/x y"),
            "/accessibility?page=/processes/x%20y#feedback"
        );
        assert_eq!(feedback_href("/accessibility"), "/accessibility#feedback");
    }
}
