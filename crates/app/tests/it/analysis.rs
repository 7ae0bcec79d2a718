//! The analysis of a field of action: paragraphs that keep their anchors and comments across the
//! organiser's edits, comments with one level of replies, reports and moderation.

use crate::visible_text;
use mitwirken_domain::{ReportTarget, Role};
use mitwirken_store::comments::CommentTarget;
use mitwirken_test_support::{Browser, TestApp};

const PROCESS: &str = "/processes/integrationskonzept-dresden";
const FIELD: &str = "/processes/integrationskonzept-dresden/fields/wohnen";
const COMMENTS: &str = "/processes/integrationskonzept-dresden/fields/wohnen/comments";
const EDITOR: &str = "/admin/processes/integrationskonzept-dresden/fields/wohnen/analysis";
const MODERATION: &str = "/admin/processes/integrationskonzept-dresden/moderation";

fn six_paragraphs() -> Vec<String> {
    (1..=6)
        .map(|n| format!("Absatz {n}: Zur Wohnsituation zugewanderter Menschen in Dresden."))
        .collect()
}

/// Saves the German analysis of "Wohnen" through the back-office form.
async fn save(organiser: &Browser, paragraphs: &[String]) {
    let text = paragraphs.join("\n\n");
    let response = organiser.post(EDITOR, &[("text_de", &text)]).await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(visible_text(&html).contains("Gespeichert."), "{html}");
}

async fn organiser_with_analysis(app: &TestApp) -> Browser {
    let organiser = app
        .staff("orga@example.org", false, &[Role::Organiser])
        .await;
    save(&organiser, &six_paragraphs()).await;
    organiser
}

/// The ids of the current paragraphs of "Wohnen", in order.
async fn paragraph_ids(app: &TestApp) -> Vec<i64> {
    let process = app
        .store
        .process_by_slug("integrationskonzept-dresden")
        .await
        .unwrap()
        .unwrap();
    let field = app
        .store
        .fields_of_action(process.id)
        .await
        .unwrap()
        .into_iter()
        .find(|f| f.slug.as_str() == "wohnen")
        .unwrap();
    let analysis = app.store.analysis_of(field.id.0).await.unwrap();
    analysis.paragraphs.iter().map(|p| p.id).collect()
}

/// Posts a comment (or a reply) and returns its id from the redirect to its anchor.
async fn comment(browser: &Browser, paragraph: i64, parent: Option<i64>, body: &str) -> i64 {
    let paragraph = paragraph.to_string();
    let parent = parent.map(|p| p.to_string()).unwrap_or_default();
    let response = browser
        .post(
            COMMENTS,
            &[
                ("paragraph", &paragraph),
                ("parent", &parent),
                ("body", body),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "comment {body:?} posted");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let (path, anchor) = location.split_once("#c-").expect("an anchor");
    assert_eq!(path, FIELD);
    anchor.parse().unwrap()
}

/// The part of the page between the paragraph's anchor and the next paragraph's.
fn section(html: &str, paragraph: i64, next: Option<i64>) -> &str {
    let start = html
        .find(&format!("id=\"p-{paragraph}\""))
        .expect("the paragraph's anchor");
    let end = next
        .and_then(|n| html.find(&format!("id=\"p-{n}\"")))
        .unwrap_or(html.len());
    &html[start..end]
}

#[tokio::test]
async fn a_comment_keeps_its_paragraph_across_edits_and_is_marked_when_its_paragraph_changes() {
    let app = TestApp::with_dresden().await;
    let organiser = organiser_with_analysis(&app).await;
    let (_, process_page) = app.page(PROCESS).await;
    assert!(process_page.contains(&format!("href=\"{FIELD}\"")));

    let ids = paragraph_ids(&app).await;
    assert_eq!(ids.len(), 6);
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let id = comment(&amal, ids[2], None, "Die Mieten sind zu hoch.").await;

    let html = amal.get(FIELD).await.text().await.unwrap();
    let third = section(&html, ids[2], Some(ids[3]));
    assert!(third.contains(&format!("id=\"c-{id}\"")));
    assert!(
        third.contains(&format!("href=\"#p-{}\"", ids[2])),
        "self-link"
    );
    assert!(visible_text(third).contains("1 Kommentar"));
    assert!(visible_text(third).contains("Die Mieten sind zu hoch."));
    assert!(visible_text(section(&html, ids[1], Some(ids[2]))).contains("Noch keine Kommentare"));

    // The organiser changes paragraph 5: every paragraph keeps its id, the comment is not marked.
    let mut text = six_paragraphs();
    text[4] = "Absatz 5, neu gefasst: Der Wohnungsmarkt hat sich verändert.".to_owned();
    save(&organiser, &text).await;
    assert_eq!(paragraph_ids(&app).await, ids);
    let html = app.page(FIELD).await.1;
    let third = section(&html, ids[2], Some(ids[3]));
    assert!(third.contains(&format!("id=\"c-{id}\"")));
    assert!(!visible_text(&html).contains("frühere Fassung"));

    // Now paragraph 3 itself changes: same anchor, the comment is about an earlier version.
    text[2] = "Absatz 3, ergänzt um neue Zahlen zu Mieten.".to_owned();
    save(&organiser, &text).await;
    assert_eq!(paragraph_ids(&app).await, ids);
    let html = app.page(FIELD).await.1;
    let third = visible_text(section(&html, ids[2], Some(ids[3])));
    assert!(third.contains("Absatz 3, ergänzt um neue Zahlen zu Mieten."));
    assert!(
        third.contains("Dieser Kommentar bezieht sich auf eine frühere Fassung des Absatzes."),
        "{third}"
    );
    assert!(!visible_text(section(&html, ids[4], Some(ids[5]))).contains("frühere Fassung"));

    // The editor shows the current text, paragraphs joined by blank lines.
    let editor = organiser.get(EDITOR).await.text().await.unwrap();
    assert!(editor.contains(&format!("{}\n\n{}", text[1], text[2])));

    // Removing paragraph 3 keeps its comment readable, apart from the analysis.
    text.remove(2);
    save(&organiser, &text).await;
    let html = app.page(FIELD).await.1;
    let removed = &html[html
        .find("id=\"removed-heading\"")
        .expect("removed section")..];
    assert!(removed.contains(&format!("id=\"c-{id}\"")));
    assert!(removed.contains(&format!("id=\"p-{}\"", ids[2])));
}

#[tokio::test]
async fn a_translation_with_other_paragraphs_is_left_out_and_readers_get_german() {
    let app = TestApp::with_dresden().await;
    let organiser = app
        .staff("orga@example.org", false, &[Role::Organiser])
        .await;
    let response = organiser
        .post(
            EDITOR,
            &[
                ("text_de", "Eins.\n\nZwei.\n\nDrei."),
                ("text_en", "One.\n\nTwo."),
            ],
        )
        .await;
    let html = response.text().await.unwrap();
    assert!(
        visible_text(&html).contains("English: 2 Absätze statt 3."),
        "{html}"
    );
    assert!(html.contains("One.\n\nTwo."), "the typed translation stays");
    let page = app.page(&format!("{FIELD}?lang=en")).await.1;
    assert!(
        page.contains("lang=\"de\"><p>Zwei.</p>"),
        "German marked as such"
    );

    organiser
        .post(
            EDITOR,
            &[
                ("text_de", "Eins.\n\nZwei.\n\nDrei."),
                ("text_en", "One.\n\nTwo.\n\nThree."),
            ],
        )
        .await;
    let page = app.page(&format!("{FIELD}?lang=en")).await.1;
    assert!(page.contains("<p>Two.</p>"));
    let empty = organiser.post(EDITOR, &[("text_en", "One.")]).await;
    assert_eq!(empty.status(), 422, "German is required");
}

#[tokio::test]
async fn a_hidden_comment_shows_its_reason_and_no_longer_its_text() {
    let app = TestApp::with_dresden().await;
    organiser_with_analysis(&app).await;
    let ids = paragraph_ids(&app).await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let id = comment(&amal, ids[0], None, "Ein Satz, der andere herabsetzt.").await;
    let report = app
        .post_form(
            &format!("/report/comment/{id}"),
            &[("reason", "Das ist herabsetzend.")],
        )
        .await;
    assert_eq!(report.status(), 200);

    let moderator = app
        .staff("moderation@example.org", false, &[Role::Moderator])
        .await;
    let refused = moderator
        .post(
            &format!("{MODERATION}/hide"),
            &[
                ("target", "comment"),
                ("id", &id.to_string()),
                ("reason", " "),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422, "a public reason is required");
    let hidden = moderator
        .post(
            &format!("{MODERATION}/hide"),
            &[
                ("target", "comment"),
                ("id", &id.to_string()),
                (
                    "reason",
                    "Verstößt gegen die Regeln für einen respektvollen Umgang.",
                ),
            ],
        )
        .await;
    assert_eq!(hidden.status(), 303);

    let page = visible_text(&app.page(FIELD).await.1);
    assert!(page.contains(
        "Von der Moderation ausgeblendet. Grund: Verstößt gegen die Regeln für einen respektvollen Umgang."
    ));
    assert!(!page.contains("herabsetzt"), "{page}");
    assert!(
        page.contains("Noch keine Kommentare"),
        "hidden comments are not counted"
    );

    let moderation = moderator.get(MODERATION).await.text().await.unwrap();
    assert!(visible_text(&moderation).contains("Es gibt keine offenen Meldungen."));
    let log = app.store.audit_log(20).await.unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == "moderation_hide" && e.subject == format!("comment:{id}"))
    );

    // Shown again, the text is back.
    let shown = moderator
        .post(
            &format!("{MODERATION}/unhide"),
            &[("target", "comment"), ("id", &id.to_string())],
        )
        .await;
    assert_eq!(shown.status(), 303);
    assert!(visible_text(&app.page(FIELD).await.1).contains("Ein Satz, der andere herabsetzt."));

    // A check-in helper may not moderate.
    let helper = app
        .staff("einlass@example.org", false, &[Role::CheckIn])
        .await;
    assert_eq!(helper.get(MODERATION).await.status(), 403);
}

#[tokio::test]
async fn commenting_is_refused_outside_the_participation_phase() {
    let app = TestApp::with_dresden().await;
    organiser_with_analysis(&app).await;
    let ids = paragraph_ids(&app).await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let form = format!("action=\"{COMMENTS}\"");
    assert!(amal.get(FIELD).await.text().await.unwrap().contains(&form));

    // Sessions last 30 days, so Amal signs in again in August.
    app.at("2021-08-01T10:00:00Z");
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let html = amal.get(FIELD).await.text().await.unwrap();
    assert!(
        !html.contains(&form),
        "no form after the participation phase"
    );
    assert!(visible_text(&html).contains("Die Beteiligungsphase ist vorbei."));
    let paragraph = ids[0].to_string();
    let refused = amal
        .post(
            &format!("{COMMENTS}?lang=en"),
            &[("paragraph", &paragraph), ("body", "Zu spät?")],
        )
        .await;
    assert_eq!(refused.status(), 403);
    let text = visible_text(&refused.text().await.unwrap());
    assert!(text.contains("The participation phase is over."), "{text}");
    assert!(
        app.store
            .comments_on(CommentTarget::Paragraph(ids[0]))
            .await
            .unwrap()
            .is_empty()
    );

    app.at("2021-06-01T10:00:00Z");
    let html = app.page(FIELD).await.1;
    assert!(!html.contains(&form));
    assert!(visible_text(&html).contains("Kommentieren ist ab Freitag, 11. Juni 2021 möglich."));
}

#[tokio::test]
async fn readers_who_are_not_signed_in_are_asked_to_sign_in() {
    let app = TestApp::with_dresden().await;
    organiser_with_analysis(&app).await;
    let ids = paragraph_ids(&app).await;
    let html = app.page(FIELD).await.1;
    assert!(!html.contains(&format!("action=\"{COMMENTS}\"")));
    assert!(
        html.contains("href=\"/signin?next=/processes/integrationskonzept-dresden/fields/wohnen\"")
    );
    let response = app
        .post_form(
            COMMENTS,
            &[("paragraph", &ids[0].to_string()), ("body", "Hallo")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/signin?next=")
    );
}

#[tokio::test]
async fn replies_go_one_level_deep_and_only_authors_change_their_comments_briefly() {
    let app = TestApp::with_dresden().await;
    organiser_with_analysis(&app).await;
    let ids = paragraph_ids(&app).await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let boris = app.participant("boris@example.org", "Boris", "de").await;
    let top = comment(&amal, ids[0], None, "Wir brauchen mehr Sozialwohnungen.").await;
    let reply = comment(&boris, ids[0], Some(top), "Da stimme ich zu.").await;

    // A reply to a reply is refused, and what was typed is kept.
    let paragraph = ids[0].to_string();
    let refused = boris
        .post(
            COMMENTS,
            &[
                ("paragraph", &paragraph),
                ("parent", &reply.to_string()),
                ("body", "Noch eine Ebene tiefer."),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("error-summary"));
    assert!(html.contains(">Noch eine Ebene tiefer.</textarea>"));
    assert!(visible_text(&html).contains("Auf diesen Kommentar können Sie nicht antworten."));

    let html = amal.get(FIELD).await.text().await.unwrap();
    let thread = &html[html.find(&format!("id=\"c-{top}\"")).unwrap()..];
    assert!(thread.contains("comments--replies"));
    assert!(thread.contains(&format!("id=\"c-{reply}\"")));
    assert!(html.contains(&format!("name=\"parent\" value=\"{top}\"")));
    assert!(!html.contains(&format!("name=\"parent\" value=\"{reply}\"")));
    assert!(html.contains(&format!("href=\"/comments/{top}/edit\"")));
    assert!(
        !html.contains(&format!("href=\"/comments/{reply}/edit\"")),
        "no edit link on someone else's comment"
    );

    // Another participant can neither edit nor delete Amal's comment.
    let edit_path = format!("/comments/{top}/edit");
    let delete_path = format!("/comments/{top}/delete");
    let other = boris.get(&edit_path).await;
    assert_eq!(other.status(), 403);
    assert!(visible_text(&other.text().await.unwrap()).contains("Nur die Person"));
    assert_eq!(
        boris
            .post(&edit_path, &[("body", "Gekapert")])
            .await
            .status(),
        403
    );
    assert_eq!(boris.post(&delete_path, &[]).await.status(), 403);

    // Amal edits within 15 minutes.
    app.at("2021-06-14T10:14:00Z");
    let form = amal.get(&edit_path).await;
    assert_eq!(form.status(), 200);
    assert!(
        form.text()
            .await
            .unwrap()
            .contains("Wir brauchen mehr Sozialwohnungen.")
    );
    let empty = amal.post(&edit_path, &[("body", "  ")]).await;
    assert_eq!(empty.status(), 422);
    let saved = amal
        .post(
            &edit_path,
            &[("body", "Wir brauchen mehr bezahlbare Wohnungen.")],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let page = visible_text(&app.page(FIELD).await.1);
    assert!(page.contains("Wir brauchen mehr bezahlbare Wohnungen."));
    assert!(page.contains("bearbeitet"));
    assert!(!page.contains("Gekapert"));

    // After 15 minutes the text stays as it is.
    app.at("2021-06-14T10:15:01Z");
    let late = amal
        .post(&edit_path, &[("body", "Zu spät geändert.")])
        .await;
    assert_eq!(late.status(), 403);
    assert!(visible_text(&late.text().await.unwrap()).contains("ersten 15 Minuten"));
    let html = amal.get(FIELD).await.text().await.unwrap();
    assert!(!html.contains(&format!("href=\"{edit_path}\"")));
    assert!(html.contains(&format!("action=\"{delete_path}\"")));

    // Deleting keeps the thread and its reply, without the text.
    assert_eq!(amal.post(&delete_path, &[]).await.status(), 303);
    let html = app.page(FIELD).await.1;
    let page = visible_text(&html);
    assert!(page.contains("Von der Person gelöscht, die ihn geschrieben hat."));
    assert!(!page.contains("bezahlbare Wohnungen"));
    assert!(page.contains("Da stimme ich zu."));
    assert!(html.contains(&format!("id=\"c-{top}\"")));
}

#[tokio::test]
async fn the_eleventh_post_within_ten_minutes_is_refused() {
    let app = TestApp::with_dresden().await;
    organiser_with_analysis(&app).await;
    let ids = paragraph_ids(&app).await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    for n in 1..=10 {
        comment(&amal, ids[n % 6], None, &format!("Gedanke Nummer {n}")).await;
    }
    let paragraph = ids[1].to_string();
    let refused = amal
        .post(
            COMMENTS,
            &[("paragraph", &paragraph), ("body", "Gedanke Nummer 11")],
        )
        .await;
    assert_eq!(refused.status(), 429);
    let html = refused.text().await.unwrap();
    assert!(visible_text(&html).contains("Sie haben in kurzer Zeit viele Beiträge geschrieben."));
    assert!(html.contains(">Gedanke Nummer 11</textarea>"));

    app.at("2021-06-14T10:10:01Z");
    comment(&amal, ids[1], None, "Gedanke Nummer 11").await;
}

#[tokio::test]
async fn scripts_and_event_handlers_are_removed_from_comments() {
    let app = TestApp::with_dresden().await;
    organiser_with_analysis(&app).await;
    let ids = paragraph_ids(&app).await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    comment(
        &amal,
        ids[0],
        None,
        "**Wichtig:** <script>alert('x')</script> <a href=\"https://example.org\" onclick=\"steal()\">mehr</a>",
    )
    .await;
    let html = app.page(FIELD).await.1;
    assert!(html.contains("<strong>Wichtig:</strong>"));
    assert!(html.contains("href=\"https://example.org\""));
    assert!(!html.contains("<script"));
    assert!(!html.contains("alert('x')"));
    assert!(!html.contains("onclick"));
}

#[tokio::test]
async fn a_report_by_someone_not_signed_in_reaches_the_moderators() {
    let app = TestApp::with_dresden().await;
    organiser_with_analysis(&app).await;
    let ids = paragraph_ids(&app).await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let id = comment(&amal, ids[3], None, "Werbung für mein Geschäft!").await;

    let (status, form) = app.page(&format!("/report/comment/{id}")).await;
    assert_eq!(status, 200);
    assert!(visible_text(&form).contains("Werbung für mein Geschäft!"));
    let empty = app
        .post_form(&format!("/report/comment/{id}"), &[("reason", "")])
        .await;
    assert_eq!(empty.status(), 422);
    assert!(empty.text().await.unwrap().contains("error-summary"));
    let sent = app
        .post_form(
            &format!("/report/comment/{id}"),
            &[("reason", "Das ist Werbung.")],
        )
        .await;
    assert_eq!(sent.status(), 200);
    assert!(visible_text(&sent.text().await.unwrap()).contains("Danke für Ihre Meldung"));
    assert_eq!(app.page("/report/nothing/1").await.0, 404);
    assert_eq!(app.page("/report/comment/9999").await.0, 404);

    let moderator = app
        .staff("moderation@example.org", false, &[Role::Moderator])
        .await;
    let page = visible_text(&moderator.get(MODERATION).await.text().await.unwrap());
    assert!(page.contains("Das ist Werbung."), "{page}");
    assert!(page.contains("Werbung für mein Geschäft!"));
    assert!(page.contains("Amal"));
    let reports = app
        .store
        .open_reports(
            app.store
                .process_by_slug("integrationskonzept-dresden")
                .await
                .unwrap()
                .unwrap()
                .id,
        )
        .await
        .unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].item.target, ReportTarget::Comment);

    // Dismissing resolves the report and leaves the comment as it is.
    let dismissed = moderator
        .post(
            &format!("{MODERATION}/reports/{}/dismiss", reports[0].id),
            &[],
        )
        .await;
    assert_eq!(dismissed.status(), 303);
    let page = visible_text(&moderator.get(MODERATION).await.text().await.unwrap());
    assert!(page.contains("Es gibt keine offenen Meldungen."));
    assert!(visible_text(&app.page(FIELD).await.1).contains("Werbung für mein Geschäft!"));
}
