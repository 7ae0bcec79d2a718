//! The author's brief chance to edit or delete their own proposal.

use super::{KindChoice, ProposalInput, proposal_of, text_errors};
use crate::base::{PageCtx, html};
use crate::i18n::Tr;
use crate::participant::SignedIn;
use crate::paths;
use crate::view::{Chrome, ErrorView};
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::ProposalState;
use mitwirken_store::proposals::ProposalError;

#[derive(Template)]
#[template(path = "proposals/edit.html")]
struct EditPage {
    tr: Tr,
    chrome: Chrome,
    id: i64,
    /// The kind of a proposal stays as it was proposed.
    kinds: Vec<KindChoice>,
    /// Why the text can no longer be changed; empty while it can.
    closed: String,
    input: ProposalInput,
    errors: Vec<ErrorView>,
}

impl EditPage {}

fn edit_page(
    ctx: &PageCtx,
    id: i64,
    closed: String,
    input: ProposalInput,
    errors: Vec<ErrorView>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let status = if !closed.is_empty() {
        StatusCode::FORBIDDEN
    } else if !errors.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = EditPage {
        chrome: ctx.chrome(tr.t("proposals-edit-title"), &content),
        id,
        kinds: Vec::new(),
        closed,
        input,
        errors,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

crate::view::form_errors!(EditPage);

/// Why the author may not change the proposal now; other people are not told anything.
fn edit_refusal(tr: &Tr, error: &ProposalError) -> Result<String, AppError> {
    match error {
        ProposalError::EditWindowOver => Ok(tr.t("proposals-edit-too-late")),
        ProposalError::NotOpen => Ok(tr.t("proposals-edit-answered")),
        ProposalError::NotAuthor => Err(AppError::Forbidden),
        _ => Err(AppError::NotFound),
    }
}

pub async fn edit_form(
    State(state): State<AppState>,
    Path(crate::PathId(id)): Path<crate::PathId>,
    SignedIn(who): SignedIn,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (proposal, _, _) = proposal_of(&state, id, Some(who.id)).await?;
    let input = ProposalInput {
        kind: proposal.summary.kind.as_str().to_owned(),
        title: proposal.summary.title.clone(),
        body: proposal.body.clone(),
    };
    let closed = if proposal.editable_by(who.id, state.clock.now()) {
        String::new()
    } else if proposal.author_id != Some(who.id) {
        return Err(AppError::Forbidden);
    } else if !proposal.summary.visibility.is_visible() {
        return Err(AppError::NotFound);
    } else if proposal.summary.state != ProposalState::Open {
        ctx.tr().t("proposals-edit-answered")
    } else {
        ctx.tr().t("proposals-edit-too-late")
    };
    edit_page(&ctx, id, closed, input, Vec::new())
}

pub async fn edit(
    State(state): State<AppState>,
    Path(crate::PathId(id)): Path<crate::PathId>,
    SignedIn(who): SignedIn,
    ctx: PageCtx,
    Form(input): Form<ProposalInput>,
) -> Result<Response, AppError> {
    proposal_of(&state, id, Some(who.id)).await?;
    let tr = ctx.tr();
    match state
        .store
        .edit_proposal(who.id, id, &input.title, &input.body, state.clock.now())
        .await
    {
        Ok(()) => Ok(Redirect::to(&paths::proposal(id)).into_response()),
        Err(ProposalError::Text { title, body }) => {
            let mut errors = Vec::new();
            text_errors(&tr, title, body, &mut errors);
            edit_page(&ctx, id, String::new(), input, errors)
        }
        Err(ProposalError::Store(e)) => Err(e.into()),
        Err(other) => {
            let closed = edit_refusal(&tr, &other)?;
            edit_page(&ctx, id, closed, input, Vec::new())
        }
    }
}

pub async fn delete(
    State(state): State<AppState>,
    Path(crate::PathId(id)): Path<crate::PathId>,
    SignedIn(who): SignedIn,
) -> Result<Response, AppError> {
    proposal_of(&state, id, Some(who.id)).await?;
    match state
        .store
        .delete_proposal(who.id, id, state.clock.now())
        .await
    {
        Ok(()) => Ok(Redirect::to(&paths::proposal(id)).into_response()),
        Err(ProposalError::NotAuthor) => Err(AppError::Forbidden),
        Err(ProposalError::Store(e)) => Err(e.into()),
        Err(_) => Err(AppError::NotFound),
    }
}
