//! Editing a venue: its name, entrance and accessibility notes in every language, and its address.

use super::Staff;
use super::edit::{TextField, form_value, localized, text_fields_for};
use crate::base::{PageCtx, html};
use crate::i18n::Tr;
use crate::view::Chrome;
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{LocalizedText, Permission, Venue};
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "admin/venue.html")]
struct VenuePage {
    tr: Tr,
    chrome: Chrome,
    id: i64,
    texts: Vec<TextField>,
    form: HashMap<String, String>,
    errors: Vec<(String, String)>,
    saved: bool,
}

impl VenuePage {
    fn value(&self, key: &str) -> String {
        form_value(&self.form, key)
    }
}

async fn venue(state: &AppState, staff: &Staff, id: i64) -> Result<Venue, AppError> {
    if !staff.0.may_anywhere(Permission::ManageRegistrations) {
        return Err(AppError::Forbidden);
    }
    state
        .store
        .venues()
        .await?
        .into_iter()
        .find(|v| v.id.0 == id)
        .ok_or(AppError::NotFound)
}

fn render(
    ctx: &PageCtx,
    id: i64,
    form: HashMap<String, String>,
    errors: Vec<(String, String)>,
    saved: bool,
) -> VenuePage {
    let tr = ctx.tr();
    let content = ctx.content();
    let spec = [
        ("name", tr.t("admin-venue-name"), false),
        ("entrance", tr.t("admin-venue-entrance"), false),
        ("accessibility", tr.t("admin-venue-accessibility"), true),
    ];
    VenuePage {
        chrome: ctx.chrome(tr.t("admin-venue-title"), &content),
        id,
        texts: text_fields_for("", &form, &spec),
        form,
        errors,
        saved,
        tr,
    }
}

fn current(venue: &Venue) -> HashMap<String, String> {
    let mut form = HashMap::new();
    for (name, text) in [
        ("name", &venue.name),
        ("entrance", &venue.entrance),
        ("accessibility", &venue.accessibility),
    ] {
        for (tag, value) in text.translations() {
            form.insert(format!("{name}_{tag}"), value.clone());
        }
    }
    form.insert("street".into(), venue.street.clone());
    form.insert("postal_code".into(), venue.postal_code.clone());
    form.insert("city".into(), venue.city.clone());
    form
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let venue = venue(&state, &staff, id.0).await?;
    Ok(html(render(&ctx, id.0, current(&venue), Vec::new(), false))?.into_response())
}

pub async fn save(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let existing = venue(&state, &staff, id.0).await?;
    let form: HashMap<String, String> = pairs.into_iter().collect();
    let tr = ctx.tr();
    let name = LocalizedText::parse(localized(&form, "name"), "venue name");
    let (street, city) = (
        form_value(&form, "street").trim().to_owned(),
        form_value(&form, "city").trim().to_owned(),
    );
    let Ok(name) = name.map_err(|_| ()).and_then(|n| {
        if street.is_empty() || city.is_empty() {
            Err(())
        } else {
            Ok(n)
        }
    }) else {
        let errors = vec![("name_de".to_owned(), tr.t("admin-new-venue-incomplete"))];
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            html(render(&ctx, id.0, form, errors, false))?,
        )
            .into_response());
    };
    let optional =
        |field: &str| LocalizedText::parse(localized(&form, field), "text").unwrap_or_default();
    let updated = Venue {
        id: existing.id,
        name,
        street,
        postal_code: form_value(&form, "postal_code").trim().to_owned(),
        city,
        entrance: optional("entrance"),
        accessibility: optional("accessibility"),
    };
    state.store.edit_venue(&updated).await?;
    state
        .store
        .audit(
            Some(staff.0.id),
            "venue_edit",
            &format!("venue {}", id.0),
            "",
            state.clock.now(),
        )
        .await?;
    Ok(html(render(&ctx, id.0, current(&updated), Vec::new(), true))?.into_response())
}
