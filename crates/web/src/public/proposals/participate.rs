//! What a signed-in participant does on a proposal: support it, withdraw the support, comment.

use super::show::proposal_page;
use super::{closed_note, proposal_of, today};
use crate::base::PageCtx;
use crate::participant::{MaybeSignedIn, SignedIn};
use crate::paths;
use crate::public::comments::{CommentAccess, Draft, message, refusal_message};
use crate::{AppError, AppState};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::cocreation::participation_open;
use mitwirken_store::comments::{CommentError, CommentTarget};
use mitwirken_store::participant::Participant;
use mitwirken_store::proposals::ProposalError;
use serde::Deserialize;

/// Sends the reader back to the proposal after a support, or shows why it did not count.
async fn after_support(
    state: &AppState,
    ctx: &PageCtx,
    id: i64,
    who: &Participant,
    outcome: Result<(), ProposalError>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let notice = match outcome {
        Ok(()) => return Ok(Redirect::to(&paths::proposal(id)).into_response()),
        Err(ProposalError::OwnProposal) => tr.t("proposals-own-support"),
        Err(ProposalError::NotOpen) => tr.t("proposals-support-answered"),
        Err(ProposalError::Store(e)) => return Err(e.into()),
        Err(_) => return Err(AppError::NotFound),
    };
    proposal_page(state, ctx, id, Some(who), Some(notice), None).await
}

/// Supports and withdrawals happen only while the participation phase runs.
async fn participation_refused(
    state: &AppState,
    ctx: &PageCtx,
    id: i64,
    who: &Participant,
) -> Result<Option<Response>, AppError> {
    let (_, process, _) = proposal_of(state, id, Some(who.id)).await?;
    let today = today(state, &process);
    if participation_open(&process, today) {
        return Ok(None);
    }
    let notice = closed_note(&ctx.tr(), &process, today);
    Ok(Some(
        proposal_page(state, ctx, id, Some(who), Some(notice), None).await?,
    ))
}

#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    parent: String,
    #[serde(default)]
    body: String,
}

/// Posts a comment on a proposal, or a reply to one of its comments, under the same rules as
/// comments on the analysis; a refused text is shown again on the proposal page.
pub async fn post_comment(
    State(state): State<AppState>,
    Path(crate::PathId(id)): Path<crate::PathId>,
    MaybeSignedIn(reader): MaybeSignedIn,
    ctx: PageCtx,
    Form(form): Form<CommentForm>,
) -> Result<Response, AppError> {
    let (proposal, process, _) = proposal_of(&state, id, reader.as_ref().map(|w| w.id)).await?;
    let here = paths::proposal(id);
    let Some(who) = reader else {
        return Ok(Redirect::to(&paths::signin_next(&here)).into_response());
    };
    if who.display_name.trim().is_empty() {
        return Ok(Redirect::to(&paths::me_next(&here)).into_response());
    }
    let tr = ctx.tr();
    let today = today(&state, &process);
    let closed = |text: String| {
        message(
            &ctx,
            StatusCode::FORBIDDEN,
            tr.t("comment-refused-title"),
            text,
            here.clone(),
        )
    };
    if !participation_open(&process, today) {
        let (text, _) =
            CommentAccess::decide(&process, today, Some(&who), &here).explain(&tr, true);
        return closed(text);
    }
    if !proposal.summary.visibility.is_visible() {
        return closed(tr.t("proposals-comments-closed"));
    }
    let parent = match form.parent.trim() {
        "" => None,
        raw => Some(raw.parse::<i64>().map_err(|_| AppError::NotFound)?),
    };
    let target = CommentTarget::Proposal(id);
    match state
        .store
        .post_comment(who.id, target, parent, &form.body, state.clock.now())
        .await
    {
        Ok(comment) => Ok(Redirect::to(&format!("{here}#c-{comment}")).into_response()),
        Err(CommentError::Store(e)) => Err(e.into()),
        // Hidden or deleted since the check above.
        Err(CommentError::NoTarget) => closed(tr.t("proposals-comments-closed")),
        Err(error) => match refusal_message(&tr, &error) {
            Some((status, text)) => {
                let draft = Draft {
                    target,
                    parent,
                    body: form.body,
                    error: text,
                };
                let mut page =
                    proposal_page(&state, &ctx, id, Some(&who), None, Some(draft)).await?;
                *page.status_mut() = status;
                Ok(page)
            }
            None => Err(AppError::NotFound),
        },
    }
}

/// A form's address opened as a page, e.g. after signing in on the way to a support: the
/// proposal itself, where the button is.
pub async fn to_proposal(Path(crate::PathId(id)): Path<crate::PathId>) -> Redirect {
    Redirect::to(&paths::proposal(id))
}

pub async fn support(
    State(state): State<AppState>,
    Path(crate::PathId(id)): Path<crate::PathId>,
    SignedIn(who): SignedIn,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    if let Some(refused) = participation_refused(&state, &ctx, id, &who).await? {
        return Ok(refused);
    }
    let outcome = state.store.support(who.id, id, state.clock.now()).await;
    after_support(&state, &ctx, id, &who, outcome).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    Path(crate::PathId(id)): Path<crate::PathId>,
    SignedIn(who): SignedIn,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    if let Some(refused) = participation_refused(&state, &ctx, id, &who).await? {
        return Ok(refused);
    }
    let outcome = state.store.withdraw_support(who.id, id).await;
    after_support(&state, &ctx, id, &who, outcome).await
}
