//! Every locale defines exactly the message keys that the pages, the mails and the formatting
//! code ask for; here because this crate sees all of them.
use crate::i18n::Tr;
use mitwirken_domain::Locale;
use std::collections::BTreeSet;
use std::path::Path;

/// The workspace's `crates/` folder.
fn crates() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

/// The crates whose code or templates ask for messages.
const SPEAKING: [&str; 3] = ["web", "mail", "i18n"];

/// Message ids defined in every `.ftl` file of one locale folder.
fn defined(locale: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let dir = crates().join("i18n/locales").join(locale);
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                if let Some((id, _)) = line.split_once(" =")
                    && id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

/// The first string literal after each `marker` in `source`.
fn literals_after(source: &str, marker: &str, into: &mut BTreeSet<String>) {
    for part in source.split(marker).skip(1) {
        let part = part.trim_start();
        if let Some(rest) = part.strip_prefix('"')
            && let Some(end) = rest.find('"')
        {
            into.insert(rest[..end].to_owned());
        }
    }
}

fn files(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Every key the templates and handlers ask for, including the families built at run time.
fn used() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut sources = Vec::new();
    for name in SPEAKING {
        let dir = crates().join(name);
        assert!(dir.is_dir(), "{} is missing", dir.display());
        if dir.join("templates").is_dir() {
            files(&dir.join("templates"), "html", &mut sources);
        }
        files(&dir.join("src"), "rs", &mut sources);
    }
    for path in sources {
        let whole = std::fs::read_to_string(&path).unwrap();
        let source = whole.split("#[cfg(test)]").next().unwrap_or_default();
        // Template macros take the label's key as their second, or first, argument.
        for call in source.split("call text_field(").skip(1) {
            if let Some(key) = call.split('"').nth(3) {
                keys.insert(key.to_owned());
            }
        }
        literals_after(source, "call counts_table(", &mut keys);
        // Column headers are listed as plain keys.
        for part in source.split("\"admin-col-").skip(1) {
            let end = part.find('"').unwrap_or(0);
            keys.insert(format!("admin-col-{}", &part[..end]));
        }
        for marker in ["tr.t(", "self.t(", ".args(", ".count(", "\"error-"] {
            if marker.starts_with('"') && path.extension().is_some_and(|e| e == "html") {
                continue;
            }
            if marker.starts_with('"') {
                for part in source.split(marker).skip(1) {
                    let end = part.find('"').unwrap_or(0);
                    keys.insert(format!("error-{}", &part[..end]));
                }
            } else {
                literals_after(source, marker, &mut keys);
            }
        }
    }
    keys.retain(|k| !k.contains('{') && !k.is_empty());
    keys.extend((1..=7).map(|d| format!("weekday-{d}")));
    keys.extend((1..=12).map(|m| format!("month-{m}")));
    keys.extend(
        mitwirken_domain::PhaseKind::ALL
            .iter()
            .map(|k| format!("phase-now-{}", k.as_str())),
    );
    keys.extend(["imprint", "privacy", "accessibility"].map(|p| format!("{p}-title")));
    for status in mitwirken_domain::RegistrationStatus::ALL {
        let (key, _) = crate::public::manage::status_key(*status);
        keys.insert(key.to_owned());
        keys.insert(format!("{key}-text"));
    }
    for mail in mitwirken_domain::Mail::every() {
        let key = mail.message_key();
        keys.insert(format!("mail-{key}-subject"));
        keys.insert(format!("mail-{key}-body"));
    }
    for done in [
        "approve",
        "reject",
        "cancel",
        "seat",
        "wait",
        "walk-in",
        "no-seat",
        "wrong-state",
        "event-cancelled",
        "event-moved",
        "message-sent",
        "invalid-time",
    ] {
        keys.insert(format!("admin-done-{done}"));
    }
    use mitwirken_domain::FieldError::*;
    for error in [
        Required,
        InvalidEmail,
        TooLong { max: 1 },
        UnknownChoice,
        InvalidPhone,
        InvalidCode,
        GroupFull,
    ] {
        keys.insert(error.key().to_owned());
    }
    keys
}

#[test]
fn every_locale_defines_exactly_the_keys_the_code_uses() {
    let used = used();
    for locale in Locale::all() {
        let defined = defined(locale.tag());
        if locale.is_complete() {
            let missing: Vec<_> = used.difference(&defined).collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        } else {
            // A partial locale leaves the rest to German; it must still have messages.
            assert!(!defined.is_empty(), "{locale} defines nothing");
        }
        let unused: Vec<_> = defined.difference(&used).collect();
        assert!(unused.is_empty(), "{locale} defines unused {unused:?}");
    }
}

#[test]
fn a_partial_locale_falls_back_to_german_and_remembers_it() {
    let Some(partial) = Locale::all().find(|l| !l.is_complete()) else {
        return;
    };
    let tr = Tr::new(partial);
    let own = defined(partial.tag());
    let german_only = used()
        .into_iter()
        .find(|k| !own.contains(k) && !k.starts_with("admin-done"))
        .expect("a message the partial locale leaves to German");
    let own_key = own.iter().next().expect("a message of its own");
    tr.t(own_key);
    assert!(!tr.fell_back(), "{own_key} is the locale's own");
    let text = tr.t(&german_only);
    assert!(tr.fell_back(), "{german_only} came from German");
    assert_eq!(text, Tr::new(Locale::GERMAN).t(&german_only));
}

#[test]
fn leichte_sprache_writes_every_mail_itself() {
    let easy = Locale::parse("de-x-ls").unwrap();
    let own = defined(easy.tag());
    // Reports of barriers go to the organiser, always in German.
    let for_residents = mitwirken_domain::Mail::every()
        .into_iter()
        .filter(|m| !matches!(m, mitwirken_domain::Mail::AccessibilityFeedback { .. }));
    for mail in for_residents {
        let key = mail.message_key();
        for part in ["subject", "body"] {
            let id = format!("mail-{key}-{part}");
            assert!(own.contains(&id), "de-x-ls lacks {id}");
        }
    }
}
