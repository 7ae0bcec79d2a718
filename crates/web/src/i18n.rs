//! Translations from `locales/<lang>/*.ftl`, and dates, times and numbers written the way each language writes them.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use mitwirken_domain::Locale;
use std::borrow::Cow;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "de",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The translator for one request's language.
#[derive(Debug, Clone)]
pub struct Tr {
    locale: Locale,
    id: LanguageIdentifier,
}

impl Tr {
    pub fn new(locale: Locale) -> Self {
        let id = locale
            .tag()
            .parse()
            .unwrap_or_else(|_| LanguageIdentifier::default());
        Tr { locale, id }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `key`; a missing key shows itself, and the suite fails on it before that can ship.
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.id, key)
            .unwrap_or_else(|| key.to_owned())
    }

    /// The message `key` with named arguments; numbers select plural forms.
    pub fn args(&self, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Str(s) => FluentValue::from(s.to_string()),
                    Arg::Num(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES
            .try_lookup_with_args(&self.id, key, &map)
            .unwrap_or_else(|| key.to_owned())
    }

    /// `key` with one count argument named `count`, for plural messages.
    pub fn count(&self, key: &str, count: i64) -> String {
        self.args(key, &[("count", Arg::Num(count))])
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
#[path = "../unit/i18n.rs"]
mod tests;
