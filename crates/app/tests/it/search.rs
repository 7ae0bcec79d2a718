//! Search across the analysis, proposals and measures: accent-insensitive, with marked snippets,
//! on SQLite's FTS5 and on PostgreSQL's full text search alike.

use crate::visible_text;
use mitwirken_domain::{LocalizedText, MeasureStatus};
use mitwirken_store::plan::NewMeasure;
use mitwirken_test_support::TestApp;

fn text(de: &str, en: &str) -> LocalizedText {
    LocalizedText::german(de).with(mitwirken_domain::Locale::parse("en").unwrap(), en)
}

async fn measure(app: &TestApp, title: LocalizedText, description: &str) -> i64 {
    let process = app
        .store
        .process_by_slug("integrationskonzept-dresden")
        .await
        .unwrap()
        .unwrap();
    let field = app.store.fields_of_action(process.id).await.unwrap()[0]
        .id
        .0;
    let goal = app
        .store
        .add_goal(
            field,
            &LocalizedText::german("Ziel"),
            &LocalizedText::empty(),
        )
        .await
        .unwrap();
    app.store
        .add_measure(
            goal,
            &NewMeasure {
                title,
                description: LocalizedText::german(description),
                lead_unit: LocalizedText::german("Sozialamt"),
                partners: LocalizedText::empty(),
                timeframe: LocalizedText::german("2022–2024"),
                indicators: LocalizedText::empty(),
                status: MeasureStatus::Planned,
            },
            app.clock_now(),
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn a_measure_is_found_without_its_accents_and_the_word_is_marked() {
    let app = TestApp::with_dresden().await;
    let id = measure(
        &app,
        text(
            "Sprachkurse für Mütter mit Kinderbetreuung",
            "Language courses for mothers",
        ),
        "Kurse am Vormittag in den Stadtteilen, während die Kinder betreut werden.",
    )
    .await;
    measure(
        &app,
        LocalizedText::german("Beratung im Stadtteil"),
        "Ohne Bezug.",
    )
    .await;

    let (status, html) = app
        .page("/processes/integrationskonzept-dresden/search?q=MUTTER")
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("<mark>Mütter</mark>"), "{html}");
    assert!(html.contains(&format!(
        "/processes/integrationskonzept-dresden/plan#m-{id}"
    )));
    let text = visible_text(&html);
    assert!(text.contains("1 Treffer"), "{text}");
    assert!(!text.contains("Beratung im Stadtteil"));

    // A prefix of a word finds it, and every word must match.
    let (_, html) = app
        .page("/processes/integrationskonzept-dresden/search?q=sprachk%20vormittag")
        .await;
    assert!(html.contains(&format!("#m-{id}")));
    let (_, html) = app
        .page("/processes/integrationskonzept-dresden/search?q=sprachkurse%20fahrrad")
        .await;
    assert!(visible_text(&html).contains("Keine Treffer"));

    // An English reader sees the English title, still found by the German words.
    let (_, html) = app
        .page("/processes/integrationskonzept-dresden/search?q=mutter&lang=en")
        .await;
    assert!(html.contains("Language courses for mothers"), "{html}");
}

#[tokio::test]
async fn an_empty_query_shows_the_form_and_no_results() {
    let app = TestApp::with_dresden().await;
    let (status, html) = app
        .page("/processes/integrationskonzept-dresden/search?q=%20%20&lang=ar")
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("type=\"search\""));
    assert!(!html.contains("results-heading"));
}

#[tokio::test]
async fn analysis_paragraphs_are_found_and_removed_ones_are_not() {
    let app = TestApp::with_dresden().await;
    let process = app
        .store
        .process_by_slug("integrationskonzept-dresden")
        .await
        .unwrap()
        .unwrap();
    let field = app.store.fields_of_action(process.id).await.unwrap()[4]
        .id
        .0;
    let text = "Viele Schülerinnen und Schüler lernen Deutsch als Zweitsprache.\n\nElternabende brauchen Dolmetscher.";
    app.store
        .save_analysis(field, &LocalizedText::german(text), app.clock_now())
        .await
        .unwrap();
    let (_, html) = app
        .page("/processes/integrationskonzept-dresden/search?q=schuler")
        .await;
    assert!(html.contains("/fields/schulische-bildung#p-"), "{html}");
    assert!(html.contains("<mark>Schüler</mark>"));
    let (_, html) = app
        .page("/processes/integrationskonzept-dresden/search?q=dolmetscher")
        .await;
    assert!(html.contains("/fields/schulische-bildung#p-"));

    // The second paragraph goes; it is no longer found.
    app.store
        .save_analysis(
            field,
            &LocalizedText::german(
                "Viele Schülerinnen und Schüler lernen Deutsch als Zweitsprache.",
            ),
            app.clock_now(),
        )
        .await
        .unwrap();
    let (_, html) = app
        .page("/processes/integrationskonzept-dresden/search?q=dolmetscher")
        .await;
    assert!(!html.contains("#p-"), "{html}");
}
