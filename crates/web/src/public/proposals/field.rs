//! A field of action's proposals: the list, and the form to propose a goal or a measure.

use super::{KindChoice, ProposalInput, closed_note, text_errors, today};
use crate::base::labels::{author_label, kind_label, removed_note, state_class, state_label};
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::participant::{MaybeSignedIn, SignedIn};
use crate::paths;
use crate::public::analysis::field_of;
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::cocreation::{MAX_TEXT, MAX_TITLE, participation_open};
use mitwirken_domain::{FieldOfAction, Process, ProposalKind};
use mitwirken_store::participant::Participant;
use mitwirken_store::proposals::{ProposalError, ProposalSummary};

pub struct ProposalRow {
    pub id: i64,
    pub title: String,
    /// "Proposal no. 7", shown instead of the title of a removed proposal.
    pub number: String,
    pub kind: String,
    pub author: String,
    pub supports: String,
    pub state: String,
    pub state_class: &'static str,
    pub removed: String,
}

fn row(tr: &Tr, p: &ProposalSummary) -> ProposalRow {
    ProposalRow {
        id: p.id,
        title: p.title.clone(),
        number: tr.args("proposals-number", &[("id", Arg::Num(p.id))]),
        kind: kind_label(tr, p.kind),
        author: author_label(tr, p.author.as_deref()),
        supports: tr.count("proposals-supports", p.supports as i64),
        state: state_label(tr, p.state),
        state_class: state_class(p.state),
        removed: removed_note(tr, &p.visibility),
    }
}

#[derive(Template)]
#[template(path = "proposals/field.html")]
struct FieldPage {
    tr: Tr,
    chrome: Chrome,
    process_slug: String,
    process_title: Txt,
    field_slug: String,
    field_title: Txt,
    count: String,
    proposals: Vec<ProposalRow>,
    /// The form is shown: participation runs and the reader is signed in with a name.
    can_propose: bool,
    participation: bool,
    signed_in: bool,
    closed_note: String,
    signin_href: String,
    me_href: String,
    kinds: Vec<KindChoice>,
    input: ProposalInput,
    errors: Vec<ErrorView>,
}

impl FieldPage {}

async fn field_page(
    state: &AppState,
    ctx: &PageCtx,
    (process, field): (&Process, &FieldOfAction),
    who: Option<&Participant>,
    input: ProposalInput,
    errors: Vec<ErrorView>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let today = today(state, process);
    let participation = participation_open(process, today);
    let proposals = state.store.proposals_of_field(field.id.0).await?;
    let field_title = content.pick(&field.title);
    let kinds = ProposalKind::ALL
        .iter()
        .map(|k| KindChoice {
            value: k.as_str(),
            label: kind_label(&tr, *k),
            checked: input.kind == k.as_str(),
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let can_propose = participation && who.is_some_and(|w| !w.display_name.is_empty());
    let mut chrome = ctx.chrome(
        tr.args(
            "proposals-field-title",
            &[("field", Arg::Str(&field_title.text))],
        ),
        &content,
    );
    if can_propose {
        chrome = chrome.keeping_form("propose-form");
    }
    let page = FieldPage {
        chrome,
        process_slug: process.slug.to_string(),
        process_title: content.pick(&process.title),
        field_slug: field.slug.to_string(),
        field_title,
        count: tr.count("proposals-count", proposals.len() as i64),
        proposals: proposals.iter().map(|p| row(&tr, p)).collect(),
        can_propose,
        participation,
        signed_in: who.is_some(),
        closed_note: closed_note(&tr, process, today),
        signin_href: paths::signin_next(&ctx.path),
        me_href: paths::me_next(&ctx.path),
        kinds,
        input,
        errors,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

crate::view::form_errors!(FieldPage);

pub async fn field(
    State(state): State<AppState>,
    Path((slug, field_slug)): Path<(String, String)>,
    MaybeSignedIn(who): MaybeSignedIn,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (process, field) = field_of(&state, &slug, &field_slug).await?;
    field_page(
        &state,
        &ctx,
        (&process, &field),
        who.as_ref(),
        ProposalInput::default(),
        Vec::new(),
    )
    .await
}

pub async fn propose(
    State(state): State<AppState>,
    Path((slug, field_slug)): Path<(String, String)>,
    SignedIn(who): SignedIn,
    ctx: PageCtx,
    Form(input): Form<ProposalInput>,
) -> Result<Response, AppError> {
    let (process, field) = field_of(&state, &slug, &field_slug).await?;
    if who.display_name.is_empty() {
        return Ok(Redirect::to(&paths::me_next(&ctx.path)).into_response());
    }
    if ctx.switching {
        return field_page(
            &state,
            &ctx,
            (&process, &field),
            Some(&who),
            input,
            Vec::new(),
        )
        .await;
    }
    let tr = ctx.tr();
    let mut errors = Vec::new();
    let today = today(&state, &process);
    if !participation_open(&process, today) {
        errors.push(ErrorView::new(
            "closed-note",
            closed_note(&tr, &process, today),
        ));
        let mut refused =
            field_page(&state, &ctx, (&process, &field), Some(&who), input, errors).await?;
        *refused.status_mut() = StatusCode::FORBIDDEN;
        return Ok(refused);
    }
    let kind = ProposalKind::parse(&input.kind).ok();
    if kind.is_none() {
        errors.push(ErrorView::new("kind-goal", tr.t("proposals-kind-missing")));
    }
    let outcome = match kind {
        Some(kind) => Some(
            state
                .store
                .propose(
                    who.id,
                    field.id.0,
                    kind,
                    &input.title,
                    &input.body,
                    state.clock.now(),
                )
                .await,
        ),
        None => None,
    };
    match outcome {
        Some(Ok(id)) => return Ok(Redirect::to(&paths::proposal(id)).into_response()),
        Some(Err(ProposalError::Text { title, body })) => {
            text_errors(&tr, title, body, &mut errors)
        }
        Some(Err(ProposalError::TooManyPosts)) => {
            errors.push(ErrorView::new("title", tr.t("proposals-too-many")))
        }
        Some(Err(ProposalError::Store(e))) => return Err(e.into()),
        Some(Err(_)) => return Err(AppError::NotFound),
        None => {
            // The kind is missing; the texts are still checked, so every error shows at once.
            let title = mitwirken_domain::cocreation::contribution_text(&input.title, MAX_TITLE);
            let body = mitwirken_domain::cocreation::contribution_text(&input.body, MAX_TEXT);
            text_errors(&tr, title.err(), body.err(), &mut errors);
        }
    }
    field_page(&state, &ctx, (&process, &field), Some(&who), input, errors).await
}
