use crate::event_links;
use mitwirken_test_support::TestApp;

fn unfold(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn each_event_has_a_calendar_file_in_dresden_time() {
    let app = TestApp::with_dresden().await;
    let (_, process) = app.page("/processes/integrationskonzept-dresden").await;
    let first = event_links(&process)[0];
    let response = app.get(&format!("/events/{first}/calendar.ics")).await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let lines = unfold(&response.text().await.unwrap());
    assert!(lines.contains(&"DTSTART;TZID=Europe/Berlin:20210627T100000".to_owned()));
    assert!(lines.contains(&"DTEND;TZID=Europe/Berlin:20210627T160000".to_owned()));
    assert!(lines.contains(&"BEGIN:VTIMEZONE".to_owned()));
    assert!(lines.iter().any(|l| {
        l.starts_with("LOCATION:Dresdner Rathaus\\, Eingang Goldene Pforte\\, Rathausplatz 1")
    }));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("UID:event-{first}@")))
    );
}

#[tokio::test]
async fn the_process_feed_holds_all_three_events() {
    let app = TestApp::with_dresden().await;
    let response = app
        .get("/processes/integrationskonzept-dresden/calendar.ics")
        .await;
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    assert_eq!(body.matches("BEGIN:VEVENT").count(), 3);
    for start in ["20210627T100000", "20210703T100000", "20210718T100000"] {
        assert!(
            body.contains(&format!("DTSTART;TZID=Europe/Berlin:{start}")),
            "{start}"
        );
    }
}
