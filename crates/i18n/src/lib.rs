//! Translations from `locales/<lang>/*.ftl`, and dates, times and numbers written the way each language writes them;
//! shared by the pages, the mails and anything else that speaks to people.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use mitwirken_domain::Locale;
use rust_embed::RustEmbed;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};
use unic_langid::LanguageIdentifier;

pub mod negotiate;
mod pseudo;

/// Every `.ftl` file, as `<tag>/<area>.ftl`.
#[derive(RustEmbed)]
#[folder = "locales/"]
#[include = "*.ftl"]
struct Files;

type Bundle = FluentBundle<FluentResource>;

/// One bundle per locale, in the order of `Locale::every()`; the pseudo-locale's slot stays
/// empty, since only test runs use it.
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    Locale::every()
        .map(|l| {
            if l == Locale::pseudo() {
                FluentBundle::new_concurrent(Vec::new())
            } else {
                load(l)
            }
        })
        .collect()
});

/// The pseudo-locale's bundle, built from the German files the first time it is asked for.
static PSEUDO: LazyLock<Bundle> = LazyLock::new(|| load(Locale::pseudo()));

fn bundle(locale: Locale) -> &'static Bundle {
    if locale == Locale::pseudo() {
        &PSEUDO
    } else {
        &BUNDLES[locale.index()]
    }
}

/// Whether this server offers the pseudo-locale; only test runs switch it on.
static PSEUDO_OFFERED: AtomicBool = AtomicBool::new(false);

/// Lets readers choose the pseudo-locale (`?lang=qps-ploc`), for the check that no text is hard-coded.
pub fn offer_pseudo_locale() {
    PSEUDO_OFFERED.store(true, Ordering::Relaxed);
}

pub fn pseudo_locale_offered() -> bool {
    PSEUDO_OFFERED.load(Ordering::Relaxed)
}

/// The `.ftl` sources of one locale folder, by file name.
pub fn sources(tag: &str) -> Vec<(String, String)> {
    let prefix = format!("{tag}/");
    let mut files: Vec<(String, String)> = Files::iter()
        .filter_map(|name| {
            let file = name.strip_prefix(&prefix)?;
            if file.contains('/') {
                return None;
            }
            let data = Files::get(&name)?.data;
            Some((file.to_owned(), String::from_utf8_lossy(&data).into_owned()))
        })
        .collect();
    files.sort();
    files
}

fn load(locale: Locale) -> Bundle {
    let pseudo = locale == Locale::pseudo();
    let language = if pseudo {
        Locale::GERMAN.language()
    } else {
        locale.language()
    };
    let id: LanguageIdentifier = language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // The pseudo-locale keeps Fluent's isolation marks (U+2068 … U+2069) around arguments, so
    // that the check for hard-coded text can tell a name in a message from the message.
    bundle.set_use_isolating(pseudo);
    let folder = if pseudo {
        Locale::GERMAN.tag()
    } else {
        locale.tag()
    };
    for (file, source) in sources(folder) {
        let source = if pseudo {
            pseudo::transform(source)
        } else {
            source
        };
        let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, errors)| {
            tracing::error!(%locale, file, ?errors, "translation file has syntax errors");
            partial
        });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(%locale, file, ?errors, "translation file defines a message twice");
        }
    }
    bundle
}

/// The translator for one request's language.
///
/// A partial locale (Leichte Sprache) shows German where it has no message of its own, and
/// the translator remembers that, so that the page can say so.
#[derive(Debug, Clone)]
pub struct Tr {
    locale: Locale,
    fell_back: Arc<AtomicBool>,
}

impl Tr {
    pub fn new(locale: Locale) -> Self {
        Tr {
            locale,
            fell_back: Arc::new(AtomicBool::new(false)),
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Whether any message so far came from German because this locale lacks it.
    pub fn fell_back(&self) -> bool {
        self.fell_back.load(Ordering::Relaxed)
    }

    /// Whether the page may need the notice that parts of it are in standard German.
    pub fn is_partial(&self) -> bool {
        !self.locale.is_complete() && self.locale != Locale::pseudo()
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let own = bundle(self.locale);
        let (bundle, message) = match own.get_message(key) {
            Some(message) => (own, message),
            None => {
                let german = bundle(Locale::GERMAN);
                match german.get_message(key) {
                    Some(message) => {
                        self.fell_back.store(true, Ordering::Relaxed);
                        (german, message)
                    }
                    // A missing key shows itself; the suite fails on it before that can ship.
                    None => return key.to_owned(),
                }
            }
        };
        let Some(pattern) = message.value() else {
            return key.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(locale = %self.locale, key, ?errors, "message formatted with errors");
        }
        text.into_owned()
    }

    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with named arguments; numbers select plural forms.
    pub fn args(&self, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
        let mut map = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.to_string()),
                Arg::Num(n) => FluentValue::from(*n),
            };
            map.set(*name, value);
        }
        self.format(key, Some(&map))
    }

    /// `key` with one count argument named `count`, for plural messages.
    pub fn count(&self, key: &str, count: i64) -> String {
        self.args(key, &[("count", Arg::Num(count))])
    }

    /// "a", "a und b", "a, b und c": a list the way the language writes it.
    pub fn list(&self, parts: Vec<String>) -> String {
        let mut from_end = parts.into_iter().rev();
        let Some(mut joined) = from_end.next() else {
            return String::new();
        };
        if let Some(before) = from_end.next() {
            joined = self.args(
                "list-and",
                &[("first", Arg::Str(&before)), ("last", Arg::Str(&joined))],
            );
        }
        for before in from_end {
            joined = self.args(
                "list-comma",
                &[("first", Arg::Str(&before)), ("rest", Arg::Str(&joined))],
            );
        }
        joined
    }

    /// "Sonntag, 27. Juni 2021" — weekday, day, month and year in the reader's language.
    pub fn long_date(&self, day: Date) -> String {
        let weekday = day.weekday().to_monday_one_offset();
        self.args(
            "date-long",
            &[
                ("weekday", Arg::Str(&self.t(&format!("weekday-{weekday}")))),
                ("day", Arg::Str(&day.day().to_string())),
                (
                    "month",
                    Arg::Str(&self.t(&format!("month-{}", day.month()))),
                ),
                ("year", Arg::Str(&day.year().to_string())),
            ],
        )
    }

    /// "10:00" on the 24-hour clock, local to `tz`.
    pub fn clock(&self, at: Timestamp, tz: &TimeZone) -> String {
        at.to_zoned_datetime(tz.clone())
            .strftime("%H:%M")
            .to_string()
    }

    /// "Sonntag, 27. Juni 2021, 10:00–16:00 Uhr"; an event over several days names both days.
    pub fn date_time_range(&self, start: Timestamp, end: Timestamp, tz: &TimeZone) -> String {
        let start_day = start.to_zoned_datetime(tz.clone()).date();
        let end_day = end.to_zoned_datetime(tz.clone()).date();
        if start_day == end_day {
            self.args(
                "date-time-range",
                &[
                    ("date", Arg::Str(&self.long_date(start_day))),
                    ("start", Arg::Str(&self.clock(start, tz))),
                    ("end", Arg::Str(&self.clock(end, tz))),
                ],
            )
        } else {
            self.args(
                "date-time-range-days",
                &[
                    ("startdate", Arg::Str(&self.long_date(start_day))),
                    ("start", Arg::Str(&self.clock(start, tz))),
                    ("enddate", Arg::Str(&self.long_date(end_day))),
                    ("end", Arg::Str(&self.clock(end, tz))),
                ],
            )
        }
    }

    /// A day and a time: "Dienstag, 15. Juni 2021, 24:00 Uhr" is written as the next day at 00:00.
    pub fn date_time(&self, at: Timestamp, tz: &TimeZone) -> String {
        let zoned = at.to_zoned_datetime(tz.clone());
        self.args(
            "date-time",
            &[
                ("date", Arg::Str(&self.long_date(zoned.date()))),
                ("time", Arg::Str(&self.clock(at, tz))),
            ],
        )
    }
}

/// A value for a message argument.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

#[cfg(test)]
mod tests;
