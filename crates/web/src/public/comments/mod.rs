//! Comment threads as pages show them, for a paragraph of the analysis or a proposal: who may
//! write now, the threads with one level of replies, and the author's edit and delete; plus the
//! report form that anyone may use on a comment, proposal or position paper.

use crate::base::labels::text_error;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use mitwirken_domain::analysis::may_still_edit;
use mitwirken_domain::cocreation::participation_open;
use mitwirken_domain::{PhaseKind, Process};
use mitwirken_store::comments::{Comment, CommentError, CommentTarget, Thread};
use mitwirken_store::participant::Participant;

mod edit;
mod report;

pub use edit::{delete, edit, edit_form};
pub use report::{report, report_form};

/// Participants' Markdown as comments allow it: paragraphs, emphasis, lists, quotes, code and
/// links; no headings, images or tables, which would break the page around the comment.
pub fn comment_html(source: &str) -> String {
    let html = crate::markdown::to_html(source);
    ammonia::Builder::empty()
        .add_tags([
            "p",
            "br",
            "strong",
            "em",
            "del",
            "ul",
            "ol",
            "li",
            "blockquote",
            "code",
            "pre",
            "a",
        ])
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .clean(&html)
        .to_string()
}

/// Whether the reader may write a comment now, and if not, what they can do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommentAccess {
    Open {
        participant: i64,
    },
    /// Participation runs, but the reader must sign in first; `next` is where to come back.
    SignIn {
        next: String,
    },
    /// Signed in without a display name, which every comment shows.
    ChooseName {
        next: String,
    },
    NotYet {
        from: Date,
    },
    Closed,
}

impl CommentAccess {
    /// Decides for the reader of a page at `here` on `today`.
    pub fn decide(
        process: &Process,
        today: Date,
        reader: Option<&Participant>,
        here: &str,
    ) -> CommentAccess {
        if !participation_open(process, today) {
            let next_start = process
                .phases
                .iter()
                .filter(|p| p.kind == PhaseKind::Participation && p.starts_on > today)
                .map(|p| p.starts_on)
                .min();
            return match next_start {
                Some(from) => CommentAccess::NotYet { from },
                None => CommentAccess::Closed,
            };
        }
        match reader {
            None => CommentAccess::SignIn {
                next: here.to_owned(),
            },
            Some(p) if p.display_name.trim().is_empty() => CommentAccess::ChooseName {
                next: here.to_owned(),
            },
            Some(p) => CommentAccess::Open { participant: p.id },
        }
    }

    pub fn is_open(&self) -> bool {
        matches!(self, CommentAccess::Open { .. })
    }

    /// What is possible now, and a link that helps, if any. The page says it in full once;
    /// each thread says it briefly where its form would be.
    pub fn explain(&self, tr: &Tr, in_full: bool) -> (String, Option<(String, String)>) {
        match self {
            CommentAccess::Open { .. } => (String::new(), None),
            CommentAccess::SignIn { next } => (
                tr.t("comment-access-sign-in"),
                Some((
                    paths::signin_next(next),
                    tr.t("comment-access-sign-in-link"),
                )),
            ),
            CommentAccess::ChooseName { next } => (
                tr.t("comment-access-choose-name"),
                Some((
                    paths::me_next(next),
                    tr.t("comment-access-choose-name-link"),
                )),
            ),
            CommentAccess::NotYet { from } => {
                let date = [("date", Arg::Str(&tr.long_date(*from)))];
                let text = if in_full {
                    tr.args("comment-access-not-yet", &date)
                } else {
                    tr.args("comment-access-not-yet-short", &date)
                };
                (text, None)
            }
            CommentAccess::Closed if in_full => (tr.t("comment-access-closed"), None),
            CommentAccess::Closed => (tr.t("comment-access-closed-short"), None),
        }
    }
}

/// What a participant typed into one comment form, kept when it was refused.
#[derive(Debug, Clone)]
pub struct Draft {
    pub target: CommentTarget,
    pub parent: Option<i64>,
    pub body: String,
    pub error: String,
}

fn new_comment_id(target: CommentTarget) -> String {
    match target {
        CommentTarget::Paragraph(id) => format!("comment-paragraph-{id}"),
        CommentTarget::Proposal(id) => format!("comment-proposal-{id}"),
    }
}

/// One comment as the thread template shows it.
pub struct CommentView {
    pub id: i64,
    pub author: String,
    pub author_known: bool,
    pub when: String,
    pub datetime: String,
    /// The sanitised text; empty when hidden or deleted.
    pub html: String,
    /// "Hidden by moderation. Reason: …", when hidden.
    pub hidden_text: String,
    pub deleted: bool,
    pub edited: bool,
    pub earlier_version: bool,
    pub may_edit: bool,
    pub may_delete: bool,
    pub may_report: bool,
    pub replies: Vec<CommentView>,
    pub may_reply: bool,
    pub reply_label: String,
    pub reply_value: String,
    pub reply_error: String,
}

impl CommentView {
    pub fn reply_id(&self) -> String {
        format!("reply-{}", self.id)
    }
}

/// A whole thread with its forms, ready for `comment_thread.html`.
pub struct ThreadView {
    /// The form field naming the target: `paragraph` or `proposal`.
    pub target_name: &'static str,
    pub target_id: i64,
    /// Where the forms post to.
    pub action: String,
    pub label: String,
    pub comments: Vec<CommentView>,
    pub can_post: bool,
    pub access_note: String,
    pub access_link: Option<(String, String)>,
    pub draft: String,
    pub draft_error: String,
    /// The id of the text box that shows a refused draft, for the error summary's link.
    pub error_field: Option<String>,
}

impl ThreadView {
    pub fn body_id(&self) -> String {
        match self.target_name {
            "paragraph" => new_comment_id(CommentTarget::Paragraph(self.target_id)),
            _ => new_comment_id(CommentTarget::Proposal(self.target_id)),
        }
    }
}

/// Everything the thread view needs to know about the page and the reader.
pub struct ThreadCtx<'a> {
    pub tr: &'a Tr,
    pub tz: &'a TimeZone,
    pub now: Timestamp,
    pub access: &'a CommentAccess,
    /// Where the forms post to.
    pub action: &'a str,
    pub draft: Option<&'a Draft>,
}

fn comment_view(c: Comment, ctx: &ThreadCtx<'_>, reader: Option<i64>) -> CommentView {
    let tr = ctx.tr;
    let own = reader.is_some() && c.author_id == reader;
    let visible = c.hidden_reason.is_none() && !c.deleted;
    let author_known = c.author_name.is_some();
    CommentView {
        id: c.id,
        author: c
            .author_name
            .clone()
            .unwrap_or_else(|| tr.t("comment-author-deleted")),
        author_known,
        when: tr.date_time(c.created_at, ctx.tz),
        datetime: c.created_at.to_string(),
        html: if visible {
            comment_html(&c.body)
        } else {
            String::new()
        },
        hidden_text: c
            .hidden_reason
            .as_deref()
            .map_or_else(String::new, |reason| {
                tr.args("comment-hidden", &[("reason", Arg::Str(reason))])
            }),
        deleted: c.deleted,
        edited: c.edited,
        earlier_version: c.earlier_version,
        may_edit: own && visible && may_still_edit(c.created_at, ctx.now),
        may_delete: own && !c.deleted,
        may_report: visible,
        replies: Vec::new(),
        may_reply: false,
        reply_label: tr.args(
            "comment-reply-label",
            &[(
                "name",
                Arg::Str(
                    c.author_name
                        .as_deref()
                        .unwrap_or(&tr.t("comment-author-deleted")),
                ),
            )],
        ),
        reply_value: String::new(),
        reply_error: String::new(),
    }
}

/// Builds the view of the threads on `target` from what the store returned.
pub fn thread_from(
    ctx: &ThreadCtx<'_>,
    target: CommentTarget,
    threads: Vec<Thread>,
    label: String,
) -> ThreadView {
    let reader = match ctx.access {
        CommentAccess::Open { participant } => Some(*participant),
        _ => None,
    };
    let can_post = ctx.access.is_open();
    let draft = ctx.draft.filter(|d| d.target == target);
    let mut error_field = None;
    let comments: Vec<CommentView> = threads
        .into_iter()
        .map(|t| {
            let mut top = comment_view(t.comment, ctx, reader);
            top.may_reply = can_post && top.may_report;
            if let Some(d) = draft.filter(|d| top.may_reply && d.parent == Some(top.id)) {
                top.reply_value = d.body.clone();
                top.reply_error = d.error.clone();
                error_field = Some(top.reply_id());
            }
            top.replies = t
                .replies
                .into_iter()
                .map(|r| comment_view(r, ctx, reader))
                .collect();
            top
        })
        .collect();
    let (access_note, access_link) = ctx.access.explain(ctx.tr, false);
    // A draft whose reply form is not on the page (a reply to a reply) goes to the thread's form.
    let top_draft = draft.filter(|_| error_field.is_none() && can_post);
    let (target_name, target_id) = match target {
        CommentTarget::Paragraph(id) => ("paragraph", id),
        CommentTarget::Proposal(id) => ("proposal", id),
    };
    if top_draft.is_some() {
        error_field = Some(new_comment_id(target));
    }
    ThreadView {
        target_name,
        target_id,
        action: ctx.action.to_owned(),
        label,
        comments,
        can_post,
        access_note,
        access_link,
        draft: top_draft.map(|d| d.body.clone()).unwrap_or_default(),
        draft_error: top_draft.map(|d| d.error.clone()).unwrap_or_default(),
        error_field,
    }
}

/// Loads and builds the thread on one paragraph or proposal, as a proposal page includes it.
pub async fn thread_view(
    state: &AppState,
    ctx: &ThreadCtx<'_>,
    target: CommentTarget,
    label: String,
) -> Result<ThreadView, AppError> {
    let threads = state.store.comments_on(target).await?;
    Ok(thread_from(ctx, target, threads, label))
}

/// The message for a comment the store refused, when the form can show it.
pub fn refusal_message(tr: &Tr, error: &CommentError) -> Option<(StatusCode, String)> {
    match error {
        CommentError::Text(e) => Some((StatusCode::UNPROCESSABLE_ENTITY, text_error(tr, *e))),
        CommentError::RateLimited => Some((
            StatusCode::TOO_MANY_REQUESTS,
            tr.t("comment-error-rate-limited"),
        )),
        CommentError::BadParent => Some((
            StatusCode::UNPROCESSABLE_ENTITY,
            tr.t("comment-error-reply"),
        )),
        _ => None,
    }
}

/// A page that explains why something is not possible, with a way back.
#[derive(Template)]
#[template(path = "comment_message.html")]
pub struct MessagePage {
    pub tr: Tr,
    pub chrome: Chrome,
    pub text: String,
    pub back: String,
}

pub fn message(
    ctx: &PageCtx,
    status: StatusCode,
    heading: String,
    text: String,
    back: String,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let page = MessagePage {
        chrome: ctx.chrome(heading, &content),
        text,
        back,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

/// Answers a refusal that no form can show: not the author, too late, hidden, gone.
fn refused(ctx: &PageCtx, error: CommentError, back: String) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let text = match error {
        CommentError::NotAuthor => tr.t("comment-error-not-author"),
        CommentError::TooLate => tr.t("comment-error-too-late"),
        CommentError::Hidden => tr.t("comment-error-hidden"),
        CommentError::NotFound | CommentError::NoTarget => return Err(AppError::NotFound),
        CommentError::Store(e) => return Err(e.into()),
        other => match refusal_message(&tr, &other) {
            Some((_, text)) => text,
            None => return Err(AppError::NotFound),
        },
    };
    message(
        ctx,
        StatusCode::FORBIDDEN,
        tr.t("comment-refused-title"),
        text,
        back,
    )
}
#[cfg(test)]
mod tests;
