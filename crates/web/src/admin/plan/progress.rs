//! What happens to a measure after it was set: progress updates and the origins it is based on.

use super::measures::{MeasureForm, measure_for, measure_page};
use super::{MAX_LONG_TEXT, read_text, unprocessable};
use crate::admin::Staff;
use crate::admin::edit::form_value;
use crate::base::PageCtx;
use crate::paths;
use crate::view::ErrorView;
use crate::{AppError, AppState, PathId};
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::Date;
use mitwirken_domain::{MeasureStatus, OriginKind};
use serde::Deserialize;
use std::collections::HashMap;

pub async fn add_update(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (place, process) = measure_for(&state, &staff, id.0).await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let tr = ctx.tr();
    let mut errors = Vec::new();
    let on_date = form_value(&form, "on_date").trim().parse::<Date>();
    if on_date.is_err() {
        errors.push(ErrorView::new("on_date", tr.t("plan-admin-error-date")));
    }
    let status = MeasureStatus::parse(&form_value(&form, "update_status"));
    if status.is_err() {
        errors.push(ErrorView::new("update_status", tr.t("form-error-choice")));
    }
    let note = read_text(&tr, &form, "note", false, MAX_LONG_TEXT)
        .map_err(|e| errors.push(ErrorView::new("note_de", e)));
    let (Ok(on_date), Ok(status), Ok(note)) = (on_date, status, note) else {
        let typed = MeasureForm::Update(form);
        return unprocessable(
            measure_page(&state, &ctx, &place, &process, typed, errors, "").await,
        );
    };
    state
        .store
        .add_update(id.0, on_date, status, &note, state.clock.now())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Redirect::to(&paths::admin_measure_done(
        id.0,
        "update-added",
        Some("progress"),
    ))
    .into_response())
}

pub async fn add_origin(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (place, process) = measure_for(&state, &staff, id.0).await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let tr = ctx.tr();
    let kind = OriginKind::parse(&form_value(&form, "kind")).map_err(|_| AppError::NotFound)?;
    let target = form_value(&form, "target").trim().parse::<i64>().ok();
    let choices = state
        .store
        .origin_choices(process.id, place.field_id)
        .await?;
    let (known, field) = match (kind, target) {
        (_, None) => (false, kind.as_str()),
        (OriginKind::Proposal, Some(t)) => (
            choices.proposals.iter().any(|(id, _, _)| *id == t),
            "proposal",
        ),
        (OriginKind::Workshop, Some(t)) => (
            choices.workshop_results.iter().any(|(id, _)| *id == t),
            "workshop",
        ),
        (OriginKind::Paper, Some(t)) => (choices.papers.iter().any(|(id, _, _)| *id == t), "paper"),
        (OriginKind::Comment, Some(t)) => (
            state.store.comment_in_process(t, process.id).await?,
            "comment",
        ),
    };
    let Some(target) = target.filter(|_| known) else {
        let message = if kind == OriginKind::Comment {
            tr.t("plan-admin-error-comment")
        } else {
            tr.t("form-error-choice")
        };
        let errors = vec![ErrorView::new(&format!("origin-{field}"), message)];
        let typed = MeasureForm::Origin(form);
        return unprocessable(
            measure_page(&state, &ctx, &place, &process, typed, errors, "").await,
        );
    };
    state.store.link_origin(id.0, kind, target).await?;
    Ok(Redirect::to(&paths::admin_measure_done(
        id.0,
        "origin-added",
        Some("origins"),
    ))
    .into_response())
}

#[derive(Deserialize)]
pub struct RemoveOrigin {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    target: String,
}

pub async fn remove_origin(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<RemoveOrigin>,
) -> Result<Response, AppError> {
    measure_for(&state, &staff, id.0).await?;
    let kind = OriginKind::parse(&form.kind).map_err(|_| AppError::NotFound)?;
    let target = form.target.parse::<i64>().map_err(|_| AppError::NotFound)?;
    state.store.unlink_origin(id.0, kind, target).await?;
    Ok(Redirect::to(&paths::admin_measure_done(
        id.0,
        "origin-removed",
        Some("origins"),
    ))
    .into_response())
}
