//! The page of a field of action: its analysis as numbered paragraphs with stable anchors, the
//! number of comments on each in the margin, and below each paragraph its comments and forms.

use super::comments::{
    CommentAccess, Draft, ThreadCtx, ThreadView, message, refusal_message, thread_from,
};
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::participant::MaybeSignedIn;
use crate::paths;
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::cocreation::participation_open;
use mitwirken_domain::{FieldOfAction, Process};
use mitwirken_store::comments::{CommentError, CommentTarget};
use mitwirken_store::participant::Participant;
use serde::Deserialize;

pub struct ParagraphView {
    pub id: i64,
    pub number: usize,
    /// The paragraph's Markdown, rendered and sanitised.
    pub body: Txt,
    pub count_label: String,
    pub link_label: String,
    pub heading: String,
    pub thread: ThreadView,
}

#[derive(Template)]
#[template(path = "analysis.html")]
struct FieldPage {
    tr: Tr,
    chrome: Chrome,
    process_slug: String,
    process_title: Txt,
    field_slug: String,
    title: Txt,
    description: Txt,
    is_example: bool,
    analysis_title: Txt,
    access_note: String,
    access_link: Option<(String, String)>,
    paragraphs: Vec<ParagraphView>,
    removed: Vec<ParagraphView>,
    errors: Vec<ErrorView>,
}

impl FieldPage {
    fn error_summary_title(&self) -> String {
        self.tr
            .count("form-error-summary", self.errors.len() as i64)
    }
}

/// A published process and one of its fields of action, or a 404.
pub async fn field_of(
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

fn field_path(process: &Process, field: &FieldOfAction) -> String {
    paths::field_of_action(&process.slug, &field.slug)
}

async fn render(
    state: &AppState,
    ctx: &PageCtx,
    reader: Option<&Participant>,
    (process, field): (Process, FieldOfAction),
    draft: Option<Draft>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let analysis = state.store.analysis_of(field.id.0).await?;
    let ids: Vec<i64> = analysis
        .paragraphs
        .iter()
        .chain(&analysis.removed)
        .map(|p| p.id)
        .collect();
    let mut threads = state.store.comments_on_paragraphs(&ids).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let now = state.clock.now();
    let tz = &process.time_zone;
    let today = now.to_zoned_datetime(tz.clone()).date();
    let here = field_path(&process, &field);
    let access = CommentAccess::decide(&process, today, reader, &here);
    let action = format!("{here}/comments");
    let thread_ctx = ThreadCtx {
        tr: &tr,
        tz,
        now,
        access: &access,
        action: &action,
        draft: draft.as_ref(),
    };
    let mut view = |p: mitwirken_store::analysis::Paragraph| {
        let target = CommentTarget::Paragraph(p.id);
        let number = Arg::Num(p.number as i64);
        let label = tr.args("comment-label-paragraph", &[("number", number)]);
        let thread = thread_from(
            &thread_ctx,
            target,
            threads.remove(&p.id).unwrap_or_default(),
            label,
        );
        ParagraphView {
            id: p.id,
            number: p.number,
            body: content.markdown(&p.body),
            count_label: tr.count("analysis-comment-count", p.comments as i64),
            link_label: tr.args("analysis-paragraph-link", &[("number", number)]),
            heading: tr.args("analysis-comments-heading", &[("number", number)]),
            thread,
        }
    };
    let paragraphs: Vec<ParagraphView> = analysis.paragraphs.into_iter().map(&mut view).collect();
    let removed: Vec<ParagraphView> = analysis
        .removed
        .into_iter()
        .map(|p| {
            let mut removed = view(p);
            // Nobody writes on a paragraph that is gone; its authors may still delete theirs.
            removed.thread.can_post = false;
            removed.thread.access_note.clear();
            removed.thread.access_link = None;
            for c in &mut removed.thread.comments {
                c.may_reply = false;
            }
            removed
        })
        .collect();
    let (mut access_note, access_link) = access.explain(&tr, true);
    if access.is_open() {
        access_note = tr.t("analysis-how-to-comment");
    }
    let errors = paragraphs
        .iter()
        .filter_map(|p| p.thread.error_field.as_deref())
        .zip(draft.iter())
        .map(|(field, d)| ErrorView::new(field, d.error.clone()))
        .collect();
    let title = content.pick(&field.title);
    let analysis_title = if process.analysis_title.is_empty() {
        Txt::plain(&tr.t("analysis-heading"))
    } else {
        content.pick(&process.analysis_title)
    };
    let page = FieldPage {
        process_slug: process.slug.to_string(),
        process_title: content.pick(&process.title),
        field_slug: field.slug.to_string(),
        description: content.pick(&field.description),
        is_example: field.is_example,
        analysis_title,
        access_note,
        access_link,
        paragraphs,
        removed,
        errors,
        chrome: ctx.chrome(title.text.clone(), &content),
        title,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

pub async fn page(
    State(state): State<AppState>,
    Path((slug, field_slug)): Path<(String, String)>,
    MaybeSignedIn(reader): MaybeSignedIn,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let found = field_of(&state, &slug, &field_slug).await?;
    render(&state, &ctx, reader.as_ref(), found, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    paragraph: String,
    #[serde(default)]
    parent: String,
    #[serde(default)]
    body: String,
}

pub async fn post_comment(
    State(state): State<AppState>,
    Path((slug, field_slug)): Path<(String, String)>,
    MaybeSignedIn(reader): MaybeSignedIn,
    ctx: PageCtx,
    Form(form): Form<CommentForm>,
) -> Result<Response, AppError> {
    let (process, field) = field_of(&state, &slug, &field_slug).await?;
    let here = field_path(&process, &field);
    let Some(who) = reader else {
        return Ok(Redirect::to(&paths::signin_next(&here)).into_response());
    };
    if who.display_name.trim().is_empty() {
        return Ok(Redirect::to(&paths::me_next(&here)).into_response());
    }
    let tr = ctx.tr();
    let now = state.clock.now();
    let today = now.to_zoned_datetime(process.time_zone.clone()).date();
    if !participation_open(&process, today) {
        let (text, _) =
            CommentAccess::decide(&process, today, Some(&who), &here).explain(&tr, true);
        return message(
            &ctx,
            StatusCode::FORBIDDEN,
            tr.t("comment-refused-title"),
            text,
            here,
        );
    }
    let paragraph: i64 = form
        .paragraph
        .trim()
        .parse()
        .map_err(|_| AppError::NotFound)?;
    if state.store.paragraph_field(paragraph).await? != Some((field.id.0, true)) {
        return Err(AppError::NotFound);
    }
    let parent = match form.parent.trim() {
        "" => None,
        raw => Some(raw.parse::<i64>().map_err(|_| AppError::NotFound)?),
    };
    let target = CommentTarget::Paragraph(paragraph);
    match state
        .store
        .post_comment(who.id, target, parent, &form.body, now)
        .await
    {
        Ok(id) => Ok(Redirect::to(&format!("{here}#c-{id}")).into_response()),
        Err(CommentError::Store(e)) => Err(e.into()),
        Err(error) => match refusal_message(&tr, &error) {
            Some((status, message)) => {
                let draft = Draft {
                    target,
                    parent,
                    body: form.body,
                    error: message,
                };
                render(
                    &state,
                    &ctx,
                    Some(&who),
                    (process, field),
                    Some(draft),
                    status,
                )
                .await
            }
            None => Err(AppError::NotFound),
        },
    }
}
