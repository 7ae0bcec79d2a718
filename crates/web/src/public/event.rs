//! The event page with every fact a resident needs, and the way to register.

use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, EventView, Txt};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Html;
use mitwirken_domain::Access;

pub struct WorkingGroupView {
    pub title: Txt,
    pub description: Txt,
    pub is_example: bool,
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventPage {
    tr: Tr,
    chrome: Chrome,
    event: EventView,
    process_slug: String,
    process_title: Txt,
    description: Txt,
    audience: Txt,
    is_reserved: bool,
    groups: Vec<Txt>,
    working_groups: Vec<WorkingGroupView>,
    on_site_notes: Txt,
    fee: String,
    accessibility: Txt,
}

pub async fn event(
    State(state): State<AppState>,
    Path(id): Path<crate::PathId>,
    ctx: PageCtx,
) -> Result<Html<String>, AppError> {
    let (event, process) = crate::lookup::public_event(&state, id.0).await?;
    let tr = ctx.tr();
    let content = ctx.content();
    let view = EventView::new(&event, &process.time_zone, state.clock.now(), &tr, &content);
    let fee = if event.fee.is_free() {
        tr.t("fee-free")
    } else {
        tr.args(
            "fee-amount",
            &[
                ("euros", Arg::Str(&(event.fee.cents / 100).to_string())),
                ("cents", Arg::Str(&format!("{:02}", event.fee.cents % 100))),
            ],
        )
    };
    let page = EventPage {
        process_slug: process.slug.to_string(),
        process_title: content.pick(&process.title),
        description: content.markdown(&event.description),
        audience: content.pick(&event.audience),
        is_reserved: event.access != Access::Open,
        groups: event
            .eligible_groups
            .iter()
            .map(|g| content.pick(&g.name))
            .collect(),
        working_groups: event
            .working_groups
            .iter()
            .map(|w| WorkingGroupView {
                title: content.pick(&w.title),
                description: content.pick(&w.description),
                is_example: w.is_example,
            })
            .collect(),
        on_site_notes: content.pick(&event.on_site_notes),
        accessibility: content.pick(&event.venue.accessibility),
        fee,
        chrome: ctx.chrome(format!("{} – {}", view.title, view.when), &content),
        event: view,
        tr,
    };
    html(page)
}
