//! Editing an event: its texts in every language (German is required, the others are
//! translations), places, deadline, access and visibility; and invitation codes.

use super::Staff;
use super::events::event_for;
use crate::base::{PageCtx, audited_redirect, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::Chrome;
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::{
    Access, Capacity, Event, EventStatus, Locale, LocalizedText, Permission, RegistrationWindow,
};
use mitwirken_store::desk::DeskError;
use mitwirken_store::events::EventEdit;
use std::collections::{BTreeMap, HashMap};

/// A translatable field with a box per language. `prefix` keeps the ids unique on a page with one
/// form per field of action or goal; the names stay `title_de`, `title_en`, ….
pub(super) struct TextField {
    pub name: &'static str,
    pub prefix: String,
    pub label: String,
    pub multiline: bool,
    pub values: Vec<(Locale, String)>,
}

impl TextField {
    pub(super) fn id(&self, locale: &Locale) -> String {
        format!("{}{}_{}", self.prefix, self.name, locale.tag())
    }

    pub(super) fn input(&self, locale: &Locale) -> String {
        format!("{}_{}", self.name, locale.tag())
    }
}

#[derive(Template)]
#[template(path = "admin/edit.html")]
struct EditPage {
    tr: Tr,
    chrome: Chrome,
    id: i64,
    venue_id: i64,
    texts: Vec<TextField>,
    capacity: String,
    deadline: String,
    access: String,
    waiting_list: bool,
    published: bool,
    errors: Vec<(String, String)>,
    codes: Vec<(String, String)>,
    questions: Vec<(i64, String, bool)>,
    eligible_groups: String,
    working_groups: String,
    groups_message: String,
    question_fields: Vec<TextField>,
    saved: bool,
}

/// The translatable fields: form name, and whether it takes several lines.
pub(super) const TEXTS: [(&str, bool); 4] = [
    ("title", false),
    ("audience", true),
    ("description", true),
    ("on_site_notes", true),
];

pub(super) fn label(tr: &Tr, name: &str) -> String {
    match name {
        "title" => tr.t("admin-edit-title"),
        "audience" => tr.t("event-audience"),
        "description" => tr.t("event-about"),
        _ => tr.t("event-on-site"),
    }
}

fn texts_of(event: &Event) -> [&LocalizedText; 4] {
    [
        &event.title,
        &event.audience,
        &event.description,
        &event.on_site_notes,
    ]
}

pub(super) fn form_value(form: &HashMap<String, String>, key: &str) -> String {
    form.get(key).cloned().unwrap_or_default()
}

async fn render(
    state: &AppState,
    ctx: &PageCtx,
    event: &Event,
    form: &HashMap<String, String>,
    errors: Vec<(String, String)>,
    saved: bool,
) -> Result<EditPage, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let texts = text_fields(&tr, form);
    let codes = state
        .store
        .invitation_codes(event.id)
        .await?
        .into_iter()
        .map(|(organisation, uses, left)| {
            let text = tr.args(
                "admin-codes-left",
                &[
                    ("left", Arg::Num(i64::from(left))),
                    ("uses", Arg::Num(i64::from(uses))),
                ],
            );
            (organisation, text)
        })
        .collect();
    let questions = state
        .store
        .questions_of(event.id)
        .await?
        .iter()
        .map(|q| (q.id, content.pick(&q.label).text, q.required))
        .collect();
    let question_fields = text_fields_for(
        "",
        &HashMap::new(),
        &[("question", tr.t("admin-question-label"), false)],
    );
    let eligible_groups = event
        .eligible_groups
        .iter()
        .map(|g| text_line(&g.name))
        .collect::<Vec<_>>()
        .join("\n");
    let working_groups = event
        .working_groups
        .iter()
        .map(|w| match w.capacity {
            Some(size) => {
                let line = text_line(&w.title);
                match line.split_once(" | ") {
                    Some((german, rest)) => format!("{german} | {} | {rest}", size.get()),
                    None => format!("{line} | {}", size.get()),
                }
            }
            None => text_line(&w.title),
        })
        .collect::<Vec<_>>()
        .join("\n");
    Ok(EditPage {
        groups_message: String::new(),
        eligible_groups,
        working_groups,
        questions,
        question_fields,
        chrome: ctx.chrome(
            tr.args(
                "admin-edit-heading",
                &[("event", Arg::Str(&content.pick(&event.title).text))],
            ),
            &content,
        ),
        id: event.id.0,
        venue_id: event.venue.id.0,
        texts,
        capacity: form_value(form, "capacity"),
        deadline: form_value(form, "deadline"),
        access: form_value(form, "access"),
        waiting_list: form.contains_key("waiting_list"),
        published: form.contains_key("published"),
        errors,
        codes,
        saved,
        tr,
    })
}

/// A German text followed by translations written `en: …`, `ar: …`.
pub(super) fn texts(parts: &[&str]) -> Option<LocalizedText> {
    let (german, translations) = parts.split_first()?;
    let mut map = std::collections::BTreeMap::from([("de".to_owned(), german.to_string())]);
    for part in translations {
        let (tag, text) = part.split_once(':')?;
        map.insert(tag.trim().to_owned(), text.trim().to_owned());
    }
    LocalizedText::parse(map, "title").ok()
}

/// Writes a text back as `German | en: … | ar: …`.
pub(super) fn text_line(text: &LocalizedText) -> String {
    let mut line = text.get(mitwirken_domain::Locale::GERMAN).text.to_owned();
    for (tag, value) in text.translations() {
        if tag != "de" {
            line.push_str(&format!(" | {tag}: {value}"));
        }
    }
    line
}

/// The translatable fields of an event with what the form holds for each language.
pub(super) fn text_fields(tr: &Tr, form: &HashMap<String, String>) -> Vec<TextField> {
    let spec: Vec<_> = TEXTS
        .iter()
        .map(|(name, multiline)| (*name, label(tr, name), *multiline))
        .collect();
    text_fields_for("", form, &spec)
}

/// Translatable fields, given by form name, label and whether they take several lines.
pub(super) fn text_fields_for(
    prefix: &str,
    form: &HashMap<String, String>,
    spec: &[(&'static str, String, bool)],
) -> Vec<TextField> {
    spec.iter()
        .map(|(name, label, multiline)| TextField {
            name,
            prefix: prefix.to_owned(),
            label: label.clone(),
            multiline: *multiline,
            values: Locale::all()
                .map(|l| (l, form_value(form, &format!("{name}_{}", l.tag()))))
                .collect(),
        })
        .collect()
}

/// The form as the event stands now.
fn current(event: &Event, tz: &jiff::tz::TimeZone) -> HashMap<String, String> {
    let mut form = HashMap::new();
    for ((name, _), text) in TEXTS.iter().zip(texts_of(event)) {
        for (tag, value) in text.translations() {
            form.insert(format!("{name}_{tag}"), value.clone());
        }
    }
    form.insert("capacity".into(), event.capacity.get().to_string());
    form.insert("deadline".into(), event.window.last_day(tz).to_string());
    form.insert("access".into(), event.access.as_str().into());
    if event.waiting_list {
        form.insert("waiting_list".into(), "yes".into());
    }
    if event.status == EventStatus::Published {
        form.insert("published".into(), "yes".into());
    }
    form
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    axum::extract::Query(query): axum::extract::Query<HashMap<String, String>>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (event, process) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    let form = current(&event, &process.time_zone);
    let mut page = render(&state, &ctx, &event, &form, Vec::new(), false).await?;
    let tr = ctx.tr();
    page.groups_message = match query.get("groups").map(String::as_str) {
        Some("saved") => tr.t("admin-groups-saved"),
        Some("too-small") => tr.t("admin-groups-too-small"),
        Some("in-use") => tr.t("admin-groups-in-use"),
        Some(_) => tr.t("admin-groups-invalid"),
        None => String::new(),
    };
    Ok(html(page)?.into_response())
}

pub(super) fn localized(form: &HashMap<String, String>, name: &str) -> BTreeMap<String, String> {
    Locale::all()
        .map(|l| {
            (
                l.tag().to_owned(),
                form_value(form, &format!("{name}_{}", l.tag())),
            )
        })
        .collect()
}

pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (event, process) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let tr = ctx.tr();
    let mut errors = Vec::new();
    let title = LocalizedText::parse(localized(&form, "title"), "title");
    if title.is_err() {
        errors.push(("title_de".to_owned(), tr.t("form-error-required")));
    }
    let optional =
        |name: &str| LocalizedText::parse(localized(&form, name), "text").unwrap_or_default();
    let capacity = form_value(&form, "capacity")
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|c| Capacity::parse(c).ok());
    if capacity.is_none() {
        errors.push(("capacity".to_owned(), tr.t("admin-edit-capacity-invalid")));
    }
    let deadline = form_value(&form, "deadline")
        .trim()
        .parse::<jiff::civil::Date>()
        .ok();
    let window = deadline.and_then(|d| {
        RegistrationWindow::closing_after_day(event.window.opens_at, d, &process.time_zone).ok()
    });
    if window.is_none() {
        errors.push(("deadline".to_owned(), tr.t("admin-edit-deadline-invalid")));
    }
    let access = Access::parse(&form_value(&form, "access")).ok();
    if access.is_none() {
        errors.push(("access".to_owned(), tr.t("form-error-choice")));
    }
    if access == Some(Access::Reserved) && event.eligible_groups.is_empty() {
        errors.push((
            "access".to_owned(),
            tr.t("admin-edit-reserved-needs-groups"),
        ));
    }
    let (Ok(title), Some(capacity), Some(window), Some(access), true) =
        (title, capacity, window, access, errors.is_empty())
    else {
        let page = render(&state, &ctx, &event, &form, errors, false).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(page)?).into_response());
    };
    let edit = EventEdit {
        title,
        audience: optional("audience"),
        description: optional("description"),
        on_site_notes: optional("on_site_notes"),
        capacity,
        registration_closes_at: window.closes_at,
        access,
        waiting_list: form.contains_key("waiting_list"),
        published: form.contains_key("published"),
    };
    let now = state.clock.now();
    match state.store.edit_event(event.id, &edit, now).await {
        Ok(()) => {}
        Err(DeskError::NoSeat) => {
            let errors = vec![("capacity".to_owned(), tr.t("admin-edit-capacity-taken"))];
            let page = render(&state, &ctx, &event, &form, errors, false).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(page)?).into_response());
        }
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
        Err(_) => return Err(AppError::NotFound),
    }
    state
        .store
        .audit(
            Some(staff.0.id),
            "event_edit",
            &format!("event {}", event.id),
            "",
            now,
        )
        .await?;
    state.event_forms.forget(event.id.0);
    let event = state
        .store
        .event_any_status(event.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let form = current(&event, &process.time_zone);
    Ok(html(render(&state, &ctx, &event, &form, Vec::new(), true).await?)?.into_response())
}

pub async fn add_code(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    let organisation = form_value(&form, "organisation");
    let code = form_value(&form, "code");
    let uses = form_value(&form, "uses").trim().parse::<u32>().unwrap_or(0);
    if organisation.trim().is_empty()
        || code.trim().chars().count() < 6
        || !(1..=1000).contains(&uses)
    {
        return Ok(Redirect::to(&paths::admin_event_code_invalid(event.id)).into_response());
    }
    let now = state.clock.now();
    state
        .store
        .add_invitation_code(event.id, organisation.trim(), code.trim(), uses, now)
        .await?;
    audited_redirect(
        &state,
        staff.0.id,
        "invitation_code_add",
        &format!("event {}", event.id),
        organisation.trim(),
        now,
        &paths::admin_event_edit_at(event.id, "codes"),
    )
    .await
}

pub async fn add_question(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    if let Ok(label) = LocalizedText::parse(localized(&form, "question"), "question") {
        state
            .store
            .add_question(event.id, &label, form.contains_key("required"))
            .await?;
        state
            .store
            .audit(
                Some(staff.0.id),
                "question_add",
                &format!("event {}", event.id),
                "",
                state.clock.now(),
            )
            .await?;
        state.event_forms.forget(event.id.0);
    }
    Ok(Redirect::to(&paths::admin_event_edit_at(event.id, "questions")).into_response())
}

pub async fn remove_question(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, question)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id, Permission::ManageRegistrations).await?;
    state.store.remove_question(event.id, question).await?;
    state.event_forms.forget(event.id.0);
    audited_redirect(
        &state,
        staff.0.id,
        "question_remove",
        &format!("event {}", event.id),
        "",
        state.clock.now(),
        &paths::admin_event_edit_at(event.id, "questions"),
    )
    .await
}

/// Working group lines: `Title | 17 | en: … | ar: …`; the size is optional.
fn working_lines(raw: &str) -> Option<Vec<(LocalizedText, Option<Capacity>)>> {
    super::process::lines(raw)
        .map(|parts| {
            let (title, rest) = parts.split_first()?;
            let mut size = None;
            let mut text_parts = vec![*title];
            for part in rest {
                match part.parse::<i64>() {
                    Ok(n) => size = Some(Capacity::parse(n).ok()?),
                    Err(_) => text_parts.push(part),
                }
            }
            Some((texts(&text_parts)?, size))
        })
        .collect()
}

pub async fn save_groups(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    let eligible: Option<Vec<LocalizedText>> =
        super::process::lines(&form_value(&form, "eligible_groups"))
            .map(|parts| texts(&parts))
            .collect();
    let working = working_lines(&form_value(&form, "working_groups"));
    let (Some(eligible), Some(working)) = (eligible, working) else {
        return Ok(Redirect::to(&paths::admin_event_groups(event.id, "invalid")).into_response());
    };
    if event.access == Access::Reserved && eligible.is_empty() {
        return Ok(Redirect::to(&paths::admin_event_groups(event.id, "invalid")).into_response());
    }
    let outcome = match state.store.edit_groups(event.id, &eligible, &working).await {
        Ok(()) => "saved",
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
        Err(DeskError::NoSeat) => "too-small",
        Err(_) => "in-use",
    };
    let now = state.clock.now();
    state.event_forms.forget(event.id.0);
    audited_redirect(
        &state,
        staff.0.id,
        "groups_edit",
        &format!("event {}", event.id),
        outcome,
        now,
        &paths::admin_event_groups(event.id, outcome),
    )
    .await
}
