//! Proposals of goals and measures, supports, the organiser's public answer with its mails,
//! the author's brief edit and deletion, and position papers as passive PDF files.

use crate::visible_text;
use mitwirken_domain::{LocalizedText, MeasureStatus, OriginKind, ProcessId, Role};
use mitwirken_store::plan::NewMeasure;
use mitwirken_test_support::{Browser, TestApp};

const PROCESS: &str = "integrationskonzept-dresden";
const FIELD: &str = "wohnen";

fn field_path() -> String {
    format!("/processes/{PROCESS}/fields/{FIELD}/proposals")
}

async fn process_id(app: &TestApp) -> ProcessId {
    app.store
        .process_by_slug(PROCESS)
        .await
        .unwrap()
        .expect("the Dresden process")
        .id
}

pub(crate) async fn field_id(app: &TestApp) -> i64 {
    app.store
        .fields_of_action(process_id(app).await)
        .await
        .unwrap()
        .into_iter()
        .find(|f| f.slug.as_str() == FIELD)
        .expect("the field of action")
        .id
        .0
}

/// Proposes through the form and returns the new proposal's id.
pub(crate) async fn propose(browser: &Browser, kind: &str, title: &str) -> i64 {
    let response = browser
        .post(
            &field_path(),
            &[
                ("kind", kind),
                ("title", title),
                (
                    "body",
                    "Mehr **Wohnungen** mit Beratung in mehreren Sprachen.",
                ),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "proposal {title:?} accepted");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    location
        .strip_prefix("/proposals/")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("redirect to the proposal, not {location}"))
}

async fn supports(app: &TestApp, id: i64) -> u64 {
    app.store
        .proposal(id, None)
        .await
        .unwrap()
        .unwrap()
        .summary
        .supports
}

async fn measure(app: &TestApp, title: &str) -> i64 {
    let goal = app
        .store
        .add_goal(
            field_id(app).await,
            &LocalizedText::german("Gutes Wohnen für alle"),
            &LocalizedText::empty(),
        )
        .await
        .unwrap();
    let new = NewMeasure {
        title: LocalizedText::german(title),
        description: LocalizedText::empty(),
        lead_unit: LocalizedText::german("Sozialamt"),
        partners: LocalizedText::empty(),
        timeframe: LocalizedText::german("2022–2024"),
        indicators: LocalizedText::empty(),
        status: MeasureStatus::Planned,
    };
    app.store
        .add_measure(goal, &new, app.clock_now())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_support_counts_once_per_person_and_never_the_authors_own() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let omar = app.participant("omar@example.org", "Omar", "de").await;
    let lena = app.participant("lena@example.org", "Lena", "de").await;
    let id = propose(&amal, "measure", "Wohnungsberatung in vielen Sprachen").await;
    let support = format!("/proposals/{id}/support");

    for _ in 0..2 {
        let response = omar.post(&support, &[]).await;
        assert_eq!(response.status(), 303);
    }
    assert_eq!(supports(&app, id).await, 1, "supporting twice counts once");
    let page = omar
        .get(&format!("/proposals/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(visible_text(&page).contains("1 Unterstützung"), "{page}");
    assert!(page.contains(&format!("action=\"/proposals/{id}/withdraw\"")));

    assert_eq!(lena.post(&support, &[]).await.status(), 303);
    assert_eq!(supports(&app, id).await, 2, "a second person counts");

    let withdrawn = omar.post(&format!("/proposals/{id}/withdraw"), &[]).await;
    assert_eq!(withdrawn.status(), 303);
    assert_eq!(
        supports(&app, id).await,
        1,
        "a withdrawn support no longer counts"
    );

    let own = amal.post(&support, &[]).await;
    assert_eq!(own.status(), 409, "the author's own support is refused");
    let text = visible_text(&own.text().await.unwrap());
    assert!(text.contains("Das ist Ihr eigener Vorschlag"), "{text}");
    assert_eq!(supports(&app, id).await, 1);

    let list = app.page(&field_path()).await.1;
    let text = visible_text(&list);
    assert!(text.contains("Wohnungsberatung in vielen Sprachen"));
    assert!(text.contains("von Amal"));
    assert!(text.contains("1 Unterstützung"));
    assert!(text.contains("Noch nicht beantwortet"));
}

#[tokio::test]
async fn an_adopted_proposal_links_its_measures_and_tells_proposer_and_supporters() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let omar = app.participant("omar@example.org", "Omar", "de").await;
    let lena = app.participant("lena@example.org", "Lena", "en").await;
    let id = propose(&amal, "measure", "Wohnungsberatung in vielen Sprachen").await;
    for supporter in [&omar, &lena] {
        let response = supporter
            .post(&format!("/proposals/{id}/support"), &[])
            .await;
        assert_eq!(response.status(), 303);
    }
    let measure = measure(&app, "Mehrsprachige Wohnraumberatung").await;
    let mails_before = app.smtp.messages().len();

    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let nav = organiser.get("/admin").await.text().await.unwrap();
    assert!(nav.contains("href=\"/admin/proposals\""));
    let list = organiser
        .get(&format!("/admin/processes/{PROCESS}/proposals?state=open"))
        .await;
    assert_eq!(list.status(), 200);
    let list = list.text().await.unwrap();
    assert!(list.contains(&format!("href=\"/admin/proposals/{id}\"")));
    let form = organiser.get(&format!("/admin/proposals/{id}")).await;
    assert_eq!(form.status(), 200);
    assert!(
        form.text()
            .await
            .unwrap()
            .contains(&format!("value=\"{measure}\"")),
        "the measure is offered"
    );
    let measure_value = measure.to_string();
    let response = organiser
        .post(
            &format!("/admin/proposals/{id}"),
            &[
                ("state", "adopted"),
                ("answer", "Wir nehmen den Vorschlag in den Plan auf."),
                ("measure", &measure_value),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        app.store
            .measures_from(OriginKind::Proposal, id)
            .await
            .unwrap(),
        vec![measure]
    );

    app.run_jobs().await;
    let answered = |address: &str| -> Vec<String> {
        app.mails_to(address)
            .into_iter()
            .filter(|m| m.contains(&format!("/proposals/{id}")))
            .collect()
    };
    let to_amal = answered("amal@example.org");
    assert_eq!(to_amal.len(), 1, "the proposer is told once");
    assert!(to_amal[0].contains("auf Ihren Vorschlag"), "{}", to_amal[0]);
    assert!(to_amal[0].contains("angenommen"), "{}", to_amal[0]);
    let to_omar = answered("omar@example.org");
    assert_eq!(to_omar.len(), 1);
    assert!(
        to_omar[0].contains("den Sie unterstützen"),
        "{}",
        to_omar[0]
    );
    let to_lena = answered("lena@example.org");
    assert_eq!(to_lena.len(), 1);
    assert!(to_lena[0].contains("which you support"), "{}", to_lena[0]);
    assert!(to_lena[0].contains("was adopted"), "{}", to_lena[0]);
    assert_eq!(app.smtp.messages().len(), mails_before + 3);

    let page = app.page(&format!("/proposals/{id}")).await.1;
    assert!(page.contains(&format!("href=\"/processes/{PROCESS}/plan#m-{measure}\"")));
    let text = visible_text(&page);
    assert!(text.contains("Mehrsprachige Wohnraumberatung"));
    assert!(text.contains("Wir nehmen den Vorschlag in den Plan auf."));
    let late = omar.post(&format!("/proposals/{id}/withdraw"), &[]).await;
    assert_eq!(
        late.status(),
        409,
        "an answered proposal keeps its supports"
    );
    assert_eq!(supports(&app, id).await, 2);
    let audit = app.store.audit_log(10).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "proposal_answer" && e.subject == format!("proposal {id}"))
    );

    // A corrected answer replaces the links to measures.
    let corrected = organiser
        .post(
            &format!("/admin/proposals/{id}"),
            &[
                ("state", "not_adopted"),
                ("answer", "Das Sozialamt bietet diese Beratung schon an."),
                ("measure", &measure_value),
            ],
        )
        .await;
    assert_eq!(corrected.status(), 303);
    assert!(
        app.store
            .measures_from(OriginKind::Proposal, id)
            .await
            .unwrap()
            .is_empty()
    );
    let page = app.page(&format!("/proposals/{id}")).await.1;
    assert!(!page.contains("/plan#m-"));
}

#[tokio::test]
async fn not_adopted_needs_a_reason_and_merged_links_the_other_proposal() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let first = propose(&amal, "goal", "Niemand wohnt in Sammelunterkünften").await;
    let second = propose(&amal, "goal", "Keine Sammelunterkünfte mehr").await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let answer = format!("/admin/proposals/{second}");

    let refused = organiser
        .post(&answer, &[("state", "not_adopted"), ("answer", "  ")])
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("error-summary"));
    assert!(visible_text(&html).contains("Bitte nennen Sie den Grund"));
    assert!(
        html.contains("value=\"not_adopted\" checked"),
        "the choice is kept"
    );

    let refused = organiser
        .post(
            &answer,
            &[
                ("state", "merged"),
                ("answer", "Gleiches Anliegen wie Nr. 1."),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422, "merged needs the other proposal");
    let html = refused.text().await.unwrap();
    assert!(html.contains(">Gleiches Anliegen wie Nr. 1.</textarea>"));
    let itself = second.to_string();
    let refused = organiser
        .post(
            &answer,
            &[
                ("state", "merged"),
                ("answer", "Gleiches Anliegen."),
                ("merged_into", &itself),
            ],
        )
        .await;
    assert_eq!(
        refused.status(),
        422,
        "a proposal is not merged into itself"
    );
    assert_eq!(
        app.store
            .proposal(second, None)
            .await
            .unwrap()
            .unwrap()
            .summary
            .state,
        mitwirken_domain::ProposalState::Open
    );

    let target = first.to_string();
    let merged = organiser
        .post(
            &answer,
            &[
                ("state", "merged"),
                ("answer", "Gleiches Anliegen wie Nr. 1."),
                ("merged_into", &target),
            ],
        )
        .await;
    assert_eq!(merged.status(), 303);
    let page = app.page(&format!("/proposals/{second}")).await.1;
    assert!(page.contains(&format!("href=\"/proposals/{first}\"")));
    let text = visible_text(&page);
    assert!(text.contains("Zusammengeführt"));
    assert!(text.contains("Niemand wohnt in Sammelunterkünften"));

    let rejected = organiser
        .post(
            &format!("/admin/proposals/{first}"),
            &[
                ("state", "not_adopted"),
                ("answer", "Dafür ist das Land zuständig."),
            ],
        )
        .await;
    assert_eq!(rejected.status(), 303);
    let text = visible_text(&app.page(&format!("/proposals/{first}")).await.1);
    assert!(text.contains("Nicht angenommen"));
    assert!(
        text.contains("Begründung Dafür ist das Land zuständig."),
        "{text}"
    );
}

#[tokio::test]
async fn proposing_is_refused_outside_the_participation_phase() {
    let app = TestApp::with_dresden().await;
    let anonymous = app.page(&field_path()).await.1;
    assert!(
        anonymous.contains("/signin?next=/processes/"),
        "a sign-in link"
    );

    app.at("2021-08-01T10:00:00Z");
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let page = amal.get(&field_path()).await.text().await.unwrap();
    assert!(!page.contains("name=\"title\""), "no form after the phase");
    assert!(visible_text(&page).contains("Die Beteiligungsphase ist vorbei"));
    let response = amal
        .post(
            &field_path(),
            &[
                ("kind", "goal"),
                ("title", "Zu spät"),
                ("body", "Dieser Vorschlag kommt nach der Beteiligung."),
            ],
        )
        .await;
    assert_eq!(response.status(), 403);
    assert!(
        app.store
            .proposals_of_field(field_id(&app).await)
            .await
            .unwrap()
            .is_empty()
    );

    app.at("2021-06-01T10:00:00Z");
    let before = visible_text(&app.page(&field_path()).await.1);
    assert!(
        before.contains("Vom Freitag, 11. Juni 2021 bis zum Sonntag, 18. Juli 2021"),
        "{before}"
    );
}

#[tokio::test]
async fn a_proposal_without_kind_or_title_is_shown_again_with_what_was_typed() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "en").await;
    let response = amal
        .post(
            &format!("{}?lang=en", field_path()),
            &[
                ("title", "   "),
                ("body", "Language courses at the job centre"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains(">Language courses at the job centre</textarea>"));
    let text = visible_text(&html);
    assert!(text.contains("Please choose whether you propose a goal or a measure."));
    assert!(text.contains("Please enter a title."));
}

/// A form as browsers send it with a file: `multipart/form-data`.
pub(crate) async fn upload(
    browser: &Browser,
    fields: &[(&str, &str)],
    filename: &str,
    content_type: &str,
    file: &[u8],
) -> reqwest::Response {
    let boundary = "----mitwirken-test-7c1f2a";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: {content_type}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    browser
        .client
        .post(format!("{}/processes/{PROCESS}/papers", browser.address))
        .header("cookie", &browser.cookie)
        .header("origin", &browser.address)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .expect("request reaches the app")
}

pub(crate) fn pdf(extra: &str) -> Vec<u8> {
    format!(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R{extra} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    .into_bytes()
}

#[tokio::test]
async fn a_position_paper_is_a_passive_pdf_and_downloads_unchanged() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let field = field_id(&app).await.to_string();
    let fields = [
        ("organisation", "Ausländerrat Dresden e.V."),
        ("title", "Stellungnahme zum Wohnen"),
        ("summary", "Wir fordern mehr Beratung.\nUnd faire Mieten."),
        ("field", field.as_str()),
    ];
    let paper = pdf("");
    let response = upload(
        &amal,
        &fields,
        "Stellungnahme Wohnen.pdf",
        "application/pdf",
        &paper,
    )
    .await;
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let id: i64 = location
        .rsplit_once("#paper-")
        .and_then(|(_, id)| id.parse().ok())
        .unwrap_or_else(|| panic!("{location}"));

    let list = app.page(&format!("/processes/{PROCESS}/papers")).await.1;
    let text = visible_text(&list);
    assert!(text.contains("Stellungnahme zum Wohnen"));
    assert!(text.contains("Ausländerrat Dresden e.V."));
    assert!(list.contains(&format!("href=\"/papers/{id}.pdf\"")));
    let download = app.get(&format!("/papers/{id}.pdf")).await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert_eq!(download.headers()["x-content-type-options"], "nosniff");
    let disposition = download.headers()["content-disposition"].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment; filename=\"Stellungnahme Wohnen.pdf\""),
        "{disposition}"
    );
    assert_eq!(download.bytes().await.unwrap().as_ref(), paper.as_slice());

    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    let refused = upload(&amal, &fields, "bild.pdf", "application/pdf", png).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("value=\"Stellungnahme zum Wohnen\""),
        "typed title kept"
    );
    assert!(visible_text(&html).contains("Diese Datei ist kein PDF."));

    let script = pdf(" /OpenAction << /S /JavaScript /JS (app.alert(1)) >>");
    let refused = upload(&amal, &fields, "aktiv.pdf", "application/pdf", &script).await;
    assert_eq!(refused.status(), 422);
    assert!(
        visible_text(&refused.text().await.unwrap())
            .contains("Das PDF enthält Skripte, angehängte Dateien oder Videos.")
    );

    let mut large = pdf("");
    large.resize(11 * 1024 * 1024, b' ');
    let refused = upload(&amal, &fields, "gross.pdf", "application/pdf", &large).await;
    assert_eq!(refused.status(), 413);
    assert!(visible_text(&refused.text().await.unwrap()).contains("größer als 10 MB"));

    let untitled = [("organisation", "Verein"), ("title", " ")];
    let refused = upload(&amal, &untitled, "a.pdf", "application/pdf", &paper).await;
    assert_eq!(refused.status(), 422);
    assert!(
        visible_text(&refused.text().await.unwrap())
            .contains("Bitte geben Sie den Titel des Papiers ein.")
    );
    assert_eq!(
        app.store
            .papers_of(process_id(&app).await)
            .await
            .unwrap()
            .len(),
        1,
        "only the valid paper is stored"
    );

    let anonymous = app
        .post_form(&format!("/processes/{PROCESS}/papers"), &[])
        .await;
    assert_eq!(anonymous.status(), 303, "signing in comes first");
    assert_eq!(app.get("/papers/999.pdf").await.status(), 404);
}

#[tokio::test]
async fn authors_edit_within_fifteen_minutes_and_delete_their_own() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let omar = app.participant("omar@example.org", "Omar", "de").await;
    app.at("2021-06-14T10:00:00Z");
    let id = propose(&amal, "measure", "Sprachkurs mit Kinderbetreuung").await;
    let edit = format!("/proposals/{id}/edit");
    let page = amal
        .get(&format!("/proposals/{id}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("href=\"{edit}\"")),
        "the author may change it"
    );
    assert!(
        !omar
            .get(&format!("/proposals/{id}"))
            .await
            .text()
            .await
            .unwrap()
            .contains(&edit)
    );

    app.at("2021-06-14T10:14:00Z");
    assert_eq!(amal.get(&edit).await.status(), 200);
    let changed = amal
        .post(
            &edit,
            &[
                ("title", "Sprachkurse mit Kinderbetreuung"),
                (
                    "body",
                    "Kurse am Vormittag, während die Kinder betreut werden.",
                ),
            ],
        )
        .await;
    assert_eq!(changed.status(), 303);
    let stored = app.store.proposal(id, None).await.unwrap().unwrap();
    assert_eq!(stored.summary.title, "Sprachkurse mit Kinderbetreuung");
    assert!(stored.edited_at.is_some());

    assert_eq!(
        omar.post(&edit, &[("title", "Fremd"), ("body", "Fremd")])
            .await
            .status(),
        403,
        "only the author changes a proposal"
    );

    app.at("2021-06-14T10:16:00Z");
    let late = amal
        .post(
            &edit,
            &[("title", "Zu spät"), ("body", "Zu spät geändert.")],
        )
        .await;
    assert_eq!(late.status(), 403);
    assert!(visible_text(&late.text().await.unwrap()).contains("in den ersten 15 Minuten"));
    assert_eq!(
        app.store
            .proposal(id, None)
            .await
            .unwrap()
            .unwrap()
            .summary
            .title,
        "Sprachkurse mit Kinderbetreuung"
    );

    assert_eq!(
        omar.post(&format!("/proposals/{id}/support"), &[])
            .await
            .status(),
        303
    );
    assert_eq!(
        omar.post(&format!("/proposals/{id}/delete"), &[])
            .await
            .status(),
        403,
        "only the author deletes a proposal"
    );
    let deleted = amal.post(&format!("/proposals/{id}/delete"), &[]).await;
    assert_eq!(deleted.status(), 303);
    let stored = app.store.proposal(id, None).await.unwrap().unwrap();
    assert!(stored.summary.title.is_empty() && stored.body.is_empty());
    assert_eq!(stored.summary.supports, 1, "supports stay with the row");
    let page = visible_text(&app.page(&format!("/proposals/{id}")).await.1);
    assert!(page.contains("Von der Person gelöscht"), "{page}");
    assert!(!page.contains("Kinderbetreuung"));
    let list = visible_text(&app.page(&field_path()).await.1);
    assert!(list.contains(&format!("Vorschlag Nr. {id}")));
}

#[tokio::test]
async fn switching_language_while_writing_a_proposal_keeps_the_text_and_posts_nothing() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let page = amal.get(&field_path()).await.text().await.unwrap();
    assert!(page.contains("form=\"propose-form\" name=\"switch-lang\" value=\"uk\""));
    let response = amal
        .post(
            &field_path(),
            &[
                ("kind", "measure"),
                ("title", "Sprechstunde im Stadtteil"),
                ("body", "Einmal im Monat, mit Dolmetschenden."),
                ("switch-lang", "uk"),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"uk\" dir=\"ltr\">"));
    assert!(html.contains("value=\"Sprechstunde im Stadtteil\""));
    assert!(html.contains("Einmal im Monat, mit Dolmetschenden."));
    let field = app
        .store
        .proposals_of_field(field_id(&app).await)
        .await
        .unwrap();
    assert!(
        field.iter().all(|p| p.title != "Sprechstunde im Stadtteil"),
        "a language switch posted the proposal"
    );
}
