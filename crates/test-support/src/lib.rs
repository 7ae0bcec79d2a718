//! TestApp: the real router on 127.0.0.1:0 against a fresh database, SQLite by default or
//! PostgreSQL when `TEST_DATABASE_URL` names a server, with a clock the test can move, and a real
//! SMTP server that receives the mails when the test runs the background jobs.

pub mod smtp;

use jiff::Timestamp;
use mitwirken_auth::Keys;
use mitwirken_domain::FixedClock;
use mitwirken_domain::scenario::{DRESDEN_2021, Scenario};
use mitwirken_jobs::{Environment, MailConfig, Transport};
use mitwirken_store::{LoadOutcome, Store};
use mitwirken_web::{AppState, SiteConfig, build_router};
use sea_orm::{ConnectionTrait, Database};
pub use smtp::SmtpServer;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// Monday, 14 June 2021, 12:00 in Dresden: registration for all three events is open.
pub const BEFORE_DEADLINE: &str = "2021-06-14T10:00:00Z";

/// A database that exists for one test and is removed afterwards.
pub enum TestDb {
    /// Another instance's database, removed by that instance.
    Shared,
    Sqlite {
        _dir: tempfile::TempDir,
        url: String,
    },
    Postgres {
        server: String,
        name: String,
        url: String,
    },
}

impl TestDb {
    pub async fn create() -> TestDb {
        match std::env::var("TEST_DATABASE_URL") {
            Ok(server) if !server.is_empty() => {
                static COUNTER: AtomicU32 = AtomicU32::new(0);
                let name = format!(
                    "mitwirken_test_{}_{}_{}",
                    std::process::id(),
                    Timestamp::now().as_microsecond(),
                    COUNTER.fetch_add(1, Ordering::SeqCst)
                );
                let admin = Database::connect(&server)
                    .await
                    .unwrap_or_else(|e| panic!("TEST_DATABASE_URL {server} is not reachable: {e}"));
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create the test database");
                let _ = admin.close().await;
                let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
                let url = format!("{base}/{name}");
                TestDb::Postgres { server, name, url }
            }
            _ => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}", dir.path().join("mitwirken.db").display());
                TestDb::Sqlite { _dir: dir, url }
            }
        }
    }

    pub fn url(&self) -> &str {
        match self {
            TestDb::Sqlite { url, .. } | TestDb::Postgres { url, .. } => url,
            TestDb::Shared => "",
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Postgres { server, name, .. } = self {
            let (server, name) = (server.clone(), name.clone());
            // Dropping runs outside the test's runtime, which may be shutting down.
            let _ = std::thread::spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                rt.block_on(async {
                    if let Ok(admin) = Database::connect(&server).await {
                        let _ = admin
                            .execute_unprepared(&format!(
                                "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                            ))
                            .await;
                        let _ = admin.close().await;
                    }
                });
            })
            .join();
        }
    }
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub clock: FixedClock,
    pub store: Store,
    pub state: AppState,
    pub smtp: SmtpServer,
    pub transport: Transport,
    server: tokio::task::JoinHandle<()>,
    _db: TestDb,
}

impl TestApp {
    /// An app on an empty, migrated database, its clock at [`BEFORE_DEADLINE`].
    pub async fn spawn() -> TestApp {
        let db = TestDb::create().await;
        let store = Store::connect(db.url())
            .await
            .expect("connect to the test database");
        store.migrate().await.expect("migrate the test database");
        let clock = FixedClock::new(BEFORE_DEADLINE.parse().expect("valid instant"));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = format!("http://{}", listener.local_addr().expect("local address"));
        let site = SiteConfig {
            base_url: address.clone(),
            operator: "Landeshauptstadt Dresden".to_owned(),
            contact_email: "beteiligung@example.org".to_owned(),
            ..SiteConfig::default()
        };
        let state = AppState::new(
            store.clone(),
            Arc::new(clock.clone()),
            site,
            Keys::generate(),
        );
        let router = build_router(state.clone());
        let smtp = SmtpServer::start().await;
        let mail = MailConfig {
            from: "Beteiligung Dresden <beteiligung@example.org>".to_owned(),
            smtp_url: smtp.url(),
        };
        let transport =
            Transport::new(&mail, std::env::temp_dir().as_path()).expect("SMTP transport");
        let server = tokio::spawn(async move {
            let _ = axum_serve(listener, router).await;
        });
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("http client");
        TestApp {
            address,
            client,
            clock,
            store,
            state,
            smtp,
            transport,
            server,
            _db: db,
        }
    }

    /// A second app instance on the same database, as a load balancer's second backend.
    pub async fn second_instance(&self) -> TestApp {
        let store = Store::connect(self._db.url())
            .await
            .expect("connect a second instance");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = format!("http://{}", listener.local_addr().expect("local address"));
        let mut state = self.state.clone();
        state.store = store.clone();
        let router = build_router(state.clone());
        let server = tokio::spawn(async move {
            let _ = axum_serve(listener, router).await;
        });
        TestApp {
            address,
            client: self.client.clone(),
            clock: self.clock.clone(),
            store,
            state,
            smtp: self.smtp.clone(),
            transport: self.transport.clone(),
            server,
            _db: TestDb::Shared,
        }
    }

    /// An app with the Dresden scenario loaded with its 2021 dates.
    pub async fn with_dresden() -> TestApp {
        let app = TestApp::spawn().await;
        let outcome = app.load_dresden().await;
        assert!(matches!(outcome, LoadOutcome::Loaded { shifted_weeks: 0 }));
        app
    }

    pub async fn load_dresden(&self) -> LoadOutcome {
        let scenario = Scenario::parse(DRESDEN_2021).expect("the Dresden scenario parses");
        self.store
            .load_scenario(
                &scenario,
                0,
                BEFORE_DEADLINE.parse().expect("valid instant"),
            )
            .await
            .expect("load the Dresden scenario")
    }

    /// Runs the background jobs once, as the worker would: expiry, then sending mail over SMTP.
    pub async fn run_jobs(&self) -> usize {
        mitwirken_jobs::run_once(&self.worker())
            .await
            .expect("background jobs run")
    }

    /// The worker's context, sharing the server's store, clock, keys and wake-up for queued mail.
    pub fn worker(&self) -> Environment {
        Environment {
            store: self.state.store.clone(),
            clock: self.state.clock.clone(),
            keys: self.state.keys.clone(),
            base_url: self.state.site.base_url.clone(),
            mail_queued: self.state.mail_queued.clone(),
            transport: self.transport.clone(),
        }
    }

    /// Mails received by the SMTP server for `address`, quoted-printable parts decoded.
    pub fn mails_to(&self, address: &str) -> Vec<String> {
        self.smtp
            .messages()
            .into_iter()
            .filter(|m| {
                m.lines()
                    .any(|l| l.starts_with("To:") && l.contains(address))
            })
            .map(|m| decode_quoted_printable(&m))
            .collect()
    }

    /// The first link to `path_prefix` (e.g. `/confirm/`) in the newest mail to `address`.
    pub fn link_in_mail(&self, address: &str, path_prefix: &str) -> Option<String> {
        let mail = self.mails_to(address).pop()?;
        let start = mail.find(path_prefix)?;
        let tail = &mail[start..];
        let end = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '-'))
            .unwrap_or(tail.len());
        Some(tail[..end].to_owned())
    }

    /// Confirms the registration of `email` for `event` as its owner would, with the link from
    /// the confirmation mail; returns the registration's id.
    pub async fn confirm_address(&self, event: i64, email: &str) -> i64 {
        let registration = self
            .store
            .registrations_of(mitwirken_domain::EventId(event))
            .await
            .expect("read registrations")
            .into_iter()
            .find(|r| r.email == email)
            .expect("the address registered");
        let token = self.state.keys.token(
            mitwirken_auth::token::Purpose::Confirm,
            &registration.token_nonce,
        );
        let response = self
            .post_form(&format!("/confirm/{}", token.as_str()), &[])
            .await;
        assert_eq!(response.status(), 303, "confirming {email}");
        registration.id
    }

    /// A POST of a form, as a browser on this site sends it.
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("request reaches the app")
    }

    /// A staff member with these roles in the Dresden process, signed in through the login form.
    pub async fn staff(
        &self,
        email: &str,
        is_admin: bool,
        roles: &[mitwirken_domain::Role],
    ) -> StaffBrowser {
        let password = "correct horse battery staple";
        let id = self
            .store
            .create_staff(email, email, password, is_admin, self.clock_now())
            .await
            .expect("create a staff account");
        if let Some(process) = self
            .store
            .process_by_slug("integrationskonzept-dresden")
            .await
            .expect("read the process")
        {
            for role in roles {
                self.store
                    .grant(id, process.id, *role)
                    .await
                    .expect("grant a role");
            }
        }
        let response = self
            .post_form(
                "/admin/login",
                &[("email", email), ("password", password), ("next", "/admin")],
            )
            .await;
        assert_eq!(response.status(), 303, "sign-in of {email}");
        let cookie = response
            .headers()
            .get("set-cookie")
            .and_then(|c| c.to_str().ok())
            .and_then(|c| c.split(';').next())
            .expect("a session cookie")
            .to_owned();
        StaffBrowser {
            address: self.address.clone(),
            client: self.client.clone(),
            cookie,
        }
    }

    /// A participant signed in through the sign-in link mailed to `email`, with `name` chosen
    /// on their page; the mail travels through the outbox and the SMTP server like any other.
    pub async fn participant(&self, email: &str, name: &str, locale: &str) -> Browser {
        let response = self
            .post_form("/signin", &[("email", email), ("next", "/me")])
            .await;
        assert_eq!(response.status(), 200, "sign-in link requested for {email}");
        self.run_jobs().await;
        let link = self
            .link_in_mail(email, "/signin/")
            .expect("a sign-in link in the mail");
        let response = self.post_form(&link, &[]).await;
        assert_eq!(response.status(), 303, "sign-in link used by {email}");
        let cookie = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|c| c.to_str().ok())
            .find(|c| c.starts_with("mw_session="))
            .and_then(|c| c.split(';').next())
            .expect("a participant session cookie")
            .to_owned();
        let browser = Browser {
            address: self.address.clone(),
            client: self.client.clone(),
            cookie,
        };
        let response = browser
            .post("/me/profile", &[("display_name", name), ("locale", locale)])
            .await;
        assert_eq!(response.status(), 303, "profile of {email} saved");
        browser
    }

    /// The test database's URL, for a test that writes rows no screen of this build creates.
    pub fn database_url(&self) -> &str {
        self._db.url()
    }

    pub fn clock_now(&self) -> Timestamp {
        mitwirken_domain::Clock::now(&self.clock)
    }

    pub fn at(&self, instant: &str) {
        self.clock.set(instant.parse().expect("valid instant"));
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request reaches the app")
    }

    /// A GET with one extra request header, as a browser with a cookie or a language sends it.
    pub async fn get_with(&self, path: &str, header: &str, value: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header(header, value)
            .send()
            .await
            .expect("request reaches the app")
    }

    /// Status and body of a page.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    pub async fn json(&self, path: &str) -> (u16, serde_json::Value) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.json().await.expect("a JSON body"))
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn axum_serve(
    listener: tokio::net::TcpListener,
    router: axum::Router,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .await
}

/// Undoes quoted-printable encoding (RFC 2045 §6.7) so tests can read what a mail program shows.
pub fn decode_quoted_printable(raw: &str) -> String {
    let unfolded = raw.replace("=\r\n", "").replace("=\n", "");
    let bytes = unfolded.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(byte) = u8::from_str_radix(&unfolded[i + 1..i + 3], 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A browser with a session cookie, of a staff member or of a participant.
pub type StaffBrowser = Browser;

/// A browser holding one session cookie.
pub struct Browser {
    pub address: String,
    pub client: reqwest::Client,
    pub cookie: String,
}

impl Browser {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header("cookie", &self.cookie)
            .send()
            .await
            .expect("request reaches the app")
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("cookie", &self.cookie)
            .header("origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("request reaches the app")
    }
}

/// The text of a PDF as `pdftotext` (poppler-utils) reads it. `None` when the tool is missing and
/// the run does not require it; `scripts/test` sets `MITWIRKEN_REQUIRE_TOOLS=1`, so there it fails.
pub fn pdf_text(pdf: &[u8]) -> Option<String> {
    let required = std::env::var("MITWIRKEN_REQUIRE_TOOLS").is_ok_and(|v| v == "1");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("document.pdf");
    std::fs::write(&path, pdf).expect("write the PDF");
    match std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(output) if output.status.success() => {
            Some(String::from_utf8_lossy(&output.stdout).into_owned())
        }
        Ok(output) => panic!(
            "pdftotext refused the PDF: {}",
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(e) if !required => {
            eprintln!(
                "pdftotext is not installed ({e}); the PDF's text is not checked in this run"
            );
            None
        }
        Err(e) => panic!("pdftotext is required here but cannot run: {e}"),
    }
}
