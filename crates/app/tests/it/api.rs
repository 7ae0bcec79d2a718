use mitwirken_test_support::TestApp;
use serde_json::Value;

#[tokio::test]
async fn the_api_lists_processes_and_states_the_events_facts() {
    let app = TestApp::with_dresden().await;
    let (status, list) = app.json("/api/v1/processes").await;
    assert_eq!(status, 200);
    assert_eq!(list[0]["slug"], "integrationskonzept-dresden");
    assert_eq!(list[0]["motto"]["de"], "Gemeinsam. Verantwortung. Leben.");

    let (status, process) = app
        .json("/api/v1/processes/integrationskonzept-dresden")
        .await;
    assert_eq!(status, 200);
    assert_eq!(process["fields_of_action"].as_array().unwrap().len(), 12);
    let events = process["events"].as_array().unwrap();
    let starts: Vec<&str> = events
        .iter()
        .map(|e| e["starts_local"].as_str().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "2021-06-27T10:00:00+02:00[Europe/Berlin]",
            "2021-07-03T10:00:00+02:00[Europe/Berlin]",
            "2021-07-18T10:00:00+02:00[Europe/Berlin]",
        ]
    );
    let current: Vec<&Value> = process["phases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["current"] == true)
        .collect();
    assert_eq!(current.len(), 1);
    assert_eq!(current[0]["kind"], "participation");

    for event in events {
        let id = event["id"].as_i64().unwrap();
        let (status, e) = app.json(&format!("/api/v1/events/{id}")).await;
        assert_eq!(status, 200);
        assert_eq!(e["capacity"], 50);
        assert_eq!(e["places_left"], 50);
        assert_eq!(e["free"], true);
        assert_eq!(e["fee_cents"], 0);
        assert_eq!(e["registration_deadline"], "2021-06-15");
        assert_eq!(e["registration_closes_at"], "2021-06-15T22:00:00Z");
        assert_eq!(e["registration_state"], "open");
        assert!(e["ends_local"].as_str().unwrap().contains("T16:00:00"));
        assert_eq!(e["venue"]["street"], "Rathausplatz 1");
        assert_eq!(e["venue"]["entrance"]["de"], "Eingang Goldene Pforte");
        assert!(
            e["on_site_notes"]["de"]
                .as_str()
                .unwrap()
                .contains("Hygienevorschriften")
        );
        assert_eq!(e["working_groups"].as_array().unwrap().len(), 3);
    }
    let reserved = &events[1];
    assert_eq!(reserved["access"], "reserved");
    assert_eq!(reserved["eligible_groups"].as_array().unwrap().len(), 5);
    assert_eq!(events[0]["access"], "open");
    assert_eq!(events[0]["eligible_groups"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn an_unknown_api_resource_gets_a_json_404() {
    let app = TestApp::with_dresden().await;
    for path in [
        "/api/v1/events/999",
        "/api/v1/processes/nope",
        "/api/v1/nothing",
    ] {
        let (status, body) = app.json(path).await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(body["error"], "not_found", "{path}");
        assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

#[tokio::test]
async fn the_openapi_document_describes_the_public_endpoints() {
    let app = TestApp::spawn().await;
    let (status, doc) = app.json("/api/openapi.json").await;
    assert_eq!(status, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/processes",
        "/api/v1/processes/{slug}",
        "/api/v1/events/{id}",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} missing");
    }
    assert!(doc["components"]["schemas"]["EventJson"]["properties"]["places_left"].is_object());
}

#[tokio::test]
async fn every_path_in_the_openapi_document_is_served() {
    let app = TestApp::spawn().await;
    let (_, doc) = app.json("/api/openapi.json").await;
    let paths = doc["paths"].as_object().unwrap();
    assert_eq!(paths.len(), 8);
    for path in paths.keys() {
        let concrete = path.replace("{slug}", "nope").replace("{id}", "999");
        let url = format!("{}{concrete}", app.address);
        let response = app
            .client
            .request(reqwest::Method::OPTIONS, &url)
            .send()
            .await
            .unwrap();
        // A routed path refuses a method it does not serve; an unrouted one is not found.
        assert_eq!(
            response.status(),
            405,
            "{path} is documented but not served"
        );
    }
}
