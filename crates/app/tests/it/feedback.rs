//! Reports of barriers (BITV 2.0 § 7): the form in the accessibility statement, the organiser's
//! mail over SMTP, the list in the back office with "handled", the limit per client, and
//! deletion a year after handling.

use crate::visible_text;
use jiff::SignedDuration;
use mitwirken_domain::Role;
use mitwirken_domain::feedback::FeedbackInput;
use mitwirken_store::feedback::FeedbackOutcome;
use mitwirken_test_support::TestApp;

const ORGANISER: &str = "beteiligung@example.org";
const MESSAGE: &str = "Der Knopf \"Anmeldung absenden\" ist mit der Tastatur nicht erreichbar.\nIch nutze NVDA mit Firefox.";

/// A report sent as a browser behind the same proxy would send it, from `client`.
async fn report_from(app: &TestApp, client: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(format!("{}/accessibility/feedback", app.address))
        .header("origin", &app.address)
        .header("x-forwarded-for", client)
        .form(form)
        .send()
        .await
        .expect("request reaches the app")
}

#[tokio::test]
async fn a_report_reaches_the_organiser_by_mail_and_the_back_office() {
    let app = TestApp::with_dresden().await;

    // The footer of every page links the form with the page's address; the form takes it.
    let (_, event_page) = app.page("/events/1").await;
    assert!(
        event_page.contains("href=\"/accessibility?page=/events/1#feedback\""),
        "footer link with the page"
    );
    let (status, form) = app.page("/accessibility?page=/events/1").await;
    assert_eq!(status, 200);
    assert!(form.contains("action=\"/accessibility/feedback#error-summary\""));
    assert!(form.contains("id=\"page\" name=\"page\" value=\"/events/1\""));
    assert!(form.contains("autocomplete=\"email\""));
    assert!(form.contains("autocomplete=\"name\""));
    let text = visible_text(&form);
    assert!(
        text.contains("365 Tage nachdem wir Ihre Meldung bearbeitet haben"),
        "{text}"
    );
    let (_, privacy) = app.page("/privacy").await;
    assert!(
        visible_text(&privacy).contains("löschen sie 365 Tage nach der Bearbeitung"),
        "the privacy notice names the retention of reports"
    );
    let (_, elsewhere) = app.page("/accessibility?page=https://evil.example/").await;
    assert!(elsewhere.contains("id=\"page\" name=\"page\" value=\"\""));

    let response = app
        .post_form(
            "/accessibility/feedback",
            &[
                ("page", "/events/1"),
                ("message", MESSAGE),
                ("email", "Amal.Hassan@Example.org"),
                ("name", "Amal Hassan"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let sent = response.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(sent, "/accessibility/feedback/sent#main");
    let (status, thanks) = app.page("/accessibility/feedback/sent").await;
    assert_eq!(status, 200);
    let thanks = visible_text(&thanks);
    assert!(thanks.contains("Danke für Ihre Meldung"), "{thanks}");
    assert!(thanks.contains("innerhalb von zwei Wochen"), "{thanks}");
    assert!(thanks.contains("Schlichtungsstelle"), "{thanks}");

    // The mail goes out over SMTP to the site's contact address, in German.
    assert_eq!(app.run_jobs().await, 1);
    let mails = app.mails_to(ORGANISER);
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert!(
        mail.contains("Subject: Barriere gemeldet (Meldung 1)"),
        "{mail}"
    );
    assert!(mail.contains("Reply-To: amal.hassan@example.org"), "{mail}");
    assert!(mail.contains("/events/1"), "{mail}");
    assert!(
        mail.contains("ist mit der Tastatur nicht erreichbar."),
        "{mail}"
    );
    assert!(mail.contains("Ich nutze NVDA mit Firefox."), "{mail}");
    assert!(mail.contains("amal.hassan@example.org"), "{mail}");
    assert!(mail.contains("Amal Hassan"), "{mail}");
    assert!(mail.contains(&format!("{}/admin/feedback", app.address)));

    // Organisers see it, open, with everything needed to answer; moderators do not.
    let moderator = app
        .staff("moderator@example.org", false, &[Role::Moderator])
        .await;
    assert_eq!(moderator.get("/admin/feedback").await.status(), 403);
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let dashboard = organiser.get("/admin").await.text().await.unwrap();
    assert!(dashboard.contains("href=\"/admin/feedback\""), "navigation");
    let list = organiser.get("/admin/feedback").await;
    assert_eq!(list.status(), 200);
    let list = list.text().await.unwrap();
    let text = visible_text(&list);
    assert!(text.contains("Offen: 1 Meldung"), "{text}");
    assert!(text.contains("Ich nutze NVDA mit Firefox."), "{text}");
    assert!(list.contains("href=\"mailto:amal.hassan@example.org\""));
    assert!(list.contains("href=\"/events/1\""));
    assert!(list.contains("action=\"/admin/feedback/1/handled\""));

    let handled = organiser.post("/admin/feedback/1/handled", &[]).await;
    assert_eq!(handled.status(), 303);
    assert_eq!(
        handled.headers()["location"],
        "/admin/feedback?done=handled"
    );
    let list = organiser
        .get("/admin/feedback?done=handled")
        .await
        .text()
        .await
        .unwrap();
    let text = visible_text(&list);
    assert!(
        text.contains("Die Meldung ist als erledigt markiert."),
        "{text}"
    );
    assert!(text.contains("Offen: 0 Meldungen"), "{text}");
    assert!(
        text.contains("Erledigt: 1 Meldung") && text.contains("von organiser@example.org"),
        "{text}"
    );
    assert!(!list.contains("action=\"/admin/feedback/1/handled\""));
    assert_eq!(
        organiser
            .post("/admin/feedback/99/handled", &[])
            .await
            .status(),
        404
    );
    let audit = app.store.audit_log(20).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "accessibility_feedback_handled"
                && e.subject == "accessibility_feedback 1"
                && e.staff.as_deref() == Some("organiser@example.org")),
        "{audit:?}"
    );
    assert!(
        audit
            .iter()
            .any(|e| e.action == "view_accessibility_feedback")
    );

    // Deleted with its personal data a year after handling, by the worker's housekeeping.
    let handled_at = app.clock_now();
    app.clock
        .set(handled_at + SignedDuration::from_hours(364 * 24));
    app.run_jobs().await;
    assert_eq!(app.store.accessibility_feedback().await.unwrap().len(), 1);
    app.clock
        .set(handled_at + SignedDuration::from_hours(365 * 24));
    app.run_jobs().await;
    assert!(app.store.accessibility_feedback().await.unwrap().is_empty());
}

#[tokio::test]
async fn without_a_contact_address_the_report_waits_in_the_back_office() {
    let app = TestApp::with_dresden().await;
    let report = FeedbackInput {
        message: "Die Karte hat keinen Textersatz.".into(),
        ..FeedbackInput::default()
    }
    .parse(mitwirken_domain::Locale::GERMAN)
    .unwrap();
    let outcome = app
        .store
        .submit_accessibility_feedback(&report, "client", None, app.clock_now())
        .await
        .unwrap();
    assert!(matches!(
        outcome,
        FeedbackOutcome::Received {
            mail_queued: false,
            ..
        }
    ));
    assert!(app.store.outbox(None).await.unwrap().is_empty());
    let kept = app.store.accessibility_feedback().await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].message, "Die Karte hat keinen Textersatz.");
    assert_eq!(
        (kept[0].email.as_deref(), kept[0].page.as_deref()),
        (None, None)
    );
}

#[tokio::test]
async fn bad_input_is_refused_with_translated_errors_and_what_was_typed_kept() {
    let app = TestApp::with_dresden().await;
    let response = app
        .post_form(
            "/accessibility/feedback?lang=en",
            &[
                ("page", "/processes/integrationskonzept-dresden"),
                ("message", "   "),
                ("email", "amal.example.org"),
                ("name", "Amal"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("id=\"error-summary\""));
    let text = visible_text(&html);
    assert!(text.contains("Please correct 2 entries:"), "{text}");
    assert!(text.contains("Please fill in this field."), "{text}");
    assert!(
        text.contains("Please enter a valid email address"),
        "{text}"
    );
    assert!(html.contains("href=\"#message\""));
    assert!(html.contains("href=\"#email\""));
    assert!(html.contains("value=\"/processes/integrationskonzept-dresden\""));
    assert!(html.contains("value=\"amal.example.org\""));
    assert!(html.contains("value=\"Amal\""));
    assert!(html.contains("aria-describedby=\"email-hint email-error\""));

    // In Arabic, and with a description that is too long: it comes back whole.
    let long = format!("{}.", "ب".repeat(5_000));
    let response = app
        .post_form(
            "/accessibility/feedback?lang=ar",
            &[("message", &long), ("email", "omar@example")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let text = visible_text(&html);
    assert!(text.contains("يُرجى ألّا تكتب أكثر من 5000 حرف"), "{text}");
    assert!(
        text.contains("يُرجى إدخال عنوان بريد إلكتروني صحيح"),
        "{text}"
    );
    assert!(html.contains(&format!(">{long}</textarea>")));
    assert!(html.contains("value=\"omar@example\""));

    // Nothing was stored and nothing mailed.
    assert!(app.store.accessibility_feedback().await.unwrap().is_empty());
    assert_eq!(app.run_jobs().await, 0);
    // The language switch of the refused form leads back to the form.
    let back = app.get("/accessibility/feedback?lang=ar").await;
    assert_eq!(back.status(), 303);
    assert_eq!(
        back.headers()["location"],
        "/accessibility?lang=ar#feedback"
    );
}

#[tokio::test]
async fn one_client_sends_at_most_five_reports_an_hour() {
    let app = TestApp::with_dresden().await;
    let form = [("message", "Der Kontrast ist zu schwach."), ("page", "/")];
    for n in 1..=5 {
        let response = report_from(&app, "192.0.2.7", &form).await;
        assert_eq!(response.status(), 303, "report {n}");
    }
    let refused = report_from(&app, "192.0.2.7", &form).await;
    assert_eq!(refused.status(), 429);
    let html = refused.text().await.unwrap();
    assert!(html.contains("id=\"error-summary\""));
    assert!(
        visible_text(&html).contains("in der letzten Stunde schon mehrere Meldungen"),
        "{html}"
    );
    assert!(html.contains(">Der Kontrast ist zu schwach.</textarea>"));
    assert_eq!(app.store.accessibility_feedback().await.unwrap().len(), 5);

    // Another client is not held up, and an hour later the first may report again.
    let other = report_from(&app, "192.0.2.8", &form).await;
    assert_eq!(other.status(), 303);
    app.clock
        .set(app.clock_now() + SignedDuration::from_mins(61));
    let later = report_from(&app, "192.0.2.7", &form).await;
    assert_eq!(later.status(), 303);
    assert_eq!(app.store.accessibility_feedback().await.unwrap().len(), 7);
    assert_eq!(app.run_jobs().await, 7, "one mail per report");
}

#[tokio::test]
async fn switching_language_while_writing_a_report_keeps_it_and_sends_nothing() {
    let app = TestApp::with_dresden().await;
    let response = report_from(
        &app,
        "203.0.113.9",
        &[
            ("page", "/events/1/register"),
            ("message", MESSAGE),
            ("switch-lang", "fa"),
        ],
    )
    .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert!(html.contains("value=\"/events/1/register\""));
    assert!(html.contains("Ich nutze NVDA mit Firefox."));
    assert!(app.store.accessibility_feedback().await.unwrap().is_empty());
    assert_eq!(app.run_jobs().await, 0);
}
