//! Unit tests of the bundles, the pseudo-locale and the formatting of dates and plurals.
use super::*;
use jiff::civil::date;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
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
