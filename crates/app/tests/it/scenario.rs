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
