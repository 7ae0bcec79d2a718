//! The planning figures of one event: how many come from each eligible group, join each working
//! group and need each interpretation language.

use super::event_for;
use crate::admin::Staff;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, EventView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use mitwirken_domain::Permission;

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
