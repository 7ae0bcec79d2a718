//! Creating an event in the back office: texts in every language, day and times, venue,
//! places, deadline, access, eligible groups and working groups.

use super::Staff;
use super::edit::{TextField, form_value, localized, text_fields};
use crate::base::{PageCtx, audited_redirect, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{Access, Capacity, LocalizedText, Permission, Process, Slug, VenueId};
use mitwirken_store::scenario::{NewEvent, NewVenue, VenueChoice};
use std::collections::HashMap;

pub struct VenueOption {
    pub id: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "admin/new_event.html")]
struct NewEventPage {
    tr: Tr,
    chrome: Chrome,
    slug: String,
    texts: Vec<TextField>,
    form: HashMap<String, String>,
    venues: Vec<VenueOption>,
    errors: Vec<(String, String)>,
}

impl NewEventPage {
    fn value(&self, key: &str) -> String {
        form_value(&self.form, key)
    }

    fn checked(&self, key: &str) -> bool {
        self.form.contains_key(key)
    }
}

async fn render(
    state: &AppState,
    ctx: &PageCtx,
    process: &Process,
    form: HashMap<String, String>,
    errors: Vec<(String, String)>,
) -> Result<NewEventPage, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let chosen = form_value(&form, "venue");
    let mut venues: Vec<VenueOption> = state
        .store
        .venues()
        .await?
        .iter()
        .map(|v| VenueOption {
            id: v.id.0.to_string(),
            label: format!("{}, {}", content.pick(&v.name).text, v.street),
            selected: chosen == v.id.0.to_string(),
        })
        .collect();
    venues.push(VenueOption {
        id: "new".to_owned(),
        label: tr.t("admin-new-venue"),
        selected: chosen == "new",
    });
    Ok(NewEventPage {
        chrome: ctx.chrome(
            tr.args(
                "admin-new-event-title",
                &[("process", Arg::Str(&content.pick(&process.title).text))],
            ),
            &content,
        ),
        slug: process.slug.to_string(),
        texts: text_fields(&tr, &form),
        form,
        venues,
        errors,
        tr,
    })
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let process = staff
        .process(&state, &slug, Permission::ManageRegistrations)
        .await?;
    let mut form = HashMap::new();
    form.insert("capacity".to_owned(), "50".to_owned());
    form.insert("starts".to_owned(), "10:00".to_owned());
    form.insert("ends".to_owned(), "16:00".to_owned());
    form.insert("access".to_owned(), "open".to_owned());
    form.insert("waiting_list".to_owned(), "yes".to_owned());
    Ok(html(render(&state, &ctx, &process, form, Vec::new()).await?)?.into_response())
}

/// Lines of a text box, each a German text; `Name | 17` gives a size.
fn lines(raw: &str) -> Vec<(String, Option<String>)> {
    raw.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.rsplit_once('|') {
            Some((name, size)) => (name.trim().to_owned(), Some(size.trim().to_owned())),
            None => (l.to_owned(), None),
        })
        .collect()
}

fn parse(
    form: &HashMap<String, String>,
    tr: &Tr,
) -> Result<(NewEvent, VenueChoice), Vec<(String, String)>> {
    let mut errors = Vec::new();
    let mut error = |field: &str, message: String| errors.push((field.to_owned(), message));
    let slug = Slug::parse(form_value(form, "event_slug").trim());
    if slug.is_err() {
        error("event_slug", tr.t("admin-new-slug-invalid"));
    }
    let title = LocalizedText::parse(localized(form, "title"), "title");
    if title.is_err() {
        error("title_de", tr.t("form-error-required"));
    }
    let date = form_value(form, "date")
        .trim()
        .parse::<jiff::civil::Date>()
        .ok();
    let starts = form_value(form, "starts")
        .trim()
        .parse::<jiff::civil::Time>()
        .ok();
    let ends = form_value(form, "ends")
        .trim()
        .parse::<jiff::civil::Time>()
        .ok();
    if date.is_none() {
        error("date", tr.t("admin-edit-deadline-invalid"));
    }
    if starts.is_none() || ends.is_none() || ends <= starts {
        error("ends", tr.t("admin-done-invalid-time"));
    }
    let capacity = form_value(form, "capacity")
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|c| Capacity::parse(c).ok());
    if capacity.is_none() {
        error("capacity", tr.t("admin-edit-capacity-invalid"));
    }
    let deadline = form_value(form, "deadline")
        .trim()
        .parse::<jiff::civil::Date>()
        .ok();
    if deadline.is_none() || deadline > date {
        error("deadline", tr.t("admin-new-deadline-invalid"));
    }
    let access = Access::parse(&form_value(form, "access")).ok();
    let groups: Vec<LocalizedText> = lines(&form_value(form, "eligible_groups"))
        .into_iter()
        .map(|(name, _)| LocalizedText::german(name))
        .collect();
    if access.is_none() {
        error("access", tr.t("form-error-choice"));
    } else if access == Some(Access::Reserved) && groups.is_empty() {
        error("eligible_groups", tr.t("admin-edit-reserved-needs-groups"));
    }
    let mut working_groups = Vec::new();
    for (name, size) in lines(&form_value(form, "working_groups")) {
        match size.map(|s| s.parse::<i64>().ok().and_then(|n| Capacity::parse(n).ok())) {
            Some(None) => error("working_groups", tr.t("admin-new-group-size-invalid")),
            Some(Some(size)) => working_groups.push((LocalizedText::german(name), Some(size))),
            None => working_groups.push((LocalizedText::german(name), None)),
        }
    }
    let venue = match form_value(form, "venue").as_str() {
        "new" => {
            let name = LocalizedText::parse(localized(form, "venue_name"), "venue");
            let street = form_value(form, "venue_street").trim().to_owned();
            let city = form_value(form, "venue_city").trim().to_owned();
            if name.is_err() || street.is_empty() || city.is_empty() {
                error("venue_name_de", tr.t("admin-new-venue-incomplete"));
            }
            name.ok().map(|name| {
                VenueChoice::New(NewVenue {
                    name,
                    street,
                    postal_code: form_value(form, "venue_postal_code").trim().to_owned(),
                    city,
                    entrance: LocalizedText::parse(localized(form, "venue_entrance"), "entrance")
                        .unwrap_or_default(),
                })
            })
        }
        id => match id.parse::<i64>() {
            Ok(id) => Some(VenueChoice::Existing(VenueId(id))),
            Err(_) => {
                error("venue", tr.t("form-error-choice"));
                None
            }
        },
    };
    let optional =
        |name: &str| LocalizedText::parse(localized(form, name), "text").unwrap_or_default();
    match (
        slug, title, date, starts, ends, capacity, deadline, access, venue,
    ) {
        (
            Ok(slug),
            Ok(title),
            Some(date),
            Some(starts),
            Some(ends),
            Some(capacity),
            Some(deadline),
            Some(access),
            Some(venue),
        ) if errors.is_empty() => Ok((
            NewEvent {
                slug,
                title,
                description: optional("description"),
                audience: optional("audience"),
                on_site_notes: optional("on_site_notes"),
                date,
                starts,
                ends,
                capacity,
                registration_deadline: deadline,
                access,
                waiting_list: form.contains_key("waiting_list"),
                published: form.contains_key("published"),
                eligible_groups: groups,
                working_groups,
            },
            venue,
        )),
        _ => Err(errors),
    }
}

pub async fn create(
    State(state): State<AppState>,
    staff: Staff,
    Path(slug): Path<String>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let process = staff
        .process(&state, &slug, Permission::ManageRegistrations)
        .await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let tr = ctx.tr();
    let (new, venue) = match parse(&form, &tr) {
        Ok(parsed) => parsed,
        Err(errors) => {
            let page = render(&state, &ctx, &process, form, errors).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(page)?).into_response());
        }
    };
    let now = state.clock.now();
    match state.store.create_event(&process, &new, &venue, now).await {
        Ok(id) => {
            audited_redirect(
                &state,
                staff.0.id,
                "event_create",
                &format!("event {id}"),
                new.slug.as_str(),
                now,
                &paths::admin_event_edit(id),
            )
            .await
        }
        Err(e) if e.is_unique_violation() => {
            let errors = vec![("event_slug".to_owned(), tr.t("admin-new-slug-taken"))];
            let page = render(&state, &ctx, &process, form, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(page)?).into_response())
        }
        Err(e) => Err(AppError::Store(e)),
    }
}
