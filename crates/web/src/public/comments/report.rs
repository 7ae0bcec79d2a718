//! Reporting a comment, proposal or paper to the moderators, with a reason.

use crate::base::labels::excerpt;
use crate::base::{PageCtx, html};
use crate::i18n::Tr;
use crate::participant::MaybeSignedIn;
use crate::paths;
use crate::view::{Chrome, ErrorView};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::analysis::MAX_REPORT_REASON;
use mitwirken_domain::cocreation::TextError;
use mitwirken_domain::{ProcessStatus, ReportTarget};
use mitwirken_store::moderation::{ModeratedItem, ModerationError};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    tr: Tr,
    chrome: Chrome,
    action: String,
    kind: String,
    title: String,
    excerpt: String,
    already_hidden: bool,
    reason: String,
    back: String,
    errors: Vec<ErrorView>,
    sent: bool,
}

impl ReportPage {
    fn error_summary_title(&self) -> String {
        self.tr
            .count("form-error-summary", self.errors.len() as i64)
    }

    fn error(&self) -> Option<&str> {
        self.errors.first().map(|e| e.message.as_str())
    }
}

fn kind_label(tr: &Tr, target: ReportTarget) -> String {
    match target {
        ReportTarget::Comment => tr.t("report-kind-comment"),
        ReportTarget::Proposal => tr.t("report-kind-proposal"),
        ReportTarget::Paper => tr.t("report-kind-paper"),
    }
}

/// A contribution that the public can see and so report, or a 404.
async fn reportable(
    state: &AppState,
    target: &str,
    id: i64,
) -> Result<(ReportTarget, ModeratedItem), AppError> {
    let target = ReportTarget::parse(target).map_err(|_| AppError::NotFound)?;
    let item = state
        .store
        .moderated_item(target, id)
        .await?
        .ok_or(AppError::NotFound)?;
    state
        .store
        .process_by_id(item.process_id)
        .await?
        .filter(|p| p.status == ProcessStatus::Published)
        .ok_or(AppError::NotFound)?;
    Ok((target, item))
}

async fn report_page(
    state: &AppState,
    ctx: &PageCtx,
    target: &str,
    id: i64,
    reason: String,
    errors: Vec<ErrorView>,
    sent: bool,
) -> Result<Response, AppError> {
    let (target, item) = reportable(state, target, id).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let heading = if sent {
        tr.t("report-sent-title")
    } else {
        tr.t("report-title")
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let already_hidden = item.hidden_reason.is_some() || item.deleted;
    let page = ReportPage {
        chrome: ctx.chrome(heading, &content),
        action: paths::report(target.as_str(), id),
        kind: kind_label(&tr, target),
        title: if already_hidden {
            String::new()
        } else {
            item.title.clone()
        },
        excerpt: if already_hidden {
            String::new()
        } else {
            excerpt(&item.text, 400)
        },
        already_hidden,
        reason,
        back: paths::link_or_none(item.link.as_ref()),
        errors,
        sent,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

pub async fn report_form(
    State(state): State<AppState>,
    Path((target, id)): Path<(String, PathId)>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    report_page(
        &state,
        &ctx,
        &target,
        id.0,
        String::new(),
        Vec::new(),
        false,
    )
    .await
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    reason: String,
}

pub async fn report(
    State(state): State<AppState>,
    Path((target, id)): Path<(String, PathId)>,
    MaybeSignedIn(who): MaybeSignedIn,
    ctx: PageCtx,
    Form(form): Form<ReportForm>,
) -> Result<Response, AppError> {
    let (kind, _) = reportable(&state, &target, id.0).await?;
    let tr = ctx.tr();
    match state
        .store
        .report(
            kind,
            id.0,
            &form.reason,
            who.map(|p| p.id),
            state.clock.now(),
        )
        .await
    {
        Ok(_) => report_page(&state, &ctx, &target, id.0, String::new(), Vec::new(), true).await,
        Err(ModerationError::Reason(e)) => {
            let message = match e {
                TextError::Empty => tr.t("report-reason-required"),
                TextError::TooLong { .. } => {
                    tr.count("form-error-too-long", MAX_REPORT_REASON as i64)
                }
            };
            let errors = vec![ErrorView::new("reason", message)];
            report_page(&state, &ctx, &target, id.0, form.reason, errors, false).await
        }
        Err(ModerationError::NotFound) => Err(AppError::NotFound),
        Err(ModerationError::Store(e)) => Err(e.into()),
    }
}
