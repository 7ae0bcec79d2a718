//! The whole router in one place: public pages, API, calendar files, assets and operations.

use crate::{AppError, AppState, api, assets, error, locale, ops, public, security};
use axum::Router;
use axum::http::HeaderName;
use axum::middleware::from_fn;
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub fn build_router(state: AppState) -> Router {
    let _ = ops::metrics_handle();
    let request_id = HeaderName::from_static("x-request-id");
    Router::new()
        .route("/", get(public::home))
        .route("/processes/{slug}", get(public::process))
        .route(
            "/processes/{slug}/calendar.ics",
            get(public::process_calendar),
        )
        .route("/processes/{slug}/plan", get(public::plan::plan))
        .route(
            "/processes/{slug}/plan/progress",
            get(public::plan::progress),
        )
        .route("/processes/{slug}/plan.pdf", get(public::plan::plan_pdf))
        .route("/processes/{slug}/results", get(public::plan::results))
        .route("/events/{id}", get(public::event))
        .route(
            "/events/{id}/register",
            get(public::register).post(public::submit),
        )
        .route("/events/{id}/register/sent", get(public::sent))
        .route(
            "/confirm/{token}",
            get(public::manage::confirm_page).post(public::manage::confirm),
        )
        .route("/manage/{token}", get(public::manage::manage))
        .route("/manage/{token}/cancel", post(public::manage::cancel))
        .route("/events/{id}/calendar.ics", get(public::event_calendar))
        .route(
            "/signin",
            get(public::account::sign_in_page).post(public::account::request_link),
        )
        .route(
            "/signin/{token}",
            get(public::account::link_page).post(public::account::use_link),
        )
        .route("/signout", post(public::account::sign_out))
        .route("/me", get(public::account::me))
        .route("/me/profile", post(public::account::save_profile))
        .route("/me/export.json", get(public::account::export))
        .route("/me/delete", post(public::account::delete))
        .route("/imprint", get(public::imprint))
        .route("/privacy", get(public::privacy))
        .route("/accessibility", get(public::accessibility))
        .merge(api::router())
        .merge(crate::admin::router())
        .route("/assets/{*path}", get(assets::serve))
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route_layer(from_fn(ops::track))
        .fallback(|| async { AppError::NotFound })
        .layer(from_fn(security::same_origin_posts))
        .layer(from_fn(error::render))
        .layer(from_fn(locale::negotiate))
        .layer(from_fn(security::headers))
        .layer(CompressionLayer::new())
        .layer(RequestBodyLimitLayer::new(64 * 1024))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &axum::http::Request<_>| {
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        path = %redact_path(request.uri().path()),
                    )
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

/// The path as logs may keep it: link tokens are secrets and are replaced; queries are left out.
fn redact_path(path: &str) -> String {
    let mut segments: Vec<&str> = path.split('/').collect();
    for i in 1..segments.len() {
        if matches!(segments[i - 1], "confirm" | "manage" | "signin") {
            segments[i] = "***";
        }
    }
    segments.join("/")
}

#[cfg(test)]
mod tests {
    use super::redact_path;

    #[test]
    fn link_tokens_never_reach_the_logs() {
        assert_eq!(redact_path("/manage/abc123/cancel"), "/manage/***/cancel");
        assert_eq!(redact_path("/confirm/abc123"), "/confirm/***");
        assert_eq!(redact_path("/events/3"), "/events/3");
    }
}
