use crate::{event_links, visible_text};
use mitwirken_test_support::TestApp;

#[tokio::test]
async fn the_home_page_lists_the_published_process() {
    let app = TestApp::with_dresden().await;
    let (status, html) = app.page("/").await;
    assert_eq!(status, 200);
    assert!(html.contains("href=\"/processes/integrationskonzept-dresden\""));
    let text = visible_text(&html);
    assert!(text.contains("Fortschreibung des Dresdner Integrationskonzeptes"));
    assert!(text.contains("Gemeinsam. Verantwortung. Leben."));
    assert!(text.contains("Aktuelle Phase: "), "{text}");
}

#[tokio::test]
async fn an_empty_installation_says_there_is_nothing_yet() {
    let app = TestApp::spawn().await;
    let (status, html) = app.page("/").await;
    assert_eq!(status, 200);
    assert!(visible_text(&html).contains("keine veröffentlichten Beteiligungsverfahren"));
}

#[tokio::test]
async fn the_process_page_shows_motto_parts_phases_events_and_fields() {
    let app = TestApp::with_dresden().await;
    let (status, html) = app.page("/processes/integrationskonzept-dresden").await;
    assert_eq!(status, 200);
    let text = visible_text(&html);
    for fact in [
        "Gemeinsam. Verantwortung. Leben.",
        "Analyse der kommunalen Handlungsfelder",
        "Aktionsplan Integration 2021 bis 2026",
        "Integrations- und Ausländerbeauftragte",
        "Kristina Winkler",
        "Sonntag, 27. Juni 2021, 10:00–16:00 Uhr",
        "Samstag, 3. Juli 2021, 10:00–16:00 Uhr",
        "Sonntag, 18. Juli 2021, 10:00–16:00 Uhr",
        "Noch 50 von 50 Plätzen frei",
        "Spracherwerb und Sprachförderung",
        "Kulturelle Vielfalt",
    ] {
        assert!(text.contains(fact), "missing {fact:?} in {text}");
    }
    assert_eq!(event_links(&html).len(), 3);
    assert_eq!(html.matches("<li class=\"event-card\">").count(), 3);
    assert!(html.matches("<h3 class=\"kern-heading-small\">").count() >= 12);
    // On 14 June 2021 the participation phase is the current one, and only it.
    assert_eq!(html.matches("aria-current=\"step\"").count(), 1);
    let current = html
        .split("aria-current=\"step\"")
        .nth(1)
        .unwrap_or_default();
    assert!(
        visible_text(current).starts_with("Beteiligung"),
        "{}",
        visible_text(current)
    );
}

#[tokio::test]
async fn each_event_page_states_every_fact_of_the_press_release() {
    let app = TestApp::with_dresden().await;
    let (_, process) = app.page("/processes/integrationskonzept-dresden").await;
    let ids = event_links(&process);
    let expected = [
        ("Sonntag, 27. Juni 2021, 10:00–16:00 Uhr", "Offen für alle"),
        ("Samstag, 3. Juli 2021, 10:00–16:00 Uhr", "Reserviert"),
        ("Sonntag, 18. Juli 2021, 10:00–16:00 Uhr", "Offen für alle"),
    ];
    for (id, (when, access)) in ids.iter().zip(expected) {
        let (status, html) = app.page(&format!("/events/{id}")).await;
        assert_eq!(status, 200);
        let text = visible_text(&html);
        for fact in [
            when,
            access,
            "Dresdner Rathaus",
            "Rathausplatz 1",
            "Eingang Goldene Pforte",
            "Noch 50 von 50 Plätzen frei",
            "Anmeldeschluss Dienstag, 15. Juni 2021",
            "Kosten kostenlos",
            "Hygienevorschriften",
        ] {
            assert!(
                text.contains(fact),
                "event {id}: missing {fact:?} in {text}"
            );
        }
        assert!(html.contains(&format!("href=\"/events/{id}/register\"")));
        assert_eq!(html.matches("<h1").count(), 1);
    }
    let (_, reserved) = app.page(&format!("/events/{}", ids[1])).await;
    let text = visible_text(&reserved);
    for group in [
        "Mitglieder des Dresdner Integrations- und Ausländerbeirats",
        "Mitglieder von Migrantenorganisationen",
        "Dachverbandes Sächsischer Migrantenorganisationen",
        "Vereinen und Stadtteilnetzwerken im Thema Integration/Migration",
        "Integrations- und Ausländerbeiräten in Sachsen",
    ] {
        assert!(text.contains(group), "missing group {group:?}");
    }
    let (_, open) = app.page(&format!("/events/{}", ids[0])).await;
    let text = visible_text(&open);
    assert!(text.contains("Studierende"));
    assert!(text.contains("mit und ohne Migrationshintergrund"));
    assert!(!text.contains("Diese Veranstaltung ist reserviert für"));
}

#[tokio::test]
async fn the_deadline_day_counts_in_full_and_afterwards_the_page_says_when_it_was() {
    let app = TestApp::with_dresden().await;
    let (_, process) = app.page("/processes/integrationskonzept-dresden").await;
    let first = event_links(&process)[0];
    app.at("2021-06-15T21:59:59Z");
    let (_, html) = app.page(&format!("/events/{first}")).await;
    assert!(html.contains(&format!("/events/{first}/register")));
    assert!(visible_text(&html).contains("Anmeldung bis einschließlich Dienstag, 15. Juni 2021."));
    app.at("2021-06-15T22:00:00Z");
    let (_, html) = app.page(&format!("/events/{first}")).await;
    assert!(!html.contains(&format!("/events/{first}/register\"")));
    let text = visible_text(&html);
    assert!(text.contains("Anmeldung geschlossen"), "{text}");
    assert!(
        text.contains("Der Anmeldeschluss war Dienstag, 15. Juni 2021."),
        "{text}"
    );
}

#[tokio::test]
async fn legal_pages_exist_with_defaults_and_name_the_operator() {
    let app = TestApp::with_dresden().await;
    for (path, heading) in [
        ("/imprint", "Impressum"),
        ("/privacy", "Datenschutz"),
        ("/accessibility", "Barrierefreiheit"),
    ] {
        let (status, html) = app.page(path).await;
        assert_eq!(status, 200, "{path}");
        let text = visible_text(&html);
        assert!(text.contains(heading), "{path}");
        assert!(text.contains("beteiligung@example.org"), "{path}: {text}");
    }
    let (_, html) = app.page("/accessibility").await;
    assert!(visible_text(&html).contains("BITV 2.0"));
}

#[tokio::test]
async fn an_unknown_page_gets_a_translated_404_page() {
    let app = TestApp::with_dresden().await;
    let (status, html) = app.page("/nowhere").await;
    assert_eq!(status, 404);
    assert!(visible_text(&html).contains("Seite nicht gefunden"));
    let (status, html) = app.page("/nowhere?lang=ar").await;
    assert_eq!(status, 404);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(!visible_text(&html).contains("Seite nicht gefunden"));
    for path in [
        "/events/999",
        "/events/abc",
        "/processes/unknown",
        "/events/999/calendar.ics",
    ] {
        let (status, _) = app.page(path).await;
        assert_eq!(status, 404, "{path}");
    }
}

#[tokio::test]
async fn pages_load_nothing_from_another_host_and_carry_security_headers() {
    let app = TestApp::with_dresden().await;
    let response = app.get("/processes/integrationskonzept-dresden").await;
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("script-src 'self'"));
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    let html = response.text().await.unwrap();
    for attribute in ["src=\"http", "href=\"//", "src=\"//"] {
        assert!(!html.contains(attribute), "{attribute}");
    }
    for stylesheet in html.split("rel=\"stylesheet\" href=\"").skip(1) {
        let path = stylesheet.split('"').next().unwrap();
        assert!(path.starts_with("/assets/"), "{path}");
        let css = app.get(path).await;
        assert_eq!(css.status(), 200, "{path}");
        assert!(
            css.headers()["cache-control"]
                .to_str()
                .unwrap()
                .contains("immutable")
        );
    }
}
