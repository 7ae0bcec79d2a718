//! Comment threads as pages show them, for a paragraph of the analysis or a proposal: who may
//! write now, the threads with one level of replies, and the author's edit and delete; plus the
//! report form that anyone may use on a comment, proposal or position paper.

use super::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::participant::{MaybeSignedIn, SignedIn};
use crate::view::{Chrome, ErrorView};
use crate::{AppError, AppState, PathId, paths};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use mitwirken_domain::analysis::{MAX_REPORT_REASON, may_still_edit};
use mitwirken_domain::cocreation::{TextError, participation_open};
use mitwirken_domain::{PhaseKind, Process, ProcessStatus, ReportTarget};
use mitwirken_store::comments::{Comment, CommentError, CommentTarget, OwnComment, Thread};
use mitwirken_store::moderation::{ModeratedItem, ModerationError};
use mitwirken_store::participant::Participant;
use serde::Deserialize;

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
        let encode = crate::admin::encode_path;
        match self {
            CommentAccess::Open { .. } => (String::new(), None),
            CommentAccess::SignIn { next } => (
                tr.t("comment-access-sign-in"),
                Some((
                    format!("/signin?next={}", encode(next)),
                    tr.t("comment-access-sign-in-link"),
                )),
            ),
            CommentAccess::ChooseName { next } => (
                tr.t("comment-access-choose-name"),
                Some((
                    format!("/me?next={}", encode(next)),
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

pub fn text_error(tr: &Tr, error: TextError) -> String {
    match error {
        TextError::Empty => tr.t("form-error-required"),
        TextError::TooLong { max } => tr.count("form-error-too-long", max as i64),
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

/// At most `max` characters of `text`, cut at a character boundary.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
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
        action: format!("/report/{}/{id}", target.as_str()),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_keep_simple_formatting_and_lose_scripts_handlers_and_headings() {
        let html = comment_html(
            "# Big\n\n**fett** <script>alert(1)</script> <a href=\"https://example.org\" onclick=\"steal()\">Link</a>\n\n![x](https://tracker.example/p.png)",
        );
        assert!(html.contains("<strong>fett</strong>"), "{html}");
        assert!(html.contains("href=\"https://example.org\""), "{html}");
        assert!(
            !html.contains("<script") && !html.contains("alert(1)"),
            "{html}"
        );
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("<h1") && html.contains("Big"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn an_excerpt_is_cut_at_a_character_boundary() {
        assert_eq!(excerpt("äöü", 2), "äö…");
        assert_eq!(excerpt("äöü", 3), "äöü");
    }
}
