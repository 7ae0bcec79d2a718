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
    let other = app.participant("omar@example.org", "Omar", "de").await;
    // Lena writes a proposal, a comment on it, and supports Omar's proposal.
    let hers = crate::proposals::propose(&browser, "measure", "Sprachcafé im Stadtteil").await;
    let his = crate::proposals::propose(&other, "goal", "Mehr Beratung").await;
    let commented = browser
        .post(
            &format!("/proposals/{hers}/comments"),
            &[("body", "Gern auch am Samstag.")],
        )
        .await;
    assert_eq!(commented.status(), 303);
    let supported = browser
        .post(&format!("/proposals/{his}/support"), &[])
        .await;
    assert_eq!(supported.status(), 303);
    let export = browser.get("/me/export.json").await;
    assert_eq!(export.status(), 200);
    let data: serde_json::Value = export.json().await.unwrap();
    assert_eq!(data["account"]["email"], "lena@example.org");
    assert_eq!(data["account"]["display_name"], "Lena K.");
    assert_eq!(data["proposals"][0]["title"], "Sprachcafé im Stadtteil");
    assert_eq!(data["comments"][0]["text"], "Gern auch am Samstag.");
    assert_eq!(data["supports"][0]["proposal_id"], his);

    let refused = browser.post("/me/delete", &[]).await;
    assert_eq!(refused.status(), 422, "deletion needs the confirmation box");
    let response = browser.post("/me/delete", &[("confirm", "yes")]).await;
    assert_eq!(response.status(), 200);
    assert!(app.store.participant(1).await.unwrap().is_none());
    let after = browser.get("/me").await;
    assert_eq!(after.status(), 303, "the session ended with the account");
    let export = app.store.participant_export(1).await.unwrap();
    assert!(export.is_none());

    // What she wrote stays, without her; her support still counts.
    let (_, page) = app.page(&format!("/proposals/{hers}")).await;
    let text = visible_text(&page);
    assert!(text.contains("Sprachcafé im Stadtteil") && text.contains("Gern auch am Samstag."));
    assert!(text.contains("gelöschte Person"), "{text}");
    assert!(!text.contains("Lena K."));
    let (_, page) = app.page(&format!("/proposals/{his}")).await;
    assert!(visible_text(&page).contains("1 Unterstützung"), "{page}");

    // Neither her address nor her name is left in any table.
    use sea_orm::{ConnectionTrait, Database, Statement};
    let db = Database::connect(app.database_url()).await.unwrap();
    let backend = db.get_database_backend();
    let tables = [
        ("participants", "email"),
        ("participants", "display_name"),
        ("sign_in_links", "email"),
        ("outbox", "recipient"),
        ("outbox", "payload"),
        ("comments", "body"),
        ("proposals", "body"),
        ("audit_log", "subject"),
        ("audit_log", "details"),
    ];
    for (table, column) in tables {
        for needle in ["lena@example.org", "Lena K."] {
            let row = db
                .query_one_raw(Statement::from_sql_and_values(
                    backend,
                    format!(
                        "SELECT COUNT(*) AS n FROM {table} WHERE {column} LIKE {}",
                        if backend == sea_orm::DbBackend::Postgres {
                            "$1"
                        } else {
                            "?"
                        }
                    ),
                    [format!("%{needle}%").into()],
                ))
                .await
                .unwrap()
                .unwrap();
            let n: i64 = row.try_get("", "n").unwrap();
            assert_eq!(n, 0, "{needle} left in {table}.{column}");
        }
    }
    let sessions = db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n FROM participant_sessions WHERE participant_id = 1",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sessions.try_get::<i64>("", "n").unwrap(), 0);
}
