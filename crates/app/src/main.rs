//! The `mitwirken` binary: serve the platform, apply migrations, load the Dresden demo.

mod config;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use config::{Config, LogFormat, Overrides};
use mitwirken_auth::Keys;
use mitwirken_domain::scenario::demo_content::{DRESDEN_2021_CONTENT, DemoContent};
use mitwirken_domain::scenario::{DRESDEN_2021, Scenario};
use mitwirken_domain::{Clock, Role, SystemClock};
use mitwirken_jobs::{Environment, Transport};
use mitwirken_store::{LoadOutcome, Store};
use mitwirken_web::{AppState, build_router};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "mitwirken",
    version,
    about = "Public participation, from the first event to the action plan"
)]
struct Cli {
    /// Configuration file (default: mitwirken.toml in the working directory, if present)
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct DbArgs {
    /// Folder for the SQLite file and the mail folder [env: MITWIRKEN_DATA_DIR]
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// sqlite://… or postgres://… [env: MITWIRKEN_DATABASE_URL]
    #[arg(long, value_name = "URL")]
    database_url: Option<String>,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create a staff account; the password is read from MITWIRKEN_PASSWORD or the first line of standard input
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// May do everything, in every process
        #[arg(long)]
        admin: bool,
        /// A role in a process, as ROLE:PROCESS-SLUG (organiser, moderator or checkin); repeatable
        #[arg(long = "role", value_name = "ROLE:SLUG")]
        roles: Vec<String>,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web pages and the API
    Serve {
        /// Address to listen on [env: MITWIRKEN_BIND; default: 127.0.0.1:8080]
        #[arg(long, value_name = "ADDR")]
        bind: Option<String>,
        /// Also load the Dresden 2021 scenario, moved forward so that registration is open today
        #[arg(long)]
        demo: bool,
        /// Serve only; leave mail and expiry to `mitwirken worker` processes
        #[arg(long)]
        no_worker: bool,
        /// Also offer the pseudo-locale `?lang=qps-ploc`, for checking that no text is hard-coded
        #[arg(long, env = "MITWIRKEN_PSEUDO_LOCALE")]
        pseudo_locale: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Send mails and release expired holds, without serving pages
    Worker {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Manage staff accounts
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Apply the database migrations and exit
    Migrate {
        #[command(flatten)]
        db: DbArgs,
    },
    /// Load the Dresden 2021 scenario into the database
    Demo {
        /// Keep the dates of 2021 instead of moving them forward
        #[arg(long)]
        as_in_2021: bool,
        #[command(flatten)]
        db: DbArgs,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (overrides, command) = match cli.command {
        Command::Serve {
            bind,
            demo,
            no_worker,
            pseudo_locale,
            db,
        } => (
            Overrides {
                bind,
                data_dir: db.data_dir,
                database_url: db.database_url,
            },
            Run::Serve {
                demo,
                worker: !no_worker,
                pseudo_locale,
            },
        ),
        Command::Worker { db } => (
            Overrides {
                bind: None,
                data_dir: db.data_dir,
                database_url: db.database_url,
            },
            Run::Worker,
        ),
        Command::Admin {
            command:
                AdminCommand::CreateUser {
                    email,
                    name,
                    admin,
                    roles,
                    db,
                },
        } => (
            Overrides {
                bind: None,
                data_dir: db.data_dir,
                database_url: db.database_url,
            },
            Run::CreateUser {
                email,
                name,
                admin,
                roles,
            },
        ),
        Command::Migrate { db } => (
            Overrides {
                bind: None,
                data_dir: db.data_dir,
                database_url: db.database_url,
            },
            Run::Migrate,
        ),
        Command::Demo { as_in_2021, db } => (
            Overrides {
                bind: None,
                data_dir: db.data_dir,
                database_url: db.database_url,
            },
            Run::Demo { as_in_2021 },
        ),
    };
    let config = match Config::load(cli.config.as_deref(), overrides) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("mitwirken: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    init_logs(config.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("mitwirken: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(config, command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "stopped");
            eprintln!("mitwirken: {e:#}");
            ExitCode::FAILURE
        }
    }
}

enum Run {
    Serve {
        demo: bool,
        worker: bool,
        pseudo_locale: bool,
    },
    Worker,
    CreateUser {
        email: String,
        name: String,
        admin: bool,
        roles: Vec<String>,
    },
    Migrate,
    Demo {
        as_in_2021: bool,
    },
}

fn init_logs(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn,sea_orm_migration=warn"));
    let json = match format {
        LogFormat::Json => true,
        LogFormat::Text => false,
        LogFormat::Auto => !std::io::stderr().is_terminal(),
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .init();
    } else {
        builder.init();
    }
}

async fn open_store(config: &Config) -> Result<Store> {
    std::fs::create_dir_all(&config.data_dir).with_context(|| {
        format!(
            "cannot create the data folder {}",
            config.data_dir.display()
        )
    })?;
    let url = config.database_url();
    let store = Store::connect(&url).await.with_context(|| {
        format!(
            "cannot connect to the database {}",
            mitwirken_store::redact(&url)
        )
    })?;
    store
        .migrate()
        .await
        .context("cannot apply the database migrations")?;
    tracing::info!(backend = store.backend(), "database ready");
    Ok(store)
}

async fn load_demo(store: &Store, clock: &dyn Clock, move_dates: bool) -> Result<()> {
    let scenario =
        Scenario::parse(DRESDEN_2021).context("the built-in Dresden scenario is invalid")?;
    let now = clock.now();
    let weeks = if move_dates {
        scenario.demo_shift(now)
    } else {
        0
    };
    match store.load_scenario(&scenario, weeks, now).await? {
        LoadOutcome::Loaded { shifted_weeks } => {
            tracing::info!(process = %scenario.slug, shifted_weeks, "Dresden scenario loaded");
            let content = DemoContent::parse(DRESDEN_2021_CONTENT)
                .context("the built-in demo content is invalid")?;
            store
                .load_demo_content(scenario.slug.as_str(), &content, now)
                .await
                .context("cannot load the demo content")?;
            if move_dates
                && let Some(today) = store
                    .open_participation_for_demo(scenario.slug.as_str(), now)
                    .await?
            {
                tracing::info!(%today, "demo participation phase opened today");
            }
        }
        LoadOutcome::AlreadyPresent => {
            tracing::info!(process = %scenario.slug, "Dresden scenario already present, left as it is")
        }
    }
    Ok(())
}

/// The key from configuration, or the one kept in the data folder, created on first start.
fn load_keys(config: &Config) -> Result<Keys> {
    if !config.secret_key.is_empty() {
        return Keys::from_hex(&config.secret_key)
            .context("secret_key must be 64 hex digits (e.g. from `openssl rand -hex 32`)");
    }
    let path = config.data_dir.join("secret.key");
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            Keys::from_hex(&text).with_context(|| format!("{} is not a valid key", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let keys = Keys::generate();
            write_private(&path, &keys.to_hex())
                .with_context(|| format!("cannot write {}", path.display()))?;
            tracing::info!(path = %path.display(), "created a new secret key");
            Ok(keys)
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

async fn run(config: Config, command: Run) -> Result<()> {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let store = open_store(&config).await?;
    let mut site = config.site.clone();
    if site.base_url.is_empty() {
        site.base_url = format!("http://{}", config.bind);
    }
    let state = || -> Result<AppState> {
        Ok(AppState::new(
            store.clone(),
            clock.clone(),
            site.clone(),
            load_keys(&config)?,
        )
        .with_registration(config.registration.clone()))
    };
    // The worker shares the server's store, clock, keys and wake-up for queued mail.
    let environment = |state: &AppState| -> Result<Environment> {
        Ok(Environment {
            store: state.store.clone(),
            clock: state.clock.clone(),
            keys: state.keys.clone(),
            base_url: state.site.base_url.clone(),
            mail_queued: state.mail_queued.clone(),
            transport: Transport::new(&config.mail, &config.data_dir)
                .map_err(|e| anyhow::anyhow!("mail: {e}"))?,
        })
    };
    match command {
        Run::Migrate => Ok(()),
        Run::CreateUser {
            email,
            name,
            admin,
            roles,
        } => create_user(&store, clock.as_ref(), &email, &name, admin, &roles).await,
        Run::Demo { as_in_2021 } => load_demo(&store, clock.as_ref(), !as_in_2021).await,
        Run::Worker => {
            tracing::info!("worker started");
            mitwirken_jobs::run(
                environment(&state()?)?,
                Duration::from_secs(5),
                shutdown_signal(),
            )
            .await;
            store.close().await?;
            Ok(())
        }
        Run::Serve {
            demo,
            worker,
            pseudo_locale,
        } => {
            if pseudo_locale {
                mitwirken_web::i18n::offer_pseudo_locale();
            }
            if demo {
                load_demo(&store, clock.as_ref(), true).await?;
            }
            let state = state()?;
            let listener = tokio::net::TcpListener::bind(config.bind)
                .await
                .with_context(|| format!("cannot listen on {}", config.bind))?;
            let address = listener.local_addr()?;
            let (stop_worker, worker_stopped) = tokio::sync::oneshot::channel::<()>();
            let worker = if worker {
                Some(tokio::spawn(mitwirken_jobs::run(
                    environment(&state)?,
                    Duration::from_secs(5),
                    async {
                        let _ = worker_stopped.await;
                    },
                )))
            } else {
                None
            };
            tracing::info!(%address, "listening on http://{address}");
            // The peer's address reaches handlers for limits per client (see `ClientAddress`).
            let service =
                build_router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
            axum::serve(listener, service)
                .with_graceful_shutdown(shutdown_signal())
                .await
                .context("the server stopped with an error")?;
            let _ = stop_worker.send(());
            if let Some(worker) = worker {
                let _ = worker.await;
            }
            store.close().await?;
            tracing::info!("shut down cleanly");
            Ok(())
        }
    }
}

async fn create_user(
    store: &Store,
    clock: &dyn Clock,
    email: &str,
    name: &str,
    admin: bool,
    roles: &[String],
) -> Result<()> {
    let mut grants = Vec::new();
    for role in roles {
        let (role, slug) = role
            .split_once(':')
            .with_context(|| format!("--role {role:?}: write ROLE:PROCESS-SLUG"))?;
        let role = Role::parse(role).with_context(|| {
            format!("unknown role {role:?}: use organiser, moderator or checkin")
        })?;
        let process = store
            .process_by_slug(slug)
            .await?
            .with_context(|| format!("no process with the slug {slug:?}"))?;
        grants.push((process.id, role));
    }
    let password = match std::env::var("MITWIRKEN_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .context("cannot read the password from standard input")?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    if password.chars().count() < 12 {
        anyhow::bail!("the password must have at least 12 characters");
    }
    let id = store
        .create_staff(email, name, &password, admin, clock.now())
        .await
        .context("cannot create the account (does the address exist already?)")?;
    for (process, role) in grants {
        store.grant(id, process, role).await?;
    }
    tracing::info!(email, admin, "staff account created");
    println!("created staff account {email}");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
