use std::process::Command;

fn mitwirken() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mitwirken"));
    command
        .env_remove("MITWIRKEN_DATABASE_URL")
        .env("RUST_LOG", "error");
    command
}

#[test]
fn a_bad_configuration_value_names_its_key_and_source() {
    let dir = tempfile::tempdir().unwrap();
    let output = mitwirken()
        .args(["migrate", "--data-dir"])
        .arg(dir.path())
        .env("MITWIRKEN_BIND", "not-an-address")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.to_lowercase().contains("bind"), "{stderr}");
    assert!(stderr.contains("MITWIRKEN_"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_bad_value_in_the_configuration_file_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mitwirken.toml");
    std::fs::write(&file, "log_format = \"loud\"\n").unwrap();
    let output = mitwirken()
        .arg("--config")
        .arg(&file)
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("log_format"), "{stderr}");
    assert!(stderr.contains("mitwirken.toml"), "{stderr}");
}

#[test]
fn an_unreachable_database_is_reported_without_a_panic() {
    let output = mitwirken()
        .args([
            "migrate",
            "--database-url",
            "postgres://nobody:secret@127.0.0.1:1/none",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot connect to the database"),
        "{stderr}"
    );
    assert!(!stderr.contains("secret"), "password leaked: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn migrate_and_demo_create_the_database_and_load_once() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let status = mitwirken()
            .arg("demo")
            .arg("--data-dir")
            .arg(dir.path())
            .status()
            .unwrap();
        assert!(status.success());
    }
    assert!(dir.path().join("mitwirken.db").exists());
}

/// A port that was free a moment ago.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn passwords_tokens_and_session_cookies_never_reach_the_logs() {
    let dir = tempfile::tempdir().unwrap();
    let password = "correct horse battery staple";
    let created = mitwirken()
        .args([
            "admin",
            "create-user",
            "--email",
            "organiser@example.org",
            "--name",
            "O",
            "--data-dir",
        ])
        .arg(dir.path())
        .env("MITWIRKEN_PASSWORD", password)
        .output()
        .unwrap();
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    let port = free_port();
    let log = std::fs::File::create(dir.path().join("server.log")).unwrap();
    let mut server = Command::new(env!("CARGO_BIN_EXE_mitwirken"))
        .args([
            "serve",
            "--demo",
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(dir.path())
        .env("RUST_LOG", "debug")
        .env("MITWIRKEN_LOG_FORMAT", "json")
        .stderr(log)
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut ready = false;
    for _ in 0..100 {
        if client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status() == 200)
        {
            ready = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(ready, "the server did not come up");
    let post = |path: String, form: Vec<(&'static str, String)>, cookie: Option<String>| {
        let mut request = client
            .post(format!("{base}{path}"))
            .header("origin", &base)
            .form(&form);
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        request.send()
    };
    let registered = post(
        "/events/1/register".into(),
        vec![
            ("given_name", "Amira".into()),
            ("family_name", "Haddad".into()),
            ("email", "amira@example.org".into()),
            ("consent", "yes".into()),
        ],
        None,
    )
    .await
    .unwrap();
    assert_eq!(registered.status(), 303);
    // The worker sends the confirmation mail into the data folder.
    let mut link = None;
    for _ in 0..100 {
        if let Ok(entries) = std::fs::read_dir(dir.path().join("mail")) {
            for entry in entries.flatten() {
                let mail = mitwirken_test_support::decode_quoted_printable(
                    &std::fs::read_to_string(entry.path()).unwrap_or_default(),
                );
                if let Some(start) = mail.find("/confirm/") {
                    link = Some(mail[start..start + 9 + 64].to_owned());
                }
            }
        }
        if link.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let link = link.expect("a confirmation mail");
    let confirmed = post(link.clone(), vec![], None).await.unwrap();
    let manage = confirmed.headers()["location"].to_str().unwrap().to_owned();
    client.get(format!("{base}{manage}")).send().await.unwrap();
    let signed_in = post(
        "/admin/login".into(),
        vec![
            ("email", "organiser@example.org".into()),
            ("password", password.into()),
            ("next", "/admin".into()),
        ],
        None,
    )
    .await
    .unwrap();
    let cookie = signed_in.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(
        client
            .get(format!("{base}/admin"))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    // A second factor's secret is shown once on the page and must not be logged either.
    let totp_page = post("/admin/security/totp".into(), vec![], Some(cookie.clone()))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let totp_start = totp_page.find("<code>").expect("the new key is shown") + 6;
    let totp_secret = totp_page[totp_start..]
        .split('<')
        .next()
        .unwrap()
        .to_owned();
    Command::new("kill")
        .arg("-TERM")
        .arg(server.id().to_string())
        .status()
        .unwrap();
    assert!(server.wait().unwrap().success());

    let logs = std::fs::read_to_string(dir.path().join("server.log")).unwrap();
    assert!(
        logs.contains("/manage/***"),
        "the request log shows the path with the token replaced"
    );
    let confirm_token = link.trim_start_matches("/confirm/");
    let manage_token = manage.trim_start_matches("/manage/");
    let session = cookie.trim_start_matches("mw_staff=");
    for (what, secret) in [
        ("password", password),
        ("confirm token", confirm_token),
        ("manage token", manage_token),
        ("session token", session),
        ("second-factor secret", totp_secret.as_str()),
    ] {
        assert!(!logs.contains(secret), "the {what} is in the logs");
    }
}
