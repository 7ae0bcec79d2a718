//! One proposal as readers see it: its text, supports, the organiser's answer and its comments.

use super::{closed_note, proposal_of, today};
use crate::base::labels::{author_label, kind_label, removed_note, state_class, state_label};
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::participant::MaybeSignedIn;
use crate::paths;
use crate::public::comments::{CommentAccess, Draft, ThreadCtx, ThreadView, thread_view};
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use mitwirken_domain::cocreation::participation_open;
use mitwirken_domain::{Process, ProposalState};
use mitwirken_store::comments::CommentTarget;
use mitwirken_store::participant::Participant;
use mitwirken_store::proposals::{Proposal, Visibility};

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

pub(super) async fn proposal_page(
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
            paths::signin_next(&ctx.path)
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
