//! Creating a participation process (admins only): its texts in every language, its time zone,
//! its phases and its fields of action.

use super::Staff;
use super::edit::{TextField, form_value, localized, text_fields_for};
use crate::i18n::Tr;
use crate::public::{PageCtx, html};
use crate::view::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::{LocalizedText, PhaseKind, Slug};
use mitwirken_store::scenario::NewProcess;
use mitwirken_store::{LoadOutcome, Scenario};
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "admin/new_process.html")]
struct NewProcessPage {
    tr: Tr,
    chrome: Chrome,
    texts: Vec<TextField>,
    form: HashMap<String, String>,
    errors: Vec<(String, String)>,
}

impl NewProcessPage {
    fn value(&self, key: &str) -> String {
        form_value(&self.form, key)
    }

    fn checked(&self, key: &str) -> bool {
        self.form.contains_key(key)
    }
}

fn render(
    ctx: &PageCtx,
    form: HashMap<String, String>,
    errors: Vec<(String, String)>,
) -> NewProcessPage {
    let tr = ctx.tr();
    let content = ctx.content();
    let spec = [
        ("title", tr.t("admin-edit-title"), false),
        ("motto", tr.t("admin-process-motto"), false),
        ("summary", tr.t("admin-process-summary"), true),
        ("organiser", tr.t("process-organiser"), false),
        ("analysis_title", tr.t("admin-process-analysis"), false),
        ("plan_title", tr.t("admin-process-plan"), false),
    ];
    NewProcessPage {
        chrome: ctx.chrome(tr.t("admin-new-process"), &content),
        texts: text_fields_for(&form, &spec),
        form,
        errors,
        tr,
    }
}

pub async fn page(staff: Staff, ctx: PageCtx) -> Result<Response, AppError> {
    staff.require_admin()?;
    let mut form = HashMap::new();
    form.insert("time_zone".to_owned(), "Europe/Berlin".to_owned());
    Ok(html(render(&ctx, form, Vec::new()))?.into_response())
}

/// `kind | first day | last day | German title` per line.
fn phases(
    raw: &str,
) -> Option<
    Vec<(
        PhaseKind,
        LocalizedText,
        jiff::civil::Date,
        jiff::civil::Date,
    )>,
> {
    raw.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let parts: Vec<&str> = line.splitn(4, '|').map(str::trim).collect();
            let [kind, start, end, title] = parts.as_slice() else {
                return None;
            };
            let (start, end) = (start.parse().ok()?, end.parse().ok()?);
            (end >= start && !title.is_empty()).then(|| {
                Some((
                    PhaseKind::parse(kind).ok()?,
                    LocalizedText::german(*title),
                    start,
                    end,
                ))
            })?
        })
        .collect()
}

/// `slug | German title` per line.
fn fields(raw: &str) -> Option<Vec<(Slug, LocalizedText)>> {
    raw.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (slug, title) = line.split_once('|')?;
            let title = title.trim();
            (!title.is_empty())
                .then(|| Some((Slug::parse(slug.trim()).ok()?, LocalizedText::german(title))))?
        })
        .collect()
}

pub async fn create(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    staff.require_admin()?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let tr = ctx.tr();
    let mut errors = Vec::new();
    let slug = Slug::parse(form_value(&form, "process_slug").trim()).ok();
    if slug.is_none() {
        errors.push(("process_slug".to_owned(), tr.t("admin-new-slug-invalid")));
    }
    let title = LocalizedText::parse(localized(&form, "title"), "title").ok();
    if title.is_none() {
        errors.push(("title_de".to_owned(), tr.t("form-error-required")));
    }
    let organiser = LocalizedText::parse(localized(&form, "organiser"), "organiser").ok();
    if organiser.is_none() {
        errors.push(("organiser_de".to_owned(), tr.t("form-error-required")));
    }
    let time_zone = jiff::tz::TimeZone::get(form_value(&form, "time_zone").trim()).ok();
    if time_zone.is_none() {
        errors.push((
            "time_zone".to_owned(),
            tr.t("admin-process-time-zone-invalid"),
        ));
    }
    let phases = phases(&form_value(&form, "phases"));
    if phases.is_none() {
        errors.push(("phases".to_owned(), tr.t("admin-process-phases-invalid")));
    }
    let fields = fields(&form_value(&form, "fields"));
    if fields.is_none() {
        errors.push(("fields".to_owned(), tr.t("admin-process-fields-invalid")));
    }
    let (
        Some(slug),
        Some(title),
        Some(organiser),
        Some(time_zone),
        Some(phases),
        Some(fields),
        true,
    ) = (
        slug,
        title,
        organiser,
        time_zone,
        phases,
        fields,
        errors.is_empty(),
    )
    else {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            html(render(&ctx, form, errors))?,
        )
            .into_response());
    };
    let optional =
        |name: &str| LocalizedText::parse(localized(&form, name), "text").unwrap_or_default();
    let text =
        |name: &str| Some(form_value(&form, name).trim().to_owned()).filter(|t| !t.is_empty());
    let new = NewProcess {
        slug: slug.clone(),
        time_zone,
        published: form.contains_key("published"),
        title,
        motto: optional("motto"),
        summary: optional("summary"),
        organiser,
        organiser_person: text("organiser_person"),
        contact_email: text("contact_email"),
        analysis_title: optional("analysis_title"),
        analysis_summary: LocalizedText::empty(),
        plan_title: optional("plan_title"),
        plan_summary: LocalizedText::empty(),
        phases,
        fields,
    };
    let now = state.clock.now();
    match state
        .store
        .load_scenario(&Scenario::from_new_process(new), 0, now)
        .await?
    {
        LoadOutcome::Loaded { .. } => {
            state
                .store
                .audit(Some(staff.0.id), "process_create", slug.as_str(), "", now)
                .await?;
            Ok(Redirect::to(&format!("/admin/processes/{slug}/events/new")).into_response())
        }
        LoadOutcome::AlreadyPresent => {
            let errors = vec![("process_slug".to_owned(), tr.t("admin-new-slug-taken"))];
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                html(render(&ctx, form, errors))?,
            )
                .into_response())
        }
    }
}
