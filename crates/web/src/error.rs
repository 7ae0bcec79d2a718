//! One error type for every handler: a status for the client, the cause in the log, and a translated page or JSON body.

use crate::i18n::Tr;
use crate::view::Chrome;
use askama::Template;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use mitwirken_domain::Locale;
use mitwirken_store::StoreError;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("storage failed: {0}")]
    Store(#[from] StoreError),
    #[error("page could not be rendered: {0}")]
    Render(#[from] askama::Error),
    #[error("export failed: {0}")]
    Export(String),
}

/// Marks a response whose body the error layer writes, in the reader's language.
#[derive(Debug, Clone, Copy)]
struct ErrorKind(StatusCode);

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Store(StoreError::Db(_)) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Store(_) | AppError::Render(_) | AppError::Export(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorKind(status));
        response
    }
}

#[derive(Serialize)]
struct ApiError {
    error: &'static str,
    message: String,
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    tr: Tr,
    chrome: Chrome,
    heading: String,
    message: String,
}

fn keys(status: StatusCode) -> (&'static str, &'static str, &'static str) {
    match status {
        StatusCode::NOT_FOUND => ("not_found", "error-not-found-title", "error-not-found-text"),
        StatusCode::FORBIDDEN => ("forbidden", "error-forbidden-title", "error-forbidden-text"),
        StatusCode::SERVICE_UNAVAILABLE => (
            "unavailable",
            "error-unavailable-title",
            "error-unavailable-text",
        ),
        _ => ("internal", "error-internal-title", "error-internal-text"),
    }
}

/// Writes the body of error responses: JSON under `/api`, a translated page everywhere else.
pub async fn render(request: Request, next: Next) -> Response {
    let locale = request
        .extensions()
        .get::<Locale>()
        .copied()
        .unwrap_or(Locale::GERMAN);
    let path = request.uri().path().to_owned();
    let query = request.uri().query().map(str::to_owned);
    let response = next.run(request).await;
    let Some(ErrorKind(status)) = response.extensions().get::<ErrorKind>().copied() else {
        return response;
    };
    let tr = Tr::new(locale);
    let (code, title_key, text_key) = keys(status);
    if path.starts_with("/api/") {
        let body = ApiError {
            error: code,
            message: tr.t(text_key),
        };
        return (status, axum::Json(body)).into_response();
    }
    let heading = tr.t(title_key);
    let page = ErrorPage {
        chrome: Chrome::new(locale, &path, query.as_deref(), heading.clone()),
        message: tr.t(text_key),
        heading,
        tr,
    };
    match page.render() {
        Ok(html) => (status, Html(crate::view::finish_page(html))).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "error page could not be rendered");
            (
                status,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                code,
            )
                .into_response()
        }
    }
}
