//! Participant accounts: a sign-in link by mail, a name and a language, "my page", the data
//! export and the deletion of an account.

use crate::visible_text;
use mitwirken_test_support::TestApp;

#[tokio::test]
async fn a_link_signs_in_once_and_only_with_the_button() {
    let app = TestApp::with_dresden().await;
    let response = app
        .post_form("/signin", &[("email", "Amal@Example.org"), ("next", "/me")])
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(app.run_jobs().await, 1);
    let mail = app.mails_to("amal@example.org").pop().expect("a mail");
    assert!(mail.contains("Ihr Link zum Anmelden"), "{mail}");
    let link = app.link_in_mail("amal@example.org", "/signin/").unwrap();

    // Opening the link (as a mail scanner would) signs no one in.
    let (status, page) = app.page(&link).await;
    assert_eq!(status, 200);
    assert!(page.contains("amal@example.org"));
    assert!(app.store.participant(1).await.unwrap().is_none());

    let response = app.post_form(&link, &[]).await;
    assert_eq!(response.status(), 303);
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/me?next=")
    );
    let again = app.post_form(&link, &[]).await;
    assert_eq!(again.status(), 410, "a link works once");
}

#[tokio::test]
async fn a_bad_address_is_refused_with_what_was_typed_kept() {
    let app = TestApp::with_dresden().await;
    let response = app
        .post_form("/signin?lang=en", &[("email", "amal.example.org")])
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("value=\"amal.example.org\""));
    assert!(html.contains("error-summary"));
    assert_eq!(app.run_jobs().await, 0);
}

#[tokio::test]
async fn links_per_address_are_limited() {
    let app = TestApp::with_dresden().await;
    for _ in 0..5 {
        let r = app
            .post_form("/signin", &[("email", "a@example.org")])
            .await;
        assert_eq!(r.status(), 200);
    }
    let r = app
        .post_form("/signin", &[("email", "a@example.org")])
        .await;
    assert_eq!(r.status(), 422);
}

#[tokio::test]
async fn my_page_shows_name_language_and_registrations() {
    let app = TestApp::with_dresden().await;
    let browser = app.participant("omar@example.org", "Omar", "ar").await;
    let me = app.store.participant(1).await.unwrap().unwrap();
    assert_eq!(
        (me.display_name.as_str(), me.locale.as_str()),
        ("Omar", "ar")
    );
    let saved = browser
        .post("/me/profile", &[("display_name", "Omar"), ("locale", "ar")])
        .await;
    assert_eq!(
        saved.headers()["location"],
        "/me?saved=1&lang=ar",
        "the page switches to the language chosen and remembers it"
    );
    let html = browser.get("/me?lang=ar").await.text().await.unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("value=\"Omar\""));
    assert!(visible_text(&html).contains("omar@example.org"));
    assert!(html.contains("href=\"/me\""), "header offers my page");

    // An empty name is refused and the page keeps the language chosen.
    let response = browser
        .post("/me/profile", &[("display_name", "  "), ("locale", "en")])
        .await;
    assert_eq!(response.status(), 422);
    assert_eq!(
        app.store
            .participant(1)
            .await
            .unwrap()
            .unwrap()
            .display_name,
        "Omar"
    );
}

#[tokio::test]
async fn deleting_the_account_leaves_no_personal_data() {
    let app = TestApp::with_dresden().await;
    let browser = app.participant("lena@example.org", "Lena K.", "de").await;
    let export = browser.get("/me/export.json").await;
    assert_eq!(export.status(), 200);
    let data: serde_json::Value = export.json().await.unwrap();
    assert_eq!(data["account"]["email"], "lena@example.org");
    assert_eq!(data["account"]["display_name"], "Lena K.");

    let refused = browser.post("/me/delete", &[]).await;
    assert_eq!(refused.status(), 422, "deletion needs the confirmation box");
    let response = browser.post("/me/delete", &[("confirm", "yes")]).await;
    assert_eq!(response.status(), 200);
    assert!(app.store.participant(1).await.unwrap().is_none());
    let after = browser.get("/me").await;
    assert_eq!(after.status(), 303, "the session ended with the account");
    let export = app.store.participant_export(1).await.unwrap();
    assert!(export.is_none());
}
