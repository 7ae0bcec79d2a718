//! The analysis of a field of action split into paragraphs in every language, and the rules for
//! comments on it: how long an author may still change a comment, and how often one may post.

use crate::cocreation::{EDIT_WINDOW, RATE_LIMIT, paragraphs};
use crate::locale::{Locale, LocalizedText};
use jiff::Timestamp;

/// The longest reason a report may give, in characters.
pub const MAX_REPORT_REASON: usize = 1_000;

/// A language whose text was not taken over because its paragraphs do not match the German ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub lang: String,
    pub paragraphs: usize,
    pub german: usize,
}

/// The analysis as paragraphs, each with its German text and the translations that fit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SplitAnalysis {
    pub paragraphs: Vec<LocalizedText>,
    pub left_out: Vec<LeftOut>,
}

/// Splits the whole text of every language into paragraphs. A translation's paragraph `i` belongs
/// to German paragraph `i` only when it has exactly as many paragraphs as German; otherwise the
/// translation is left out everywhere, so a reader never sees a paragraph beside the wrong one.
pub fn split_analysis(texts: &LocalizedText) -> SplitAnalysis {
    let german = paragraphs(
        texts
            .translations()
            .get(Locale::GERMAN.tag())
            .map_or("", String::as_str),
    );
    let mut out: Vec<LocalizedText> = german.iter().map(LocalizedText::german).collect();
    let mut left_out = Vec::new();
    for (tag, text) in texts.translations() {
        let Ok(locale) = Locale::parse(tag) else {
            continue;
        };
        if locale == Locale::GERMAN {
            continue;
        }
        let translated = paragraphs(text);
        if translated.is_empty() {
            continue;
        }
        if translated.len() != german.len() {
            left_out.push(LeftOut {
                lang: locale.tag().to_owned(),
                paragraphs: translated.len(),
                german: german.len(),
            });
            continue;
        }
        for (paragraph, text) in out.iter_mut().zip(translated) {
            *paragraph = std::mem::take(paragraph).with(locale, text);
        }
    }
    SplitAnalysis {
        paragraphs: out,
        left_out,
    }
}

/// Whether an author may still change a comment written at `written`.
pub fn may_still_edit(written: Timestamp, now: Timestamp) -> bool {
    now.duration_since(written) <= EDIT_WINDOW
}

/// Whether one more post would exceed the limit, given the posts within the window.
pub fn over_rate_limit(recent_posts: u64) -> bool {
    recent_posts >= RATE_LIMIT
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Locale {
        Locale::parse("en").unwrap()
    }

    #[test]
    fn translations_pair_up_paragraph_by_paragraph() {
        let texts = LocalizedText::german("Eins\n\nZwei").with(en(), "One\n\n\nTwo\n");
        let split = split_analysis(&texts);
        assert_eq!(split.paragraphs.len(), 2);
        assert_eq!(split.paragraphs[1].get(en()).text, "Two");
        assert_eq!(split.paragraphs[1].get(Locale::GERMAN).text, "Zwei");
        assert!(split.left_out.is_empty());
    }

    #[test]
    fn a_translation_with_other_paragraphs_is_left_out_everywhere() {
        let ar = Locale::parse("ar").unwrap();
        let texts = LocalizedText::german("Eins\n\nZwei\n\nDrei")
            .with(en(), "One\n\nTwo")
            .with(ar, "واحد\n\nاثنان\n\nثلاثة");
        let split = split_analysis(&texts);
        assert_eq!(
            split.left_out,
            vec![LeftOut {
                lang: "en".into(),
                paragraphs: 2,
                german: 3
            }]
        );
        assert!(split.paragraphs.iter().all(|p| p.get(en()).is_fallback));
        assert_eq!(split.paragraphs[2].get(ar).text, "ثلاثة");
    }

    #[test]
    fn comments_can_be_changed_for_fifteen_minutes() {
        let written: Timestamp = "2021-06-14T10:00:00Z".parse().unwrap();
        assert!(may_still_edit(
            written,
            "2021-06-14T10:15:00Z".parse().unwrap()
        ));
        assert!(!may_still_edit(
            written,
            "2021-06-14T10:15:01Z".parse().unwrap()
        ));
    }

    #[test]
    fn the_eleventh_post_is_over_the_limit() {
        assert!(!over_rate_limit(9));
        assert!(over_rate_limit(10));
    }
}
