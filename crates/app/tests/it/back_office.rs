use crate::{event_links, visible_text};
use mitwirken_auth::token::Purpose;
use mitwirken_domain::{EventId, RegistrationStatus, Role};
use mitwirken_test_support::TestApp;

async fn events(app: &TestApp) -> Vec<i64> {
    let (_, html) = app.page("/processes/integrationskonzept-dresden").await;
    event_links(&html)
}

/// A registration on the reserved event, confirmed by its owner, now awaiting approval.
async fn awaiting(app: &TestApp, reserved: i64, email: &str) -> i64 {
    let event = app
        .store
        .public_event(EventId(reserved))
        .await
        .unwrap()
        .unwrap();
    let group = event.eligible_groups[0].id.to_string();
    let response = app
        .post_form(
            &format!("/events/{reserved}/register"),
            &[
                ("given_name", "Olga"),
                ("family_name", "Schewtschenko"),
                ("email", email),
                ("organisation", "Ukrainischer Verein Dresden"),
                ("eligible_group", &group),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    app.confirm_address(reserved, email).await
}

#[tokio::test]
async fn every_back_office_route_checks_the_role() {
    let app = TestApp::with_dresden().await;
    let reserved = events(&app).await[1];
    let registration = awaiting(&app, reserved, "olga@example.org").await;
    let admin = app.staff("admin@example.org", true, &[]).await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let moderator = app
        .staff("moderator@example.org", false, &[Role::Moderator])
        .await;
    let helper = app
        .staff("helper@example.org", false, &[Role::CheckIn])
        .await;
    let nobody = app.staff("nobody@example.org", false, &[]).await;
    let e = reserved;
    // Expected status per route for: admin, organiser, moderator, check-in helper, no role.
    let gets: Vec<(String, [u16; 5])> = vec![
        ("/admin".into(), [200, 200, 200, 200, 200]),
        (format!("/admin/events/{e}"), [200, 200, 403, 403, 403]),
        (
            format!("/admin/events/{e}/planning"),
            [200, 200, 403, 403, 403],
        ),
        (
            format!("/admin/events/{e}/export.csv"),
            [200, 200, 403, 403, 403],
        ),
        (
            format!("/admin/events/{e}/export.xlsx"),
            [200, 200, 403, 403, 403],
        ),
        (
            format!("/admin/events/{e}/checkin"),
            [200, 200, 403, 200, 403],
        ),
        ("/admin/outbox".into(), [200, 403, 403, 403, 403]),
        ("/admin/audit".into(), [200, 403, 403, 403, 403]),
    ];
    let browsers = [&admin, &organiser, &moderator, &helper, &nobody];
    for (path, expected) in &gets {
        for (browser, status) in browsers.iter().zip(expected) {
            let got = browser.get(path).await.status().as_u16();
            assert_eq!(got, *status, "GET {path} as {}", browser.cookie.len());
        }
        let anonymous = app.get(path).await;
        assert_eq!(anonymous.status(), 303, "GET {path} without a session");
        assert!(
            anonymous.headers()["location"]
                .to_str()
                .unwrap()
                .starts_with("/admin/login?next=")
        );
    }
    let posts: Vec<(String, [u16; 5])> = vec![
        (
            format!("/admin/registrations/{registration}/approve"),
            [303, 303, 403, 403, 403],
        ),
        (
            format!("/admin/events/{e}/checkin"),
            [422, 422, 403, 422, 403],
        ),
    ];
    for (path, expected) in &posts {
        for (browser, status) in browsers.iter().zip(expected) {
            let got = browser
                .post(path, &[("code", "NOPE")])
                .await
                .status()
                .as_u16();
            assert_eq!(got, *status, "POST {path}");
        }
    }
}

#[tokio::test]
async fn the_organiser_approves_exports_and_checks_people_in() {
    let app = TestApp::with_dresden().await;
    let reserved = events(&app).await[1];
    let registration = awaiting(&app, reserved, "olga@example.org").await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;

    let list = organiser
        .get(&format!(
            "/admin/events/{reserved}?status=awaiting_approval"
        ))
        .await;
    let text = visible_text(&list.text().await.unwrap());
    assert!(text.contains("Olga Schewtschenko"), "{text}");
    let response = organiser
        .post(&format!("/admin/registrations/{registration}/approve"), &[])
        .await;
    assert_eq!(response.status(), 303);
    let olga = app.store.registration(registration).await.unwrap().unwrap();
    assert_eq!(olga.status, RegistrationStatus::Confirmed);
    app.run_jobs().await;
    assert!(
        app.mails_to("olga@example.org")
            .pop()
            .unwrap()
            .contains("angenommen")
    );

    let csv = organiser
        .get(&format!("/admin/events/{reserved}/export.csv"))
        .await;
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let bytes = csv.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xef\xbb\xbf"), "CSV starts with a BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("Vorname;Nachname;E-Mail"));
    let row = lines.next().unwrap();
    assert!(row.contains("Olga;Schewtschenko;olga@example.org"), "{row}");
    assert!(row.contains(&olga.ticket_code));

    let xlsx = organiser
        .get(&format!("/admin/events/{reserved}/export.xlsx"))
        .await;
    assert_eq!(xlsx.status(), 200);
    assert!(
        xlsx.bytes().await.unwrap().starts_with(b"PK"),
        "an XLSX is a zip file"
    );

    let checkin = format!("/admin/events/{reserved}/checkin");
    let code = olga.ticket_code.to_lowercase().replace('-', "");
    let first = organiser.post(&checkin, &[("code", &code)]).await;
    assert_eq!(first.status(), 200);
    assert!(
        visible_text(&first.text().await.unwrap()).contains("Olga Schewtschenko ist eingelassen.")
    );
    let again = organiser
        .post(&checkin, &[("code", &olga.ticket_code)])
        .await;
    assert!(
        visible_text(&again.text().await.unwrap()).contains("wurde schon um 12:00 Uhr eingelassen")
    );
    let (_, page) = (
        0,
        organiser
            .get(&format!("{checkin}?q=schew"))
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(
        visible_text(&page).contains("1 anwesend · 1 angemeldet · 50 Plätze"),
        "{}",
        visible_text(&page)
    );

    let audit = app.store.audit_log(50).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    for action in [
        "view_registrations",
        "registration_approve",
        "export",
        "check_in",
    ] {
        assert!(
            actions.contains(&action),
            "{action} missing from {actions:?}"
        );
    }
}

#[tokio::test]
async fn finding_by_name_and_walk_ins_at_the_door() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    let helper = app
        .staff("helper@example.org", false, &[Role::CheckIn])
        .await;
    let checkin = format!("/admin/events/{first}/checkin");
    let response = helper
        .post(
            &format!("/admin/events/{first}/walk-in"),
            &[
                ("given_name", "Ali"),
                ("family_name", "Rahimi"),
                ("back", "checkin"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let page = helper
        .get(&format!("{checkin}?q=rahimi"))
        .await
        .text()
        .await
        .unwrap();
    let text = visible_text(&page);
    assert!(text.contains("Ali Rahimi"), "{text}");
    assert!(text.contains("1 anwesend · 1 angemeldet"), "{text}");
    assert_eq!(app.store.seat_count(EventId(first)).await.unwrap().taken, 1);
    // Camera scanning is added by a script from this site where the browser can read QR codes.
    let script = page
        .split("<script src=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap();
    assert!(script.starts_with("/assets/js/checkin."), "{script}");
    let js = app.get(script).await;
    assert!(
        js.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(js.text().await.unwrap().contains("BarcodeDetector"));
}

#[tokio::test]
async fn repeated_wrong_passwords_lock_the_account() {
    let app = TestApp::with_dresden().await;
    app.store
        .create_staff(
            "organiser@example.org",
            "O",
            "correct horse battery staple",
            false,
            app.clock_now(),
        )
        .await
        .unwrap();
    for _ in 0..5 {
        let response = app
            .post_form(
                "/admin/login",
                &[("email", "organiser@example.org"), ("password", "wrong")],
            )
            .await;
        assert_eq!(response.status(), 401);
    }
    let response = app
        .post_form(
            "/admin/login",
            &[
                ("email", "organiser@example.org"),
                ("password", "correct horse battery staple"),
            ],
        )
        .await;
    assert_eq!(
        response.status(),
        401,
        "locked even with the right password"
    );
    assert!(visible_text(&response.text().await.unwrap()).contains("gesperrt"));
    app.at("2021-06-14T10:16:00Z");
    let response = app
        .post_form(
            "/admin/login",
            &[
                ("email", "organiser@example.org"),
                ("password", "correct horse battery staple"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "the lock ends after 15 minutes");
}

/// Registers and confirms on the first (open) event; returns the registration id.
async fn confirmed(app: &TestApp, event: i64, email: &str) -> i64 {
    let response = app
        .post_form(
            &format!("/events/{event}/register"),
            &[
                ("given_name", "Amira"),
                ("family_name", "Haddad"),
                ("email", email),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    app.confirm_address(event, email).await
}

fn unfolded(mail: &str) -> String {
    mail.replace("\r\n ", "")
}

#[tokio::test]
async fn moving_and_cancelling_an_event_tell_everyone_with_an_updated_calendar_entry() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    confirmed(&app, first, "amira@example.org").await;
    confirmed(&app, first, "karim@example.org").await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    app.run_jobs().await;

    let moved = organiser
        .post(
            &format!("/admin/events/{first}/move"),
            &[
                ("date", "2021-07-04"),
                ("starts", "11:00"),
                ("ends", "17:00"),
            ],
        )
        .await;
    assert_eq!(moved.status(), 303);
    assert!(
        moved.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with("done=event-moved")
    );
    app.run_jobs().await;
    for person in ["amira@example.org", "karim@example.org"] {
        let mail = unfolded(&app.mails_to(person).pop().unwrap());
        assert!(mail.contains("Neuer Termin"), "{mail}");
        assert!(
            mail.contains("text/calendar"),
            "the new calendar entry is attached"
        );
        assert!(mail.contains("Sonntag, 4. Juli 2021, 11:00"), "{mail}");
    }
    let (_, html) = app.page(&format!("/events/{first}")).await;
    assert!(visible_text(&html).contains("Sonntag, 4. Juli 2021, 11:00–17:00 Uhr"));
    let response = app.get(&format!("/events/{first}/calendar.ics")).await;
    let ics = unfolded(&response.text().await.unwrap());
    assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20210704T110000"));
    assert!(ics.contains("SEQUENCE:1"));

    let cancelled = organiser
        .post(
            &format!("/admin/events/{first}/cancel"),
            &[("message", "Der Saal ist nicht verfügbar.")],
        )
        .await;
    assert_eq!(cancelled.status(), 303);
    app.run_jobs().await;
    let mail = app.mails_to("amira@example.org").pop().unwrap();
    assert!(mail.contains("Abgesagt"), "{mail}");
    assert!(mail.contains("Der Saal ist nicht verf"), "{mail}");
    let ics = unfolded(
        &app.get(&format!("/events/{first}/calendar.ics"))
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(
        ics.contains("STATUS:CANCELLED") && ics.contains("SEQUENCE:2"),
        "{ics}"
    );
    let (_, html) = app.page(&format!("/events/{first}")).await;
    assert!(visible_text(&html).contains("Diese Veranstaltung findet nicht statt."));
    assert!(!html.contains(&format!("/events/{first}/register\"")));
}

#[tokio::test]
async fn a_message_reaches_everyone_registered_and_nobody_else() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    confirmed(&app, first, "amira@example.org").await;
    let response = app
        .post_form(
            &format!("/events/{first}/register"),
            &[
                ("given_name", "U"),
                ("family_name", "N"),
                ("email", "unconfirmed@example.org"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    app.run_jobs().await;
    let response = organiser
        .post(
            &format!("/admin/events/{first}/message"),
            &[
                ("subject", "Anfahrt"),
                ("message", "Bitte nutzen Sie den Eingang Goldene Pforte."),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    app.run_jobs().await;
    let mail = app.mails_to("amira@example.org").pop().unwrap();
    assert!(
        mail.contains("Anfahrt") && mail.contains("Eingang Goldene Pforte"),
        "{mail}"
    );
    assert_eq!(
        app.mails_to("unconfirmed@example.org").len(),
        1,
        "only the confirmation mail"
    );
}

#[tokio::test]
async fn a_second_factor_is_set_up_in_the_browser_and_then_required() {
    use mitwirken_auth::totp;
    let app = TestApp::with_dresden().await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let page = organiser
        .post("/admin/security/totp", &[])
        .await
        .text()
        .await
        .unwrap();
    let key_start = page.find("<code>").expect("the key is shown") + 6;
    let key = page[key_start..].split('<').next().unwrap().to_owned();
    assert!(page.contains("<svg"), "a QR code for the app");
    let secret = totp::from_base32(&key).unwrap();
    let now = app.clock_now().as_second();
    let code = |at: i64| format!("{:06}", totp::code_at_step(&secret, totp::step_of(at), 6));
    let wrong = organiser
        .post("/admin/security/totp/confirm", &[("code", "000000")])
        .await;
    assert_eq!(wrong.status(), 422);
    let right = organiser
        .post("/admin/security/totp/confirm", &[("code", &code(now))])
        .await;
    assert_eq!(right.status(), 200);
    assert!(visible_text(&right.text().await.unwrap()).contains("jetzt eingeschaltet"));

    let password = "correct horse battery staple";
    let sign_in = |code: String| {
        let app = &app;
        async move {
            app.post_form(
                "/admin/login",
                &[
                    ("email", "organiser@example.org"),
                    ("password", password),
                    ("code", &code),
                ],
            )
            .await
            .status()
            .as_u16()
        }
    };
    assert_eq!(
        sign_in(String::new()).await,
        401,
        "the password alone is not enough"
    );
    app.at("2021-06-14T10:01:00Z");
    let later = app.clock_now().as_second();
    assert_eq!(sign_in(code(later)).await, 303);
    assert_eq!(sign_in(code(later)).await, 401, "a code works once");
}

#[tokio::test]
async fn the_organiser_edits_texts_translations_places_and_deadline() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let page = organiser
        .get(&format!("/admin/events/{first}/edit"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("value=\"Offene Beteiligungsveranstaltung\""));
    for i in 0..3 {
        confirmed(&app, first, &format!("p{i}@example.org")).await;
    }
    let form = |capacity: &'static str, title_de: &'static str| {
        vec![
            ("title_de", title_de),
            ("title_en", ""),
            ("title_ar", "فعالية مفتوحة"),
            ("audience_de", "Alle Interessierten"),
            ("on_site_notes_de", "Bitte bringen Sie einen Ausweis mit."),
            ("capacity", capacity),
            ("deadline", "2021-06-20"),
            ("access", "open"),
            ("waiting_list", "yes"),
            ("published", "yes"),
        ]
    };
    let too_small = organiser
        .post(&format!("/admin/events/{first}/edit"), &form("2", "Neu"))
        .await;
    assert_eq!(too_small.status(), 422, "3 seats are taken");
    let html = too_small.text().await.unwrap();
    assert!(html.contains("value=\"Neu\""), "what was typed stays");
    assert!(html.contains("href=\"#capacity\""));
    let no_title = organiser
        .post(&format!("/admin/events/{first}/edit"), &form("60", ""))
        .await;
    assert_eq!(no_title.status(), 422);
    let saved = organiser
        .post(
            &format!("/admin/events/{first}/edit"),
            &form("60", "Offener Beteiligungstag"),
        )
        .await;
    assert_eq!(saved.status(), 200);

    app.at("2021-06-19T10:00:00Z");
    let (_, html) = app.page(&format!("/events/{first}")).await;
    let text = visible_text(&html);
    assert!(text.contains("Offener Beteiligungstag"), "{text}");
    assert!(text.contains("Noch 57 von 60 Plätzen frei"), "{text}");
    assert!(
        text.contains("Sonntag, 20. Juni 2021"),
        "the new deadline: {text}"
    );
    assert!(text.contains("Bitte bringen Sie einen Ausweis mit."));
    let (_, english) = app.page(&format!("/events/{first}?lang=en")).await;
    assert!(
        english.contains("lang=\"de\">Offener Beteiligungstag"),
        "German shown, marked, where English is missing"
    );
    let (_, arabic) = app.page(&format!("/events/{first}?lang=ar")).await;
    assert!(arabic.contains("فعالية مفتوحة"));
}

#[tokio::test]
async fn invitation_codes_are_created_in_the_back_office() {
    let app = TestApp::with_dresden().await;
    let reserved = events(&app).await[1];
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let response = organiser
        .post(
            &format!("/admin/events/{reserved}/codes"),
            &[
                ("organisation", "Dachverband"),
                ("code", "DACH-2021"),
                ("uses", "3"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let page = organiser
        .get(&format!("/admin/events/{reserved}/edit"))
        .await
        .text()
        .await
        .unwrap();
    assert!(visible_text(&page).contains("Dachverband: noch 3 von 3 Nutzungen"));
    assert!(!page.contains("DACH-2021"), "the code itself is not kept");
    let helper = app
        .staff("helper@example.org", false, &[Role::CheckIn])
        .await;
    let refused = helper
        .post(
            &format!("/admin/events/{reserved}/codes"),
            &[("organisation", "X"), ("code", "XXXXXXXX"), ("uses", "1")],
        )
        .await;
    assert_eq!(refused.status(), 403);
}

#[tokio::test]
async fn the_attendance_list_is_a_pdf_with_every_name_and_a_signature_column() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    for (given, family, email) in [
        ("Ольга", "Шевченко", "olga@example.org"),
        ("Jürgen", "Müller", "juergen@example.org"),
        ("Omar", "Al-Farouq", "omar@example.org"),
    ] {
        let response = app
            .post_form(
                &format!("/events/{first}/register"),
                &[
                    ("given_name", given),
                    ("family_name", family),
                    ("email", email),
                    ("consent", "yes"),
                ],
            )
            .await;
        assert_eq!(response.status(), 303);
    }
    for registration in app.store.registrations_of(EventId(first)).await.unwrap() {
        let token = app
            .state
            .keys
            .token(Purpose::Confirm, &registration.token_nonce);
        app.store.confirm(&token, app.clock_now()).await.unwrap();
    }
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let response = organiser
        .get(&format!("/admin/events/{first}/attendance.pdf"))
        .await;
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let pdf = response.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    if let Some(text) = mitwirken_test_support::pdf_text(&pdf) {
        for expected in [
            "Offene Beteiligungsveranstaltung",
            "Sonntag, 27. Juni 2021, 10:00–16:00 Uhr",
            "Eingang Goldene Pforte",
            "Шевченко, Ольга",
            "Müller, Jürgen",
            "Al-Farouq, Omar",
            "Unterschrift",
        ] {
            assert!(
                text.contains(expected),
                "{expected:?} missing from:\n{text}"
            );
        }
    }
    let helper = app
        .staff("helper@example.org", false, &[Role::CheckIn])
        .await;
    assert_eq!(
        helper
            .get(&format!("/admin/events/{first}/attendance.pdf"))
            .await
            .status(),
        403
    );
}

#[tokio::test]
async fn the_organiser_creates_a_reserved_event_at_a_new_venue_and_people_can_register() {
    let app = TestApp::with_dresden().await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let path = "/admin/processes/integrationskonzept-dresden/events/new";
    assert_eq!(organiser.get(path).await.status(), 200);
    let mut form = vec![
        ("event_slug", "nachtreffen"),
        ("title_de", "Nachtreffen der Beiräte"),
        ("title_ar", "لقاء متابعة"),
        (
            "audience_de",
            "Mitglieder von Integrations- und Ausländerbeiräten",
        ),
        ("on_site_notes_de", "Bitte bringen Sie einen Ausweis mit."),
        ("date", "2021-07-10"),
        ("starts", "17:00"),
        ("ends", "19:30"),
        ("venue", "new"),
        ("venue_name_de", "Kulturrathaus"),
        ("venue_street", "Königstraße 15"),
        ("venue_postal_code", "01097"),
        ("venue_city", "Dresden"),
        ("capacity", "20"),
        ("deadline", "2021-07-05"),
        ("access", "reserved"),
        ("eligible_groups", ""),
        ("working_groups", "Arbeit | 10\nBildung | x"),
        ("waiting_list", "yes"),
        ("published", "yes"),
    ];
    let refused = organiser.post(path, &form).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("href=\"#eligible_groups\"") && html.contains("href=\"#working_groups\"")
    );
    assert!(
        html.contains("value=\"Nachtreffen der Beiräte\""),
        "what was typed stays"
    );
    for (key, value) in form.iter_mut() {
        match *key {
            "eligible_groups" => {
                *value = "Integrations- und Ausländerbeirat Dresden\nMigrantenorganisationen"
            }
            "working_groups" => *value = "Arbeit | 10\nBildung | 10",
            _ => {}
        }
    }
    let created = organiser.post(path, &form).await;
    assert_eq!(created.status(), 303);
    let again = organiser.post(path, &form).await;
    assert_eq!(again.status(), 422, "the short name is taken now");

    let (_, process) = app.page("/processes/integrationskonzept-dresden").await;
    let ids = crate::event_links(&process);
    assert_eq!(ids.len(), 4);
    let new = *ids.iter().max().unwrap();
    let (_, page) = app.page(&format!("/events/{new}")).await;
    let text = visible_text(&page);
    for fact in [
        "Nachtreffen der Beiräte",
        "Samstag, 10. Juli 2021, 17:00–19:30 Uhr",
        "Kulturrathaus",
        "Königstraße 15, 01097 Dresden",
        "Noch 20 von 20 Plätzen frei",
        "Montag, 5. Juli 2021",
        "Migrantenorganisationen",
        "Bildung",
    ] {
        assert!(text.contains(fact), "{fact:?} missing: {text}");
    }
    let helper = app
        .staff("helper@example.org", false, &[Role::CheckIn])
        .await;
    assert_eq!(helper.post(path, &form).await.status(), 403);
}

#[tokio::test]
async fn an_admin_creates_a_process_with_phases_and_fields_of_action() {
    let app = TestApp::spawn().await;
    let admin = app.staff("admin@example.org", true, &[]).await;
    let organiser = app.staff("organiser@example.org", false, &[]).await;
    let mut form = vec![
        ("process_slug", "integrationskonzept-leipzig"),
        ("title_de", "Integrationskonzept Leipzig"),
        ("title_en", "Leipzig integration concept"),
        ("motto_de", "Zusammen leben"),
        ("organiser_de", "Referat für Migration und Integration"),
        ("time_zone", "Europe/Berlin"),
        (
            "phases",
            "participation | 2021-06-01 | 2021-06-30 | Beteiligung\nimplementation | 2021-07-01 | 2021-06-01 | Umsetzung",
        ),
        ("fields", "wohnen | Wohnen\nsprache | Spracherwerb"),
        ("published", "yes"),
    ];
    assert_eq!(
        organiser.post("/admin/processes/new", &form).await.status(),
        403,
        "admins only"
    );
    let refused = admin.post("/admin/processes/new", &form).await;
    assert_eq!(
        refused.status(),
        422,
        "the second phase ends before it starts"
    );
    assert!(refused.text().await.unwrap().contains("href=\"#phases\""));
    form[6].1 = "participation | 2021-06-01 | 2021-06-30 | Beteiligung\nimplementation | 2021-07-01 | 2026-12-31 | Umsetzung";
    let created = admin.post("/admin/processes/new", &form).await;
    assert_eq!(created.status(), 303);
    assert_eq!(
        created.headers()["location"],
        "/admin/processes/integrationskonzept-leipzig/events/new"
    );
    let (status, html) = app.page("/processes/integrationskonzept-leipzig").await;
    assert_eq!(status, 200);
    let text = visible_text(&html);
    for fact in [
        "Integrationskonzept Leipzig",
        "Zusammen leben",
        "Beteiligung",
        "Umsetzung",
        "Wohnen",
        "Spracherwerb",
    ] {
        assert!(text.contains(fact), "{fact:?} missing: {text}");
    }
    let (_, english) = app
        .page("/processes/integrationskonzept-leipzig?lang=en")
        .await;
    assert!(visible_text(&english).contains("Leipzig integration concept"));
    assert_eq!(
        admin.post("/admin/processes/new", &form).await.status(),
        422,
        "the slug is taken"
    );
}

#[tokio::test]
async fn extra_questions_are_added_in_the_back_office_and_asked_on_the_form() {
    let app = TestApp::with_dresden().await;
    let first = events(&app).await[0];
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let added = organiser
        .post(
            &format!("/admin/events/{first}/questions"),
            &[
                ("question_de", "Bringen Sie Kinder mit?"),
                ("question_ar", "هل ستحضر أطفالًا؟"),
                ("required", "yes"),
            ],
        )
        .await;
    assert_eq!(added.status(), 303);
    let (_, form) = app.page(&format!("/events/{first}/register?lang=ar")).await;
    assert!(form.contains("هل ستحضر أطفالًا؟"));
    let question = app.store.questions_of(EventId(first)).await.unwrap()[0].id;
    let removed = organiser
        .post(
            &format!("/admin/events/{first}/questions/{question}/delete"),
            &[],
        )
        .await;
    assert_eq!(removed.status(), 303);
    assert!(
        app.store
            .questions_of(EventId(first))
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn an_organiser_edits_the_process_and_translates_phases_and_fields() {
    let app = TestApp::with_dresden().await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let path = "/admin/processes/integrationskonzept-dresden/edit";
    let page = organiser.get(path).await.text().await.unwrap();
    assert!(
        page.contains("participation | 2021-06-11 | 2021-07-18 | Beteiligung"),
        "phases with their translations"
    );
    assert!(
        page.contains("spracherwerb | Spracherwerb und Sprachförderung | ar:"),
        "fields with their translations"
    );
    let fields_before = app
        .store
        .fields_of_action(
            app.store
                .process_by_slug("integrationskonzept-dresden")
                .await
                .unwrap()
                .unwrap()
                .id,
        )
        .await
        .unwrap();
    let form = [
        (
            "title_de",
            "Fortschreibung des Dresdner Integrationskonzeptes",
        ),
        ("organiser_de", "Integrations- und Ausländerbeauftragte"),
        (
            "phases",
            "participation | 2021-06-11 | 2021-07-18 | Beteiligung | en: Taking part | ar: المشاركة",
        ),
        (
            "fields",
            "spracherwerb | Sprache | en: Language\nsport | Sport | en: Sport\nneu | Digitale Teilhabe | en: Digital participation",
        ),
        ("published", "yes"),
    ];
    let saved = organiser.post(path, &form).await;
    assert_eq!(saved.status(), 200);
    let (_, english) = app
        .page("/processes/integrationskonzept-dresden?lang=en")
        .await;
    let text = visible_text(&english);
    assert!(text.contains("Taking part"), "{text}");
    assert!(text.contains("Digital participation"));
    assert!(text.contains("Language"));
    let process = app
        .store
        .process_by_slug("integrationskonzept-dresden")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(process.phases.len(), 1);
    let fields_after = app.store.fields_of_action(process.id).await.unwrap();
    assert_eq!(
        fields_after.len(),
        fields_before.len() + 1,
        "fields are kept, one is added"
    );
    assert_eq!(
        fields_after[0].id, fields_before[0].id,
        "an edited field keeps its identity"
    );
    let bad = organiser
        .post(
            path,
            &[
                ("title_de", ""),
                ("organiser_de", "X"),
                ("phases", "nonsense"),
                ("fields", ""),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let moderator = app
        .staff("moderator@example.org", false, &[Role::Moderator])
        .await;
    assert_eq!(moderator.get(path).await.status(), 403);
}

#[tokio::test]
async fn a_venue_is_edited_once_and_every_event_there_shows_it() {
    let app = TestApp::with_dresden().await;
    let ids = events(&app).await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let edit_page = organiser
        .get(&format!("/admin/events/{}/edit", ids[0]))
        .await
        .text()
        .await
        .unwrap();
    let venue_path = edit_page
        .split("href=\"/admin/venues/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|id| format!("/admin/venues/{id}"))
        .expect("a link to the venue");
    let saved = organiser
        .post(
            &venue_path,
            &[
                ("name_de", "Dresdner Rathaus"),
                ("entrance_de", "Eingang Goldene Pforte"),
                (
                    "accessibility_de",
                    "Stufenloser Zugang über den Seiteneingang, Aufzug vorhanden.",
                ),
                (
                    "accessibility_en",
                    "Step-free access through the side entrance, lift available.",
                ),
                ("street", "Rathausplatz 1"),
                ("postal_code", "01067"),
                ("city", "Dresden"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 200);
    for id in &ids {
        let (_, html) = app.page(&format!("/events/{id}")).await;
        assert!(
            visible_text(&html).contains("Stufenloser Zugang"),
            "event {id}"
        );
    }
    let (_, english) = app.page(&format!("/events/{}?lang=en", ids[1])).await;
    assert!(visible_text(&english).contains("Step-free access"));
    let helper = app
        .staff("helper@example.org", false, &[Role::CheckIn])
        .await;
    assert_eq!(helper.get(&venue_path).await.status(), 403);
}

#[tokio::test]
async fn groups_are_renamed_translated_resized_and_kept_while_chosen() {
    let app = TestApp::with_dresden().await;
    let reserved = events(&app).await[1];
    awaiting(&app, reserved, "olga@example.org").await;
    let organiser = app
        .staff("organiser@example.org", false, &[Role::Organiser])
        .await;
    let page = organiser
        .get(&format!("/admin/events/{reserved}/edit"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Mitglieder des Dresdner Integrations- und Ausländerbeirats | ar:"),
        "groups with translations"
    );
    assert!(
        page.contains("Sprache, Bildung und Arbeit | 17 | ar:"),
        "working groups with their size"
    );
    let path = format!("/admin/events/{reserved}/groups");
    let two_groups = [
        (
            "eligible_groups",
            "Integrations- und Ausländerbeirat Dresden | en: Dresden integration council\nMigrantenorganisationen",
        ),
        ("working_groups", "Sprache | 20 | en: Language\nWohnen | 20"),
    ];
    // Someone chose the last of the five groups: it cannot go.
    let event = app
        .store
        .public_event(EventId(reserved))
        .await
        .unwrap()
        .unwrap();
    let last = event.eligible_groups[4].id.to_string();
    let response = app
        .post_form(
            &format!("/events/{reserved}/register"),
            &[
                ("given_name", "Kofi"),
                ("family_name", "Mensah"),
                ("email", "kofi@example.org"),
                ("organisation", "Beirat Leipzig"),
                ("eligible_group", &last),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let in_use = organiser.post(&path, &two_groups).await;
    assert!(
        in_use.headers()["location"]
            .to_str()
            .unwrap()
            .contains("groups=in-use")
    );
    let kofi = app
        .store
        .registrations_of(EventId(reserved))
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.email == "kofi@example.org")
        .unwrap();
    app.store
        .reject(kofi.id, "", app.clock_now())
        .await
        .unwrap();
    let saved = organiser
        .post(
            &path,
            &[
                ("eligible_groups", "Integrations- und Ausländerbeirat Dresden | en: Dresden integration council\nMigrantenorganisationen"),
                ("working_groups", "Sprache | 20 | en: Language\nWohnen | 20"),
            ],
        )
        .await;
    assert!(
        saved.headers()["location"]
            .to_str()
            .unwrap()
            .contains("groups=saved"),
        "{:?}",
        saved.headers()["location"]
    );
    let (_, english) = app.page(&format!("/events/{reserved}?lang=en")).await;
    let text = visible_text(&english);
    assert!(
        text.contains("Dresden integration council") && text.contains("Language"),
        "{text}"
    );
    let event = app
        .store
        .public_event(EventId(reserved))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(event.eligible_groups.len(), 2);
    assert_eq!(event.working_groups.len(), 2);
    let in_use = organiser
        .post(&path, &[("eligible_groups", ""), ("working_groups", "")])
        .await;
    assert!(
        in_use.headers()["location"]
            .to_str()
            .unwrap()
            .contains("groups=invalid"),
        "a reserved event keeps a group"
    );
}

#[tokio::test]
async fn the_outbox_names_each_mails_state_in_the_readers_language() {
    let app = TestApp::with_dresden().await;
    let reserved = events(&app).await[1];
    awaiting(&app, reserved, "olga@example.org").await;
    let admin = app.staff("admin@example.org", true, &[]).await;
    let state_cell =
        |html: &str, state: &str| html.contains(&format!("<td class=\"kern-table__cell\">{state}"));

    let html = admin.get("/admin/outbox").await.text().await.unwrap();
    assert!(state_cell(&html, "Wartet"), "{html}");
    assert!(!state_cell(&html, "pending"), "{html}");
    app.run_jobs().await;
    let html = admin
        .get("/admin/outbox?lang=en")
        .await
        .text()
        .await
        .unwrap();
    assert!(state_cell(&html, "Sent"), "{html}");
    assert!(!state_cell(&html, "sent"), "{html}");
}
