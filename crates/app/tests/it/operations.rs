use mitwirken_test_support::TestApp;

#[tokio::test]
async fn health_readiness_and_metrics_answer() {
    let app = TestApp::with_dresden().await;
    let (status, body) = app.page("/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ok"));
    let (status, _) = app.page("/readyz").await;
    assert_eq!(status, 200);
    app.page("/processes/integrationskonzept-dresden").await;
    let (status, metrics) = app.page("/metrics").await;
    assert_eq!(status, 200);
    assert!(metrics.contains("http_requests_total"), "{metrics}");
    assert!(metrics.contains("route=\"/processes/{slug}\""), "{metrics}");
}

#[tokio::test]
async fn readiness_fails_when_the_database_is_gone() {
    let app = TestApp::with_dresden().await;
    app.store.clone().close().await.unwrap();
    let (status, _) = app.page("/readyz").await;
    assert_eq!(status, 503);
    let (status, html) = app.page("/").await;
    assert_eq!(status, 503);
    assert!(html.contains("Vorübergehend nicht erreichbar"));
}
