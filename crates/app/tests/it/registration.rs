use crate::{event_links, visible_text};
use mitwirken_auth::Token;
use mitwirken_auth::token::Purpose;
use mitwirken_domain::{EventId, RegistrationStatus};
use mitwirken_test_support::TestApp;

/// The ids of the three Dresden events: open (27 June), reserved (3 July), open (18 July).
async fn events(app: &TestApp) -> Vec<i64> {
    let (_, html) = app.page("/processes/integrationskonzept-dresden").await;
    event_links(&html)
}

async fn registrations(app: &TestApp, event: i64) -> Vec<mitwirken_store::Registration> {
    app.store.registrations_of(EventId(event)).await.unwrap()
}

async fn event_of(app: &TestApp, id: i64) -> mitwirken_domain::Event {
    app.store.public_event(EventId(id)).await.unwrap().unwrap()
}

fn person(i: usize) -> String {
    format!("person{i}@example.org")
}

async fn register(app: &TestApp, event: i64, email: &str) -> reqwest::Response {
    app.post_form(
        &format!("/events/{event}/register"),
        &[
            ("given_name", "Amira"),
            ("family_name", "Haddad"),
            ("email", email),
            ("language", "de"),
            ("consent", "yes"),
        ],
    )
    .await
}

/// Registers and confirms through the store with the link the mail would carry.
async fn register_and_confirm(app: &TestApp, event: i64, email: &str) -> RegistrationStatus {
    assert_eq!(register(app, event, email).await.status(), 303);
    let id = app.confirm_address(event, email).await;
    app.store.registration(id).await.unwrap().unwrap().status
}

async fn assert_seats_consistent(app: &TestApp, event: i64) {
    let count = app.store.seat_count(EventId(event)).await.unwrap();
    assert_eq!(
        count.taken, count.holding,
        "counter and rows disagree: {count:?}"
    );
    assert!(count.taken <= count.capacity, "overbooked: {count:?}");
}

#[tokio::test]
async fn registering_sends_a_confirmation_mail_and_only_the_post_confirms() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    let response = register(&app, first, "amira@example.org").await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        format!("/events/{first}/register/sent")
    );
    assert_eq!(app.run_jobs().await, 1);
    let link = app
        .link_in_mail("amira@example.org", "/confirm/")
        .expect("a confirmation link");
    let mail = app.mails_to("amira@example.org").pop().unwrap();
    assert!(
        mail.contains("Bitte bestätigen Sie Ihre Anmeldung"),
        "{mail}"
    );
    assert!(mail.contains("Content-Type: text/html"), "{mail}");

    // A mail scanner opening the link changes nothing.
    for _ in 0..3 {
        let (status, html) = app.page(&link).await;
        assert_eq!(status, 200);
        assert!(html.contains(&format!("action=\"{link}\"")));
    }
    let registration = &registrations(&app, first).await[0];
    assert_eq!(registration.status, RegistrationStatus::Unconfirmed);
    assert!(registration.holds_seat);

    let response = app.post_form(&link, &[]).await;
    assert_eq!(response.status(), 303);
    let manage = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(manage.starts_with("/manage/"));
    let (_, html) = app.page(&manage).await;
    assert!(
        visible_text(&html).contains("Angemeldet"),
        "{}",
        visible_text(&html)
    );
    app.run_jobs().await;
    let confirmed = app.mails_to("amira@example.org").pop().unwrap();
    assert!(confirmed.contains("Sie sind angemeldet"), "{confirmed}");
    assert!(confirmed.contains("text/calendar"));
    assert!(confirmed.contains("image/png"));
    assert!(confirmed.contains("Hygienevorschriften"));
    assert!(confirmed.contains(&manage));
    assert_seats_consistent(&app, first).await;
}

#[tokio::test]
async fn a_form_with_errors_comes_back_with_everything_typed_and_stores_nothing() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    let response = app
        .post_form(
            &format!("/events/{first}/register"),
            &[
                ("given_name", "Amira"),
                ("family_name", ""),
                ("email", "amira-at-example.org"),
                ("other_needs", "Ich komme mit Kinderwagen"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("value=\"Amira\""));
    assert!(html.contains("value=\"amira-at-example.org\""));
    assert!(html.contains("Ich komme mit Kinderwagen"));
    assert!(html.contains("id=\"error-summary\""));
    for field in ["family_name", "email", "consent"] {
        assert!(
            html.contains(&format!("href=\"#{field}\"")),
            "no summary link to {field}"
        );
        assert!(
            html.contains(&format!("id=\"{field}-error\"")),
            "no message at {field}"
        );
    }
    assert!(registrations(&app, first).await.is_empty());
}

#[tokio::test]
async fn registration_is_possible_until_the_end_of_the_deadline_day() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    app.at("2021-06-15T21:59:59Z");
    assert_eq!(
        register(&app, first, "late@example.org").await.status(),
        303
    );
    app.at("2021-06-15T22:00:00Z");
    let response = register(&app, first, "too-late@example.org").await;
    assert_eq!(response.status(), 409);
    let text = visible_text(&response.text().await.unwrap());
    assert!(
        text.contains("Der Anmeldeschluss war Dienstag, 15. Juni 2021."),
        "{text}"
    );
    assert_eq!(registrations(&app, first).await.len(), 1);
}

#[tokio::test]
async fn the_same_address_twice_gets_the_same_answer_and_keeps_one_seat() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    let one = register(&app, first, "amira@example.org").await;
    let two = register(&app, first, "AMIRA@example.org ").await;
    assert_eq!(one.status(), two.status());
    assert_eq!(one.headers()["location"], two.headers()["location"]);
    let (_, sent_one) = app.page(one.headers()["location"].to_str().unwrap()).await;
    let (_, sent_two) = app.page(two.headers()["location"].to_str().unwrap()).await;
    assert_eq!(sent_one, sent_two);
    assert_eq!(registrations(&app, first).await.len(), 1);
    assert_eq!(app.store.seat_count(EventId(first)).await.unwrap().taken, 1);
    app.run_jobs().await;
    let mails = app.mails_to("amira@example.org");
    assert_eq!(mails.len(), 2);
    assert!(mails[1].contains("schon eine Anmeldung"), "{}", mails[1]);
    assert!(
        mails[1].contains("/confirm/"),
        "the repeat mail carries the link again"
    );
}

#[tokio::test]
async fn fifty_seats_then_the_waiting_list_and_a_cancellation_promotes_the_first_waiting() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    for i in 0..50 {
        assert_eq!(
            register_and_confirm(&app, first, &person(i)).await,
            RegistrationStatus::Confirmed
        );
    }
    assert_eq!(
        register_and_confirm(&app, first, "waiting@example.org").await,
        RegistrationStatus::Waiting
    );
    let waiting = registrations(&app, first).await.pop().unwrap();
    assert_eq!(waiting.waiting_position, Some(1));
    let (_, html) = app.page(&format!("/events/{first}")).await;
    assert!(visible_text(&html).contains("Alle 50 Plätze sind vergeben."));
    app.run_jobs().await;
    assert!(
        app.mails_to("waiting@example.org")
            .pop()
            .unwrap()
            .contains("auf Platz 1")
    );

    let someone = &registrations(&app, first).await[7];
    let manage = app.state.keys.token(Purpose::Manage, &someone.token_nonce);
    let response = app
        .post_form(&format!("/manage/{}/cancel", manage.as_str()), &[])
        .await;
    assert_eq!(response.status(), 303);
    let promoted = app.store.registration(waiting.id).await.unwrap().unwrap();
    assert_eq!(promoted.status, RegistrationStatus::Confirmed);
    assert!(promoted.holds_seat);
    app.run_jobs().await;
    assert!(
        app.mails_to("waiting@example.org")
            .pop()
            .unwrap()
            .contains("Ein Platz ist frei geworden")
    );
    assert!(
        app.mails_to(&someone.email)
            .pop()
            .unwrap()
            .contains("Abgesagt")
    );
    assert_eq!(
        app.store.seat_count(EventId(first)).await.unwrap().taken,
        50
    );
    assert_seats_consistent(&app, first).await;
}

#[tokio::test]
async fn five_hundred_at_once_never_overbook_fifty_places() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    let requests = (0..500).map(|i| {
        let app = &app;
        async move { register(app, first, &person(i)).await.status().as_u16() }
    });
    let statuses = futures_join_all(requests).await;
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    let count = app.store.seat_count(EventId(first)).await.unwrap();
    assert_eq!((count.taken, count.holding), (50, 50));
    let outbox = app.store.outbox(None).await.unwrap();
    assert_eq!(
        outbox
            .iter()
            .filter(|m| m.kind == "confirm_address")
            .count(),
        500
    );
    for registration in registrations(&app, first).await {
        let token = app
            .state
            .keys
            .token(Purpose::Confirm, &registration.token_nonce);
        app.store.confirm(&token, app.clock_now()).await.unwrap();
    }
    let all = registrations(&app, first).await;
    let confirmed = all
        .iter()
        .filter(|r| r.status == RegistrationStatus::Confirmed)
        .count();
    let waiting = all
        .iter()
        .filter(|r| r.status == RegistrationStatus::Waiting)
        .count();
    assert_eq!((confirmed, waiting), (50, 450));
    assert_seats_consistent(&app, first).await;
}

async fn futures_join_all<F: std::future::Future<Output = u16>>(
    futures: impl Iterator<Item = F>,
) -> Vec<u16> {
    let mut set = Vec::new();
    for f in futures {
        set.push(f);
    }
    let mut out = Vec::with_capacity(set.len());
    let results = std::pin::pin!(join(set));
    out.extend(results.await);
    out
}

async fn join<F: std::future::Future<Output = u16>>(futures: Vec<F>) -> Vec<u16> {
    let mut pinned: Vec<std::pin::Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut results = vec![None; pinned.len()];
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in pinned.iter_mut().enumerate() {
            if results[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => results[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    results.into_iter().map(|r| r.unwrap_or(0)).collect()
}

#[tokio::test]
async fn the_reserved_event_needs_a_group_waits_for_approval_and_codes_skip_it() {
    let app = TestApp::with_dresden().await;
    let reserved = events(&app).await[1];
    let response = register(&app, reserved, "verein@example.org").await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("href=\"#eligible_group\""));
    assert!(html.contains("href=\"#organisation\""));

    let event = event_of(&app, reserved).await;
    let group = event.eligible_groups[1].id.to_string();
    let form = |email: &'static str, code: &'static str| {
        vec![
            ("given_name", "Kofi"),
            ("family_name", "Mensah"),
            ("email", email),
            ("organisation", "Afrikanischer Kulturverein"),
            (
                "eligible_group",
                Box::leak(group.clone().into_boxed_str()) as &str,
            ),
            ("invitation_code", code),
            ("consent", "yes"),
        ]
    };
    let response = app
        .post_form(
            &format!("/events/{reserved}/register"),
            &form("kofi@example.org", ""),
        )
        .await;
    assert_eq!(response.status(), 303);
    let kofi = registrations(&app, reserved).await.pop().unwrap();
    let token = app.state.keys.token(Purpose::Confirm, &kofi.token_nonce);
    app.post_form(&format!("/confirm/{}", token.as_str()), &[])
        .await;
    let kofi = app.store.registration(kofi.id).await.unwrap().unwrap();
    assert_eq!(kofi.status, RegistrationStatus::AwaitingApproval);
    assert!(kofi.holds_seat);
    app.run_jobs().await;
    assert!(
        app.mails_to("kofi@example.org")
            .pop()
            .unwrap()
            .contains("wird geprüft")
    );

    let approved = app
        .store
        .approve(kofi.id, app.clock_now())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(approved.status, RegistrationStatus::Confirmed);
    app.run_jobs().await;
    let mail = app.mails_to("kofi@example.org").pop().unwrap();
    assert!(
        mail.contains("angenommen") && mail.contains("text/calendar"),
        "{mail}"
    );

    app.store
        .add_invitation_code(
            EventId(reserved),
            "Dachverband",
            "DRESDEN-2021",
            2,
            app.clock_now(),
        )
        .await
        .unwrap();
    for (email, expected) in [
        ("a@example.org", 303),
        ("b@example.org", 303),
        ("c@example.org", 422),
    ] {
        let response = app
            .post_form(
                &format!("/events/{reserved}/register"),
                &form(email, "dresden-2021"),
            )
            .await;
        assert_eq!(response.status(), expected, "{email}");
    }
    let a = registrations(&app, reserved)
        .await
        .into_iter()
        .find(|r| r.email == "a@example.org")
        .unwrap();
    let token = app.state.keys.token(Purpose::Confirm, &a.token_nonce);
    app.post_form(&format!("/confirm/{}", token.as_str()), &[])
        .await;
    assert_eq!(
        app.store.registration(a.id).await.unwrap().unwrap().status,
        RegistrationStatus::Confirmed
    );
    assert_seats_consistent(&app, reserved).await;
}

#[tokio::test]
async fn rejecting_frees_the_seat_for_the_waiting_list() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    for i in 0..50 {
        register_and_confirm(&app, first, &person(i)).await;
    }
    register_and_confirm(&app, first, "waiting@example.org").await;
    let all = registrations(&app, first).await;
    app.store
        .reject(all[0].id, "Die Angaben passen nicht.", app.clock_now())
        .await
        .unwrap();
    let waiting = all
        .iter()
        .find(|r| r.email == "waiting@example.org")
        .unwrap();
    assert_eq!(
        app.store
            .registration(waiting.id)
            .await
            .unwrap()
            .unwrap()
            .status,
        RegistrationStatus::Confirmed
    );
    app.run_jobs().await;
    assert!(
        app.mails_to(&person(0))
            .pop()
            .unwrap()
            .contains("Die Angaben passen nicht.")
    );
    assert_seats_consistent(&app, first).await;
}

#[tokio::test]
async fn an_unconfirmed_hold_expires_and_its_seat_goes_to_the_waiting_list() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    assert_eq!(
        register(&app, first, "slow@example.org").await.status(),
        303
    );
    for i in 0..49 {
        register_and_confirm(&app, first, &person(i)).await;
    }
    assert_eq!(
        register_and_confirm(&app, first, "waiting@example.org").await,
        RegistrationStatus::Waiting
    );
    app.at("2021-06-14T12:00:01Z");
    app.run_jobs().await;
    let all = registrations(&app, first).await;
    let slow = all.iter().find(|r| r.email == "slow@example.org").unwrap();
    assert!(!slow.holds_seat);
    let waiting = all
        .iter()
        .find(|r| r.email == "waiting@example.org")
        .unwrap();
    assert_eq!(waiting.status, RegistrationStatus::Confirmed);
    // Confirming late still works: the person joins the waiting list.
    let token = app.state.keys.token(Purpose::Confirm, &slow.token_nonce);
    app.post_form(&format!("/confirm/{}", token.as_str()), &[])
        .await;
    let slow = app.store.registration(slow.id).await.unwrap().unwrap();
    assert_eq!(slow.status, RegistrationStatus::Waiting);
    assert_eq!(slow.waiting_position, Some(1));
    assert_seats_consistent(&app, first).await;
}

#[tokio::test]
async fn a_mail_the_smtp_server_refuses_is_retried_and_nothing_is_lost() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    app.smtp.refuse_next(2);
    assert_eq!(
        register(&app, first, "patient@example.org").await.status(),
        303
    );
    assert_eq!(app.run_jobs().await, 0);
    let outbox = app.store.outbox(Some("patient@example.org")).await.unwrap();
    assert_eq!(
        (outbox[0].status.as_str(), outbox[0].attempts),
        ("pending", 1)
    );
    assert!(
        outbox[0]
            .last_error
            .as_deref()
            .unwrap_or_default()
            .contains("451")
    );
    app.at("2021-06-14T10:00:31Z");
    assert_eq!(app.run_jobs().await, 0);
    app.at("2021-06-14T10:02:00Z");
    assert_eq!(app.run_jobs().await, 1);
    assert!(
        app.link_in_mail("patient@example.org", "/confirm/")
            .is_some()
    );
    assert_eq!(registrations(&app, first).await.len(), 1);
}

#[tokio::test]
async fn links_with_unknown_tokens_are_not_found_and_foreign_posts_are_refused() {
    let app = TestApp::with_dresden().await;
    let fake = "0".repeat(64);
    for path in [
        format!("/confirm/{fake}"),
        format!("/manage/{fake}"),
        "/manage/short".to_owned(),
    ] {
        assert_eq!(app.page(&path).await.0, 404, "{path}");
    }
    assert!(Token::from_link(&fake).is_some());
    let first = events(&app).await[0];
    let response = app
        .client
        .post(format!("{}/events/{first}/register", app.address))
        .header("origin", "https://evil.example")
        .form(&[("email", "x@example.org")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn the_api_registers_with_the_same_rules_and_typed_errors() {
    let app = TestApp::with_dresden().await;
    let reserved = events(&app).await[1];
    let url = format!("{}/api/v1/events/{reserved}/registrations", app.address);
    let response = app
        .client
        .post(&url)
        .json(&serde_json::json!({ "given_name": "Kofi", "email": "kofi@example.org", "consent": true, "language": "en" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "invalid");
    let fields: Vec<&str> = body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["family_name", "organisation", "eligible_group"]);
    assert_eq!(body["fields"][0]["code"], "required");

    let event = event_of(&app, reserved).await;
    let request = serde_json::json!({
        "given_name": "Kofi", "family_name": "Mensah", "email": "kofi@example.org",
        "organisation": "Verein", "eligible_group": event.eligible_groups[0].id, "consent": true,
    });
    for _ in 0..2 {
        let response = app.client.post(&url).json(&request).send().await.unwrap();
        assert_eq!(response.status(), 202);
    }
    assert_eq!(registrations(&app, reserved).await.len(), 1);
    let (_, doc) = app.json("/api/openapi.json").await;
    assert!(doc["paths"]["/api/v1/events/{id}/registrations"]["post"].is_object());
}

#[tokio::test]
async fn two_instances_on_one_database_never_overbook() {
    let app = TestApp::with_dresden().await;
    let other = app.second_instance().await;
    let first = events(&app).await[0];
    let requests = (0..200).map(|i| {
        let target = if i % 2 == 0 { &app } else { &other };
        async move { register(target, first, &person(i)).await.status().as_u16() }
    });
    let statuses = futures_join_all(requests).await;
    assert!(statuses.iter().all(|s| *s == 303), "{statuses:?}");
    let count = app.store.seat_count(EventId(first)).await.unwrap();
    assert_eq!((count.taken, count.holding), (50, 50));
    assert_eq!(registrations(&app, first).await.len(), 200);
}

#[tokio::test]
async fn confirmed_people_are_reminded_two_days_before_once() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    register_and_confirm(&app, first, "amira@example.org").await;
    assert_eq!(
        register(&app, first, "unconfirmed@example.org")
            .await
            .status(),
        303
    );
    app.run_jobs().await;
    let before = app.mails_to("amira@example.org").len();
    // 27 June 2021, 10:00 in Dresden is 08:00 UTC; two days before is 25 June, 08:00 UTC.
    app.at("2021-06-25T07:59:00Z");
    app.run_jobs().await;
    assert_eq!(app.mails_to("amira@example.org").len(), before);
    app.at("2021-06-25T08:00:00Z");
    app.run_jobs().await;
    let mails = app.mails_to("amira@example.org");
    assert_eq!(mails.len(), before + 1);
    let reminder = mails.last().unwrap();
    assert!(reminder.contains("Erinnerung"), "{reminder}");
    assert!(reminder.contains("Hygienevorschriften"));
    assert!(reminder.contains("text/calendar"));
    app.at("2021-06-26T08:00:00Z");
    app.run_jobs().await;
    assert_eq!(
        app.mails_to("amira@example.org").len(),
        before + 1,
        "reminded twice"
    );
    assert_eq!(
        app.mails_to("unconfirmed@example.org").len(),
        1,
        "only the confirmation mail"
    );
}

#[tokio::test]
async fn a_full_working_group_is_an_error_at_its_field_and_questions_are_asked() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    let event = event_of(&app, first).await;
    let group = event.working_groups[0].id.to_string();
    let question = app
        .store
        .add_question(
            EventId(first),
            &mitwirken_domain::LocalizedText::german("Essen Sie vegetarisch?"),
            true,
        )
        .await
        .unwrap();
    let question_field = format!("question_{question}");
    let (_, html) = app.page(&format!("/events/{first}/register")).await;
    assert!(html.contains("Essen Sie vegetarisch?"));
    let mut last = None;
    for i in 0..18 {
        let email = person(i);
        let form = [
            ("given_name", "A"),
            ("family_name", "B"),
            ("email", email.as_str()),
            ("working_group", group.as_str()),
            (question_field.as_str(), "ja"),
            ("consent", "yes"),
        ];
        let response = app
            .post_form(&format!("/events/{first}/register"), &form)
            .await;
        let expected = if i < 17 { 303 } else { 422 };
        assert_eq!(
            response.status(),
            expected,
            "registration {i} of a group of 17"
        );
        last = Some(response);
    }
    let response = last.unwrap();
    let html = response.text().await.unwrap();
    assert!(html.contains("href=\"#working_group\""));
    assert!(html.contains(&format!("value=\"{}\"", person(17))));
    let response = app
        .post_form(
            &format!("/events/{first}/register"),
            &[
                ("given_name", "A"),
                ("family_name", "B"),
                ("email", "c@example.org"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(
        response.status(),
        422,
        "the required question was not answered"
    );
    assert_seats_consistent(&app, first).await;
}
