//! Creating a participation process (admins only): its texts in every language, its time zone,
//! its phases and its fields of action.

use super::Staff;
use super::edit::{TextField, form_value, localized, text_fields_for, text_line, texts};
use crate::base::{PageCtx, audited_redirect, html};
use crate::i18n::Tr;
use crate::paths;
use crate::view::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::scenario::{NewProcess, Scenario};
use mitwirken_domain::{LocalizedText, PhaseKind, Slug};
use mitwirken_store::LoadOutcome;
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "admin/new_process.html")]
struct NewProcessPage {
    tr: Tr,
    chrome: Chrome,
    texts: Vec<TextField>,
    form: HashMap<String, String>,
    errors: Vec<(String, String)>,
    /// Where the form goes, and whether it changes an existing process.
    action: String,
    editing: bool,
    saved: bool,
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
    render_for(ctx, form, errors, None, false)
}

fn render_for(
    ctx: &PageCtx,
    form: HashMap<String, String>,
    errors: Vec<(String, String)>,
    editing: Option<&str>,
    saved: bool,
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
    let heading = match editing {
        Some(_) => tr.t("admin-edit-process"),
        None => tr.t("admin-new-process"),
    };
    NewProcessPage {
        chrome: ctx.chrome(heading, &content),
        texts: text_fields_for("", &form, &spec),
        form,
        errors,
        action: editing.map_or_else(
            || "/admin/processes/new".to_owned(),
            paths::admin_process_edit,
        ),
        editing: editing.is_some(),
        saved,
        tr,
    }
}

pub async fn page(staff: Staff, ctx: PageCtx) -> Result<Response, AppError> {
    staff.require_admin()?;
    let mut form = HashMap::new();
    form.insert("time_zone".to_owned(), "Europe/Berlin".to_owned());
    Ok(html(render(&ctx, form, Vec::new()))?.into_response())
}

type PhaseLine = (
    PhaseKind,
    LocalizedText,
    jiff::civil::Date,
    jiff::civil::Date,
);

pub(super) fn lines(raw: &str) -> impl Iterator<Item = Vec<&str>> {
    raw.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('|').map(str::trim).collect())
}

/// `kind | first day | last day | German title | en: … | ar: …` per line.
fn phases(raw: &str) -> Option<Vec<PhaseLine>> {
    lines(raw)
        .map(|parts| {
            let (kind, start, end) = (parts.first()?, parts.get(1)?, parts.get(2)?);
            let start: jiff::civil::Date = start.parse().ok()?;
            let end: jiff::civil::Date = end.parse().ok()?;
            let title = texts(parts.get(3..)?)?;
            if end < start {
                return None;
            }
            Some((PhaseKind::parse(kind).ok()?, title, start, end))
        })
        .collect()
}

/// `slug | German title | en: … | ar: …` per line.
fn fields(raw: &str) -> Option<Vec<(Slug, LocalizedText)>> {
    lines(raw)
        .map(|parts| Some((Slug::parse(parts.first()?).ok()?, texts(parts.get(1..)?)?)))
        .collect()
}

/// Checks the process form; every problem is reported at its field. When `editing`, the short
/// name and the time zone are those of the existing process.
fn validate(
    form: &HashMap<String, String>,
    tr: &Tr,
    editing: Option<&mitwirken_domain::Process>,
) -> Result<NewProcess, Vec<(String, String)>> {
    let mut errors = Vec::new();
    let slug = match editing {
        Some(process) => Some(process.slug.clone()),
        None => Slug::parse(form_value(form, "process_slug").trim()).ok(),
    };
    if slug.is_none() {
        errors.push(("process_slug".to_owned(), tr.t("admin-new-slug-invalid")));
    }
    let title = LocalizedText::parse(localized(form, "title"), "title").ok();
    if title.is_none() {
        errors.push(("title_de".to_owned(), tr.t("form-error-required")));
    }
    let organiser = LocalizedText::parse(localized(form, "organiser"), "organiser").ok();
    if organiser.is_none() {
        errors.push(("organiser_de".to_owned(), tr.t("form-error-required")));
    }
    let time_zone = match editing {
        Some(process) => Some(process.time_zone.clone()),
        None => jiff::tz::TimeZone::get(form_value(form, "time_zone").trim()).ok(),
    };
    if time_zone.is_none() {
        errors.push((
            "time_zone".to_owned(),
            tr.t("admin-process-time-zone-invalid"),
        ));
    }
    let phases = phases(&form_value(form, "phases"));
    if phases.is_none() {
        errors.push(("phases".to_owned(), tr.t("admin-process-phases-invalid")));
    }
    let fields = fields(&form_value(form, "fields"));
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
        return Err(errors);
    };
    let optional =
        |name: &str| LocalizedText::parse(localized(form, name), "text").unwrap_or_default();
    let text =
        |name: &str| Some(form_value(form, name).trim().to_owned()).filter(|t| !t.is_empty());
    Ok(NewProcess {
        slug,
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
    })
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
    let new = match validate(&form, &tr, None) {
        Ok(new) => new,
        Err(errors) => {
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                html(render(&ctx, form, errors))?,
            )
                .into_response());
        }
    };
    let slug = new.slug.clone();
    let now = state.clock.now();
    match state
        .store
        .load_scenario(&Scenario::from_new_process(new), 0, now)
        .await?
    {
        LoadOutcome::Loaded { .. } => {
            audited_redirect(
                &state,
                staff.0.id,
                "process_create",
                slug.as_str(),
                "",
                now,
                &paths::admin_process_new_event(&slug),
            )
            .await
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

/// The form as the process stands now, translations included.
async fn current(
    state: &AppState,
    process: &mitwirken_domain::Process,
) -> Result<HashMap<String, String>, AppError> {
    let mut form = HashMap::new();
    let texts = [
        ("title", &process.title),
        ("motto", &process.motto),
        ("summary", &process.summary),
        ("organiser", &process.organiser),
        ("analysis_title", &process.analysis_title),
        ("plan_title", &process.plan_title),
    ];
    for (name, text) in texts {
        for (tag, value) in text.translations() {
            form.insert(format!("{name}_{tag}"), value.clone());
        }
    }
    form.insert("process_slug".into(), process.slug.to_string());
    form.insert(
        "time_zone".into(),
        process.time_zone.iana_name().unwrap_or("UTC").to_owned(),
    );
    if let Some(person) = &process.organiser_person {
        form.insert("organiser_person".into(), person.clone());
    }
    if let Some(email) = &process.contact_email {
        form.insert("contact_email".into(), email.clone());
    }
    if process.status == mitwirken_domain::ProcessStatus::Published {
        form.insert("published".into(), "yes".into());
    }
    let phases: Vec<String> = process
        .phases
        .iter()
        .map(|p| {
            format!(
                "{} | {} | {} | {}",
                p.kind.as_str(),
                p.starts_on,
                p.ends_on,
                text_line(&p.title)
            )
        })
        .collect();
    form.insert("phases".into(), phases.join("\n"));
    let fields: Vec<String> = state
        .store
        .fields_of_action(process.id)
        .await?
        .iter()
        .map(|f| format!("{} | {}", f.slug, text_line(&f.title)))
        .collect();
    form.insert("fields".into(), fields.join("\n"));
    Ok(form)
}

pub async fn edit_page(
    State(state): State<AppState>,
    staff: Staff,
    axum::extract::Path(slug): axum::extract::Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let process = staff
        .process(
            &state,
            &slug,
            mitwirken_domain::Permission::ManageRegistrations,
        )
        .await?;
    let form = current(&state, &process).await?;
    Ok(html(render_for(&ctx, form, Vec::new(), Some(&slug), false))?.into_response())
}

pub async fn edit_save(
    State(state): State<AppState>,
    staff: Staff,
    axum::extract::Path(slug): axum::extract::Path<String>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let process = staff
        .process(
            &state,
            &slug,
            mitwirken_domain::Permission::ManageRegistrations,
        )
        .await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let tr = ctx.tr();
    let new = match validate(&form, &tr, Some(&process)) {
        Ok(new) => new,
        Err(errors) => {
            let page = render_for(&ctx, form, errors, Some(&slug), false);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(page)?).into_response());
        }
    };
    let edit = mitwirken_store::scenario::ProcessEdit {
        published: new.published,
        title: new.title,
        motto: new.motto,
        summary: new.summary,
        organiser: new.organiser,
        organiser_person: new.organiser_person,
        contact_email: new.contact_email,
        analysis_title: new.analysis_title,
        plan_title: new.plan_title,
        phases: new.phases,
        fields: new.fields,
    };
    let now = state.clock.now();
    state.store.edit_process(process.id, &edit).await?;
    state
        .store
        .audit(Some(staff.0.id), "process_edit", &slug, "", now)
        .await?;
    let process = staff
        .process(
            &state,
            &slug,
            mitwirken_domain::Permission::ManageRegistrations,
        )
        .await?;
    let form = current(&state, &process).await?;
    Ok(html(render_for(&ctx, form, Vec::new(), Some(&slug), true))?.into_response())
}
