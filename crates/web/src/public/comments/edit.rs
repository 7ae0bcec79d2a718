//! A participant's own comment: editing it for a short while, and deleting it.

use super::refused;
use crate::base::labels::text_error;
use crate::base::{PageCtx, html};
use crate::i18n::Tr;
use crate::participant::SignedIn;
use crate::view::{Chrome, ErrorView};
use crate::{AppError, AppState, PathId, paths};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::analysis::may_still_edit;
use mitwirken_store::comments::{CommentError, OwnComment};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "comment_edit.html")]
struct EditPage {
    tr: Tr,
    chrome: Chrome,
    id: i64,
    body: String,
    back: String,
    errors: Vec<ErrorView>,
}

impl EditPage {
    fn error_summary_title(&self) -> String {
        self.tr
            .count("form-error-summary", self.errors.len() as i64)
    }

    fn error(&self) -> Option<&str> {
        self.errors.first().map(|e| e.message.as_str())
    }
}

/// Where the author goes back to: the comment on its page, or only its anchor when that page is
/// unknown.
fn back_to(comment: &OwnComment) -> String {
    comment
        .link
        .as_ref()
        .map_or_else(|| format!("#c-{}", comment.id), paths::link)
}

fn edit_page(
    ctx: &PageCtx,
    id: i64,
    body: String,
    back: String,
    errors: Vec<ErrorView>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = EditPage {
        chrome: ctx.chrome(tr.t("comment-edit-title"), &content),
        id,
        body,
        back,
        errors,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

pub async fn edit_form(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let comment = state
        .store
        .own_comment(id.0)
        .await?
        .filter(|c| !c.deleted)
        .ok_or(AppError::NotFound)?;
    let back = back_to(&comment);
    let refusal = if comment.author_id != Some(who.id) {
        Some(CommentError::NotAuthor)
    } else if comment.hidden {
        Some(CommentError::Hidden)
    } else if !may_still_edit(comment.created_at, state.clock.now()) {
        Some(CommentError::TooLate)
    } else {
        None
    };
    if let Some(error) = refusal {
        return refused(&ctx, error, back);
    }
    edit_page(&ctx, comment.id, comment.body, back, Vec::new())
}

#[derive(Deserialize)]
pub struct BodyForm {
    #[serde(default)]
    body: String,
}

pub async fn edit(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(form): Form<BodyForm>,
) -> Result<Response, AppError> {
    let comment = state
        .store
        .own_comment(id.0)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = back_to(&comment);
    match state
        .store
        .edit_comment(who.id, comment.id, &form.body, state.clock.now())
        .await
    {
        Ok(()) => Ok(Redirect::to(&back).into_response()),
        Err(CommentError::Text(e)) => {
            let tr = ctx.tr();
            let errors = vec![ErrorView::new("body", text_error(&tr, e))];
            edit_page(&ctx, comment.id, form.body, back, errors)
        }
        Err(error) => refused(&ctx, error, back),
    }
}

pub async fn delete(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let comment = state
        .store
        .own_comment(id.0)
        .await?
        .ok_or(AppError::NotFound)?;
    let back = back_to(&comment);
    match state
        .store
        .delete_comment(who.id, comment.id, state.clock.now())
        .await
    {
        Ok(()) => Ok(Redirect::to(&back).into_response()),
        Err(error) => refused(&ctx, error, back),
    }
}
