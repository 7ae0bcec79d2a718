//! One event's registration list, searchable and filtered by status, with what each person needs.

use super::desk::action_key;
use super::{Choice, event_for};
use crate::admin::Staff;
use crate::base::labels::status_key;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::{Chrome, EventView, Txt};
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use mitwirken_domain::{Permission, RegistrationStatus};
use mitwirken_store::Registration;
use serde::Deserialize;
use std::collections::HashMap;

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

pub(super) fn needs(tr: &Tr, r: &Registration) -> String {
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
