//! The analysis in the back office: an overview of what each staff member may edit or moderate,
//! and the editor of a field's analysis, one Markdown text per language.

use super::Staff;
use super::edit::form_value;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{FieldOfAction, Locale, LocalizedText, Permission, Process};
use mitwirken_store::analysis::AnalysisSaved;
use std::collections::{BTreeMap, HashMap};

pub struct FieldLink {
    pub slug: String,
    pub title: Txt,
}

pub struct ProcessRow {
    pub slug: String,
    pub title: Txt,
    pub moderate: bool,
    pub open_reports: String,
    pub fields: Vec<FieldLink>,
}

#[derive(Template)]
#[template(path = "admin/cocreation.html")]
struct OverviewPage {
    tr: Tr,
    chrome: Chrome,
    processes: Vec<ProcessRow>,
}

pub async fn overview(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let mut processes = Vec::new();
    for process in state.store.all_processes().await? {
        let moderate = staff.0.may(Permission::Moderate, process.id);
        let edit = staff.0.may(Permission::EditContent, process.id);
        if !moderate && !edit {
            continue;
        }
        let open_reports = if moderate {
            let open = state.store.open_reports(process.id).await?.len();
            tr.count("admin-moderation-open-count", open as i64)
        } else {
            String::new()
        };
        let fields = if edit {
            state
                .store
                .fields_of_action(process.id)
                .await?
                .iter()
                .map(|f| FieldLink {
                    slug: f.slug.to_string(),
                    title: content.pick(&f.title),
                })
                .collect()
        } else {
            Vec::new()
        };
        processes.push(ProcessRow {
            slug: process.slug.to_string(),
            title: content.pick(&process.title),
            moderate,
            open_reports,
            fields,
        });
    }
    Ok(html(OverviewPage {
        chrome: ctx.chrome(tr.t("admin-cocreation-title"), &content),
        processes,
        tr,
    })?
    .into_response())
}

/// One text box per language.
pub struct LanguageText {
    pub locale: Locale,
    pub value: String,
}

impl LanguageText {
    pub fn id(&self) -> String {
        format!("text_{}", self.locale.tag())
    }
}

#[derive(Template)]
#[template(path = "admin/analysis.html")]
struct EditorPage {
    tr: Tr,
    chrome: Chrome,
    action: String,
    public_path: String,
    texts: Vec<LanguageText>,
    errors: Vec<(String, String)>,
    saved: String,
    warnings: Vec<String>,
}

/// The process and field, when the staff member may edit the process's content.
async fn editable(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    field_slug: &str,
) -> Result<(Process, FieldOfAction), AppError> {
    let process = state
        .store
        .process_by_slug(slug)
        .await?
        .ok_or(AppError::NotFound)?;
    staff.require(Permission::EditContent, process.id)?;
    let field = state
        .store
        .fields_of_action(process.id)
        .await?
        .into_iter()
        .find(|f| f.slug.as_str() == field_slug)
        .ok_or(AppError::NotFound)?;
    Ok((process, field))
}

/// The stored analysis as one text per language, paragraphs joined by blank lines. A translation
/// is either on every paragraph or on none, because saving leaves out one that does not fit.
async fn current(
    state: &AppState,
    field: &FieldOfAction,
) -> Result<HashMap<String, String>, AppError> {
    let paragraphs = state.store.analysis_of(field.id.0).await?.paragraphs;
    let mut form = HashMap::new();
    for locale in Locale::all() {
        let texts: Option<Vec<&str>> = paragraphs
            .iter()
            .map(|p| p.body.translations().get(locale.tag()).map(String::as_str))
            .collect();
        if let Some(texts) = texts.filter(|t| !t.is_empty()) {
            form.insert(format!("text_{}", locale.tag()), texts.join("\n\n"));
        }
    }
    Ok(form)
}

fn render(
    ctx: &PageCtx,
    process: &Process,
    field: &FieldOfAction,
    form: &HashMap<String, String>,
    errors: Vec<(String, String)>,
    saved: Option<&AnalysisSaved>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let title = tr.args(
        "admin-analysis-title",
        &[("field", Arg::Str(&content.pick(&field.title).text))],
    );
    let public_path = paths::field_of_action(&process.slug, &field.slug);
    let warnings = saved
        .map(|s| {
            s.left_out
                .iter()
                .map(|l| {
                    let language =
                        Locale::parse(&l.lang).map_or(l.lang.as_str(), |l| l.native_name());
                    tr.args(
                        "admin-analysis-left-out",
                        &[
                            ("language", Arg::Str(language)),
                            ("count", Arg::Num(l.paragraphs as i64)),
                            ("german", Arg::Num(l.german as i64)),
                        ],
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let saved = saved.map_or_else(String::new, |s| {
        tr.args(
            "admin-analysis-saved",
            &[
                ("kept", Arg::Num(s.kept as i64)),
                ("changed", Arg::Num(s.changed as i64)),
                ("added", Arg::Num(s.added as i64)),
                ("removed", Arg::Num(s.removed as i64)),
            ],
        )
    });
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = EditorPage {
        chrome: ctx.chrome(title, &content),
        action: paths::admin_field_analysis(&process.slug, &field.slug),
        public_path,
        texts: Locale::all()
            .map(|locale| LanguageText {
                locale,
                value: form_value(form, &format!("text_{}", locale.tag())),
            })
            .collect(),
        errors,
        saved,
        warnings,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

pub async fn editor(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, field_slug)): Path<(String, String)>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (process, field) = editable(&state, &staff, &slug, &field_slug).await?;
    let form = current(&state, &field).await?;
    render(&ctx, &process, &field, &form, Vec::new(), None)
}

pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    Path((slug, field_slug)): Path<(String, String)>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (process, field) = editable(&state, &staff, &slug, &field_slug).await?;
    let typed: HashMap<String, String> = pairs.into_iter().collect();
    let texts: BTreeMap<String, String> = Locale::all()
        .map(|l| {
            let text = form_value(&typed, &format!("text_{}", l.tag())).replace("\r\n", "\n");
            (l.tag().to_owned(), text)
        })
        .collect();
    let Ok(texts) = LocalizedText::parse(texts, "analysis") else {
        let tr = ctx.tr();
        let errors = vec![("text_de".to_owned(), tr.t("admin-analysis-german-required"))];
        return render(&ctx, &process, &field, &typed, errors, None);
    };
    let now = state.clock.now();
    let saved = state.store.save_analysis(field.id.0, &texts, now).await?;
    state
        .store
        .audit(
            Some(staff.0.id),
            "analysis_edit",
            &format!("{slug}/{field_slug}"),
            &format!(
                "kept {}, changed {}, added {}, removed {}",
                saved.kept, saved.changed, saved.added, saved.removed
            ),
            now,
        )
        .await?;
    let mut form = current(&state, &field).await?;
    // A translation that was left out stays in its box, so it can be fixed and saved again.
    for left in &saved.left_out {
        let key = format!("text_{}", left.lang);
        form.insert(key.clone(), form_value(&typed, &key));
    }
    render(&ctx, &process, &field, &form, Vec::new(), Some(&saved))
}
