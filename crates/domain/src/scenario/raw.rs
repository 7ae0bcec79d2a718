//! The shape of `scenarios/*.toml` as written, before any value is checked.

use serde::Deserialize;
use std::collections::BTreeMap;

pub(super) type Texts = BTreeMap<String, String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScenario {
    pub(super) process: RawProcess,
    #[serde(default)]
    pub(super) phases: Vec<RawPhase>,
    #[serde(default)]
    pub(super) venues: Vec<RawVenue>,
    #[serde(default)]
    pub(super) fields: Vec<RawField>,
    #[serde(default)]
    pub(super) events: Vec<RawEvent>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawProcess {
    pub(super) slug: String,
    pub(super) time_zone: String,
    pub(super) title: Texts,
    #[serde(default)]
    pub(super) motto: Texts,
    #[serde(default)]
    pub(super) summary: Texts,
    pub(super) organiser: Texts,
    pub(super) organiser_person: Option<String>,
    pub(super) contact_email: Option<String>,
    pub(super) source_url: Option<String>,
    #[serde(default)]
    pub(super) analysis_title: Texts,
    #[serde(default)]
    pub(super) analysis_summary: Texts,
    #[serde(default)]
    pub(super) plan_title: Texts,
    #[serde(default)]
    pub(super) plan_summary: Texts,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhase {
    pub(super) kind: String,
    pub(super) title: Texts,
    #[serde(default)]
    pub(super) description: Texts,
    pub(super) starts_on: String,
    pub(super) ends_on: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawVenue {
    pub(super) key: String,
    pub(super) name: Texts,
    pub(super) street: String,
    pub(super) postal_code: String,
    pub(super) city: String,
    #[serde(default)]
    pub(super) entrance: Texts,
    #[serde(default)]
    pub(super) accessibility: Texts,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawField {
    pub(super) slug: String,
    pub(super) title: Texts,
    #[serde(default)]
    pub(super) description: Texts,
    #[serde(default)]
    pub(super) example: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    pub(super) slug: String,
    pub(super) title: Texts,
    #[serde(default)]
    pub(super) description: Texts,
    #[serde(default)]
    pub(super) audience: Texts,
    pub(super) date: String,
    pub(super) starts: String,
    pub(super) ends: String,
    pub(super) venue: String,
    pub(super) capacity: i64,
    pub(super) registration_opens: Option<String>,
    pub(super) registration_deadline: String,
    #[serde(default)]
    pub(super) fee_cents: u32,
    pub(super) access: String,
    #[serde(default)]
    pub(super) eligible_groups: Vec<Texts>,
    pub(super) allocation: String,
    pub(super) waiting_list: bool,
    pub(super) status: String,
    #[serde(default)]
    pub(super) on_site_notes: Texts,
    #[serde(default)]
    pub(super) working_groups: Vec<RawWorkingGroup>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWorkingGroup {
    pub(super) title: Texts,
    #[serde(default)]
    pub(super) description: Texts,
    pub(super) capacity: Option<i64>,
    #[serde(default)]
    pub(super) example: bool,
}
