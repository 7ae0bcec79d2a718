//! Events in the back office: the dashboard, the registration list with its actions, walk-ins,
//! exports and planning figures.

use super::Staff;
use crate::base::labels::status_key;
use crate::base::{PageCtx, audited_redirect, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::{Chrome, EventView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_domain::{Event, Permission, Process, RegistrationStatus};
use mitwirken_exports::table::Table;
use mitwirken_store::Registration;
use mitwirken_store::desk::DeskError;
use serde::Deserialize;
use std::collections::HashMap;

/// An event the staff member may see, with its process, or 403/404.
pub(super) async fn event_for(
    state: &AppState,
    staff: &Staff,
    id: i64,
    permission: Permission,
) -> Result<(Event, Process), AppError> {
    let event = state
        .store
        .event_any_status(mitwirken_domain::EventId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    staff.require(permission, event.process_id)?;
    let process = state
        .store
        .process_by_id(event.process_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((event, process))
}

pub struct DashboardEvent {
    pub view: EventView,
    pub confirmed: String,
    pub registrations: bool,
    pub checkin: bool,
}

pub struct DashboardProcess {
    pub title: Txt,
    pub slug: String,
    pub manage: bool,
    pub events: Vec<DashboardEvent>,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct Dashboard {
    tr: Tr,
    chrome: Chrome,
    name: String,
    processes: Vec<DashboardProcess>,
    is_admin: bool,
}

pub async fn dashboard(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let now = state.clock.now();
    let mut processes = Vec::new();
    for process in state.store.all_processes().await? {
        let sees = |p| staff.0.may(p, process.id);
        if !Permission::ALL.iter().any(|p| sees(*p)) {
            continue;
        }
        let mut events = Vec::new();
        for event in state.store.public_events(process.id).await? {
            let seats = state.store.seat_count(event.id).await?;
            events.push(DashboardEvent {
                confirmed: tr.args(
                    "admin-seats-taken",
                    &[
                        ("taken", Arg::Num(seats.taken)),
                        ("capacity", Arg::Num(seats.capacity)),
                    ],
                ),
                view: EventView::new(&event, &process.time_zone, now, &tr, &content),
                registrations: sees(Permission::ViewRegistrations),
                checkin: sees(Permission::CheckIn),
            });
        }
        processes.push(DashboardProcess {
            title: content.pick(&process.title),
            slug: process.slug.to_string(),
            manage: sees(Permission::ManageRegistrations),
            events,
        });
    }
    Ok(html(Dashboard {
        chrome: ctx.chrome(tr.t("admin-title"), &content),
        name: staff.0.display_name.clone(),
        is_admin: staff.0.is_admin,
        processes,
        tr,
    })?
    .into_response())
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    group: String,
    #[serde(default)]
    working_group: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    done: String,
}

pub struct Row {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub organisation: String,
    pub status: String,
    pub status_class: &'static str,
    pub position: String,
    pub group: Txt,
    pub working_group: Txt,
    pub needs: String,
    pub present: bool,
    pub awaiting: bool,
    pub waiting: bool,
    pub seated: bool,
    pub active: bool,
}

pub struct Choice {
    pub value: String,
    pub label: Txt,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "admin/registrations.html")]
struct RegistrationsPage {
    tr: Tr,
    chrome: Chrome,
    event: EventView,
    rows: Vec<Row>,
    statuses: Vec<Choice>,
    groups: Vec<Choice>,
    working_groups: Vec<Choice>,
    q: String,
    done: String,
    manage: bool,
    export: bool,
    checkin: bool,
    counts: String,
}

fn needs(tr: &Tr, r: &Registration) -> String {
    let mut parts = Vec::new();
    if let Some(language) = &r.needs_interpretation {
        parts.push(tr.args(
            "admin-need-interpretation",
            &[("language", Arg::Str(language))],
        ));
    }
    if r.needs_sign_language {
        parts.push(tr.t("admin-need-sign-language"));
    }
    if r.needs_step_free {
        parts.push(tr.t("admin-need-step-free"));
    }
    if let Some(other) = &r.needs_other {
        parts.push(other.clone());
    }
    tr.list(parts)
}

fn matches(r: &Registration, query: &ListQuery) -> bool {
    let q = query.q.trim().to_lowercase();
    (query.status.is_empty() || r.status.as_str() == query.status)
        && (query.group.is_empty()
            || r.eligible_group_id.map(|g| g.to_string()) == Some(query.group.clone()))
        && (query.working_group.is_empty()
            || r.working_group_id.map(|g| g.to_string()) == Some(query.working_group.clone()))
        && (q.is_empty()
            || format!(
                "{} {} {}",
                r.given_name,
                r.family_name,
                r.organisation.as_deref().unwrap_or_default()
            )
            .to_lowercase()
            .contains(&q))
}

pub async fn registrations(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Query(query): Query<ListQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (event, process) = event_for(&state, &staff, id.0, Permission::ViewRegistrations).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let all = state.store.registrations_of(event.id).await?;
    state
        .store
        .audit(
            Some(staff.0.id),
            "view_registrations",
            &format!("event {}", event.id),
            &query.q,
            state.clock.now(),
        )
        .await?;
    let group_names: HashMap<i64, Txt> = event
        .eligible_groups
        .iter()
        .map(|g| (g.id, content.pick(&g.name)))
        .collect();
    let working_names: HashMap<i64, Txt> = event
        .working_groups
        .iter()
        .map(|w| (w.id, content.pick(&w.title)))
        .collect();
    let rows: Vec<Row> = all
        .iter()
        .filter(|r| matches(r, &query))
        .map(|r| {
            let (key, class) = status_key(r.status);
            Row {
                id: r.id,
                name: format!("{} {}", r.given_name, r.family_name),
                email: if r.is_walk_in {
                    String::new()
                } else {
                    r.email.clone()
                },
                organisation: r.organisation.clone().unwrap_or_default(),
                status: tr.t(key),
                status_class: class,
                position: r
                    .waiting_position
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                group: r
                    .eligible_group_id
                    .and_then(|g| group_names.get(&g).cloned())
                    .unwrap_or_default(),
                working_group: r
                    .working_group_id
                    .and_then(|g| working_names.get(&g).cloned())
                    .unwrap_or_default(),
                needs: needs(&tr, r),
                present: r.checked_in_at.is_some(),
                awaiting: r.status == RegistrationStatus::AwaitingApproval,
                waiting: r.status == RegistrationStatus::Waiting,
                seated: r.holds_seat && r.status != RegistrationStatus::Unconfirmed,
                active: r.status.is_active(),
            }
        })
        .collect();
    let statuses = RegistrationStatus::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().to_owned(),
            label: Txt::plain(&tr.t(status_key(*s).0)),
            selected: query.status == s.as_str(),
        })
        .collect();
    let groups = event
        .eligible_groups
        .iter()
        .map(|g| Choice {
            value: g.id.to_string(),
            label: content.pick(&g.name),
            selected: query.group == g.id.to_string(),
        })
        .collect();
    let working_groups = event
        .working_groups
        .iter()
        .map(|w| Choice {
            value: w.id.to_string(),
            label: content.pick(&w.title),
            selected: query.working_group == w.id.to_string(),
        })
        .collect();
    let view = EventView::new(&event, &process.time_zone, state.clock.now(), &tr, &content);
    let counts = tr.args(
        "admin-list-count",
        &[
            ("shown", Arg::Num(rows.len() as i64)),
            ("total", Arg::Num(all.len() as i64)),
        ],
    );
    let done = if query.done.is_empty() {
        String::new()
    } else {
        tr.t(&format!("admin-done-{}", action_key(&query.done)))
    };
    Ok(html(RegistrationsPage {
        chrome: ctx.chrome(
            tr.args(
                "admin-registrations-title",
                &[("event", Arg::Str(&view.title.text))],
            ),
            &content,
        ),
        manage: staff
            .0
            .may(Permission::ManageRegistrations, event.process_id),
        export: staff.0.may(Permission::Export, event.process_id),
        checkin: staff.0.may(Permission::CheckIn, event.process_id),
        event: view,
        rows,
        statuses,
        groups,
        working_groups,
        q: query.q,
        done,
        counts,
        tr,
    })?
    .into_response())
}

/// The translation key part of an action; anything unknown is reported as an error.
fn action_key(action: &str) -> &'static str {
    match action {
        "approve" => "approve",
        "reject" => "reject",
        "cancel" => "cancel",
        "seat" => "seat",
        "wait" => "wait",
        "walk-in" => "walk-in",
        "no-seat" => "no-seat",
        "event-cancelled" => "event-cancelled",
        "event-moved" => "event-moved",
        "message-sent" => "message-sent",
        "invalid-time" => "invalid-time",
        _ => "wrong-state",
    }
}

#[derive(Deserialize, Default)]
pub struct ActForm {
    #[serde(default)]
    message: String,
}

/// Approve, reject, cancel, give a seat, or move to the waiting list.
pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    Path((id, action)): Path<(i64, String)>,
    Form(form): Form<ActForm>,
) -> Result<Response, AppError> {
    let registration = state
        .store
        .registration(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = state
        .store
        .event_any_status(registration.event_id)
        .await?
        .ok_or(AppError::NotFound)?;
    staff.require(Permission::ManageRegistrations, event.process_id)?;
    let now = state.clock.now();
    let message = form.message.trim();
    let outcome: Result<(), DeskError> = match action.as_str() {
        "approve" => state
            .store
            .approve(id, now)
            .await
            .map(|_| ())
            .map_err(DeskError::from),
        "reject" => state
            .store
            .reject(id, message, now)
            .await
            .map(|_| ())
            .map_err(DeskError::from),
        "cancel" => state.store.cancel_for(id, message, now).await.map(|_| ()),
        "seat" => state.store.move_to_seat(id, now).await.map(|_| ()),
        "wait" => state.store.move_to_waiting(id, now).await.map(|_| ()),
        _ => return Err(AppError::NotFound),
    };
    let done = match outcome {
        Ok(()) => action.clone(),
        Err(DeskError::NoSeat) => "no-seat".to_owned(),
        Err(DeskError::WrongState | DeskError::NotFound) => "wrong-state".to_owned(),
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
    };
    state.mail_queued.notify_one();
    state.event_forms.forget(event.id.0);
    audited_redirect(
        &state,
        staff.0.id,
        &format!("registration_{action}"),
        &format!("registration {id}"),
        message,
        now,
        &paths::admin_event_done(event.id, &done),
    )
    .await
}

#[derive(Deserialize, Default)]
pub struct WalkInForm {
    #[serde(default)]
    given_name: String,
    #[serde(default)]
    family_name: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    back: String,
}

pub async fn walk_in(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<WalkInForm>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id.0, Permission::CheckIn).await?;
    let back = if form.back == "checkin" {
        paths::admin_checkin(event.id)
    } else {
        paths::admin_event(event.id)
    };
    if form.given_name.trim().is_empty() || form.family_name.trim().is_empty() {
        return Ok(Redirect::to(&paths::done(back, "wrong-state", None)).into_response());
    }
    let now = state.clock.now();
    let organisation = Some(form.organisation.as_str());
    let done = match state
        .store
        .add_walk_in(
            &state.keys,
            event.id,
            &form.given_name,
            &form.family_name,
            organisation,
            now,
        )
        .await
    {
        Ok(registration) => {
            state
                .store
                .audit(
                    Some(staff.0.id),
                    "walk_in",
                    &format!("registration {}", registration.id),
                    "",
                    now,
                )
                .await?;
            "walk-in"
        }
        Err(DeskError::NoSeat) => "no-seat",
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
        Err(_) => "wrong-state",
    };
    Ok(Redirect::to(&paths::done(back, done, None)).into_response())
}

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

pub struct Count {
    pub label: Txt,
    pub count: i64,
}

#[derive(Template)]
#[template(path = "admin/planning.html")]
struct PlanningPage {
    tr: Tr,
    chrome: Chrome,
    event: EventView,
    planning: mitwirken_store::desk::Planning,
    groups: Vec<Count>,
    working_groups: Vec<Count>,
    languages: Vec<Count>,
}

pub async fn planning(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let (event, process) = event_for(&state, &staff, id.0, Permission::ViewRegistrations).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let now = state.clock.now();
    let planning = state.store.planning(event.id, now).await?;
    let groups = event
        .eligible_groups
        .iter()
        .map(|g| Count {
            label: content.pick(&g.name),
            count: planning.by_group.get(&g.id).copied().unwrap_or(0),
        })
        .collect();
    let working_groups = event
        .working_groups
        .iter()
        .map(|w| Count {
            label: content.pick(&w.title),
            count: planning.by_working_group.get(&w.id).copied().unwrap_or(0),
        })
        .collect();
    let languages = planning
        .interpretation
        .iter()
        .map(|(language, count)| Count {
            // As the registrants wrote it.
            label: Txt::by_user(language),
            count: *count,
        })
        .collect();
    let view = EventView::new(&event, &process.time_zone, now, &tr, &content);
    Ok(html(PlanningPage {
        chrome: ctx.chrome(
            tr.args(
                "admin-planning-title",
                &[("event", Arg::Str(&view.title.text))],
            ),
            &content,
        ),
        event: view,
        planning,
        groups,
        working_groups,
        languages,
        tr,
    })?
    .into_response())
}

/// After the office changed an event or its registrations: drop the cached event definition,
/// wake the mail worker for the mails the change queued, record it, and go back to the event.
async fn changed(
    state: &AppState,
    staff: &Staff,
    action: &str,
    event: i64,
    details: &str,
    now: jiff::Timestamp,
    done: &str,
) -> Result<Response, AppError> {
    state.event_forms.forget(event);
    state.mail_queued.notify_one();
    let subject = format!("event {event}");
    let back = paths::admin_event_done(event, done);
    audited_redirect(state, staff.0.id, action, &subject, details, now, &back).await
}

#[derive(Deserialize, Default)]
pub struct EventForm {
    #[serde(default)]
    message: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
}

fn back_to(event: i64, done: &str) -> Response {
    Redirect::to(&paths::admin_event_done(event, done)).into_response()
}

/// Cancels the event and tells everyone registered, with a calendar entry that removes it.
pub async fn cancel_event(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    let now = state.clock.now();
    let done = match state
        .store
        .cancel_event(event.id, form.message.trim(), now)
        .await
    {
        Ok(_) => "event-cancelled",
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
        Err(_) => "wrong-state",
    };
    changed(
        &state,
        &staff,
        "event_cancel",
        event.id.0,
        form.message.trim(),
        now,
        done,
    )
    .await
}

/// Moves the event to another day or time; everyone registered gets the new calendar entry.
pub async fn move_event(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    let (event, process) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    let tz = &process.time_zone;
    let parsed = (
        form.date.trim().parse::<jiff::civil::Date>(),
        form.starts.trim().parse::<jiff::civil::Time>(),
        form.ends.trim().parse::<jiff::civil::Time>(),
    );
    let (Ok(date), Ok(starts), Ok(ends)) = parsed else {
        return Ok(back_to(event.id.0, "invalid-time"));
    };
    let starts_at = mitwirken_domain::schedule::local_instant(date, starts, tz);
    let ends_at = mitwirken_domain::schedule::local_instant(date, ends, tz);
    let now = state.clock.now();
    let done = match state
        .store
        .move_event(event.id, starts_at, ends_at, now)
        .await
    {
        Ok(_) => "event-moved",
        Err(DeskError::Store(e)) => return Err(AppError::Store(e)),
        Err(_) => "invalid-time",
    };
    let details = format!("{date} {starts}-{ends}");
    changed(
        &state,
        &staff,
        "event_move",
        event.id.0,
        &details,
        now,
        done,
    )
    .await
}

/// Writes to everyone registered for the event.
pub async fn message(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    let (event, _) = event_for(&state, &staff, id.0, Permission::ManageRegistrations).await?;
    if form.subject.trim().is_empty() || form.message.trim().is_empty() {
        return Ok(back_to(event.id.0, "wrong-state"));
    }
    let now = state.clock.now();
    let sent = state
        .store
        .message_registrants(event.id, form.subject.trim(), form.message.trim(), now)
        .await
        .map_err(|e| match e {
            DeskError::Store(e) => AppError::Store(e),
            _ => AppError::NotFound,
        })?;
    let details = format!("{sent} recipients");
    changed(
        &state,
        &staff,
        "message_registrants",
        event.id.0,
        &details,
        now,
        "message-sent",
    )
    .await
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
