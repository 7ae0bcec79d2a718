//! Position papers of a process: the list with downloads, the upload of a PDF by signed-in
//! participants while participation runs, and the download itself.
//!
//! The upload is the one request whose body may be large; the router gives it
//! [`MAX_UPLOAD_BODY`] instead of the usual limit.

use super::proposals::{closed_note, today};
use crate::base::labels::{author_label, removed_note};
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::participant::{MaybeSignedIn, SignedIn};
use crate::paths;
use crate::view::{Chrome, ErrorView, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::multipart::Multipart;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::cocreation::{MAX_TITLE, TextError, participation_open};
use mitwirken_domain::pdf_check::{MAX_PAPER_BYTES, PdfProblem};
use mitwirken_domain::{FieldOfAction, Process, ProcessStatus};
use mitwirken_store::papers::{MAX_SUMMARY, NewPaper, PaperError, PaperProblem};
use mitwirken_store::participant::Participant;
use serde::Deserialize;

/// The largest upload request: the PDF plus room for the form's texts. A file a little over
/// [`MAX_PAPER_BYTES`] still reaches the form, which says why it is refused.
pub const MAX_UPLOAD_BODY: usize = MAX_PAPER_BYTES + 2 * 1024 * 1024;

/// Whether a request is a paper's upload, which may carry a large body.
pub fn is_upload(method: &Method, path: &str) -> bool {
    method == Method::POST
        && path
            .strip_prefix("/processes/")
            .and_then(|rest| rest.strip_suffix("/papers"))
            .is_some_and(|slug| !slug.is_empty() && !slug.contains('/'))
}

/// What was typed into the upload form; a browser cannot keep the chosen file.
#[derive(Default, Clone)]
pub struct PaperInput {
    organisation: String,
    title: String,
    summary: String,
    field: String,
}

pub struct PaperRow {
    pub id: i64,
    /// "Paper no. 3", shown instead of the title of a removed paper.
    pub number: String,
    pub organisation: String,
    pub title: String,
    pub summary: String,
    pub field: Txt,
    pub author: String,
    pub date: String,
    pub size: String,
    pub removed: String,
}

pub struct FieldChoice {
    pub value: String,
    pub slug: String,
    pub label: Txt,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "papers/list.html")]
struct PapersPage {
    tr: Tr,
    chrome: Chrome,
    process_slug: String,
    process_title: Txt,
    count: String,
    papers: Vec<PaperRow>,
    can_submit: bool,
    participation: bool,
    signed_in: bool,
    closed_note: String,
    signin_href: String,
    me_href: String,
    fields: Vec<FieldChoice>,
    input: PaperInput,
    errors: Vec<ErrorView>,
    submitted: bool,
}

impl PapersPage {}

/// "350 KB" or "2,4 MB", as the reader's language writes it.
fn size_text(tr: &Tr, bytes: i64) -> String {
    const MIB: i64 = 1024 * 1024;
    if bytes < MIB {
        tr.args(
            "papers-size-kb",
            &[("size", Arg::Num(((bytes + 1023) / 1024).max(1)))],
        )
    } else {
        let tenths = (bytes * 10 + MIB / 2) / MIB;
        tr.args(
            "papers-size-mb",
            &[
                ("whole", Arg::Num(tenths / 10)),
                ("tenth", Arg::Num(tenths % 10)),
            ],
        )
    }
}

crate::view::form_errors!(PapersPage);

struct Form {
    input: PaperInput,
    errors: Vec<ErrorView>,
    status: StatusCode,
    submitted: bool,
}

async fn papers_page(
    state: &AppState,
    ctx: &PageCtx,
    process: &Process,
    who: Option<&Participant>,
    form: Form,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let today = today(state, process);
    let participation = participation_open(process, today);
    let fields: Vec<FieldOfAction> = state.store.fields_of_action(process.id).await?;
    let papers = state.store.papers_of(process.id).await?;
    let tz = &process.time_zone;
    let papers: Vec<PaperRow> = papers
        .iter()
        .map(|p| PaperRow {
            id: p.id,
            number: tr.args("papers-number", &[("id", Arg::Num(p.id))]),
            organisation: p.organisation.clone(),
            title: p.title.clone(),
            summary: p.summary.clone(),
            field: p
                .field_id
                .and_then(|f| fields.iter().find(|x| x.id.0 == f))
                .map(|f| content.pick(&f.title))
                .unwrap_or_default(),
            author: author_label(&tr, p.author.as_deref()),
            date: tr.long_date(p.created_at.to_zoned_datetime(tz.clone()).date()),
            size: size_text(&tr, p.size),
            removed: removed_note(&tr, &p.visibility),
        })
        .collect();
    let choices = fields
        .iter()
        .map(|f| FieldChoice {
            value: f.id.0.to_string(),
            slug: f.slug.to_string(),
            label: content.pick(&f.title),
            selected: form.input.field == f.id.0.to_string(),
        })
        .collect();
    let page = PapersPage {
        chrome: ctx.chrome(tr.t("papers-title"), &content),
        process_slug: process.slug.to_string(),
        process_title: content.pick(&process.title),
        count: tr.count("papers-count", papers.len() as i64),
        papers,
        can_submit: participation && who.is_some_and(|w| !w.display_name.is_empty()),
        participation,
        signed_in: who.is_some(),
        closed_note: closed_note(&tr, process, today),
        signin_href: paths::signin_next(&ctx.path),
        me_href: paths::me_next(&ctx.path),
        fields: choices,
        input: form.input,
        errors: form.errors,
        submitted: form.submitted,
        tr,
    };
    Ok((form.status, html(page)?).into_response())
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    submitted: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    MaybeSignedIn(who): MaybeSignedIn,
    Query(query): Query<ListQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    let form = Form {
        input: PaperInput::default(),
        errors: Vec::new(),
        status: StatusCode::OK,
        submitted: query.submitted.is_some(),
    };
    papers_page(&state, &ctx, &process, who.as_ref(), form).await
}

/// How reading the upload ended when it did not end well.
enum Upload {
    /// The body is larger than the route allows.
    TooLarge,
    /// The browser sent something that is not a complete form.
    Broken,
}

/// Reads the form; of the file, at most one byte more than a paper may have is kept, which is
/// enough for the check to say it is too large.
async fn read_upload(
    multipart: &mut Multipart,
    input: &mut PaperInput,
    filename: &mut String,
    content: &mut Vec<u8>,
) -> Result<(), Upload> {
    let failed = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            Upload::TooLarge
        } else {
            Upload::Broken
        }
    };
    while let Some(mut field) = multipart.next_field().await.map_err(failed)? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            *filename = field.file_name().unwrap_or_default().to_owned();
            while let Some(chunk) = field.chunk().await.map_err(failed)? {
                let room = (MAX_PAPER_BYTES + 1).saturating_sub(content.len());
                content.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            continue;
        }
        let text = field.text().await.map_err(failed)?;
        match name.as_str() {
            "organisation" => input.organisation = text,
            "title" => input.title = text,
            "summary" => input.summary = text,
            "field" => input.field = text,
            _ => {}
        }
    }
    Ok(())
}

fn text_error(tr: &Tr, field: &str, error: TextError, missing: String) -> ErrorView {
    match error {
        TextError::Empty => ErrorView::new(field, missing),
        TextError::TooLong { .. } => ErrorView::new(
            field,
            tr.args("papers-too-long", &[("max", Arg::Num(MAX_TITLE as i64))]),
        ),
    }
}

fn file_error(tr: &Tr, problem: PdfProblem) -> ErrorView {
    let message = match problem {
        PdfProblem::Missing => tr.t("papers-file-missing"),
        PdfProblem::NotPdf => tr.t("papers-file-not-pdf"),
        PdfProblem::TooLarge => tr.t("papers-file-too-large"),
        PdfProblem::ActiveContent => tr.t("papers-file-active"),
        PdfProblem::Uncheckable => tr.t("papers-file-uncheckable"),
    };
    ErrorView::new("file", message)
}

fn problem_error(tr: &Tr, problem: PaperProblem) -> ErrorView {
    match problem {
        PaperProblem::Organisation(e) => {
            text_error(tr, "organisation", e, tr.t("papers-organisation-missing"))
        }
        PaperProblem::Title(e) => text_error(tr, "title", e, tr.t("papers-title-missing")),
        PaperProblem::SummaryTooLong => ErrorView::new(
            "summary",
            tr.args(
                "papers-summary-too-long",
                &[("max", Arg::Num(MAX_SUMMARY as i64))],
            ),
        ),
        PaperProblem::UnknownField => ErrorView::new("field", tr.t("papers-field-unknown")),
        PaperProblem::File(p) => file_error(tr, p),
    }
}

pub async fn submit(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    SignedIn(who): SignedIn,
    ctx: PageCtx,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let process = crate::lookup::published_process(&state, &slug).await?;
    if who.display_name.is_empty() {
        return Ok(Redirect::to(&paths::me_next(&ctx.path)).into_response());
    }
    let tr = ctx.tr();
    let mut input = PaperInput::default();
    let mut filename = String::new();
    let mut content = Vec::new();
    let read = read_upload(&mut multipart, &mut input, &mut filename, &mut content).await;
    let today = today(&state, &process);
    let (status, errors) = if !participation_open(&process, today) {
        (
            StatusCode::FORBIDDEN,
            vec![ErrorView::new(
                "closed-note",
                closed_note(&tr, &process, today),
            )],
        )
    } else {
        match read {
            Err(Upload::TooLarge) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                vec![file_error(&tr, PdfProblem::TooLarge)],
            ),
            Err(Upload::Broken) => (
                StatusCode::BAD_REQUEST,
                vec![ErrorView::new("file", tr.t("papers-file-broken"))],
            ),
            Ok(()) => {
                let field_id = match input.field.trim() {
                    "" => None,
                    raw => Some(raw.parse::<i64>().unwrap_or(-1)),
                };
                let paper = NewPaper {
                    process_id: process.id,
                    field_id,
                    organisation: &input.organisation,
                    title: &input.title,
                    summary: &input.summary,
                    filename: &filename,
                    content: &content,
                };
                match state
                    .store
                    .submit_paper(who.id, &paper, state.clock.now())
                    .await
                {
                    Ok(id) => {
                        return Ok(Redirect::to(&paths::paper_submitted(&slug, id)).into_response());
                    }
                    Err(PaperError::Invalid(problems)) => {
                        let too_large =
                            problems.contains(&PaperProblem::File(PdfProblem::TooLarge));
                        let status = if too_large {
                            StatusCode::PAYLOAD_TOO_LARGE
                        } else {
                            StatusCode::UNPROCESSABLE_ENTITY
                        };
                        let errors = problems.into_iter().map(|p| problem_error(&tr, p));
                        (status, errors.collect())
                    }
                    Err(PaperError::TooManyPosts) => (
                        StatusCode::TOO_MANY_REQUESTS,
                        vec![ErrorView::new("organisation", tr.t("proposals-too-many"))],
                    ),
                    Err(PaperError::Store(e)) => return Err(e.into()),
                }
            }
        }
    };
    let form = Form {
        input,
        errors,
        status,
        submitted: false,
    };
    papers_page(&state, &ctx, &process, Some(&who), form).await
}

/// A file name for `Content-Disposition`: plain ASCII, and the full name percent-encoded.
fn disposition(filename: &str) -> String {
    let ascii: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = filename
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

pub async fn download(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let id = file
        .strip_suffix(".pdf")
        .and_then(|id| id.parse::<i64>().ok())
        .ok_or(AppError::NotFound)?;
    let paper = state
        .store
        .paper_file(id)
        .await?
        .ok_or(AppError::NotFound)?;
    state
        .store
        .process_by_id(paper.process_id)
        .await?
        .filter(|p| p.status == ProcessStatus::Published)
        .ok_or(AppError::NotFound)?;
    let disposition =
        HeaderValue::from_str(&disposition(&paper.filename)).map_err(|_| AppError::NotFound)?;
    let mut response = paper.content.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    headers.insert(header::CONTENT_DISPOSITION, disposition);
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // A paper hidden by a moderator must stop being served at once.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_papers_page_takes_large_bodies() {
        assert!(is_upload(
            &Method::POST,
            "/processes/integrationskonzept-dresden/papers"
        ));
        assert!(!is_upload(
            &Method::GET,
            "/processes/integrationskonzept-dresden/papers"
        ));
        assert!(!is_upload(&Method::POST, "/processes//papers"));
        assert!(!is_upload(&Method::POST, "/processes/a/b/papers"));
        assert!(!is_upload(&Method::POST, "/events/1/register"));
    }

    #[test]
    fn download_names_are_safe_in_a_header() {
        assert_eq!(
            disposition("Stellungnahme Verbände.pdf"),
            "attachment; filename=\"Stellungnahme Verb_nde.pdf\"; filename*=UTF-8''Stellungnahme%20Verb%C3%A4nde.pdf"
        );
    }
}
