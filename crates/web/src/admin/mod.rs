//! The back office: the organiser's office signs in, handles registrations, exports lists,
//! checks people in at the door and reads the audit log. Every route checks the role.

mod analysis;
mod auth;
mod checkin;
mod create;
mod edit;
mod events;
mod feedback;
mod moderation;
mod plan;
mod process;
mod proposals;
mod results;
mod system;
mod venue;

pub use auth::Staff;

use crate::AppState;
use axum::Router;
use axum::routing::{get, post};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin", get(events::dashboard))
        .route("/admin/login", get(auth::login_page).post(auth::login))
        .route("/admin/logout", post(auth::logout))
        .route("/admin/security", get(auth::security))
        .route("/admin/security/totp", post(auth::totp_start))
        .route("/admin/security/totp/confirm", post(auth::totp_confirm))
        .route("/admin/security/totp/disable", post(auth::totp_disable))
        .route("/admin/events/{id}", get(events::registrations))
        .route("/admin/events/{id}/planning", get(events::planning))
        .route("/admin/events/{id}/export.csv", get(events::export_csv))
        .route("/admin/events/{id}/export.xlsx", get(events::export_xlsx))
        .route(
            "/admin/events/{id}/attendance.pdf",
            get(events::attendance_pdf),
        )
        .route("/admin/events/{id}/walk-in", post(events::walk_in))
        .route("/admin/events/{id}/edit", get(edit::page).post(edit::save))
        .route(
            "/admin/processes/new",
            get(process::page).post(process::create),
        )
        .route(
            "/admin/processes/{slug}/edit",
            get(process::edit_page).post(process::edit_save),
        )
        .route(
            "/admin/processes/{slug}/events/new",
            get(create::page).post(create::create),
        )
        .route("/admin/events/{id}/codes", post(edit::add_code))
        .route("/admin/events/{id}/groups", post(edit::save_groups))
        .route("/admin/events/{id}/questions", post(edit::add_question))
        .route(
            "/admin/events/{id}/questions/{question}/delete",
            post(edit::remove_question),
        )
        .route("/admin/events/{id}/cancel", post(events::cancel_event))
        .route("/admin/events/{id}/move", post(events::move_event))
        .route("/admin/events/{id}/message", post(events::message))
        .route("/admin/registrations/{id}/{action}", post(events::act))
        .route(
            "/admin/events/{id}/checkin",
            get(checkin::page).post(checkin::check_in),
        )
        .route("/admin/venues/{id}", get(venue::page).post(venue::save))
        .route("/admin/outbox", get(system::outbox))
        .route("/admin/outbox/{id}/retry", post(system::retry))
        .route("/admin/audit", get(system::audit))
        .route("/admin/feedback", get(feedback::list))
        .route("/admin/feedback/{id}/handled", post(feedback::mark_handled))
        .route("/admin/cocreation", get(analysis::overview))
        .route(
            "/admin/processes/{slug}/fields/{field_slug}/analysis",
            get(analysis::editor).post(analysis::save),
        )
        .route("/admin/processes/{slug}/moderation", get(moderation::page))
        .route(
            "/admin/processes/{slug}/moderation/hide",
            post(moderation::hide),
        )
        .route(
            "/admin/processes/{slug}/moderation/unhide",
            post(moderation::unhide),
        )
        .route(
            "/admin/processes/{slug}/moderation/reports/{id}/dismiss",
            post(moderation::dismiss),
        )
        .route("/admin/proposals", get(proposals::index))
        .route("/admin/processes/{slug}/proposals", get(proposals::list))
        .route(
            "/admin/proposals/{id}",
            get(proposals::answer_form).post(proposals::answer),
        )
        .route("/admin/plan", get(plan::index))
        .route("/admin/processes/{slug}/plan", get(plan::plan))
        .route("/admin/processes/{slug}/plan/goals", post(plan::add_goal))
        .route("/admin/goals/{id}", get(plan::goal).post(plan::save_goal))
        .route("/admin/goals/{id}/delete", post(plan::delete_goal))
        .route("/admin/goals/{id}/measures", post(plan::add_measure))
        .route(
            "/admin/measures/{id}",
            get(plan::measure).post(plan::save_measure),
        )
        .route("/admin/measures/{id}/updates", post(plan::add_update))
        .route("/admin/measures/{id}/origins", post(plan::add_origin))
        .route(
            "/admin/measures/{id}/origins/remove",
            post(plan::remove_origin),
        )
        .route("/admin/measures/{id}/delete", post(plan::delete_measure))
        .route(
            "/admin/events/{id}/results",
            get(results::page).post(results::add),
        )
        .route(
            "/admin/results/{id}",
            get(results::edit_page).post(results::save),
        )
        .route("/admin/results/{id}/delete", post(results::delete))
}
