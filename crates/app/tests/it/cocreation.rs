//! The co-creation pieces joined up: comments on proposals under the rules of the analysis,
//! reports of proposals and papers that reach the moderators, hidden proposals, and the links
//! between the process page, the analysis, the proposals, the papers and the plan.

use crate::proposals::{field_id, pdf, propose, upload};
use crate::visible_text;
use mitwirken_domain::Role;
use mitwirken_store::comments::CommentTarget;
use mitwirken_test_support::{Browser, TestApp};

const PROCESS: &str = "/processes/integrationskonzept-dresden";
const FIELD: &str = "/processes/integrationskonzept-dresden/fields/wohnen";
const PROPOSALS: &str = "/processes/integrationskonzept-dresden/fields/wohnen/proposals";
const MODERATION: &str = "/admin/processes/integrationskonzept-dresden/moderation";

/// Comments on proposal `id` (a reply when `parent` is given) and returns the new comment's id
/// from the redirect to its anchor on the proposal page.
async fn comment(browser: &Browser, id: i64, parent: Option<i64>, body: &str) -> i64 {
    let parent = parent.map(|p| p.to_string()).unwrap_or_default();
    let response = browser
        .post(
            &format!("/proposals/{id}/comments"),
            &[("parent", &parent), ("body", body)],
        )
        .await;
    assert_eq!(response.status(), 303, "comment {body:?} posted");
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let (path, anchor) = location.split_once("#c-").expect("an anchor");
    assert_eq!(path, format!("/proposals/{id}"));
    anchor.parse().unwrap()
}

fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn participants_comment_on_a_proposal_and_reply_one_level_deep() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let boris = app.participant("boris@example.org", "Boris", "de").await;
    let id = propose(&amal, "measure", "Wohnungsberatung in vielen Sprachen").await;
    let page = format!("/proposals/{id}");
    let action = format!("action=\"/proposals/{id}/comments\"");

    // Readers who are not signed in see the thread and are asked to sign in.
    let (_, html) = app.page(&page).await;
    assert!(!html.contains(&action));
    assert!(html.contains(&format!("href=\"/signin?next=/proposals/{id}\"")));
    assert!(visible_text(&html).contains("Zum Kommentieren müssen Sie angemeldet sein."));
    let anonymous = app
        .post_form(&format!("/proposals/{id}/comments"), &[("body", "Hallo")])
        .await;
    assert_eq!(anonymous.status(), 303);
    assert_eq!(
        location(&anonymous),
        format!("/signin?next=/proposals/{id}")
    );

    assert!(
        boris
            .get(&page)
            .await
            .text()
            .await
            .unwrap()
            .contains(&action)
    );
    let top = comment(&boris, id, None, "Gute Idee, aber **wer** bezahlt das?").await;
    let reply = comment(&amal, id, Some(top), "Das Sozialamt, so mein Vorschlag.").await;

    let html = boris.get(&page).await.text().await.unwrap();
    let thread = &html[html.find(&format!("id=\"c-{top}\"")).expect("the comment")..];
    assert!(thread.contains("<strong>wer</strong>"));
    assert!(thread.contains("comments--replies"));
    assert!(thread.contains(&format!("id=\"c-{reply}\"")));
    assert!(visible_text(thread).contains("Das Sozialamt, so mein Vorschlag."));
    assert!(html.contains(&format!("name=\"parent\" value=\"{top}\"")));
    assert!(
        !html.contains(&format!("name=\"parent\" value=\"{reply}\"")),
        "no reply to a reply"
    );
    assert_eq!(
        app.store
            .comments_on(CommentTarget::Proposal(id))
            .await
            .unwrap()
            .len(),
        1,
        "one thread with its reply"
    );

    // A reply to a reply is refused on the proposal page, with the typed text kept.
    let refused = boris
        .post(
            &format!("/proposals/{id}/comments"),
            &[
                ("parent", &reply.to_string()),
                ("body", "Noch eine Ebene tiefer."),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("error-summary"));
    assert!(html.contains(">Noch eine Ebene tiefer.</textarea>"));
    assert!(visible_text(&html).contains("Wohnungsberatung in vielen Sprachen"));
    assert!(visible_text(&html).contains("Auf diesen Kommentar können Sie nicht antworten."));

    // Editing and deleting lead back to the comment on the proposal page.
    app.at("2021-06-14T10:05:00Z");
    let edit = format!("/comments/{top}/edit");
    let form = boris.get(&edit).await.text().await.unwrap();
    assert!(form.contains(&format!("href=\"/proposals/{id}#c-{top}\"")));
    let saved = boris
        .post(&edit, &[("body", "Gute Idee. Wer bezahlt das?")])
        .await;
    assert_eq!(saved.status(), 303);
    assert_eq!(location(&saved), format!("/proposals/{id}#c-{top}"));
    assert!(visible_text(&app.page(&page).await.1).contains("Gute Idee. Wer bezahlt das?"));
    let deleted = boris.post(&format!("/comments/{top}/delete"), &[]).await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(location(&deleted), format!("/proposals/{id}#c-{top}"));
    let text = visible_text(&app.page(&page).await.1);
    assert!(text.contains("Von der Person gelöscht, die ihn geschrieben hat."));
    assert!(text.contains("Das Sozialamt, so mein Vorschlag."));

    // The rate limit counts proposals and comments alike: Amal has written two in ten minutes.
    for n in 3..=10 {
        comment(&amal, id, None, &format!("Gedanke Nummer {n}")).await;
    }
    let limited = amal
        .post(
            &format!("/proposals/{id}/comments"),
            &[("body", "Gedanke Nummer 11")],
        )
        .await;
    assert_eq!(limited.status(), 429);
    let html = limited.text().await.unwrap();
    assert!(html.contains(">Gedanke Nummer 11</textarea>"));
    assert!(visible_text(&html).contains("Sie haben in kurzer Zeit viele Beiträge geschrieben."));
}

#[tokio::test]
async fn commenting_on_a_proposal_is_refused_outside_the_participation_phase() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let id = propose(&amal, "goal", "Faire Mieten für alle").await;
    let page = format!("/proposals/{id}");
    let action = format!("action=\"/proposals/{id}/comments\"");

    // Sessions last 30 days, so Boris signs in in August.
    app.at("2021-08-01T10:00:00Z");
    let boris = app.participant("boris@example.org", "Boris", "de").await;
    let html = boris.get(&page).await.text().await.unwrap();
    assert!(!html.contains(&action), "no form after the phase");
    assert!(visible_text(&html).contains("Die Beteiligungsphase ist vorbei."));
    let refused = boris
        .post(
            &format!("/proposals/{id}/comments?lang=en"),
            &[("body", "Zu spät?")],
        )
        .await;
    assert_eq!(refused.status(), 403);
    let text = visible_text(&refused.text().await.unwrap());
    assert!(text.contains("The participation phase is over."), "{text}");
    assert!(
        app.store
            .comments_on(CommentTarget::Proposal(id))
            .await
            .unwrap()
            .is_empty()
    );

    app.at("2021-06-01T10:00:00Z");
    let html = app.page(&page).await.1;
    assert!(!html.contains(&action));
    assert!(visible_text(&html).contains("Kommentieren ist ab Freitag, 11. Juni 2021 möglich."));
}

#[tokio::test]
async fn a_hidden_proposal_shows_its_reason_and_no_longer_its_text() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let boris = app.participant("boris@example.org", "Boris", "de").await;
    let id = propose(&amal, "measure", "Kauft alle bei meinem Laden ein").await;
    let page = format!("/proposals/{id}");
    let comment_id = comment(&boris, id, None, "Das ist doch Werbung.").await;

    // Anyone follows the proposal's report link; the form leads back to the proposal.
    let html = app.page(&page).await.1;
    let report = format!("/report/proposal/{id}");
    assert!(html.contains(&format!("href=\"{report}\"")));
    let (status, form) = app.page(&report).await;
    assert_eq!(status, 200);
    assert!(visible_text(&form).contains("Kauft alle bei meinem Laden ein"));
    assert!(form.contains(&format!("href=\"{page}\"")));
    let sent = app
        .post_form(&report, &[("reason", "Werbung für ein Geschäft.")])
        .await;
    assert_eq!(sent.status(), 200);

    // The report waits on the moderation page, which links the proposal.
    let moderator = app
        .staff("moderation@example.org", false, &[Role::Moderator])
        .await;
    let moderation = moderator.get(MODERATION).await.text().await.unwrap();
    let text = visible_text(&moderation);
    assert!(text.contains("Werbung für ein Geschäft."), "{text}");
    assert!(text.contains("Kauft alle bei meinem Laden ein"));
    assert!(moderation.contains(&format!("href=\"{page}\"")));
    let report_id = moderation
        .split("name=\"report\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the hide form names the report")
        .to_owned();

    let hidden = moderator
        .post(
            &format!("{MODERATION}/hide"),
            &[
                ("target", "proposal"),
                ("id", &id.to_string()),
                ("report", &report_id),
                ("reason", "Werbung ist hier nicht erlaubt."),
            ],
        )
        .await;
    assert_eq!(hidden.status(), 303);

    let html = boris.get(&page).await.text().await.unwrap();
    let text = visible_text(&html);
    assert!(
        text.contains("Von der Moderation ausgeblendet. Grund: Werbung ist hier nicht erlaubt."),
        "{text}"
    );
    assert!(!text.contains("Kauft alle"), "{text}");
    assert!(!text.contains("Mehr Wohnungen"), "the text is gone");
    assert!(!html.contains(&format!("href=\"{report}\"")));
    // The comments stay readable; no one writes new ones on a hidden proposal.
    assert!(html.contains(&format!("id=\"c-{comment_id}\"")));
    assert!(!html.contains(&format!("action=\"/proposals/{id}/comments\"")));
    assert!(text.contains("Zu diesem Vorschlag können keine Kommentare mehr geschrieben werden."));
    let refused = boris
        .post(
            &format!("/proposals/{id}/comments"),
            &[("body", "Und noch etwas.")],
        )
        .await;
    assert_eq!(refused.status(), 403);
    assert_eq!(
        app.store
            .comments_on(CommentTarget::Proposal(id))
            .await
            .unwrap()
            .len(),
        1
    );

    let list = visible_text(&app.page(PROPOSALS).await.1);
    assert!(
        list.contains("Von der Moderation ausgeblendet. Grund: Werbung ist hier nicht erlaubt.")
    );
    assert!(!list.contains("Kauft alle"));
    let moderation = visible_text(&moderator.get(MODERATION).await.text().await.unwrap());
    assert!(moderation.contains("Es gibt keine offenen Meldungen."));
}

#[tokio::test]
async fn a_paper_is_reported_from_the_list_and_moderators_open_its_pdf() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    let field = field_id(&app).await.to_string();
    let fields = [
        ("organisation", "Ausländerrat Dresden e.V."),
        ("title", "Stellungnahme zum Wohnen"),
        ("summary", "Wir fordern mehr Beratung."),
        ("field", field.as_str()),
    ];
    let response = upload(&amal, &fields, "wohnen.pdf", "application/pdf", &pdf("")).await;
    assert_eq!(response.status(), 303);
    let id: i64 = location(&response)
        .rsplit_once("#paper-")
        .and_then(|(_, id)| id.parse().ok())
        .expect("the paper's anchor");

    let papers = format!("{PROCESS}/papers");
    let list = app.page(&papers).await.1;
    let report = format!("/report/paper/{id}");
    assert!(list.contains(&format!("href=\"{report}\"")));
    let (status, form) = app.page(&report).await;
    assert_eq!(status, 200);
    assert!(visible_text(&form).contains("Stellungnahme zum Wohnen"));
    assert!(
        form.contains(&format!("href=\"{papers}#paper-{id}\"")),
        "the way back to the paper in the list"
    );
    let sent = app
        .post_form(&report, &[("reason", "Das Papier enthält Adressen.")])
        .await;
    assert_eq!(sent.status(), 200);

    let moderator = app
        .staff("moderation@example.org", false, &[Role::Moderator])
        .await;
    let moderation = moderator.get(MODERATION).await.text().await.unwrap();
    assert!(visible_text(&moderation).contains("Das Papier enthält Adressen."));
    assert!(moderation.contains(&format!("href=\"/papers/{id}.pdf\"")));

    // Once hidden, the file is no longer served; the moderators find it in the list instead.
    let hidden = moderator
        .post(
            &format!("{MODERATION}/hide"),
            &[
                ("target", "paper"),
                ("id", &id.to_string()),
                ("reason", "Enthält private Adressen."),
            ],
        )
        .await;
    assert_eq!(hidden.status(), 303);
    assert_eq!(app.get(&format!("/papers/{id}.pdf")).await.status(), 404);
    let moderation = moderator.get(MODERATION).await.text().await.unwrap();
    assert!(!moderation.contains(&format!("href=\"/papers/{id}.pdf\"")));
    assert!(moderation.contains(&format!("href=\"{papers}#paper-{id}\"")));
    let list = app.page(&papers).await.1;
    assert!(!list.contains(&format!("href=\"{report}\"")));
    assert!(visible_text(&list).contains("Grund: Enthält private Adressen."));
}

#[tokio::test]
async fn the_process_page_links_analysis_proposals_papers_and_plan() {
    let app = TestApp::with_dresden().await;
    let amal = app.participant("amal@example.org", "Amal", "de").await;
    propose(&amal, "goal", "Faire Mieten für alle").await;
    propose(&amal, "measure", "Wohnungsberatung in vielen Sprachen").await;

    let html = app.page(PROCESS).await.1;
    assert!(html.contains(&format!("href=\"{FIELD}\"")), "analysis");
    let proposals = html
        .find(&format!("href=\"{PROPOSALS}\""))
        .expect("the proposals of Wohnen");
    let after = &html[proposals..];
    let link = visible_text(&after[after.find('>').unwrap() + 1..after.find("</a>").unwrap()]);
    assert_eq!(link, "2 Vorschläge");
    assert!(
        html.contains("href=\"/processes/integrationskonzept-dresden/fields/arbeit/proposals\""),
        "every field links its proposals"
    );
    assert!(html.contains(&format!("href=\"{PROCESS}/papers\"")));
    assert!(html.contains(&format!("href=\"{PROCESS}/plan\"")));
    assert!(visible_text(&html).contains("Vorschläge: noch keine"));

    let analysis = app.page(FIELD).await.1;
    assert!(analysis.contains(&format!("href=\"{PROPOSALS}\"")));
    let list = app.page(PROPOSALS).await.1;
    assert!(list.contains(&format!("href=\"{FIELD}\"")));
}
