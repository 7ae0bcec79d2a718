//! The whole router in one place: public pages, API, calendar files, assets and operations.

use crate::{AppError, AppState, api, assets, error, locale, ops, public, security};
use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::HeaderName;
use axum::middleware::{Next, from_fn};
use axum::response::Response;
use axum::routing::{get, post};
use tower::{ServiceBuilder, ServiceExt};
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
        .route("/processes/{slug}/search", get(public::search::search))
        .route(
            "/processes/{slug}/fields/{field_slug}",
            get(public::analysis::page),
        )
        .route(
            "/processes/{slug}/fields/{field_slug}/comments",
            post(public::analysis::post_comment),
        )
        .route(
            "/comments/{id}/edit",
            get(public::comments::edit_form).post(public::comments::edit),
        )
        .route("/comments/{id}/delete", post(public::comments::delete))
        .route(
            "/report/{target}/{id}",
            get(public::comments::report_form).post(public::comments::report),
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
        .route(
            "/processes/{slug}/fields/{field}/proposals",
            get(public::proposals::field).post(public::proposals::propose),
        )
        .route("/proposals/{id}", get(public::proposals::show))
        .route(
            "/proposals/{id}/support",
            get(public::proposals::to_proposal).post(public::proposals::support),
        )
        .route(
            "/proposals/{id}/withdraw",
            get(public::proposals::to_proposal).post(public::proposals::withdraw),
        )
        .route(
            "/proposals/{id}/comments",
            get(public::proposals::to_proposal).post(public::proposals::post_comment),
        )
        .route(
            "/proposals/{id}/edit",
            get(public::proposals::edit_form).post(public::proposals::edit),
        )
        .route(
            "/proposals/{id}/delete",
            get(public::proposals::to_proposal).post(public::proposals::delete),
        )
        .route(
            "/processes/{slug}/papers",
            get(public::papers::list)
                .post(public::papers::submit)
                .layer(DefaultBodyLimit::max(public::papers::MAX_UPLOAD_BODY)),
        )
        .route("/papers/{file}", get(public::papers::download))
        .route("/imprint", get(public::imprint))
        .route("/privacy", get(public::privacy))
        .route("/accessibility", get(public::accessibility))
        .route(
            "/accessibility/feedback",
            get(public::feedback::to_form).post(public::feedback::submit),
        )
        .route("/accessibility/feedback/sent", get(public::feedback::sent))
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
        .layer(from_fn(limit_body))
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

/// Request bodies are small, except a position paper's upload, which carries a PDF.
async fn limit_body(request: Request, next: Next) -> Response {
    let limit = if public::papers::is_upload(request.method(), request.uri().path()) {
        public::papers::MAX_UPLOAD_BODY
    } else {
        64 * 1024
    };
    let limited = ServiceBuilder::new()
        .layer(RequestBodyLimitLayer::new(limit))
        .map_request(|request: axum::http::Request<_>| request.map(Body::new))
        .service(next);
    match limited.oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}

/// The path as logs may keep it: link tokens are secrets and are replaced; queries are left out.
pub(crate) fn redact_path(path: &str) -> String {
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
