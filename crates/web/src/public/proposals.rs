//! Proposals of goals and measures per field of action: the list with the form to propose, one
//! proposal with its supports, the organiser's answer and its comments, and the author's brief
//! edit and delete.

use super::comments::{
    CommentAccess, Draft, ThreadCtx, ThreadView, message, refusal_message, thread_view,
};
use crate::base::labels::{author_label, kind_label, removed_note, state_class, state_label};
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::participant::{MaybeSignedIn, SignedIn};
use crate::paths;
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::Timestamp;
use mitwirken_domain::cocreation::{MAX_TEXT, MAX_TITLE, TextError, participation_open};
use mitwirken_domain::{
    FieldOfAction, FieldOfActionId, PhaseKind, Process, ProcessStatus, ProposalKind, ProposalState,
};
use mitwirken_store::comments::{CommentError, CommentTarget};
use mitwirken_store::participant::Participant;
use mitwirken_store::proposals::{Proposal, ProposalError, ProposalSummary, Visibility};
use serde::Deserialize;

pub(crate) fn today(state: &AppState, process: &Process) -> jiff::civil::Date {
    state
        .clock
        .now()
        .to_zoned_datetime(process.time_zone.clone())
        .date()
}

/// What participants can do now when the participation phase does not run.
pub(crate) fn closed_note(tr: &Tr, process: &Process, today: jiff::civil::Date) -> String {
    let mut participation = process
        .phases
        .iter()
        .filter(|p| p.kind == PhaseKind::Participation);
    match participation.clone().find(|p| p.starts_on > today) {
        Some(next) => tr.args(
            "proposals-opens-later",
            &[
                ("start", Arg::Str(&tr.long_date(next.starts_on))),
                ("end", Arg::Str(&tr.long_date(next.ends_on))),
            ],
        ),
        None if participation.any(|p| p.ends_on < today) => tr.t("proposals-phase-over"),
        None => tr.t("proposals-no-phase"),
    }
}

pub(crate) fn signin_href(path: &str) -> String {
    paths::signin_next(path)
}

pub(crate) fn me_href(path: &str) -> String {
    paths::me_next(path)
}

/// A published process and one of its fields of action, or 404.
async fn field_of(
    state: &AppState,
    slug: &str,
    field_slug: &str,
) -> Result<(Process, FieldOfAction), AppError> {
    let process = crate::lookup::published_process(state, slug).await?;
    let field = state
        .store
        .fields_of_action(process.id)
        .await?
        .into_iter()
        .find(|f| f.slug.as_str() == field_slug)
        .ok_or(AppError::NotFound)?;
    Ok((process, field))
}

/// A proposal with its published process and field, or 404.
async fn proposal_of(
    state: &AppState,
    id: i64,
    viewer: Option<i64>,
) -> Result<(Proposal, Process, FieldOfAction), AppError> {
    let proposal = state
        .store
        .proposal(id, viewer)
        .await?
        .ok_or(AppError::NotFound)?;
    let process = state
        .store
        .process_by_id(proposal.process_id)
        .await?
        .filter(|p| p.status == ProcessStatus::Published)
        .ok_or(AppError::NotFound)?;
    let field = state
        .store
        .fields_of_action(process.id)
        .await?
        .into_iter()
        .find(|f| f.id == FieldOfActionId(proposal.summary.field_id))
        .ok_or(AppError::NotFound)?;
    Ok((proposal, process, field))
}

/// What was typed into the proposal form, kept when it is shown again.
#[derive(Deserialize, Default, Clone)]
pub struct ProposalInput {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

fn text_errors(
    tr: &Tr,
    title: Option<TextError>,
    body: Option<TextError>,
    errors: &mut Vec<ErrorView>,
) {
    match title {
        Some(TextError::Empty) => {
            errors.push(ErrorView::new("title", tr.t("proposals-title-missing")))
        }
        Some(TextError::TooLong { .. }) => errors.push(ErrorView::new(
            "title",
            tr.args(
                "proposals-title-too-long",
                &[("max", Arg::Num(MAX_TITLE as i64))],
            ),
        )),
        None => {}
    }
    match body {
        Some(TextError::Empty) => {
            errors.push(ErrorView::new("body", tr.t("proposals-text-missing")))
        }
        Some(TextError::TooLong { .. }) => errors.push(ErrorView::new(
            "body",
            tr.args(
                "proposals-text-too-long",
                &[("max", Arg::Num(MAX_TEXT as i64))],
            ),
        )),
        None => {}
    }
}

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

pub struct KindChoice {
    pub value: &'static str,
    pub label: String,
    pub checked: bool,
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
        signin_href: signin_href(&ctx.path),
        me_href: me_href(&ctx.path),
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
        return Ok(Redirect::to(&me_href(&ctx.path)).into_response());
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

pub struct MeasureLink {
    pub id: i64,
    pub title: Txt,
}

#[derive(Template)]
#[template(path = "proposals/show.html")]
struct ProposalPage {
    tr: Tr,
    chrome: Chrome,
    id: i64,
    process_slug: String,
    process_title: Txt,
    field_slug: String,
    field_title: Txt,
    kind: String,
    author: String,
    written: String,
    edited: bool,
    body: String,
    removed: String,
    supports: String,
    state: &'static str,
    state_label: String,
    state_class: &'static str,
    answer: String,
    answered: String,
    measures: Vec<MeasureLink>,
    merged_id: i64,
    merged_title: String,
    /// The support form: "support", "withdraw" or nothing.
    support_action: &'static str,
    support_note: String,
    signin_href: String,
    can_edit: bool,
    edit_until: String,
    can_delete: bool,
    notice: String,
    /// The comments; shown on a removed proposal only while there are some.
    thread: ThreadView,
    show_comments: bool,
    errors: Vec<ErrorView>,
}

impl ProposalPage {
    fn error_summary_title(&self) -> String {
        self.tr
            .count("form-error-summary", self.errors.len() as i64)
    }
}

/// The comments on a proposal. A proposal that was hidden or deleted takes no new comments; the
/// ones it has stay readable, and their authors may still delete them.
async fn proposal_thread(
    state: &AppState,
    tr: &Tr,
    (process, proposal): (&Process, &Proposal),
    who: Option<&Participant>,
    draft: Option<&Draft>,
) -> Result<ThreadView, AppError> {
    let now = state.clock.now();
    let here = paths::proposal(proposal.summary.id);
    let access = CommentAccess::decide(process, today(state, process), who, &here);
    let action = format!("{here}/comments");
    let thread_ctx = ThreadCtx {
        tr,
        tz: &process.time_zone,
        now,
        access: &access,
        action: &action,
        draft,
    };
    let target = CommentTarget::Proposal(proposal.summary.id);
    let mut thread =
        thread_view(state, &thread_ctx, target, tr.t("proposals-comment-label")).await?;
    if proposal.summary.visibility.is_visible() {
        // One thread on the page, so it says in full what is possible.
        (thread.access_note, thread.access_link) = access.explain(tr, true);
    } else {
        thread.can_post = false;
        thread.access_note = tr.t("proposals-comments-closed");
        thread.access_link = None;
        for c in &mut thread.comments {
            c.may_reply = false;
        }
    }
    Ok(thread)
}

async fn proposal_page(
    state: &AppState,
    ctx: &PageCtx,
    id: i64,
    who: Option<&Participant>,
    notice: Option<String>,
    draft: Option<Draft>,
) -> Result<Response, AppError> {
    let (proposal, process, field) = proposal_of(state, id, who.map(|w| w.id)).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let now = state.clock.now();
    let tz = &process.time_zone;
    let thread = proposal_thread(state, &tr, (&process, &proposal), who, draft.as_ref()).await?;
    let errors: Vec<ErrorView> = thread
        .error_field
        .as_deref()
        .zip(draft.as_ref())
        .map(|(field, d)| ErrorView::new(field, d.error.clone()))
        .into_iter()
        .collect();
    let date = |t: Timestamp| tr.long_date(t.to_zoned_datetime(tz.clone()).date());
    let summary = &proposal.summary;
    let participation = participation_open(&process, today(state, &process));
    let own = who.is_some_and(|w| proposal.author_id == Some(w.id));
    let (support_action, support_note) = if !proposal.takes_supports() {
        ("", String::new())
    } else if !participation {
        ("", closed_note(&tr, &process, today(state, &process)))
    } else if who.is_none() {
        ("", String::new())
    } else if own {
        ("", tr.t("proposals-own-support"))
    } else if proposal.supported {
        ("withdraw", tr.t("proposals-you-support"))
    } else {
        ("support", String::new())
    };
    let measures = if proposal.measures.is_empty() {
        Vec::new()
    } else {
        state
            .store
            .measure_choices(process.id)
            .await?
            .into_iter()
            .filter(|m| proposal.measures.contains(&m.id))
            .map(|m| MeasureLink {
                id: m.id,
                title: content.pick(&m.title),
            })
            .collect()
    };
    let (merged_id, merged_title) = match &proposal.merged_into {
        Some(m) if summary.state == ProposalState::Merged => (
            m.id,
            if m.visibility.is_visible() {
                m.title.clone()
            } else {
                tr.args("proposals-number", &[("id", Arg::Num(m.id))])
            },
        ),
        _ => (0, String::new()),
    };
    let heading = if summary.visibility.is_visible() {
        summary.title.clone()
    } else {
        tr.args("proposals-number", &[("id", Arg::Num(summary.id))])
    };
    let editable = who.is_some_and(|w| proposal.editable_by(w.id, now));
    let status = if notice.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let page = ProposalPage {
        chrome: ctx.chrome(heading, &content),
        id,
        process_slug: process.slug.to_string(),
        process_title: content.pick(&process.title),
        field_slug: field.slug.to_string(),
        field_title: content.pick(&field.title),
        kind: kind_label(&tr, summary.kind),
        author: author_label(&tr, summary.author.as_deref()),
        written: date(summary.created_at),
        edited: proposal.edited_at.is_some(),
        body: if summary.visibility.is_visible() {
            crate::markdown::to_html(&proposal.body)
        } else {
            String::new()
        },
        removed: removed_note(&tr, &summary.visibility),
        supports: tr.count("proposals-supports", summary.supports as i64),
        state: summary.state.as_str(),
        state_label: state_label(&tr, summary.state),
        state_class: state_class(summary.state),
        answer: proposal.answer.clone(),
        answered: proposal.answered_at.map(date).unwrap_or_default(),
        measures,
        merged_id,
        merged_title,
        support_action,
        support_note,
        signin_href: if who.is_none() && proposal.takes_supports() && participation {
            signin_href(&ctx.path)
        } else {
            String::new()
        },
        can_edit: editable,
        edit_until: tr.clock(
            summary.created_at + mitwirken_domain::cocreation::EDIT_WINDOW,
            tz,
        ),
        can_delete: own && summary.visibility != Visibility::Deleted,
        notice: notice.unwrap_or_default(),
        show_comments: summary.visibility.is_visible() || !thread.comments.is_empty(),
        thread,
        errors,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    Path(crate::PathId(id)): Path<crate::PathId>,
    MaybeSignedIn(who): MaybeSignedIn,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    proposal_page(&state, &ctx, id, who.as_ref(), None, None).await
}

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
        return Ok(Redirect::to(&signin_href(&here)).into_response());
    };
    if who.display_name.trim().is_empty() {
        return Ok(Redirect::to(&me_href(&here)).into_response());
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
