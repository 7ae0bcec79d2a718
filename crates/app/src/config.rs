//! Configuration: defaults, then `mitwirken.toml`, then `MITWIRKEN_*` variables, then command-line flags.

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use mitwirken_jobs::MailConfig;
use mitwirken_web::{RegistrationConfig, SiteConfig};
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; empty means `mitwirken.db` in the data dir.
    pub database_url: String,
    /// `json`, `text`, or `auto` (text on a terminal, JSON otherwise).
    pub log_format: LogFormat,
    #[serde(default)]
    pub site: SiteConfig,
    #[serde(default)]
    pub registration: RegistrationConfig,
    #[serde(default)]
    pub mail: MailConfig,
    /// 64 hex digits; instances sharing a database must share it. Empty: kept in `secret.key` in the data dir.
    #[serde(default)]
    pub secret_key: String,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Auto,
    Json,
    Text,
}

/// Values given on the command line; only those present override the rest.
#[derive(Debug, Default, Serialize)]
pub struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
}

#[derive(Serialize)]
struct Defaults {
    bind: &'static str,
    data_dir: &'static str,
    database_url: &'static str,
    log_format: &'static str,
}

impl Config {
    /// Reads every source; an error names the key and where the bad value came from.
    pub fn load(file: Option<&Path>, overrides: Overrides) -> Result<Config, Box<figment::Error>> {
        let defaults = Defaults {
            bind: "127.0.0.1:8080",
            data_dir: "./data",
            database_url: "",
            log_format: "auto",
        };
        let mut figment = Figment::from(Serialized::defaults(defaults));
        figment = match file {
            Some(path) => figment.merge(Toml::file_exact(path)),
            None => figment.merge(Toml::file("mitwirken.toml")),
        };
        figment
            .merge(
                Env::prefixed("MITWIRKEN_")
                    .filter(|key| {
                        let key = key.as_str().to_ascii_lowercase();
                        [
                            "bind",
                            "data_dir",
                            "database_url",
                            "log_format",
                            "secret_key",
                        ]
                        .contains(&key.as_str())
                            || ["site__", "registration__", "mail__"]
                                .iter()
                                .any(|section| key.starts_with(section))
                    })
                    .split("__"),
            )
            .merge(Serialized::defaults(overrides))
            .extract()
            .map_err(Box::new)
    }

    pub fn database_url(&self) -> String {
        if self.database_url.is_empty() {
            format!("sqlite://{}", self.data_dir.join("mitwirken.db").display())
        } else {
            self.database_url.clone()
        }
    }
}
