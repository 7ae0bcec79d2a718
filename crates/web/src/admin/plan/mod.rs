//! The action plan in the back office: goals and measures per field of action; a measure's
//! texts, status, progress updates and origins.

use super::Staff;
use super::edit::localized;
pub(super) use super::edit::{TextField, text_fields_for};
use super::events::Choice;
use crate::base::labels::status_label;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{LocalizedText, MeasureStatus, Permission, Process, ProcessId};
use serde::Deserialize;
use std::collections::HashMap;

mod board;
mod goals;
mod measures;
mod progress;

pub use board::{add_goal, add_measure, plan};
pub use goals::{delete_goal, goal, save_goal};
pub use measures::{delete_measure, measure, save_measure};
pub use progress::{add_origin, add_update, remove_origin};

/// The longest description, note or list of indicators, in characters per language.
const MAX_LONG_TEXT: usize = 10_000;

/// The form values of a translatable text as it is stored.
pub(super) fn put_text(form: &mut HashMap<String, String>, name: &str, text: &LocalizedText) {
    for (tag, value) in text.translations() {
        form.insert(format!("{name}_{tag}"), value.clone());
    }
}

/// Reads a translatable text from a form. German is needed when the text is required and
/// whenever a translation is given, because German is what every reader falls back to.
pub(super) fn read_text(
    tr: &Tr,
    form: &HashMap<String, String>,
    name: &str,
    required: bool,
    max: usize,
) -> Result<LocalizedText, String> {
    let raw = localized(form, name);
    if raw.values().any(|v| v.trim().chars().count() > max) {
        return Err(tr.args(
            "plan-admin-error-too-long",
            &[("max", Arg::Num(max as i64))],
        ));
    }
    if !required && raw.values().all(|v| v.trim().is_empty()) {
        return Ok(LocalizedText::empty());
    }
    LocalizedText::parse(raw, "text").map_err(|_| tr.t("plan-admin-error-german"))
}

/// The confirmation shown after a change, by the `done` value of the address.
pub(super) fn done_message(tr: &Tr, done: &str) -> String {
    match done {
        "goal-added" => tr.t("plan-admin-done-goal-added"),
        "goal-saved" => tr.t("plan-admin-done-goal-saved"),
        "goal-deleted" => tr.t("plan-admin-done-goal-deleted"),
        "measure-added" => tr.t("plan-admin-done-measure-added"),
        "measure-saved" => tr.t("plan-admin-done-measure-saved"),
        "measure-deleted" => tr.t("plan-admin-done-measure-deleted"),
        "update-added" => tr.t("plan-admin-done-update-added"),
        "origin-added" => tr.t("plan-admin-done-origin-added"),
        "origin-removed" => tr.t("plan-admin-done-origin-removed"),
        "result-added" => tr.t("plan-admin-done-result-added"),
        "result-saved" => tr.t("plan-admin-done-result-saved"),
        "result-deleted" => tr.t("plan-admin-done-result-deleted"),
        _ => String::new(),
    }
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    pub(super) done: String,
}

fn status_choices(tr: &Tr, selected: &str) -> Vec<Choice> {
    MeasureStatus::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().to_owned(),
            label: Txt::plain(&status_label(tr, *s)),
            selected: s.as_str() == selected,
        })
        .collect()
}

async fn process_by_id(
    state: &AppState,
    staff: &Staff,
    id: ProcessId,
) -> Result<Process, AppError> {
    staff.require(Permission::EditContent, id)?;
    state
        .store
        .process_by_id(id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Deleting a goal or a measure takes a ticked box, so one click can't do it.
#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    confirm: Option<String>,
}

fn unprocessable(
    page: Result<axum::response::Html<String>, AppError>,
) -> Result<Response, AppError> {
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page?).into_response())
}

// ---------------------------------------------------------------------------------------------
// The list of processes

pub struct PlanProcess {
    pub slug: String,
    pub title: Txt,
    pub events: Vec<(i64, Txt)>,
}

#[derive(Template)]
#[template(path = "admin/plan_index.html")]
struct IndexPage {
    tr: Tr,
    chrome: Chrome,
    processes: Vec<PlanProcess>,
}

/// The processes whose plan and workshop results this staff member may edit.
pub async fn index(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let mut processes = Vec::new();
    for process in state.store.all_processes().await? {
        if !staff.0.may(Permission::EditContent, process.id) {
            continue;
        }
        let events = state
            .store
            .public_events(process.id)
            .await?
            .iter()
            .map(|e| (e.id.0, content.pick(&e.title)))
            .collect();
        processes.push(PlanProcess {
            slug: process.slug.to_string(),
            title: content.pick(&process.title),
            events,
        });
    }
    Ok(html(IndexPage {
        chrome: ctx.chrome(tr.t("plan-admin-nav"), &content),
        processes,
        tr,
    })?
    .into_response())
}
