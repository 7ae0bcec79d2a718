//! The action plan in the back office: goals and measures per field of action; a measure's
//! texts, status, progress updates and origins.

use super::Staff;
use super::edit::{form_value, localized};
use super::events::Choice;
use crate::base::labels::{status_class, status_label};
use crate::base::plan_views::{OriginView, UpdateView, origin_line};
use crate::base::{PageCtx, audited_redirect, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::civil::Date;
use mitwirken_domain::cocreation::MAX_TITLE;
use mitwirken_domain::{
    Locale, LocalizedText, MeasureStatus, OriginKind, Permission, Process, ProcessId,
};
use mitwirken_store::plan::{MeasurePlace, NewMeasure, Plan, PlanMeasure};
use serde::Deserialize;
use std::collections::HashMap;

/// The longest description, note or list of indicators, in characters per language.
const MAX_LONG_TEXT: usize = 10_000;

/// A translatable field with a box per language. `prefix` keeps the ids unique on a page with one
/// form per field of action or goal; the names stay `title_de`, `title_en`, ….
pub struct LangField {
    pub name: &'static str,
    pub prefix: String,
    pub label: String,
    pub multiline: bool,
    pub values: Vec<(Locale, String)>,
}

impl LangField {
    pub fn id(&self, locale: &Locale) -> String {
        format!("{}{}_{}", self.prefix, self.name, locale.tag())
    }

    pub fn input(&self, locale: &Locale) -> String {
        format!("{}_{}", self.name, locale.tag())
    }
}

/// Translatable fields, given by form name, label and whether they take several lines.
pub(super) fn lang_fields(
    prefix: &str,
    form: &HashMap<String, String>,
    spec: &[(&'static str, String, bool)],
) -> Vec<LangField> {
    spec.iter()
        .map(|(name, label, multiline)| LangField {
            name,
            prefix: prefix.to_owned(),
            label: label.clone(),
            multiline: *multiline,
            values: Locale::all()
                .map(|l| (l, form_value(form, &format!("{name}_{}", l.tag()))))
                .collect(),
        })
        .collect()
}

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

async fn process_for(state: &AppState, staff: &Staff, slug: &str) -> Result<Process, AppError> {
    let process = state
        .store
        .process_by_slug(slug)
        .await?
        .ok_or(AppError::NotFound)?;
    staff.require(Permission::EditContent, process.id)?;
    Ok(process)
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

// ---------------------------------------------------------------------------------------------
// The plan of one process

pub struct AdminMeasure {
    pub id: i64,
    pub title: Txt,
    pub status: String,
    pub status_class: &'static str,
    pub origin_line: String,
}

pub struct AdminGoal {
    pub id: i64,
    pub title: Txt,
    pub measures: Vec<AdminMeasure>,
    pub measure_form: Vec<LangField>,
    pub open: bool,
}

pub struct AdminField {
    pub id: i64,
    pub title: Txt,
    pub goals: Vec<AdminGoal>,
    pub goal_form: Vec<LangField>,
    pub open: bool,
}

pub struct EventLink {
    pub id: i64,
    pub title: Txt,
    pub when: String,
}

#[derive(Template)]
#[template(path = "admin/plan.html")]
struct PlanAdminPage {
    tr: Tr,
    chrome: Chrome,
    slug: String,
    fields: Vec<AdminField>,
    events: Vec<EventLink>,
    errors: Vec<ErrorView>,
    done: String,
}

crate::view::form_errors!(PlanAdminPage);

/// A form on the plan page that came back with what was typed into it.
enum PlanForm {
    None,
    Goal {
        field: i64,
        form: HashMap<String, String>,
    },
    Measure {
        goal: i64,
        form: HashMap<String, String>,
    },
}

async fn plan_page(
    state: &AppState,
    ctx: &PageCtx,
    process: &Process,
    typed: PlanForm,
    errors: Vec<ErrorView>,
    done: &str,
) -> Result<axum::response::Html<String>, AppError> {
    let plan: Plan = state.store.plan_of(process.id).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let empty = HashMap::new();
    let goal_spec = [
        ("title", tr.t("plan-admin-goal-title"), false),
        ("description", tr.t("plan-admin-description"), true),
    ];
    let measure_spec = [("title", tr.t("plan-admin-measure-title"), false)];
    let fields = plan
        .fields
        .iter()
        .map(|f| {
            let (goal_form, field_open) = match &typed {
                PlanForm::Goal { field, form } if *field == f.id => (form, true),
                _ => (&empty, false),
            };
            AdminField {
                id: f.id,
                title: content.pick(&f.title),
                goal_form: lang_fields(&format!("f{}-", f.id), goal_form, &goal_spec),
                open: field_open,
                goals: f
                    .goals
                    .iter()
                    .map(|g| {
                        let (measure_form, open) = match &typed {
                            PlanForm::Measure { goal, form } if *goal == g.id => (form, true),
                            _ => (&empty, false),
                        };
                        AdminGoal {
                            id: g.id,
                            title: content.pick(&g.title),
                            measure_form: lang_fields(
                                &format!("g{}-", g.id),
                                measure_form,
                                &measure_spec,
                            ),
                            open,
                            measures: g
                                .measures
                                .iter()
                                .map(|m| AdminMeasure {
                                    id: m.id,
                                    title: content.pick(&m.title),
                                    status: status_label(&tr, m.status),
                                    status_class: status_class(m.status),
                                    origin_line: origin_line(&tr, m),
                                })
                                .collect(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let events = state
        .store
        .public_events(process.id)
        .await?
        .iter()
        .map(|e| EventLink {
            id: e.id.0,
            title: content.pick(&e.title),
            when: tr.date_time_range(e.starts_at, e.ends_at, &process.time_zone),
        })
        .collect();
    let title = tr.args(
        "plan-admin-title",
        &[("process", Arg::Str(&content.pick(&process.title).text))],
    );
    html(PlanAdminPage {
        chrome: ctx.chrome(title, &content),
        slug: process.slug.to_string(),
        fields,
        events,
        errors,
        done: done_message(&tr, done),
        tr,
    })
}

pub async fn plan(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug): Path<String>,
    Query(query): Query<DoneQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let process = process_for(&state, &staff, &slug).await?;
    Ok(plan_page(
        &state,
        &ctx,
        &process,
        PlanForm::None,
        Vec::new(),
        &query.done,
    )
    .await?
    .into_response())
}

pub async fn add_goal(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug): Path<String>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let process = process_for(&state, &staff, &slug).await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let field: i64 = form_value(&form, "field").parse().unwrap_or(-1);
    let fields = state.store.fields_of_action(process.id).await?;
    if !fields.iter().any(|f| f.id.0 == field) {
        return Err(AppError::NotFound);
    }
    let tr = ctx.tr();
    let mut errors = Vec::new();
    let title = read_text(&tr, &form, "title", true, MAX_TITLE)
        .map_err(|e| errors.push(ErrorView::new(&format!("f{field}-title_de"), e)));
    let description = read_text(&tr, &form, "description", false, MAX_LONG_TEXT)
        .map_err(|e| errors.push(ErrorView::new(&format!("f{field}-description_de"), e)));
    let (Ok(title), Ok(description)) = (title, description) else {
        let typed = PlanForm::Goal { field, form };
        return unprocessable(plan_page(&state, &ctx, &process, typed, errors, "").await);
    };
    let id = state.store.add_goal(field, &title, &description).await?;
    Ok(Redirect::to(&paths::admin_plan_done(
        &slug,
        "goal-added",
        Some(&format!("goal-{id}")),
    ))
    .into_response())
}

pub async fn add_measure(
    State(state): State<AppState>,
    staff: Staff,
    Path(goal): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let place = state
        .store
        .goal_place(goal.0)
        .await?
        .ok_or(AppError::NotFound)?;
    let process = process_by_id(&state, &staff, place.process_id).await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let tr = ctx.tr();
    let title = match read_text(&tr, &form, "title", true, MAX_TITLE) {
        Ok(title) => title,
        Err(message) => {
            let errors = vec![ErrorView::new(&format!("g{}-title_de", goal.0), message)];
            let typed = PlanForm::Measure { goal: goal.0, form };
            return unprocessable(plan_page(&state, &ctx, &process, typed, errors, "").await);
        }
    };
    let new = NewMeasure {
        title,
        description: LocalizedText::empty(),
        lead_unit: LocalizedText::empty(),
        partners: LocalizedText::empty(),
        timeframe: LocalizedText::empty(),
        indicators: LocalizedText::empty(),
        status: MeasureStatus::Planned,
    };
    let id = state
        .store
        .add_measure(goal.0, &new, state.clock.now())
        .await?;
    Ok(Redirect::to(&paths::admin_measure_done(id, "measure-added", None)).into_response())
}

// ---------------------------------------------------------------------------------------------
// One goal

#[derive(Template)]
#[template(path = "admin/goal.html")]
struct GoalPage {
    tr: Tr,
    chrome: Chrome,
    id: i64,
    slug: String,
    field_title: Txt,
    texts: Vec<LangField>,
    delete_text: String,
    errors: Vec<ErrorView>,
    done: String,
}

crate::view::form_errors!(GoalPage);

async fn goal_page(
    state: &AppState,
    staff: &Staff,
    ctx: &PageCtx,
    goal_id: i64,
    typed: Option<HashMap<String, String>>,
    errors: Vec<ErrorView>,
    done: &str,
) -> Result<axum::response::Html<String>, AppError> {
    let place = state
        .store
        .goal_place(goal_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let process = process_by_id(state, staff, place.process_id).await?;
    let plan = state.store.plan_of(process.id).await?;
    let (field, goal) = plan
        .fields
        .iter()
        .find_map(|f| f.goals.iter().find(|g| g.id == goal_id).map(|g| (f, g)))
        .ok_or(AppError::NotFound)?;
    let tr = ctx.tr();
    let content = ctx.content();
    let form = typed.unwrap_or_else(|| {
        let mut form = HashMap::new();
        put_text(&mut form, "title", &goal.title);
        put_text(&mut form, "description", &goal.description);
        form
    });
    let spec = [
        ("title", tr.t("plan-admin-goal-title"), false),
        ("description", tr.t("plan-admin-description"), true),
    ];
    let title = tr.args(
        "plan-admin-goal-heading",
        &[("goal", Arg::Str(&content.pick(&goal.title).text))],
    );
    html(GoalPage {
        chrome: ctx.chrome(title, &content),
        id: goal_id,
        slug: process.slug.to_string(),
        field_title: content.pick(&field.title),
        texts: lang_fields("", &form, &spec),
        delete_text: tr.count("plan-admin-delete-goal-text", goal.measures.len() as i64),
        errors,
        done: done_message(&tr, done),
        tr,
    })
}

pub async fn goal(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Query(query): Query<DoneQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    Ok(
        goal_page(&state, &staff, &ctx, id.0, None, Vec::new(), &query.done)
            .await?
            .into_response(),
    )
}

pub async fn save_goal(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let place = state
        .store
        .goal_place(id.0)
        .await?
        .ok_or(AppError::NotFound)?;
    staff.require(Permission::EditContent, place.process_id)?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let tr = ctx.tr();
    let mut errors = Vec::new();
    let title = read_text(&tr, &form, "title", true, MAX_TITLE)
        .map_err(|e| errors.push(ErrorView::new("title_de", e)));
    let description = read_text(&tr, &form, "description", false, MAX_LONG_TEXT)
        .map_err(|e| errors.push(ErrorView::new("description_de", e)));
    let (Ok(title), Ok(description)) = (title, description) else {
        return unprocessable(goal_page(&state, &staff, &ctx, id.0, Some(form), errors, "").await);
    };
    state.store.edit_goal(id.0, &title, &description).await?;
    Ok(Redirect::to(&paths::admin_goal_done(id.0, "goal-saved")).into_response())
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    confirm: Option<String>,
}

pub async fn delete_goal(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(form): Form<DeleteForm>,
) -> Result<Response, AppError> {
    let place = state
        .store
        .goal_place(id.0)
        .await?
        .ok_or(AppError::NotFound)?;
    let process = process_by_id(&state, &staff, place.process_id).await?;
    if form.confirm.is_none() {
        let tr = ctx.tr();
        let errors = vec![ErrorView::new("confirm", tr.t("plan-admin-error-confirm"))];
        return unprocessable(goal_page(&state, &staff, &ctx, id.0, None, errors, "").await);
    }
    state.store.delete_goal(id.0).await?;
    audited_redirect(
        &state,
        staff.0.id,
        "plan_goal_delete",
        &format!("goal {}", id.0),
        "",
        state.clock.now(),
        &paths::admin_plan_done(&process.slug, "goal-deleted", None),
    )
    .await
}

// ---------------------------------------------------------------------------------------------
// One measure

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
    texts: Vec<LangField>,
    statuses: Vec<Choice>,
    update_date: String,
    update_statuses: Vec<Choice>,
    update_note: Vec<LangField>,
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
enum MeasureForm {
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
async fn measure_for(
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

async fn measure_page(
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
        texts: lang_fields("", texts_form, &measure_spec(&tr)),
        statuses: status_choices(&tr, &form_value(texts_form, "status")),
        update_date,
        update_statuses: status_choices(&tr, &update_status),
        update_note: lang_fields(
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
