use mitwirken_store::LoadOutcome;
use mitwirken_test_support::TestApp;

#[tokio::test]
async fn loading_the_scenario_twice_leaves_one_copy() {
    let app = TestApp::with_dresden().await;
    assert_eq!(app.load_dresden().await, LoadOutcome::AlreadyPresent);
    let (_, list) = app.json("/api/v1/processes").await;
    assert_eq!(list.as_array().unwrap().len(), 1);
    let (_, process) = app
        .json("/api/v1/processes/integrationskonzept-dresden")
        .await;
    assert_eq!(process["events"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn the_demo_opens_participation_on_the_day_it_is_loaded() {
    use mitwirken_store::Scenario;
    use mitwirken_store::scenario::DRESDEN_2021;
    let app = TestApp::spawn().await;
    // A visitor on 26 November 2026: the events move ahead by whole weeks, so registration is
    // open, and the participation phase would only begin a few days before the deadline.
    app.at("2026-11-26T09:00:00Z");
    let scenario = Scenario::parse(DRESDEN_2021).unwrap();
    let weeks = scenario.demo_shift(app.clock_now());
    app.store
        .load_scenario(&scenario, weeks, app.clock_now())
        .await
        .unwrap();
    let (_, before) = app.page("/processes/integrationskonzept-dresden").await;
    assert!(
        !before.contains("aria-current=\"step\""),
        "no phase runs yet"
    );
    let opened = app
        .store
        .open_participation_for_demo("integrationskonzept-dresden", app.clock_now())
        .await
        .unwrap();
    assert_eq!(opened.map(|d| d.to_string()).as_deref(), Some("2026-11-26"));
    let (_, after) = app.page("/processes/integrationskonzept-dresden").await;
    assert!(
        after.contains("aria-current=\"step\""),
        "participation runs now"
    );
    let again = app
        .store
        .open_participation_for_demo("integrationskonzept-dresden", app.clock_now())
        .await
        .unwrap();
    assert!(again.is_none(), "a running phase is left as it is");
}
