//! One process's plan in the back office: its fields of action with their goals and measures, and
//! the forms that add them.

use super::{
    DoneQuery, MAX_LONG_TEXT, TextField, done_message, process_by_id, read_text, text_fields_for,
    unprocessable,
};
use crate::admin::Staff;
use crate::admin::edit::form_value;
use crate::base::labels::{status_class, status_label};
use crate::base::plan_views::origin_line;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::cocreation::MAX_TITLE;
use mitwirken_domain::{LocalizedText, MeasureStatus, Permission, Process};
use mitwirken_store::plan::{NewMeasure, Plan};
use std::collections::HashMap;

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
    pub measure_form: Vec<TextField>,
    pub open: bool,
}

pub struct AdminField {
    pub id: i64,
    pub title: Txt,
    pub goals: Vec<AdminGoal>,
    pub goal_form: Vec<TextField>,
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
                goal_form: text_fields_for(&format!("f{}-", f.id), goal_form, &goal_spec),
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
                            measure_form: text_fields_for(
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
    let process = staff
        .process(&state, &slug, Permission::EditContent)
        .await?;
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
    let process = staff
        .process(&state, &slug, Permission::EditContent)
        .await?;
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
