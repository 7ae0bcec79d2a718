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
    use mitwirken_domain::scenario::DRESDEN_2021;
    use mitwirken_domain::scenario::Scenario;
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

#[tokio::test]
async fn the_demo_content_shows_the_chain_from_comment_to_measure() {
    use mitwirken_domain::scenario::demo_content::{DRESDEN_2021_CONTENT, DemoContent};
    let app = TestApp::with_dresden().await;
    let content = DemoContent::parse(DRESDEN_2021_CONTENT).unwrap();
    app.store
        .load_demo_content("integrationskonzept-dresden", &content, app.clock_now())
        .await
        .unwrap();
    let (status, field) = app
        .page("/processes/integrationskonzept-dresden/fields/spracherwerb")
        .await;
    assert_eq!(status, 200);
    let text = crate::visible_text(&field);
    assert!(text.contains("Sprache ist ein Schlüssel"), "analysis shown");
    assert!(text.contains("Sprachcafé"), "a demo comment is shown");

    let (status, plan) = app
        .page("/processes/integrationskonzept-dresden/plan")
        .await;
    assert_eq!(status, 200);
    assert!(
        plan.contains("/proposals/"),
        "measures link their proposals"
    );
    assert!(plan.contains("/results#r-"), "and their workshop results");

    // Every proposal answered as adopted lists the measure it became.
    let (_, proposal) = app.page("/proposals/1").await;
    assert!(proposal.contains("/plan#m-"), "{proposal}");
    // The answers were mailed to the proposers and supporters.
    assert!(app.run_jobs().await > 0);
}
