//! The registration list as CSV and XLSX, and the printable attendance list, each written to the
//! audit log.

use super::event_for;
use super::registrations::needs;
use crate::admin::Staff;
use crate::base::PageCtx;
use crate::base::labels::status_key;
use crate::i18n::Tr;
use crate::{AppError, AppState, PathId};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{Event, Permission, RegistrationStatus};
use mitwirken_exports::table::Table;
use std::collections::HashMap;

/// The registration list as a table, the same columns in every format.
async fn table(
    state: &AppState,
    staff: &Staff,
    id: i64,
    tr: &Tr,
    format: &str,
) -> Result<(Table, Event), AppError> {
    let (event, process) = event_for(state, staff, id, Permission::Export).await?;
    let locale = tr.locale();
    let group_names: HashMap<i64, String> = event
        .eligible_groups
        .iter()
        .map(|g| (g.id, g.name.get(locale).text.to_owned()))
        .collect();
    let working_names: HashMap<i64, String> = event
        .working_groups
        .iter()
        .map(|w| (w.id, w.title.get(locale).text.to_owned()))
        .collect();
    let tz = &process.time_zone;
    let headers = [
        "admin-col-given-name",
        "admin-col-family-name",
        "admin-col-email",
        "admin-col-phone",
        "admin-col-organisation",
        "admin-col-group",
        "admin-col-working-group",
        "admin-col-status",
        "admin-col-position",
        "admin-col-needs",
        "admin-col-language",
        "admin-col-ticket",
        "admin-col-registered",
        "admin-col-present",
    ]
    .iter()
    .map(|k| tr.t(k))
    .collect();
    let rows = state
        .store
        .registrations_of(event.id)
        .await?
        .iter()
        .filter(|r| r.status.is_active())
        .map(|r| {
            vec![
                r.given_name.clone(),
                r.family_name.clone(),
                if r.is_walk_in {
                    String::new()
                } else {
                    r.email.clone()
                },
                r.phone.clone().unwrap_or_default(),
                r.organisation.clone().unwrap_or_default(),
                r.eligible_group_id
                    .and_then(|g| group_names.get(&g).cloned())
                    .unwrap_or_default(),
                r.working_group_id
                    .and_then(|g| working_names.get(&g).cloned())
                    .unwrap_or_default(),
                tr.t(status_key(r.status).0),
                r.waiting_position
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                needs(tr, r),
                r.locale.tag().to_owned(),
                r.ticket_code.clone(),
                r.created_at
                    .to_zoned_datetime(tz.clone())
                    .strftime("%Y-%m-%d %H:%M")
                    .to_string(),
                r.checked_in_at
                    .map(|t| {
                        t.to_zoned_datetime(tz.clone())
                            .strftime("%H:%M")
                            .to_string()
                    })
                    .unwrap_or_default(),
            ]
        })
        .collect();
    state
        .store
        .audit(
            Some(staff.0.id),
            "export",
            &format!("event {}", event.id),
            format,
            state.clock.now(),
        )
        .await?;
    let title = event.title.get(locale).text.to_owned();
    Ok((
        Table {
            title,
            headers,
            rows,
        },
        event,
    ))
}

fn download(bytes: Vec<u8>, content_type: &'static str, filename: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

pub async fn export_csv(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (table, event) = table(&state, &staff, id.0, &ctx.tr(), "csv").await?;
    Ok(download(
        mitwirken_exports::csv::csv(&table),
        "text/csv; charset=utf-8",
        format!("anmeldungen-{}.csv", event.slug),
    ))
}

pub async fn export_xlsx(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (table, event) = table(&state, &staff, id.0, &ctx.tr(), "xlsx").await?;
    let bytes =
        mitwirken_exports::xlsx::xlsx(&table).map_err(|e| AppError::Export(e.to_string()))?;
    Ok(download(
        bytes,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        format!("anmeldungen-{}.xlsx", event.slug),
    ))
}

/// The printable attendance and sign-in list: everyone with a place, with a column to sign.
pub async fn attendance_pdf(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (event, process) = event_for(&state, &staff, id.0, Permission::Export).await?;
    let tr = ctx.tr();
    let locale = tr.locale();
    let mut people: Vec<(String, String)> = state
        .store
        .registrations_of(event.id)
        .await?
        .into_iter()
        .filter(|r| r.status == RegistrationStatus::Confirmed)
        .map(|r| {
            (
                format!("{}, {}", r.family_name, r.given_name),
                r.organisation.unwrap_or_default(),
            )
        })
        .collect();
    people.sort_by_key(|(name, _)| name.to_lowercase());
    let venue = &event.venue;
    let list = mitwirken_exports::pdf::AttendanceList {
        lang: locale.tag().to_owned(),
        rtl: locale.dir() == mitwirken_domain::TextDirection::Rtl,
        title: event.title.get(locale).text.to_owned(),
        when: tr.date_time_range(event.starts_at, event.ends_at, &process.time_zone),
        place: [
            venue.name.get(locale).text.to_owned(),
            format!("{}, {} {}", venue.street, venue.postal_code, venue.city),
            venue.entrance.get(locale).text.to_owned(),
        ]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", "),
        note: tr.t("attendance-note"),
        footer: tr.t("attendance-footer"),
        headers: [
            tr.t("attendance-number"),
            tr.t("manage-name"),
            tr.t("admin-col-organisation"),
            tr.t("attendance-signature"),
        ],
        rows: people,
    };
    let bytes =
        mitwirken_exports::pdf::attendance(&list).map_err(|e| AppError::Export(e.to_string()))?;
    state
        .store
        .audit(
            Some(staff.0.id),
            "export",
            &format!("event {}", event.id),
            "pdf",
            state.clock.now(),
        )
        .await?;
    Ok(download(
        bytes,
        "application/pdf",
        format!("anwesenheitsliste-{}.pdf", event.slug),
    ))
}
