//! The interface languages, their writing direction, and texts kept per language with German as fallback.

use crate::DomainError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextDirection {
    Ltr,
    Rtl,
}

impl TextDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            TextDirection::Ltr => "ltr",
            TextDirection::Rtl => "rtl",
        }
    }
}

struct LocaleInfo {
    tag: &'static str,
    dir: TextDirection,
    /// The language's name in itself, as the language switch shows it.
    native_name: &'static str,
    /// A complete locale translates every message; a partial one may leave some to German.
    complete: bool,
    /// Listed in the language switch and accepted from readers; only the pseudo-locale is not.
    listed: bool,
}

use TextDirection::{Ltr, Rtl};

/// A locale that translates every message.
const fn full(tag: &'static str, dir: TextDirection, native_name: &'static str) -> LocaleInfo {
    LocaleInfo {
        tag,
        dir,
        native_name,
        complete: true,
        listed: true,
    }
}

/// A locale that translates some messages and shows the rest in German, with a notice.
const fn partial(tag: &'static str, dir: TextDirection, native_name: &'static str) -> LocaleInfo {
    LocaleInfo {
        complete: false,
        ..full(tag, dir, native_name)
    }
}

/// The interface languages, one line each, in the order of the language switch. German comes
/// first and is the fallback. A new language is one line here and one folder
/// `crates/i18n/locales/<tag>/` of `.ftl` files (see docs/translating.md).
const LOCALES: &[LocaleInfo] = &[
    full("de", Ltr, "Deutsch"),
    partial("de-x-ls", Ltr, "Leichte Sprache"),
    full("en", Ltr, "English"),
    full("ar", Rtl, "العربية"),
    full("fa", Rtl, "فارسی"),
    full("ru", Ltr, "Русский"),
    full("uk", Ltr, "Українська"),
    full("tr", Ltr, "Türkçe"),
    // The pseudo-locale for checking that no text is hard-coded; stays last.
    LocaleInfo {
        listed: false,
        ..partial(PSEUDO_TAG, Ltr, "Pseudo")
    },
];

/// The tag of the pseudo-locale: German with every letter swapped for an accented one.
pub const PSEUDO_TAG: &str = "qps-ploc";

/// An interface language that mitwirken has translations for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(usize);

impl Locale {
    pub const GERMAN: Locale = Locale(0);

    /// The languages readers can choose, in the order of the language switch.
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..LOCALES.len())
            .filter(|&i| LOCALES[i].listed)
            .map(Locale)
    }

    /// The pseudo-locale, which only test runs offer (see `mitwirken_web::i18n`).
    pub fn pseudo() -> Locale {
        Locale(LOCALES.len() - 1)
    }

    /// Accepts a tag exactly as listed or with a region (`de-AT` → `de`), case-insensitively.
    pub fn parse(tag: &str) -> Result<Locale, DomainError> {
        let tag = tag.trim();
        let lower = tag.to_ascii_lowercase();
        let found = LOCALES
            .iter()
            .position(|l| l.listed && l.tag == lower)
            .or_else(|| {
                let primary = lower.split(['-', '_']).next().unwrap_or_default();
                LOCALES.iter().position(|l| l.listed && l.tag == primary)
            })
            .ok_or_else(|| DomainError::UnknownLocale(tag.to_owned()))?;
        Ok(Locale(found))
    }

    /// Picks the best supported language from an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut ranked: Vec<(u16, usize, Locale)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let quality =
                    parts
                        .find_map(|p| p.trim().strip_prefix("q="))
                        .map_or(Some(1000), |q| {
                            q.trim()
                                .parse::<f32>()
                                .ok()
                                .map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16)
                        })?;
                if quality == 0 {
                    return None;
                }
                Locale::parse(tag).ok().map(|l| (quality, position, l))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.first().map(|(_, _, l)| *l)
    }

    pub fn tag(self) -> &'static str {
        LOCALES[self.0].tag
    }

    pub fn dir(self) -> TextDirection {
        LOCALES[self.0].dir
    }

    pub fn native_name(self) -> &'static str {
        LOCALES[self.0].native_name
    }

    /// The locale's position among all locales, the pseudo-locale included, for tables indexed by locale.
    pub fn index(self) -> usize {
        self.0
    }

    /// Every locale, the pseudo-locale included (last), for tables indexed by locale.
    pub fn every() -> impl Iterator<Item = Locale> {
        (0..LOCALES.len()).map(Locale)
    }

    /// Whether every message is translated; a partial locale leaves some to German.
    pub fn is_complete(self) -> bool {
        LOCALES[self.0].complete
    }

    /// The language whose grammar (plural rules) the locale follows: the tag without its
    /// private-use part, so `de-x-ls` (Leichte Sprache) counts like `de`.
    pub fn language(self) -> &'static str {
        let tag = self.tag();
        tag.split_once("-x-").map_or(tag, |(language, _)| language)
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// A text per language tag. German is required; other languages are optional translations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(BTreeMap<String, String>);

/// A text picked for a reader: which language it is really in, and whether that is a fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: &'a str,
    pub is_fallback: bool,
}

impl LocalizedText {
    /// Checks that a German text exists; `what` names the field in the error.
    pub fn parse(texts: BTreeMap<String, String>, what: &'static str) -> Result<Self, DomainError> {
        let mut clean = BTreeMap::new();
        for (tag, text) in texts {
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            let tag = Locale::parse(&tag)?.tag().to_owned();
            clean.insert(tag, text.to_owned());
        }
        if !clean.contains_key(Locale::GERMAN.tag()) {
            return Err(DomainError::MissingGermanText(what));
        }
        Ok(Self(clean))
    }

    pub fn german(text: impl Into<String>) -> Self {
        Self(BTreeMap::from([(
            Locale::GERMAN.tag().to_owned(),
            text.into(),
        )]))
    }

    pub fn empty() -> Self {
        Self(BTreeMap::new())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn with(mut self, locale: Locale, text: impl Into<String>) -> Self {
        self.0.insert(locale.tag().to_owned(), text.into());
        self
    }

    /// The text in `locale`, else German marked as fallback, else any text there is.
    pub fn get(&self, locale: Locale) -> Localized<'_> {
        if let Some((lang, text)) = self.0.get_key_value(locale.tag()) {
            return Localized {
                text,
                lang,
                is_fallback: false,
            };
        }
        match self
            .0
            .get_key_value(Locale::GERMAN.tag())
            .or_else(|| self.0.iter().next())
        {
            Some((lang, text)) => Localized {
                text,
                lang,
                is_fallback: true,
            },
            None => Localized {
                text: "",
                lang: locale.tag(),
                is_fallback: false,
            },
        }
    }

    pub fn translations(&self) -> &BTreeMap<String, String> {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ar() -> Locale {
        Locale::parse("ar").unwrap()
    }

    #[test]
    fn arabic_is_written_right_to_left_and_german_left_to_right() {
        assert_eq!(ar().dir(), TextDirection::Rtl);
        assert_eq!(Locale::GERMAN.dir(), TextDirection::Ltr);
    }

    #[test]
    fn a_region_falls_back_to_its_language() {
        assert_eq!(Locale::parse("de-AT").unwrap(), Locale::GERMAN);
        assert_eq!(Locale::parse("AR_eg").unwrap(), ar());
        assert!(Locale::parse("xx").is_err());
    }

    #[test]
    fn accept_language_respects_quality_and_order() {
        assert_eq!(
            Locale::negotiate("fr, ar;q=0.8, de;q=0.9"),
            Some(Locale::GERMAN)
        );
        assert_eq!(Locale::negotiate("ar-SY,en;q=0.5"), Some(ar()));
        assert_eq!(Locale::negotiate("fr, it"), None);
        assert_eq!(Locale::negotiate("de;q=0, en"), Locale::parse("en").ok());
    }

    #[test]
    fn a_missing_translation_falls_back_to_german_and_says_so() {
        let text = LocalizedText::german("Rathaus");
        let shown = text.get(ar());
        assert_eq!(
            (shown.text, shown.lang, shown.is_fallback),
            ("Rathaus", "de", true)
        );
        let text = text.with(ar(), "دار البلدية");
        assert!(!text.get(ar()).is_fallback);
    }

    #[test]
    fn the_pseudo_locale_is_neither_listed_nor_accepted() {
        assert!(Locale::all().all(|l| l != Locale::pseudo()));
        assert!(Locale::parse(PSEUDO_TAG).is_err());
        assert_eq!(Locale::negotiate(PSEUDO_TAG), None);
    }

    #[test]
    fn a_private_use_tag_follows_its_language() {
        assert_eq!(Locale::GERMAN.language(), "de");
        for locale in Locale::all() {
            assert!(!locale.language().contains("-x-"), "{locale}");
        }
    }

    #[test]
    fn a_text_without_german_is_refused() {
        let only_english = BTreeMap::from([("en".to_owned(), "City hall".to_owned())]);
        assert_eq!(
            LocalizedText::parse(only_english, "venue name"),
            Err(DomainError::MissingGermanText("venue name"))
        );
    }
}
