use crate::visible_text;
use mitwirken_test_support::TestApp;

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
