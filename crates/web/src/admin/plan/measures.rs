//! One measure of the plan: its texts and status, and deleting it.

use super::{
    DeleteForm, DoneQuery, MAX_LONG_TEXT, TextField, done_message, process_by_id, put_text,
    read_text, status_choices, text_fields_for, unprocessable,
};
use crate::admin::Staff;
use crate::admin::edit::form_value;
use crate::admin::events::Choice;
use crate::base::plan_views::{OriginView, UpdateView};
use crate::base::{PageCtx, audited_redirect, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::cocreation::MAX_TITLE;
use mitwirken_domain::{LocalizedText, MeasureStatus, OriginKind, Process};
use mitwirken_store::plan::{MeasurePlace, NewMeasure, PlanMeasure};
use std::collections::HashMap;

pub struct AdminOrigin {
    pub view: OriginView,
    pub kind: &'static str,
    pub target: i64,
}

#[derive(Template)]
#[template(path = "admin/measure.html")]
struct MeasurePage {
    tr: Tr,
    chrome: Chrome,
    id: i64,
    slug: String,
    field_title: Txt,
    goal_id: i64,
    goal_title: Txt,
    texts: Vec<TextField>,
    statuses: Vec<Choice>,
    update_date: String,
    update_statuses: Vec<Choice>,
    update_note: Vec<TextField>,
    updates: Vec<UpdateView>,
    origins: Vec<AdminOrigin>,
    proposals: Vec<Choice>,
    workshop_results: Vec<Choice>,
    papers: Vec<Choice>,
    comment: String,
    errors: Vec<ErrorView>,
    done: String,
}

crate::view::form_errors!(MeasurePage);

/// Which of the measure page's forms came back with what was typed into it.
pub(super) enum MeasureForm {
    None,
    Texts(HashMap<String, String>),
    Update(HashMap<String, String>),
    Origin(HashMap<String, String>),
}

const MEASURE_TEXTS: [&str; 6] = [
    "title",
    "description",
    "lead_unit",
    "partners",
    "timeframe",
    "indicators",
];

fn measure_spec(tr: &Tr) -> [(&'static str, String, bool); 6] {
    [
        ("title", tr.t("plan-admin-measure-title"), false),
        ("description", tr.t("plan-admin-description"), true),
        ("lead_unit", tr.t("plan-lead-unit"), false),
        ("partners", tr.t("plan-partners"), false),
        ("timeframe", tr.t("plan-timeframe"), false),
        ("indicators", tr.t("plan-indicators"), true),
    ]
}

fn measure_texts(m: &PlanMeasure) -> [&LocalizedText; 6] {
    [
        &m.title,
        &m.description,
        &m.lead_unit,
        &m.partners,
        &m.timeframe,
        &m.indicators,
    ]
}

/// The measure, its place and its process, if this staff member may edit it.
pub(super) async fn measure_for(
    state: &AppState,
    staff: &Staff,
    id: i64,
) -> Result<(MeasurePlace, Process), AppError> {
    let place = state
        .store
        .measure_place(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let process = process_by_id(state, staff, place.process_id).await?;
    Ok((place, process))
}

pub(super) async fn measure_page(
    state: &AppState,
    ctx: &PageCtx,
    place: &MeasurePlace,
    process: &Process,
    typed: MeasureForm,
    errors: Vec<ErrorView>,
    done: &str,
) -> Result<axum::response::Html<String>, AppError> {
    let plan = state.store.plan_of(process.id).await?;
    let field = plan
        .fields
        .iter()
        .find(|f| f.id == place.field_id)
        .ok_or(AppError::NotFound)?;
    let goal = field
        .goals
        .iter()
        .find(|g| g.id == place.goal_id)
        .ok_or(AppError::NotFound)?;
    let measure = goal
        .measures
        .iter()
        .find(|m| m.id == place.measure_id)
        .ok_or(AppError::NotFound)?;
    let choices = state
        .store
        .origin_choices(process.id, place.field_id)
        .await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let empty = HashMap::new();

    let current;
    let texts_form = match &typed {
        MeasureForm::Texts(form) => form,
        _ => {
            let mut form = HashMap::new();
            for (name, text) in MEASURE_TEXTS.iter().zip(measure_texts(measure)) {
                put_text(&mut form, name, text);
            }
            form.insert("status".to_owned(), measure.status.as_str().to_owned());
            current = form;
            &current
        }
    };
    let today = state
        .clock
        .now()
        .to_zoned_datetime(process.time_zone.clone())
        .date()
        .to_string();
    let (update_form, update_date, update_status) = match &typed {
        MeasureForm::Update(form) => (
            form,
            form_value(form, "on_date"),
            form_value(form, "update_status"),
        ),
        _ => (&empty, today, measure.status.as_str().to_owned()),
    };
    let comment = match &typed {
        MeasureForm::Origin(form) if form_value(form, "kind") == "comment" => {
            form_value(form, "target")
        }
        _ => String::new(),
    };
    let linked = |kind: OriginKind, id: i64| measure.origins_of(kind).any(|o| o.target_id == id);
    // What the choices name was written by participants and staff.
    let choice = |value: i64, label: String| Choice {
        value: value.to_string(),
        label: Txt::by_user(&label),
        selected: false,
    };
    let title = tr.args(
        "plan-admin-measure-heading",
        &[("measure", Arg::Str(&content.pick(&measure.title).text))],
    );
    html(MeasurePage {
        chrome: ctx.chrome(title, &content),
        id: measure.id,
        slug: process.slug.to_string(),
        field_title: content.pick(&field.title),
        goal_id: goal.id,
        goal_title: content.pick(&goal.title),
        texts: text_fields_for("", texts_form, &measure_spec(&tr)),
        statuses: status_choices(&tr, &form_value(texts_form, "status")),
        update_date,
        update_statuses: status_choices(&tr, &update_status),
        update_note: text_fields_for(
            "",
            update_form,
            &[("note", tr.t("plan-admin-update-note"), true)],
        ),
        updates: measure
            .updates
            .iter()
            .map(|u| UpdateView::new(&tr, &content, u))
            .collect(),
        origins: measure
            .origins
            .iter()
            .map(|o| AdminOrigin {
                view: OriginView::new(&tr, &content, o),
                kind: o.kind.as_str(),
                target: o.target_id,
            })
            .collect(),
        proposals: choices
            .proposals
            .iter()
            .filter(|(id, _, _)| !linked(OriginKind::Proposal, *id))
            .map(|(id, title, _)| choice(*id, format!("#{id} {title}")))
            .collect(),
        workshop_results: choices
            .workshop_results
            .iter()
            .filter(|(id, _)| !linked(OriginKind::Workshop, *id))
            .map(|(id, label)| choice(*id, format!("#{id} {label}")))
            .collect(),
        papers: choices
            .papers
            .iter()
            .filter(|(id, _, _)| !linked(OriginKind::Paper, *id))
            .map(|(id, organisation, title)| choice(*id, format!("{organisation}: {title}")))
            .collect(),
        comment,
        errors,
        done: done_message(&tr, done),
        tr,
    })
}

pub async fn measure(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Query(query): Query<DoneQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (place, process) = measure_for(&state, &staff, id.0).await?;
    Ok(measure_page(
        &state,
        &ctx,
        &place,
        &process,
        MeasureForm::None,
        Vec::new(),
        &query.done,
    )
    .await?
    .into_response())
}

pub async fn save_measure(
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
    let mut texts = Vec::with_capacity(MEASURE_TEXTS.len());
    for name in MEASURE_TEXTS {
        let (required, max) = match name {
            "title" => (true, MAX_TITLE),
            "description" | "indicators" => (false, MAX_LONG_TEXT),
            _ => (false, MAX_TITLE),
        };
        match read_text(&tr, &form, name, required, max) {
            Ok(text) => texts.push(text),
            Err(message) => errors.push(ErrorView::new(&format!("{name}_de"), message)),
        }
    }
    let status = MeasureStatus::parse(&form_value(&form, "status"));
    if status.is_err() {
        errors.push(ErrorView::new("status", tr.t("form-error-choice")));
    }
    let (
        Ok(status),
        Ok(
            [
                title,
                description,
                lead_unit,
                partners,
                timeframe,
                indicators,
            ],
        ),
    ) = (status, <[LocalizedText; 6]>::try_from(texts))
    else {
        let typed = MeasureForm::Texts(form);
        return unprocessable(
            measure_page(&state, &ctx, &place, &process, typed, errors, "").await,
        );
    };
    let edit = NewMeasure {
        title,
        description,
        lead_unit,
        partners,
        timeframe,
        indicators,
        status,
    };
    state
        .store
        .edit_measure(id.0, &edit, state.clock.now())
        .await?;
    Ok(Redirect::to(&paths::admin_measure_done(id.0, "measure-saved", None)).into_response())
}

pub async fn delete_measure(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(form): Form<DeleteForm>,
) -> Result<Response, AppError> {
    let (place, process) = measure_for(&state, &staff, id.0).await?;
    if form.confirm.is_none() {
        let tr = ctx.tr();
        let errors = vec![ErrorView::new("confirm", tr.t("plan-admin-error-confirm"))];
        return unprocessable(
            measure_page(
                &state,
                &ctx,
                &place,
                &process,
                MeasureForm::None,
                errors,
                "",
            )
            .await,
        );
    }
    state.store.delete_measure(id.0).await?;
    audited_redirect(
        &state,
        staff.0.id,
        "plan_measure_delete",
        &format!("measure {}", id.0),
        "",
        state.clock.now(),
        &paths::admin_plan_done(&process.slug, "measure-deleted", None),
    )
    .await
}
