//! Reports of barriers for the organiser: open ones first, each with what was reported and where
//! to answer, and a button that marks it handled (written to the audit log).

use super::Staff;
use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::view::Chrome;
use crate::{AppError, AppState, PathId};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use jiff::tz::TimeZone;
use mitwirken_domain::feedback::KEPT_DAYS;
use mitwirken_domain::{Locale, Permission};
use mitwirken_store::feedback::Feedback;
use serde::Deserialize;

pub struct FeedbackRow {
    pub id: i64,
    pub heading: String,
    /// Where the barrier is, as reported; linked when it is a path on this site.
    pub page: String,
    pub page_link: String,
    pub message: String,
    pub email: String,
    pub name: String,
    pub written_in: String,
    /// The language tag of `written_in`, which is that language's own name.
    pub written_in_lang: String,
    pub handled: String,
}

#[derive(Template)]
#[template(path = "admin/feedback.html")]
struct FeedbackPage {
    tr: Tr,
    chrome: Chrome,
    open: Vec<FeedbackRow>,
    handled: Vec<FeedbackRow>,
    done: bool,
    intro: String,
}

impl FeedbackPage {
    fn open_heading(&self) -> String {
        self.tr.count("feedback-admin-open", self.open.len() as i64)
    }

    fn handled_heading(&self) -> String {
        self.tr
            .count("feedback-admin-handled", self.handled.len() as i64)
    }
}

fn require(staff: &Staff) -> Result<(), AppError> {
    if staff
        .0
        .may_anywhere(Permission::HandleAccessibilityFeedback)
    {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

fn row(tr: &Tr, tz: &TimeZone, report: Feedback) -> FeedbackRow {
    let page = report.page.unwrap_or_default();
    let on_this_site = page.starts_with('/') && !page.starts_with("//");
    let handled = match (report.handled_at, &report.handled_by) {
        (Some(at), Some(by)) => tr.args(
            "feedback-admin-handled-by",
            &[
                ("when", Arg::Str(&tr.date_time(at, tz))),
                ("who", Arg::Str(by)),
            ],
        ),
        (Some(at), None) => tr.args(
            "feedback-admin-handled-at",
            &[("when", Arg::Str(&tr.date_time(at, tz)))],
        ),
        (None, _) => String::new(),
    };
    FeedbackRow {
        id: report.id,
        heading: tr.args(
            "feedback-admin-item",
            &[
                ("id", Arg::Num(report.id)),
                ("when", Arg::Str(&tr.date_time(report.created_at, tz))),
            ],
        ),
        page_link: if on_this_site {
            page.clone()
        } else {
            String::new()
        },
        page,
        message: report.message,
        email: report.email.unwrap_or_default(),
        name: report.name.unwrap_or_default(),
        written_in: Locale::parse(&report.locale)
            .map_or_else(|_| report.locale.clone(), |l| l.native_name().to_owned()),
        written_in_lang: Locale::parse(&report.locale)
            .map_or_else(|_| String::new(), |l| l.tag().to_owned()),
        handled,
    }
}

#[derive(Deserialize, Default)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
    Query(query): Query<DoneQuery>,
) -> Result<Response, AppError> {
    require(&staff)?;
    let reports = state.store.accessibility_feedback().await?;
    state
        .store
        .audit(
            Some(staff.0.id),
            "view_accessibility_feedback",
            "accessibility_feedback",
            "",
            state.clock.now(),
        )
        .await?;
    let tr = ctx.tr();
    let tz = TimeZone::get("Europe/Berlin").unwrap_or(TimeZone::UTC);
    let (open, handled): (Vec<_>, Vec<_>) = reports
        .into_iter()
        .map(|r| row(&tr, &tz, r))
        .partition(|r| r.handled.is_empty());
    let content = ctx.content();
    Ok(html(FeedbackPage {
        chrome: ctx.chrome(tr.t("feedback-admin-title"), &content),
        open,
        handled,
        done: query.done == "handled",
        intro: tr.args("feedback-admin-intro", &[("days", Arg::Num(KEPT_DAYS))]),
        tr,
    })?
    .into_response())
}

pub async fn mark_handled(
    State(state): State<AppState>,
    staff: Staff,
    Path(id): Path<PathId>,
) -> Result<Response, AppError> {
    require(&staff)?;
    if !state
        .store
        .mark_feedback_handled(id.0, staff.0.id, state.clock.now())
        .await?
        && state
            .store
            .accessibility_feedback_by_id(id.0)
            .await?
            .is_none()
    {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/feedback?done=handled").into_response())
}
