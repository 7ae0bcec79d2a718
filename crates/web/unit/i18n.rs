//! Unit tests of `i18n.rs`, kept apart from the code that serves requests.
use super::*;
use jiff::civil::date;
use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Message ids defined in every `.ftl` file of one locale folder.
fn defined(locale: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let dir = root().join("locales").join(locale);
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
    files(&root().join("templates"), "html", &mut sources);
    files(&root().join("src"), "rs", &mut sources);
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
    for kind in mitwirken_store::outbox::MailKind::ALL {
        let key = crate::mail::kind_key(*kind);
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
fn every_file_parses_and_defines_each_message_once() {
    for locale in Locale::all() {
        let mut bundle = FluentBundle::new_concurrent(Vec::new());
        let files = sources(locale.tag());
        assert!(!files.is_empty(), "{locale} has no .ftl files");
        for (file, source) in files {
            let resource = FluentResource::try_new(source)
                .unwrap_or_else(|(_, e)| panic!("{locale}/{file}: {e:?}"));
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("{locale}/{file}: {errors:?}");
            }
        }
    }
}

#[test]
fn every_configured_locale_has_a_folder_and_every_folder_a_locale() {
    for entry in std::fs::read_dir(root().join("locales")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            Locale::parse(&name).is_ok_and(|l| l.tag() == name),
            "folder {name} is not a configured locale"
        );
    }
    for locale in Locale::all() {
        assert!(
            root().join("locales").join(locale.tag()).is_dir(),
            "{locale} has no folder"
        );
    }
}

#[test]
fn the_pseudo_locale_has_no_plain_letters_outside_its_arguments() {
    let tr = Tr::new(Locale::pseudo());
    let skip = tr.t("skip-to-content");
    assert!(!skip.is_empty() && skip != "skip-to-content", "{skip}");
    assert!(!skip.chars().any(|c| c.is_ascii_alphabetic()), "{skip}");
    // Arguments stay as they are: a name in a message is not the message's text.
    let date = tr.long_date(date(2021, 6, 27));
    assert!(date.contains("27") && date.contains("2021"), "{date}");
    assert!(!date.chars().any(|c| c.is_ascii_alphabetic()), "{date}");
    let left = tr.args(
        "places-left",
        &[("count", Arg::Num(3)), ("capacity", Arg::Num(50))],
    );
    assert!(left.contains('3') && left.contains("50"), "{left}");
    assert!(!left.chars().any(|c| c.is_ascii_alphabetic()), "{left}");
    let with_name = tr.args("register-title-event", &[("event", Arg::Str("Workshop"))]);
    assert!(
        with_name.contains("\u{2068}Workshop\u{2069}"),
        "{with_name:?}"
    );
    // Only the pseudo-locale marks its arguments.
    let german =
        Tr::new(Locale::GERMAN).args("register-title-event", &[("event", Arg::Str("Workshop"))]);
    assert!(!german.contains('\u{2068}'), "{german:?}");
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
fn german_dates_read_as_the_press_release_writes_them() {
    let tr = Tr::new(Locale::GERMAN);
    let tz = TimeZone::get("Europe/Berlin").unwrap();
    assert_eq!(tr.long_date(date(2021, 6, 27)), "Sonntag, 27. Juni 2021");
    let start: Timestamp = "2021-06-27T08:00:00Z".parse().unwrap();
    let end: Timestamp = "2021-06-27T14:00:00Z".parse().unwrap();
    assert_eq!(
        tr.date_time_range(start, end, &tz),
        "Sonntag, 27. Juni 2021, 10:00–16:00 Uhr"
    );
}

#[test]
fn english_and_arabic_dates_use_their_own_words() {
    let en = Tr::new(Locale::parse("en").unwrap());
    assert_eq!(en.long_date(date(2021, 7, 3)), "Saturday, 3 July 2021");
    let ar = Tr::new(Locale::parse("ar").unwrap());
    let text = ar.long_date(date(2021, 7, 3));
    assert!(
        text.contains("يوليو") && text.contains("السبت") && text.contains("2021"),
        "{text}"
    );
}

#[test]
fn places_left_uses_the_plural_forms_of_each_language() {
    let de = Tr::new(Locale::GERMAN);
    let args = |n| [("count", Arg::Num(n)), ("capacity", Arg::Num(50))];
    assert_eq!(
        de.args("places-left", &args(1)),
        "Noch 1 von 50 Plätzen frei"
    );
    assert_eq!(
        de.args("places-left", &args(50)),
        "Noch 50 von 50 Plätzen frei"
    );
    assert_eq!(
        de.args("places-left", &args(0)),
        "Alle 50 Plätze sind vergeben."
    );
    let ar = Tr::new(Locale::parse("ar").unwrap());
    let two = ar.args("places-left", &args(2));
    let three = ar.args("places-left", &args(3));
    let eleven = ar.args("places-left", &args(11));
    assert_ne!(two, three);
    assert_ne!(three.replace('3', ""), eleven.replace("11", ""));
}

#[test]
fn every_language_writes_the_first_event_its_own_way() {
    let tz = TimeZone::get("Europe/Berlin").unwrap();
    let start: Timestamp = "2021-06-27T08:00:00Z".parse().unwrap();
    let end: Timestamp = "2021-06-27T14:00:00Z".parse().unwrap();
    let expected = [
        (
            "de-x-ls",
            "Sonntag, 27. Juni 2021, von 10:00 Uhr bis 16:00 Uhr",
        ),
        ("fa", "یکشنبه 27 ژوئن 2021، ساعت 10:00 تا 16:00"),
        ("ru", "воскресенье, 27 июня 2021 г., 10:00–16:00"),
        ("uk", "неділя, 27 червня 2021 р., 10:00–16:00"),
        ("tr", "27 Haziran 2021 Pazar, 10:00–16:00"),
    ];
    for (tag, text) in expected {
        let tr = Tr::new(Locale::parse(tag).unwrap());
        assert_eq!(tr.date_time_range(start, end, &tz), text, "{tag}");
    }
    // Every language keeps Latin digits, so times read as on the check-in list.
    for locale in Locale::all() {
        let text = Tr::new(locale).date_time_range(start, end, &tz);
        assert!(
            text.contains("10:00") && text.contains("2021"),
            "{locale}: {text}"
        );
    }
}

#[test]
fn russian_and_ukrainian_count_with_their_three_forms() {
    let places = |tag: &str, n: i64| {
        Tr::new(Locale::parse(tag).unwrap()).args(
            "places-left",
            &[("count", Arg::Num(n)), ("capacity", Arg::Num(50))],
        )
    };
    for tag in ["ru", "uk"] {
        let (one, few, many, twenty_one) = (
            places(tag, 1),
            places(tag, 2),
            places(tag, 5),
            places(tag, 21),
        );
        assert_ne!(one.replace('1', ""), few.replace('2', ""), "{tag}");
        assert_ne!(few.replace('2', ""), many.replace('5', ""), "{tag}");
        // 21 takes the form of 1 (CLDR "one"), not the form of 5.
        assert_eq!(one.replace('1', ""), twenty_one.replace("21", ""), "{tag}");
    }
}

#[test]
fn leichte_sprache_writes_every_mail_itself() {
    let easy = Locale::parse("de-x-ls").unwrap();
    let own = defined(easy.tag());
    use mitwirken_store::outbox::MailKind;
    // Reports of barriers go to the organiser, always in German.
    let for_residents = MailKind::ALL
        .iter()
        .filter(|k| **k != MailKind::AccessibilityFeedback);
    for kind in for_residents {
        let key = crate::mail::kind_key(*kind);
        for part in ["subject", "body"] {
            let id = format!("mail-{key}-{part}");
            assert!(own.contains(&id), "de-x-ls lacks {id}");
        }
    }
}
