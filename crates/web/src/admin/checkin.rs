//! Check-in at the door on a phone: type or scan the ticket code, or find the person by name,
//! then one tap marks them present; live counts show how many came.

use super::Staff;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, EventView};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{Permission, RegistrationStatus};
use mitwirken_store::desk::CheckIn;
use serde::Deserialize;

pub struct Found {
    pub id: i64,
    pub name: String,
    pub organisation: String,
    pub present: bool,
}

#[derive(Template)]
#[template(path = "admin/checkin.html")]
struct CheckInPage {
    tr: Tr,
    chrome: Chrome,
    event: EventView,
    q: String,
    found: Vec<Found>,
    searched: bool,
    result: String,
    result_class: &'static str,
    counts: String,
    done: String,
}

#[derive(Deserialize, Default)]
pub struct CheckInQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    done: String,
}

#[derive(Deserialize, Default)]
pub struct CheckInForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    id: String,
}

async fn render(
    state: &AppState,
    staff: &Staff,
    id: i64,
    ctx: &PageCtx,
    q: String,
    done: String,
    result: (String, &'static str),
) -> Result<Response, AppError> {
    let (event, process) = super::events::event_for(state, staff, id, Permission::CheckIn).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let now = state.clock.now();
    let planning = state.store.planning(event.id, now).await?;
    let needle = q.trim().to_lowercase();
    let found = if needle.chars().count() >= 2 {
        state
            .store
            .registrations_of(event.id)
            .await?
            .into_iter()
            .filter(|r| r.status == RegistrationStatus::Confirmed)
            .filter(|r| {
                format!(
                    "{} {} {}",
                    r.given_name,
                    r.family_name,
                    r.organisation.as_deref().unwrap_or_default()
                )
                .to_lowercase()
                .contains(&needle)
            })
            .take(20)
            .map(|r| Found {
                id: r.id,
                name: format!("{} {}", r.given_name, r.family_name),
                organisation: r.organisation.unwrap_or_default(),
                present: r.checked_in_at.is_some(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let counts = tr.args(
        "checkin-counts",
        &[
            ("present", Arg::Num(planning.present)),
            ("confirmed", Arg::Num(planning.confirmed)),
            ("capacity", Arg::Num(planning.capacity)),
        ],
    );
    let view = EventView::new(&event, &process.time_zone, now, &tr, &content);
    let done = if done.is_empty() {
        String::new()
    } else {
        tr.t(&format!(
            "admin-done-{}",
            if done == "walk-in" {
                "walk-in"
            } else if done == "no-seat" {
                "no-seat"
            } else {
                "wrong-state"
            }
        ))
    };
    let page = CheckInPage {
        chrome: ctx.chrome(
            tr.args("checkin-title", &[("event", Arg::Str(&view.title.text))]),
            &content,
        ),
        event: view,
        searched: !needle.is_empty(),
        q,
        found,
        result: result.0,
        result_class: result.1,
        counts,
        done,
        tr,
    };
    Ok(html(page)?.into_response())
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    Query(query): Query<CheckInQuery>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    render(
        &state,
        &staff,
        id.0,
        &ctx,
        query.q,
        query.done,
        (String::new(), ""),
    )
    .await
}

pub async fn check_in(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
    ctx: PageCtx,
    Form(form): Form<CheckInForm>,
) -> Result<Response, AppError> {
    let (event, process) =
        super::events::event_for(&state, &staff, id.0, Permission::CheckIn).await?;
    let now = state.clock.now();
    let outcome = match form.id.parse::<i64>() {
        Ok(registration) => state.store.check_in_id(event.id, registration, now).await?,
        Err(_) => state.store.check_in_code(event.id, &form.code, now).await?,
    };
    let tr = ctx.tr();
    let (message, class, status) = match &outcome {
        CheckIn::Done(r) => (
            tr.args(
                "checkin-done",
                &[(
                    "name",
                    Arg::Str(&format!("{} {}", r.given_name, r.family_name)),
                )],
            ),
            "success",
            StatusCode::OK,
        ),
        CheckIn::Already {
            registration: r,
            at,
        } => (
            tr.args(
                "checkin-already",
                &[
                    (
                        "name",
                        Arg::Str(&format!("{} {}", r.given_name, r.family_name)),
                    ),
                    ("time", Arg::Str(&tr.clock(*at, &process.time_zone))),
                ],
            ),
            "warning",
            StatusCode::OK,
        ),
        CheckIn::NoPlace(r) => (
            tr.args(
                "checkin-no-place",
                &[
                    (
                        "name",
                        Arg::Str(&format!("{} {}", r.given_name, r.family_name)),
                    ),
                    (
                        "status",
                        Arg::Str(&tr.t(crate::base::labels::status_key(r.status).0)),
                    ),
                ],
            ),
            "danger",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        CheckIn::Unknown => (
            tr.t("checkin-unknown"),
            "danger",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    };
    if let CheckIn::Done(r)
    | CheckIn::Already {
        registration: r, ..
    } = &outcome
    {
        state
            .store
            .audit(
                Some(staff.0.id),
                "check_in",
                &format!("registration {}", r.id),
                "",
                now,
            )
            .await?;
    }
    let response = render(
        &state,
        &staff,
        id.0,
        &ctx,
        String::new(),
        String::new(),
        (message, class),
    )
    .await?;
    Ok((status, response).into_response())
}
