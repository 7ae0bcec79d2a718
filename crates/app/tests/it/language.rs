use crate::{event_links, visible_text};
use mitwirken_domain::Locale;
use mitwirken_test_support::TestApp;
use mitwirken_web::i18n::Tr;

#[tokio::test]
async fn arabic_pages_are_right_to_left_and_translated() {
    let app = TestApp::with_dresden().await;
    let (status, html) = app
        .page("/processes/integrationskonzept-dresden?lang=ar")
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let text = visible_text(&html);
    assert!(
        !text.contains("Veranstaltungen"),
        "German heading left in the Arabic page"
    );
    assert!(text.contains("10:00"));
}

#[tokio::test]
async fn a_chosen_language_is_remembered_in_a_cookie() {
    let app = TestApp::with_dresden().await;
    let response = app.get("/?lang=en").await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("lang=en;"), "{cookie}");
    assert!(cookie.contains("HttpOnly"));
    let html = app
        .get_with("/", "cookie", "lang=en")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
}

#[tokio::test]
async fn the_browser_language_is_used_when_nothing_was_chosen() {
    let app = TestApp::with_dresden().await;
    let html = app
        .get_with("/", "accept-language", "fr-FR, ar;q=0.8, de;q=0.5")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let (_, html) = app.page("/").await;
    assert!(html.contains("<html lang=\"de\" dir=\"ltr\">"));
}

#[tokio::test]
async fn the_language_switch_keeps_the_page_and_its_query() {
    let app = TestApp::with_dresden().await;
    let (_, html) = app
        .page("/processes/integrationskonzept-dresden?lang=de")
        .await;
    for tag in ["de", "en", "ar"] {
        let link = format!(
            "href=\"/processes/integrationskonzept-dresden?lang={tag}\" hreflang=\"{tag}\""
        );
        assert!(html.contains(&link), "missing {link}");
    }
}

/// The Leichte Sprache (easy German) locale.
fn easy() -> Locale {
    Locale::parse("de-x-ls").expect("Leichte Sprache is configured")
}

/// The notice a page in Leichte Sprache shows when some of its texts are standard German.
fn partial_notice() -> String {
    Tr::new(easy()).t("notice-partial-fallback")
}

#[tokio::test]
async fn switching_language_in_the_middle_of_the_form_keeps_what_was_typed_and_registers_nothing() {
    let app = TestApp::with_dresden().await;
    let (_, html) = app.page("/processes/integrationskonzept-dresden").await;
    let event = event_links(&html)[0];
    let (_, form) = app.page(&format!("/events/{event}/register")).await;
    // On the form page the language switch sends the form instead of following a link.
    assert!(
        form.contains("form=\"register-form\" name=\"switch-lang\" value=\"ar\""),
        "no language button for the form"
    );
    // Enter in a field sends the form's default button, the first submit button of the form in
    // tree order: that must be a plain one, not a language button that comes before the form.
    let default_button = form
        .find("type=\"submit\" form=\"register-form\" hidden")
        .expect("a default button for the form");
    let first_language_button = form.find("name=\"switch-lang\"").unwrap();
    assert!(default_button < first_language_button);
    let response = app
        .post_form(
            &format!("/events/{event}/register"),
            &[
                ("given_name", "Amira"),
                ("family_name", "Haddad"),
                ("email", "amira@example.org"),
                ("other_needs", "Ein Platz nahe der Tür"),
                ("switch-lang", "ar"),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("lang=ar;"), "{cookie}");
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    for typed in [
        "value=\"Amira\"",
        "value=\"Haddad\"",
        "value=\"amira@example.org\"",
        "Ein Platz nahe der Tür",
    ] {
        assert!(html.contains(typed), "lost {typed}");
    }
    // Nothing was checked or sent: no error summary, no registration, no mail.
    assert!(!html.contains("id=\"error-summary\""));
    let registered = app
        .store
        .registrations_of(mitwirken_domain::EventId(event))
        .await
        .unwrap();
    assert!(registered.is_empty(), "{registered:?}");
    assert_eq!(app.run_jobs().await, 0);
}

#[tokio::test]
async fn leichte_sprache_covers_the_key_pages_and_their_mails_and_says_where_it_does_not() {
    let app = TestApp::with_dresden().await;
    let notice = partial_notice();
    let (_, html) = app.page("/processes/integrationskonzept-dresden").await;
    let event = event_links(&html)[0];
    let email = "leicht@example.org";
    let response = app
        .post_form(
            &format!("/events/{event}/register?lang=de-x-ls"),
            &[
                ("given_name", "Lena"),
                ("family_name", "Krause"),
                ("email", email),
                ("language", "de-x-ls"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(app.run_jobs().await, 1);
    let confirm = app.link_in_mail(email, "/confirm/").expect("confirm link");
    let mail = app.mails_to(email).pop().unwrap();
    // The mail is the Leichte Sprache one, which explains the hard word.
    assert!(
        mail.contains("Bestätigen heißt: Sie sagen noch einmal Ja."),
        "{mail}"
    );
    // The confirmation page is read before the confirmation; afterwards it leads on.
    let (_, html) = app.page(&format!("{confirm}?lang=de-x-ls")).await;
    assert!(html.contains(&format!("action=\"{confirm}\"")));
    assert!(!visible_text(&html).contains(&notice), "confirmation page");
    app.confirm_address(event, email).await;
    app.run_jobs().await;
    let manage = app.link_in_mail(email, "/manage/").expect("manage link");
    let key_pages = [
        "/".to_owned(),
        "/processes/integrationskonzept-dresden".to_owned(),
        format!("/events/{event}"),
        format!("/events/{event}/register"),
        format!("/events/{event}/register/sent"),
        manage,
    ];
    for path in key_pages {
        let separator = if path.contains('?') { '&' } else { '?' };
        let (status, html) = app.page(&format!("{path}{separator}lang=de-x-ls")).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            html.contains("<html lang=\"de-x-ls\" dir=\"ltr\">"),
            "{path}"
        );
        assert!(
            !visible_text(&html).contains(&notice),
            "{path} shows standard German messages"
        );
    }
    // A page beyond the key pages is in standard German, and says so.
    let (_, html) = app
        .page("/processes/integrationskonzept-dresden/plan?lang=de-x-ls")
        .await;
    assert!(visible_text(&html).contains(&notice));
    // The notice is in Leichte Sprache only: German readers never see it.
    let (_, html) = app
        .page("/processes/integrationskonzept-dresden/plan")
        .await;
    assert!(!visible_text(&html).contains(&notice));
}

#[tokio::test]
async fn every_language_is_offered_and_sets_its_language_and_direction() {
    let app = TestApp::with_dresden().await;
    let (_, html) = app.page("/processes/integrationskonzept-dresden").await;
    let event = event_links(&html)[0];
    for locale in Locale::all() {
        let tag = locale.tag();
        assert!(
            html.contains(&format!("hreflang=\"{tag}\"")),
            "the switch lacks {tag}"
        );
        for path in [
            "/".to_owned(),
            format!("/events/{event}"),
            format!("/events/{event}/register"),
        ] {
            let (status, page) = app.page(&format!("{path}?lang={tag}")).await;
            assert_eq!(status, 200);
            let root = format!("<html lang=\"{tag}\" dir=\"{}\">", locale.dir().as_str());
            assert!(page.contains(&root), "{path} in {tag}");
        }
    }
    // The pseudo-locale exists only where a test run switches it on.
    let (_, page) = app.page("/?lang=qps-ploc").await;
    assert!(page.contains("<html lang=\"de\""));
}
