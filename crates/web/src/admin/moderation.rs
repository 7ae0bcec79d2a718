//! Moderation of a process: open reports with what was reported, hiding with a public reason,
//! dismissing a report, and showing hidden contributions again.

use super::Staff;
use crate::base::labels::excerpt;
use crate::base::{PageCtx, html};
use crate::i18n::Tr;
use crate::paths;
use crate::view::{Chrome, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::{Permission, Process, ReportTarget};
use mitwirken_store::moderation::{ModeratedItem, ModerationError};
use serde::Deserialize;

pub struct ItemView {
    pub target: &'static str,
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub text: String,
    pub author: String,
    /// Where the public sees it; empty when nowhere.
    pub path: String,
    pub link_label: String,
    pub hidden_reason: String,
}

pub struct ReportRow {
    pub id: i64,
    pub reason: String,
    pub when: String,
    pub item: ItemView,
    pub hide_reason: String,
    pub hide_error: String,
}

impl ReportRow {
    pub fn reason_id(&self) -> String {
        format!("reason-{}", self.id)
    }
}

#[derive(Template)]
#[template(path = "admin/moderation.html")]
struct ModerationPage {
    tr: Tr,
    chrome: Chrome,
    slug: String,
    process_title: Txt,
    reports: Vec<ReportRow>,
    hidden: Vec<ItemView>,
    errors: Vec<(String, String)>,
    done: String,
}

fn item_view(tr: &Tr, item: ModeratedItem) -> ItemView {
    let kind = match item.target {
        ReportTarget::Comment => tr.t("report-kind-comment"),
        ReportTarget::Proposal => tr.t("report-kind-proposal"),
        ReportTarget::Paper => tr.t("report-kind-paper"),
    };
    let text = if item.deleted {
        tr.t("comment-deleted")
    } else {
        excerpt(&item.text, 1_000)
    };
    let shown = item.hidden_reason.is_none() && !item.deleted;
    // A paper is read as its PDF; once hidden, the file is no longer served, so its place in the
    // list of papers is the way to it.
    let (path, link_label) = match item.target {
        ReportTarget::Paper if shown => {
            (paths::paper_pdf(item.id), tr.t("admin-moderation-open-pdf"))
        }
        _ => (
            paths::link_or_none(item.link.as_ref()),
            tr.t("admin-moderation-view"),
        ),
    };
    ItemView {
        target: item.target.as_str(),
        id: item.id,
        kind,
        title: item.title,
        text,
        author: item
            .author_name
            .unwrap_or_else(|| tr.t("comment-author-deleted")),
        path,
        link_label,
        hidden_reason: item.hidden_reason.unwrap_or_default(),
    }
}

/// What the hide form of one report held when it was refused.
struct Refused {
    report: i64,
    reason: String,
    message: String,
}

async fn render(
    state: &AppState,
    ctx: &PageCtx,
    process: &Process,
    done: String,
    refused: Option<Refused>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let tz = &process.time_zone;
    let mut errors = Vec::new();
    let reports = state
        .store
        .open_reports(process.id)
        .await?
        .into_iter()
        .map(|r| {
            let mut row = ReportRow {
                id: r.id,
                reason: r.reason,
                when: tr.date_time(r.created_at, tz),
                item: item_view(&tr, r.item),
                hide_reason: String::new(),
                hide_error: String::new(),
            };
            if let Some(refused) = refused.as_ref().filter(|f| f.report == r.id) {
                row.hide_reason = refused.reason.clone();
                row.hide_error = refused.message.clone();
                errors.push((row.reason_id(), refused.message.clone()));
            }
            row
        })
        .collect();
    if let Some(refused) = refused.filter(|_| errors.is_empty()) {
        // The report was resolved meanwhile; the summary still says why nothing was hidden.
        errors.push(("reports-heading".to_owned(), refused.message));
    }
    let hidden = state
        .store
        .hidden_items(process.id)
        .await?
        .into_iter()
        .map(|i| item_view(&tr, i))
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let title = content.pick(&process.title);
    let page = ModerationPage {
        chrome: ctx.chrome(tr.t("admin-moderation-title"), &content),
        slug: process.slug.to_string(),
        process_title: title,
        reports,
        hidden,
        errors,
        done,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug): Path<String>,
    Query(query): Query<DoneQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let process = staff.process(&state, &slug, Permission::Moderate).await?;
    let tr = ctx.tr();
    let done = match query.done.as_str() {
        "hidden" => tr.t("admin-moderation-done-hidden"),
        "shown" => tr.t("admin-moderation-done-shown"),
        "dismissed" => tr.t("admin-moderation-done-dismissed"),
        _ => String::new(),
    };
    render(&state, &ctx, &process, done, None).await
}

#[derive(Deserialize)]
pub struct TargetForm {
    #[serde(default)]
    target: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    report: String,
}

/// The contribution a form names, when it belongs to this process.
async fn target_in(
    state: &AppState,
    process: &Process,
    form: &TargetForm,
) -> Result<(ReportTarget, i64), AppError> {
    let target = ReportTarget::parse(&form.target).map_err(|_| AppError::NotFound)?;
    let id: i64 = form.id.trim().parse().map_err(|_| AppError::NotFound)?;
    state
        .store
        .moderated_item(target, id)
        .await?
        .filter(|i| i.process_id == process.id)
        .ok_or(AppError::NotFound)?;
    Ok((target, id))
}

fn back(process: &Process, done: &str) -> Response {
    Redirect::to(&paths::admin_moderation_done(&process.slug, done)).into_response()
}

fn moderation_error(error: ModerationError) -> AppError {
    match error {
        ModerationError::Store(e) => e.into(),
        ModerationError::NotFound | ModerationError::Reason(_) => AppError::NotFound,
    }
}

pub async fn hide(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug): Path<String>,
    ctx: PageCtx,
    Form(form): Form<TargetForm>,
) -> Result<Response, AppError> {
    let process = staff.process(&state, &slug, Permission::Moderate).await?;
    let (target, id) = target_in(&state, &process, &form).await?;
    match state
        .store
        .hide(target, id, &form.reason, staff.0.id, state.clock.now())
        .await
    {
        Ok(()) => Ok(back(&process, "hidden")),
        Err(ModerationError::Reason(e)) => {
            let tr = ctx.tr();
            let refused = Refused {
                report: form.report.trim().parse().unwrap_or(-1),
                reason: form.reason.clone(),
                message: match e {
                    mitwirken_domain::cocreation::TextError::Empty => {
                        tr.t("admin-moderation-reason-required")
                    }
                    other => crate::base::labels::text_error(&tr, other),
                },
            };
            render(&state, &ctx, &process, String::new(), Some(refused)).await
        }
        Err(e) => Err(moderation_error(e)),
    }
}

pub async fn unhide(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug): Path<String>,
    Form(form): Form<TargetForm>,
) -> Result<Response, AppError> {
    let process = staff.process(&state, &slug, Permission::Moderate).await?;
    let (target, id) = target_in(&state, &process, &form).await?;
    state
        .store
        .unhide(target, id, staff.0.id, state.clock.now())
        .await
        .map_err(moderation_error)?;
    Ok(back(&process, "shown"))
}

pub async fn dismiss(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, report)): Path<(String, PathId)>,
) -> Result<Response, AppError> {
    let process = staff.process(&state, &slug, Permission::Moderate).await?;
    if state.store.report_process(report.0).await? != Some(process.id) {
        return Err(AppError::NotFound);
    }
    state
        .store
        .dismiss_report(report.0, staff.0.id, state.clock.now())
        .await
        .map_err(moderation_error)?;
    Ok(back(&process, "dismissed"))
}
