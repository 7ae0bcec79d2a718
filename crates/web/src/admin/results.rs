//! Workshop results in the back office: what each working group and the pin boards of an event
//! produced per field of action, with its dot votes; recorded, corrected and removed.

use super::Staff;
use super::edit::form_value;
use super::events::{Choice, event_for};
use super::plan::{DoneQuery, done_message};
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, Content, ErrorView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::cocreation::{MAX_TEXT, TextError, contribution_text};
use mitwirken_domain::{Event, FieldOfAction, Permission, Process, WorkshopSource};
use mitwirken_store::workshop::{NewWorkshopResult, WorkshopResult};
use std::collections::HashMap;

/// The most dots a result can have; more is a typing error.
const MAX_DOTS: u32 = 100_000;

/// What the source select sends for the pin boards; a working group is `wg-<id>`.
const PIN_BOARD: &str = "pin_board";

pub struct ResultRow {
    pub id: i64,
    pub group: Txt,
    pub field: Txt,
    pub excerpt: String,
    pub dot_votes: u32,
}

#[derive(Template)]
#[template(path = "admin/results.html")]
struct ResultsPage {
    tr: Tr,
    chrome: Chrome,
    event_id: i64,
    slug: String,
    when: String,
    groups: Vec<Choice>,
    fields: Vec<Choice>,
    body: String,
    dot_votes: String,
    rows: Vec<ResultRow>,
    errors: Vec<ErrorView>,
    done: String,
    /// Where the form goes: recording a new result, or changing one.
    action: String,
    editing: bool,
}

impl ResultsPage {}

fn group_value(result: &WorkshopResult) -> String {
    match result.working_group_id {
        Some(id) => format!("wg-{id}"),
        None => PIN_BOARD.to_owned(),
    }
}

crate::view::form_errors!(ResultsPage);

fn group_name(tr: &Tr, content: &Content, event: &Event, id: Option<i64>) -> Txt {
    match id {
        Some(id) => event
            .working_groups
            .iter()
            .find(|w| w.id == id)
            .map_or_else(
                || Txt::plain(&tr.t("plan-working-group-removed")),
                |w| content.pick(&w.title),
            ),
        None => Txt::plain(&tr.t("plan-pin-board")),
    }
}

/// The form's values: the result being edited, or what was typed.
struct Typed {
    group: String,
    field: String,
    body: String,
    dot_votes: String,
}

impl Typed {
    fn from_form(form: &HashMap<String, String>) -> Self {
        Typed {
            group: form_value(form, "group"),
            field: form_value(form, "field"),
            body: form_value(form, "body"),
            dot_votes: form_value(form, "dot_votes"),
        }
    }

    fn blank() -> Self {
        Typed {
            group: String::new(),
            field: String::new(),
            body: String::new(),
            dot_votes: "0".to_owned(),
        }
    }

    fn of(result: &WorkshopResult) -> Self {
        Typed {
            group: group_value(result),
            field: result.field_id.to_string(),
            body: result.body.clone(),
            dot_votes: result.dot_votes.to_string(),
        }
    }
}

#[allow(clippy::too_many_arguments)] // the page's parts, each from a different place
async fn render(
    state: &AppState,
    ctx: &PageCtx,
    event: &Event,
    process: &Process,
    typed: Typed,
    errors: Vec<ErrorView>,
    done: &str,
    editing: Option<i64>,
) -> Result<axum::response::Html<String>, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let fields = state.store.fields_of_action(process.id).await?;
    let results = state.store.workshop_results_of_event(event.id).await?;
    let mut groups: Vec<Choice> = event
        .working_groups
        .iter()
        .map(|w| Choice {
            value: format!("wg-{}", w.id),
            label: content.pick(&w.title),
            selected: typed.group == format!("wg-{}", w.id),
        })
        .collect();
    groups.push(Choice {
        value: PIN_BOARD.to_owned(),
        label: Txt::plain(&tr.t("plan-pin-board")),
        selected: typed.group == PIN_BOARD,
    });
    let field_choices = fields
        .iter()
        .map(|f| Choice {
            value: f.id.0.to_string(),
            label: content.pick(&f.title),
            selected: typed.field == f.id.0.to_string(),
        })
        .collect();
    let rows = results
        .iter()
        .map(|r| ResultRow {
            id: r.id,
            group: group_name(&tr, &content, event, r.working_group_id),
            field: fields
                .iter()
                .find(|f| f.id.0 == r.field_id)
                .map(|f| content.pick(&f.title))
                .unwrap_or_default(),
            excerpt: r.body.clone(),
            dot_votes: r.dot_votes,
        })
        .collect();
    let event_title = content.pick(&event.title).text;
    let title = match editing {
        Some(_) => tr.args(
            "plan-admin-result-edit-title",
            &[("event", Arg::Str(&event_title))],
        ),
        None => tr.args(
            "plan-admin-results-title",
            &[("event", Arg::Str(&event_title))],
        ),
    };
    html(ResultsPage {
        chrome: ctx.chrome(title, &content),
        event_id: event.id.0,
        slug: process.slug.to_string(),
        when: tr.date_time_range(event.starts_at, event.ends_at, &process.time_zone),
        groups,
        fields: field_choices,
        body: typed.body,
        dot_votes: typed.dot_votes,
        rows,
        errors,
        done: done_message(&tr, done),
        action: match editing {
            Some(id) => paths::admin_result(id),
            None => paths::admin_event_results(event.id.0),
        },
        editing: editing.is_some(),
        tr,
    })
}

/// Checks the form against the event's working groups and the process's fields of action.
fn parse(
    tr: &Tr,
    event: &Event,
    fields: &[FieldOfAction],
    form: &HashMap<String, String>,
) -> Result<NewWorkshopResult, Vec<ErrorView>> {
    let mut errors = Vec::new();
    let group = form_value(form, "group");
    let source = if group == PIN_BOARD {
        Some((None, WorkshopSource::PinBoard))
    } else {
        group
            .strip_prefix("wg-")
            .and_then(|id| id.parse::<i64>().ok())
            .filter(|id| event.working_groups.iter().any(|w| w.id == *id))
            .map(|id| (Some(id), WorkshopSource::WorkingGroup))
    };
    if source.is_none() {
        errors.push(ErrorView::new("group", tr.t("form-error-choice")));
    }
    let field = form_value(form, "field")
        .parse::<i64>()
        .ok()
        .filter(|id| fields.iter().any(|f| f.id.0 == *id));
    if field.is_none() {
        errors.push(ErrorView::new("field", tr.t("form-error-choice")));
    }
    let body = contribution_text(&form_value(form, "body"), MAX_TEXT).map_err(|e| match e {
        TextError::Empty => tr.t("plan-admin-error-text-empty"),
        TextError::TooLong { max } => tr.args(
            "plan-admin-error-too-long",
            &[("max", Arg::Num(max as i64))],
        ),
    });
    if let Err(message) = &body {
        errors.push(ErrorView::new("body", message.clone()));
    }
    let dot_votes = form_value(form, "dot_votes")
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|n| *n <= MAX_DOTS);
    if dot_votes.is_none() {
        errors.push(ErrorView::new(
            "dot_votes",
            tr.t("plan-admin-error-dot-votes"),
        ));
    }
    match (source, field, body, dot_votes) {
        (Some((working_group, source)), Some(field), Ok(body), Some(dot_votes)) => {
            Ok(NewWorkshopResult {
                working_group,
                field,
                source,
                body,
                dot_votes,
            })
        }
        _ => Err(errors),
    }
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Query(query): Query<DoneQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (event, process) = event_for(&state, &staff, id.0, Permission::EditContent).await?;
    Ok(render(
        &state,
        &ctx,
        &event,
        &process,
        Typed::blank(),
        Vec::new(),
        &query.done,
        None,
    )
    .await?
    .into_response())
}

pub async fn add(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (event, process) = event_for(&state, &staff, id.0, Permission::EditContent).await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let fields = state.store.fields_of_action(process.id).await?;
    let new = match parse(&ctx.tr(), &event, &fields, &form) {
        Ok(new) => new,
        Err(errors) => {
            let page = render(
                &state,
                &ctx,
                &event,
                &process,
                Typed::from_form(&form),
                errors,
                "",
                None,
            )
            .await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    state
        .store
        .add_workshop_result(
            event.id,
            new.working_group,
            new.field,
            new.source,
            &new.body,
            new.dot_votes,
            state.clock.now(),
        )
        .await?;
    Ok(Redirect::to(&paths::admin_event_results_done(event.id.0, "result-added")).into_response())
}

/// A result with its event and process, if this staff member may edit them.
async fn result_for(
    state: &AppState,
    staff: &Staff,
    id: i64,
) -> Result<(WorkshopResult, Event, Process), AppError> {
    let result = state
        .store
        .workshop_result(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (event, process) =
        event_for(state, staff, result.event_id, Permission::EditContent).await?;
    Ok((result, event, process))
}

pub async fn edit_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (result, event, process) = result_for(&state, &staff, id.0).await?;
    Ok(render(
        &state,
        &ctx,
        &event,
        &process,
        Typed::of(&result),
        Vec::new(),
        "",
        Some(result.id),
    )
    .await?
    .into_response())
}

pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (result, event, process) = result_for(&state, &staff, id.0).await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let fields = state.store.fields_of_action(process.id).await?;
    let edit = match parse(&ctx.tr(), &event, &fields, &form) {
        Ok(edit) => edit,
        Err(errors) => {
            let page = render(
                &state,
                &ctx,
                &event,
                &process,
                Typed::from_form(&form),
                errors,
                "",
                Some(result.id),
            )
            .await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    state.store.edit_workshop_result(result.id, &edit).await?;
    Ok(Redirect::to(&paths::admin_event_results_done(event.id.0, "result-saved")).into_response())
}

pub async fn delete(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
) -> Result<Response, AppError> {
    let (result, event, _) = result_for(&state, &staff, id.0).await?;
    state.store.delete_workshop_result(result.id).await?;
    Ok(Redirect::to(&paths::admin_event_results_done(
        event.id.0,
        "result-deleted",
    ))
    .into_response())
}
