//! Proposals of goals and measures per field of action: the list with the form to propose, one
//! proposal with its supports, the organiser's answer and its comments, and the author's brief
//! edit and delete.

use crate::i18n::{Arg, Tr};
use crate::view::ErrorView;
use crate::{AppError, AppState};
use mitwirken_domain::cocreation::{MAX_TEXT, MAX_TITLE, TextError};
use mitwirken_domain::{FieldOfAction, FieldOfActionId, PhaseKind, Process, ProcessStatus};
use mitwirken_store::proposals::Proposal;
use serde::Deserialize;

mod edit;
mod field;
mod participate;
mod show;

pub use edit::{delete, edit, edit_form};
pub use field::{field, propose};
pub use participate::{post_comment, support, to_proposal, withdraw};
pub use show::show;

pub(crate) fn today(state: &AppState, process: &Process) -> jiff::civil::Date {
    state
        .clock
        .now()
        .to_zoned_datetime(process.time_zone.clone())
        .date()
}

/// What participants can do now when the participation phase does not run.
pub(crate) fn closed_note(tr: &Tr, process: &Process, today: jiff::civil::Date) -> String {
    let mut participation = process
        .phases
        .iter()
        .filter(|p| p.kind == PhaseKind::Participation);
    match participation.clone().find(|p| p.starts_on > today) {
        Some(next) => tr.args(
            "proposals-opens-later",
            &[
                ("start", Arg::Str(&tr.long_date(next.starts_on))),
                ("end", Arg::Str(&tr.long_date(next.ends_on))),
            ],
        ),
        None if participation.any(|p| p.ends_on < today) => tr.t("proposals-phase-over"),
        None => tr.t("proposals-no-phase"),
    }
}

/// A proposal with its published process and field, or 404.
async fn proposal_of(
    state: &AppState,
    id: i64,
    viewer: Option<i64>,
) -> Result<(Proposal, Process, FieldOfAction), AppError> {
    let proposal = state
        .store
        .proposal(id, viewer)
        .await?
        .ok_or(AppError::NotFound)?;
    let process = state
        .store
        .process_by_id(proposal.process_id)
        .await?
        .filter(|p| p.status == ProcessStatus::Published)
        .ok_or(AppError::NotFound)?;
    let field = state
        .store
        .fields_of_action(process.id)
        .await?
        .into_iter()
        .find(|f| f.id == FieldOfActionId(proposal.summary.field_id))
        .ok_or(AppError::NotFound)?;
    Ok((proposal, process, field))
}

/// What was typed into the proposal form, kept when it is shown again.
#[derive(Deserialize, Default, Clone)]
pub struct ProposalInput {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

/// The messages for a title or text the proposal form refused.
fn text_errors(
    tr: &Tr,
    title: Option<TextError>,
    body: Option<TextError>,
    errors: &mut Vec<ErrorView>,
) {
    match title {
        Some(TextError::Empty) => {
            errors.push(ErrorView::new("title", tr.t("proposals-title-missing")))
        }
        Some(TextError::TooLong { .. }) => errors.push(ErrorView::new(
            "title",
            tr.args(
                "proposals-title-too-long",
                &[("max", Arg::Num(MAX_TITLE as i64))],
            ),
        )),
        None => {}
    }
    match body {
        Some(TextError::Empty) => {
            errors.push(ErrorView::new("body", tr.t("proposals-text-missing")))
        }
        Some(TextError::TooLong { .. }) => errors.push(ErrorView::new(
            "body",
            tr.args(
                "proposals-text-too-long",
                &[("max", Arg::Num(MAX_TEXT as i64))],
            ),
        )),
        None => {}
    }
}

/// One of the kinds to choose between on the proposal form.
pub struct KindChoice {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
}
