//! The action plan: where each measure came from and how far it has got, the workshop results of
//! the events, the plan as a PDF, and open data without personal data.

use crate::visible_text;
use jiff::civil::date;
use mitwirken_domain::{
    EventId, LocalizedText, MeasureStatus, OriginKind, Process, Role, WorkshopSource,
};
use mitwirken_store::entity::{analysis_paragraph, comment, participant, position_paper, proposal};
use mitwirken_store::plan::NewMeasure;
use mitwirken_test_support::TestApp;
use sea_orm::{ActiveModelTrait, ColumnTrait, Database, EntityTrait, QueryFilter, Set};

const SLUG: &str = "integrationskonzept-dresden";

async fn dresden(app: &TestApp) -> Process {
    app.store
        .process_by_slug(SLUG)
        .await
        .unwrap()
        .expect("the Dresden process")
}

/// The id of a field of action by its slug.
async fn field(app: &TestApp, slug: &str) -> i64 {
    let process = dresden(app).await;
    app.store
        .fields_of_action(process.id)
        .await
        .unwrap()
        .into_iter()
        .find(|f| f.slug.as_str() == slug)
        .expect("the field exists")
        .id
        .0
}

fn measure(title: &str) -> NewMeasure {
    NewMeasure {
        title: LocalizedText::german(title),
        description: LocalizedText::german("Offene Treffen, bei denen man Deutsch üben kann."),
        lead_unit: LocalizedText::german("Amt für Integration"),
        partners: LocalizedText::german("Volkshochschule Dresden"),
        timeframe: LocalizedText::german("2022 bis 2024"),
        indicators: LocalizedText::empty(),
        status: MeasureStatus::Planned,
    }
}

/// What a measure in the tests came from: rows as the co-creation screens would write them.
struct Contributions {
    participant_email: &'static str,
    participant_name: &'static str,
    proposals: Vec<i64>,
    hidden_proposal: i64,
    result: i64,
    comment: i64,
    paper: i64,
}

async fn contributions(app: &TestApp) -> Contributions {
    let participant_email = "amal.haddad@example.org";
    let participant_name = "Amal Haddad";
    app.participant(participant_email, participant_name, "de")
        .await;
    let db = Database::connect(app.database_url()).await.unwrap();
    let author = participant::Entity::find()
        .filter(participant::Column::Email.eq(participant_email))
        .one(&db)
        .await
        .unwrap()
        .expect("the participant")
        .id;
    let now = app.clock_now().as_second();
    let field = field(app, "spracherwerb").await;
    let mut proposals = Vec::new();
    for (title, hidden) in [
        ("Sprachcafés in allen Stadtteilen", None),
        ("Deutschkurse mit Kinderbetreuung", None),
        ("Ein verborgener Vorschlag", Some(now)),
    ] {
        let row = proposal::ActiveModel {
            field_id: Set(field),
            kind: Set("measure".into()),
            title: Set(title.into()),
            body: Set("Damit alle üben können.".into()),
            state: Set("adopted".into()),
            answer: Set(String::new()),
            author_id: Set(Some(author)),
            created_at: Set(now),
            hidden_at: Set(hidden),
            hidden_reason: Set(hidden.map(|_| "Doppelt".to_owned())),
            ..Default::default()
        }
        .insert(&db)
        .await
        .unwrap();
        proposals.push(row.id);
    }
    let hidden_proposal = proposals.pop().unwrap();
    let paragraph = analysis_paragraph::ActiveModel {
        field_id: Set(field),
        position: Set(Some(1)),
        body: Set("Viele Menschen warten lange auf einen Platz im Deutschkurs.".into()),
        revision: Set(1),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let comment = comment::ActiveModel {
        paragraph_id: Set(Some(paragraph.id)),
        paragraph_revision: Set(1),
        body: Set("Die Wartezeit ist oft ein halbes Jahr.".into()),
        author_id: Set(Some(author)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let process = dresden(app).await;
    let paper = position_paper::ActiveModel {
        process_id: Set(process.id.0),
        field_id: Set(Some(field)),
        organisation: Set("Dachverband sächsischer Migrantenorganisationen".into()),
        title: Set("Sprache öffnet Türen".into()),
        summary: Set(String::new()),
        filename: Set("positionspapier.pdf".into()),
        size: Set(9),
        sha256: Set("0".repeat(64)),
        content: Set(b"%PDF-1.7\n".to_vec()),
        author_id: Set(Some(author)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    db.close().await.unwrap();
    let event = app.store.public_events(process.id).await.unwrap()[0].clone();
    let result = app
        .store
        .add_workshop_result(
            event.id,
            Some(event.working_groups[0].id),
            field,
            WorkshopSource::WorkingGroup,
            "Mehr Sprachcafés\nAm besten abends, nach der Arbeit.",
            14,
            app.clock_now(),
        )
        .await
        .unwrap();
    Contributions {
        participant_email,
        participant_name,
        proposals,
        hidden_proposal,
        result,
        comment: comment.id,
        paper: paper.id,
    }
}

/// A goal on the first field with one measure that came from everything in `from`, and one the
/// city set on its own; returns the two measures.
async fn plan_with_origins(app: &TestApp, from: &Contributions) -> (i64, i64) {
    let field = field(app, "spracherwerb").await;
    let goal = app
        .store
        .add_goal(
            field,
            &LocalizedText::german("Alle können Deutsch lernen").with(
                mitwirken_domain::Locale::parse("en").unwrap(),
                "Everyone can learn German",
            ),
            &LocalizedText::empty(),
        )
        .await
        .unwrap();
    let traced = app
        .store
        .add_measure(
            goal,
            &measure("Sprachcafés in den Stadtteilen"),
            app.clock_now(),
        )
        .await
        .unwrap();
    for id in from.proposals.iter().chain([&from.hidden_proposal]) {
        app.store
            .link_origin(traced, OriginKind::Proposal, *id)
            .await
            .unwrap();
    }
    for (kind, id) in [
        (OriginKind::Workshop, from.result),
        (OriginKind::Comment, from.comment),
        (OriginKind::Paper, from.paper),
    ] {
        app.store.link_origin(traced, kind, id).await.unwrap();
    }
    let own = app
        .store
        .add_measure(
            goal,
            &measure("Mehrsprachige Wegweiser im Rathaus"),
            app.clock_now(),
        )
        .await
        .unwrap();
    (traced, own)
}

/// The part of the plan page that shows one measure.
fn measure_html(page: &str, id: i64) -> String {
    let start = page
        .find(&format!("id=\"m-{id}\""))
        .unwrap_or_else(|| panic!("measure {id} is on the page"));
    let rest = &page[start..];
    rest[..rest.find("</article>").expect("the measure ends")].to_owned()
}

#[tokio::test]
async fn a_measure_shows_where_it_came_from_with_a_link_to_each_origin() {
    let app = TestApp::with_dresden().await;
    let from = contributions(&app).await;
    let (traced, own) = plan_with_origins(&app, &from).await;

    let (status, page) = app.page(&format!("/processes/{SLUG}/plan")).await;
    assert_eq!(status, 200);
    let html = measure_html(&page, traced);
    let text = visible_text(&html);
    assert!(
        text.contains(
            "Grundlage: 3 Vorschläge, 1 Ergebnis aus den Veranstaltungen, 1 Kommentar und 1 Positionspapier."
        ),
        "{text}"
    );
    for href in [
        format!("/proposals/{}", from.proposals[0]),
        format!("/proposals/{}", from.proposals[1]),
        format!("/processes/{SLUG}/results#r-{}", from.result),
        format!("/processes/{SLUG}/fields/spracherwerb#c-{}", from.comment),
        format!("/papers/{}.pdf", from.paper),
    ] {
        assert!(
            html.contains(&format!("href=\"{href}\"")),
            "{href} in {html}"
        );
    }
    assert!(text.contains("Sprachcafés in allen Stadtteilen"), "{text}");
    assert!(text.contains("Mehr Sprachcafés"), "{text}");
    assert!(
        html.contains(
            "Offene Beteiligungsveranstaltung</span>, <span>Sprache, Bildung und Arbeit</span>)"
        ),
        "{html}"
    );
    assert!(
        text.contains("Die Wartezeit ist oft ein halbes Jahr."),
        "{text}"
    );
    assert!(
        text.contains("Dachverband sächsischer Migrantenorganisationen"),
        "{text}"
    );
    // A hidden proposal still counts, but its words are not repeated here.
    assert!(!text.contains("Ein verborgener Vorschlag"), "{text}");
    assert!(text.contains("Vorschlag: entfernt"), "{text}");
    assert!(!page.contains(from.participant_name));

    let own_text = visible_text(&measure_html(&page, own));
    assert!(
        own_text.contains("Diese Maßnahme kommt von der Stadtverwaltung."),
        "{own_text}"
    );
    assert!(!own_text.contains("Grundlage"), "{own_text}");

    let (_, english) = app.page(&format!("/processes/{SLUG}/plan?lang=en")).await;
    let text = visible_text(&measure_html(&english, traced));
    assert!(
        text.contains("Based on 3 proposals, 1 workshop result, 1 comment and 1 position paper."),
        "{text}"
    );
    assert!(english.contains("Everyone can learn German"));

    // Only the kinds there are are named.
    app.store
        .unlink_origin(traced, OriginKind::Comment, from.comment)
        .await
        .unwrap();
    app.store
        .unlink_origin(traced, OriginKind::Paper, from.paper)
        .await
        .unwrap();
    let (_, page) = app.page(&format!("/processes/{SLUG}/plan")).await;
    let text = visible_text(&measure_html(&page, traced));
    assert!(
        text.contains("Grundlage: 3 Vorschläge und 1 Ergebnis aus den Veranstaltungen."),
        "{text}"
    );
}

#[tokio::test]
async fn a_progress_update_changes_the_status_and_shows_with_its_date() {
    let app = TestApp::with_dresden().await;
    let from = contributions(&app).await;
    let (traced, _) = plan_with_origins(&app, &from).await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;

    // A date that is not one comes back with what was typed.
    let response = organiser
        .post(
            &format!("/admin/measures/{traced}/updates"),
            &[
                ("on_date", "2023-02-30"),
                ("update_status", "in_progress"),
                ("note_de", "Zwei Sprachcafés laufen."),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("error-summary"));
    assert!(html.contains("Bitte geben Sie ein gültiges Datum an."));
    assert!(html.contains("Zwei Sprachcafés laufen."));
    assert!(html.contains("value=\"2023-02-30\""));

    let response = organiser
        .post(
            &format!("/admin/measures/{traced}/updates"),
            &[
                ("on_date", "2023-03-01"),
                ("update_status", "in_progress"),
                ("note_de", "Zwei Sprachcafés laufen."),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);

    let (_, page) = app.page(&format!("/processes/{SLUG}/plan")).await;
    let html = measure_html(&page, traced);
    assert!(
        html.contains("<span class=\"badge badge--in-progress\">in Arbeit</span>"),
        "{html}"
    );
    let text = visible_text(&html);
    assert!(
        text.contains("Letzter Bericht vom Mittwoch, 1. März 2023 : Zwei Sprachcafés laufen."),
        "{text}"
    );
    assert!(html.contains("<time datetime=\"2023-03-01\">"));

    app.store
        .add_update(
            traced,
            date(2024, 6, 30),
            MeasureStatus::Done,
            &LocalizedText::german("Sechs Sprachcafés in sechs Stadtteilen."),
            app.clock_now(),
        )
        .await
        .unwrap();
    let (_, page) = app.page(&format!("/processes/{SLUG}/plan")).await;
    let html = measure_html(&page, traced);
    assert!(html.contains("badge--done"), "{html}");
    let text = visible_text(&html);
    assert!(text.contains("2 Berichte zum Fortschritt"), "{text}");
    assert!(text.contains("Sonntag, 30. Juni 2024"), "{text}");

    let (status, progress) = app.page(&format!("/processes/{SLUG}/plan/progress")).await;
    assert_eq!(status, 200);
    assert!(progress.contains("<caption"));
    assert!(progress.contains("scope=\"row\""));
    assert!(progress.contains("scope=\"col\""));
    // Spracherwerb: 1 planned, 0 in progress, 1 done, 0 dropped, 2 together, half done.
    let text = visible_text(&progress);
    assert!(
        text.contains("Spracherwerb und Sprachförderung 1 0 1 0 2 50 %"),
        "{text}"
    );
    assert!(
        text.contains("Alle Handlungsfelder 1 0 1 0 2 50 %"),
        "{text}"
    );
}

#[tokio::test]
async fn the_organiser_builds_the_plan_in_the_back_office() {
    let app = TestApp::with_dresden().await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let field = field(&app, "wohnen").await;
    let response = organiser
        .get(&format!("/admin/processes/{SLUG}/plan"))
        .await;
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains(&format!("id=\"f{field}-title_de\"")));

    // Without a German title the goal is refused, and the English one that was typed stays.
    let response = organiser
        .post(
            &format!("/admin/processes/{SLUG}/plan/goals"),
            &[
                ("field", &field.to_string()),
                ("title_de", " "),
                ("title_en", "Affordable flats"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("error-summary"));
    assert!(html.contains(&format!("href=\"#f{field}-title_de\"")));
    assert!(html.contains("value=\"Affordable flats\""));

    let response = organiser
        .post(
            &format!("/admin/processes/{SLUG}/plan/goals"),
            &[
                ("field", &field.to_string()),
                ("title_de", "Bezahlbare Wohnungen"),
                ("title_en", "Affordable flats"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let plan = app.store.plan_of(dresden(&app).await.id).await.unwrap();
    let goal = plan.fields.iter().find(|f| f.id == field).unwrap().goals[0].id;

    let response = organiser
        .post(
            &format!("/admin/goals/{goal}/measures"),
            &[("title_de", "Beratung bei der Wohnungssuche")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/admin/measures/"), "{location}");
    let measure: i64 = location["/admin/measures/".len()..]
        .split('?')
        .next()
        .unwrap()
        .parse()
        .unwrap();

    let response = organiser
        .post(
            &format!("/admin/measures/{measure}"),
            &[
                ("title_de", "Beratung bei der Wohnungssuche"),
                ("title_ar", "استشارة في البحث عن سكن"),
                ("lead_unit_de", "Sozialamt"),
                ("timeframe_de", "ab 2022"),
                ("status", "in_progress"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, page) = app.page(&format!("/processes/{SLUG}/plan?lang=ar")).await;
    let html = measure_html(&page, measure);
    assert!(html.contains("استشارة في البحث عن سكن"), "{html}");
    assert!(html.contains("قيد التنفيذ"), "{html}");
    assert!(
        html.contains("<dd lang=\"de\" dir=\"ltr\">Sozialamt</dd>"),
        "{html}"
    );

    // A comment from nowhere is not linked; the form says why.
    let response = organiser
        .post(
            &format!("/admin/measures/{measure}/origins"),
            &[("kind", "comment"), ("target", "999")],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("href=\"#origin-comment\""));
    assert!(html.contains("value=\"999\""));

    let response = organiser
        .post(&format!("/admin/measures/{measure}/delete"), &[])
        .await;
    assert_eq!(response.status(), 422, "deleting needs a confirmation");
    let response = organiser
        .post(
            &format!("/admin/measures/{measure}/delete"),
            &[("confirm", "yes")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let plan = app.store.plan_of(dresden(&app).await.id).await.unwrap();
    assert!(plan.measure(measure).is_none());

    let moderator = app
        .staff("moderator@example.org", false, &[Role::Moderator])
        .await;
    let status = moderator
        .get(&format!("/admin/processes/{SLUG}/plan"))
        .await
        .status();
    assert_eq!(status, 403);
}

#[tokio::test]
async fn workshop_results_are_recorded_per_event_group_and_field_by_the_organiser_only() {
    let app = TestApp::with_dresden().await;
    let process = dresden(&app).await;
    let event = app.store.public_events(process.id).await.unwrap()[1].clone();
    let group = event.working_groups[1].id;
    let wohnen = field(&app, "wohnen").await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let helper = app
        .staff("helper@example.org", false, &[Role::CheckIn])
        .await;
    let path = format!("/admin/events/{}/results", event.id.0);

    assert_eq!(organiser.get(&path).await.status(), 200);
    assert_eq!(helper.get(&path).await.status(), 403);
    let refused = helper
        .post(
            &path,
            &[
                ("group", &format!("wg-{group}")),
                ("field", &wohnen.to_string()),
                ("body", "Nicht von mir"),
                ("dot_votes", "1"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 403);

    // An empty text is refused; the dots that were typed stay.
    let response = organiser
        .post(
            &path,
            &[
                ("group", &format!("wg-{group}")),
                ("field", &wohnen.to_string()),
                ("body", "  "),
                ("dot_votes", "12"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("error-summary"));
    assert!(html.contains("Bitte schreiben Sie einen Text."));
    assert!(html.contains("value=\"12\""));

    for (source, body, dots) in [
        (
            format!("wg-{group}"),
            "Wohnungen für große Familien\nViele Familien finden keine Wohnung mit genug Zimmern.",
            "12",
        ),
        (
            "pin_board".to_owned(),
            "Mietberatung in mehreren Sprachen",
            "5",
        ),
    ] {
        let response = organiser
            .post(
                &path,
                &[
                    ("group", &source),
                    ("field", &wohnen.to_string()),
                    ("body", body),
                    ("dot_votes", dots),
                ],
            )
            .await;
        assert_eq!(response.status(), 303);
    }
    let results = app
        .store
        .workshop_results_of_event(EventId(event.id.0))
        .await
        .unwrap();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].working_group_id, Some(group));
    assert_eq!(results[1].source, WorkshopSource::PinBoard);
    assert!(
        app.store
            .workshop_results_of_event(EventId(event.id.0))
            .await
            .unwrap()
            .iter()
            .all(|r| r.field_id == wohnen)
    );

    let (status, page) = app.page(&format!("/processes/{SLUG}/results")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("id=\"r-{}\"", results[0].id)));
    assert!(page.contains(&format!("id=\"r-{}\"", results[1].id)));
    let text = visible_text(&page);
    assert!(
        text.contains("Beteiligungsveranstaltung für kommunalpolitische Akteurinnen und Akteure"),
        "{text}"
    );
    assert!(text.contains("Wohnen, Soziales und Gesundheit"), "{text}");
    assert!(text.contains("Wohnungen für große Familien"), "{text}");
    assert!(text.contains("12 Klebepunkte"), "{text}");
    assert!(text.contains("Pinnwände"), "{text}");
    assert!(text.contains("5 Klebepunkte"), "{text}");
    let (_, english) = app
        .page(&format!("/processes/{SLUG}/results?lang=en"))
        .await;
    assert!(visible_text(&english).contains("12 dot votes"));

    // Corrected, then removed.
    let response = organiser
        .post(
            &format!("/admin/results/{}", results[1].id),
            &[
                ("group", "pin_board"),
                ("field", &wohnen.to_string()),
                ("body", "Mietberatung in mehreren Sprachen"),
                ("dot_votes", "7"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let (_, page) = app.page(&format!("/processes/{SLUG}/results")).await;
    assert!(visible_text(&page).contains("7 Klebepunkte"));
    assert_eq!(
        helper
            .post(&format!("/admin/results/{}/delete", results[1].id), &[])
            .await
            .status(),
        403
    );
    let response = organiser
        .post(&format!("/admin/results/{}/delete", results[1].id), &[])
        .await;
    assert_eq!(response.status(), 303);
    let (_, page) = app.page(&format!("/processes/{SLUG}/results")).await;
    assert!(!page.contains("Mietberatung"));
}

#[tokio::test]
async fn the_plan_pdf_names_each_measure_with_its_status() {
    let app = TestApp::with_dresden().await;
    let from = contributions(&app).await;
    let (traced, _) = plan_with_origins(&app, &from).await;
    app.store
        .add_update(
            traced,
            date(2023, 3, 1),
            MeasureStatus::InProgress,
            &LocalizedText::german("Zwei Sprachcafés laufen."),
            app.clock_now(),
        )
        .await
        .unwrap();
    for lang in ["de", "en", "ar"] {
        let response = app
            .get(&format!("/processes/{SLUG}/plan.pdf?lang={lang}"))
            .await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/pdf");
        let pdf = response.bytes().await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{lang}");
        let Some(text) = mitwirken_test_support::pdf_text(&pdf) else {
            continue;
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match lang {
            "de" => {
                assert!(text.contains("Sprachcafés in den Stadtteilen"), "{text}");
                assert!(text.contains("in Arbeit"), "{text}");
                assert!(text.contains("Amt für Integration"), "{text}");
                assert!(text.contains("2022 bis 2024"), "{text}");
                assert!(text.contains("Grundlage: 3 Vorschläge"), "{text}");
                assert!(
                    text.contains("Aktionsplan Integration 2021 bis 2026"),
                    "{text}"
                );
            }
            "en" => {
                assert!(text.contains("Sprachcafés in den Stadtteilen"), "{text}");
                assert!(text.contains("in progress"), "{text}");
                assert!(
                    text.contains("Integration Action Plan 2021 to 2026"),
                    "{text}"
                );
            }
            _ => assert!(text.contains("Sprachcafés in den Stadtteilen"), "{text}"),
        }
        assert!(!text.contains(from.participant_name));
    }
}

#[tokio::test]
async fn open_data_has_the_plan_and_counts_but_no_personal_data() {
    let app = TestApp::with_dresden().await;
    let from = contributions(&app).await;
    let (traced, own) = plan_with_origins(&app, &from).await;
    let process = dresden(&app).await;
    let event = app.store.public_events(process.id).await.unwrap()[0].clone();
    let response = app
        .post_form(
            &format!("/events/{}/register", event.id.0),
            &[
                ("given_name", "Olga"),
                ("family_name", "Schewtschenko"),
                ("email", "olga.schewtschenko@example.org"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    app.confirm_address(event.id.0, "olga.schewtschenko@example.org")
        .await;
    let personal = [
        from.participant_email,
        from.participant_name,
        "olga.schewtschenko@example.org",
        "Schewtschenko",
        "@example.org",
    ];

    let response = app.get(&format!("/api/v1/processes/{SLUG}/plan.csv")).await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = response.text().await.unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "measure_id;field;goal;measure;lead_unit;timeframe;status;last_update;proposals;workshop_results;comments;position_papers"
    );
    assert_eq!(lines.len(), 3, "{csv}");
    assert_eq!(
        lines[1],
        format!(
            "{traced};Spracherwerb und Sprachförderung;Alle können Deutsch lernen;Sprachcafés in den Stadtteilen;Amt für Integration;2022 bis 2024;planned;;3;1;1;1"
        )
    );
    assert!(lines[2].starts_with(&format!("{own};")), "{csv}");
    assert!(lines[2].ends_with(";planned;;0;0;0;0"), "{csv}");
    let english = app
        .get(&format!("/api/v1/processes/{SLUG}/plan.csv?lang=en"))
        .await
        .text()
        .await
        .unwrap();
    assert!(english.contains(";Language acquisition and language support;Everyone can learn German;Sprachcafés in den Stadtteilen;"));

    let (status, plan) = app
        .json(&format!("/api/v1/processes/{SLUG}/plan.json"))
        .await;
    assert_eq!(status, 200);
    let measure = &plan["fields_of_action"][0]["goals"][0]["measures"][0];
    assert_eq!(measure["id"], traced);
    assert_eq!(measure["title"]["de"], "Sprachcafés in den Stadtteilen");
    assert_eq!(measure["status"], "planned");
    assert_eq!(measure["origin_counts"]["proposals"], 3);
    assert_eq!(measure["origin_counts"]["position_papers"], 1);
    assert_eq!(plan["fields_of_action"].as_array().unwrap().len(), 12);

    let (status, stats) = app
        .json(&format!("/api/v1/processes/{SLUG}/statistics.json"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(stats["events"][0]["registrations"]["confirmed"], 1);
    assert_eq!(stats["events"][1]["registrations"]["confirmed"], 0);
    let spracherwerb = &stats["fields_of_action"][0];
    assert_eq!(spracherwerb["slug"], "spracherwerb");
    assert_eq!(spracherwerb["comments"], 1);
    assert_eq!(
        spracherwerb["proposals"]["adopted"], 2,
        "the hidden one is not counted"
    );
    assert_eq!(spracherwerb["workshop_results"], 1);
    assert_eq!(stats["participants"], 1);
    let stats_csv = app
        .get(&format!("/api/v1/processes/{SLUG}/statistics.csv"))
        .await
        .text()
        .await
        .unwrap();
    assert!(stats_csv.contains("event;offene-veranstaltung-1;Offene Beteiligungsveranstaltung;registrations_confirmed;1"), "{stats_csv}");
    assert!(
        stats_csv.contains("field;spracherwerb;Spracherwerb und Sprachförderung;comments;1"),
        "{stats_csv}"
    );

    for body in [csv, english, plan.to_string(), stats.to_string(), stats_csv] {
        for secret in personal {
            assert!(!body.contains(secret), "{secret} in {body}");
        }
    }

    let (_, doc) = app.json("/api/openapi.json").await;
    for path in [
        "/api/v1/processes/{slug}/plan.json",
        "/api/v1/processes/{slug}/plan.csv",
        "/api/v1/processes/{slug}/statistics.json",
        "/api/v1/processes/{slug}/statistics.csv",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} missing");
    }
    assert!(doc["components"]["schemas"]["MeasureJson"]["properties"]["origin_counts"].is_object());
}

#[tokio::test]
async fn the_arabic_plan_page_is_right_to_left_and_translated() {
    let app = TestApp::with_dresden().await;
    let from = contributions(&app).await;
    let (traced, own) = plan_with_origins(&app, &from).await;
    let (status, page) = app.page(&format!("/processes/{SLUG}/plan?lang=ar")).await;
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(page.contains("خطة عمل الاندماج 2021 إلى 2026"));
    assert!(page.contains("اكتساب اللغة ودعم تعلّمها"));
    let html = measure_html(&page, traced);
    // The measure exists only in German: shown in German and marked as such.
    assert!(
        html.contains("<span lang=\"de\" dir=\"ltr\">Sprachcafés in den Stadtteilen</span>"),
        "{html}"
    );
    assert!(html.contains("مخطط له"), "{html}");
    let text = visible_text(&html);
    assert!(
        text.contains(
            "يستند إلى 3 اقتراحات، نتيجة واحدة من الفعاليات، تعليق واحد وورقة موقف واحدة."
        ),
        "{text}"
    );
    let own_text = visible_text(&measure_html(&page, own));
    assert!(
        own_text.contains("وضعت إدارة المدينة هذا الإجراء."),
        "{own_text}"
    );
    assert!(
        page.contains("class=\"notice\""),
        "the German fallback is announced"
    );

    let (status, progress) = app
        .page(&format!("/processes/{SLUG}/plan/progress?lang=ar"))
        .await;
    assert_eq!(status, 200);
    assert!(progress.contains("dir=\"rtl\""));
    assert!(visible_text(&progress).contains("الإجراءات حسب مجال العمل والحالة"));
}
