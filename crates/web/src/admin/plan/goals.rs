//! One goal of the plan: its texts, and deleting it with its measures.

use super::{
    DeleteForm, DoneQuery, MAX_LONG_TEXT, TextField, done_message, process_by_id, put_text,
    read_text, text_fields_for, unprocessable,
};
use crate::admin::Staff;
use crate::base::{PageCtx, audited_redirect, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::Permission;
use mitwirken_domain::cocreation::MAX_TITLE;
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "admin/goal.html")]
struct GoalPage {
    tr: Tr,
    chrome: Chrome,
    id: i64,
    slug: String,
    field_title: Txt,
    texts: Vec<TextField>,
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
        texts: text_fields_for("", &form, &spec),
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
