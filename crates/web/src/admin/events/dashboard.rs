//! The back office's start page: the processes a staff member works on and their events, with
//! how many seats are taken.

use crate::admin::Staff;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, EventView, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use mitwirken_domain::Permission;

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
