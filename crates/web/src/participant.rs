//! The participant behind a request: a session cookie set after signing in by link.

use crate::{AppError, AppState};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_auth::Token;
use mitwirken_store::participant::Participant;

pub const COOKIE: &str = "mw_session";

pub fn session_token(headers: &HeaderMap) -> Option<Token> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix("mw_session="))
        .find_map(Token::from_link)
}

/// The `Set-Cookie` value that starts a session, or (with `None`) ends it.
pub fn session_cookie(token: Option<&Token>, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let value = match token {
        Some(token) => format!(
            "{COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000{secure}",
            token.as_str()
        ),
        None => format!("{COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"),
    };
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A signed-in participant; anyone else is sent to the sign-in page and comes back afterwards.
pub struct SignedIn(pub Participant);

/// The participant if signed in; pages that anyone may read use this.
pub struct MaybeSignedIn(pub Option<Participant>);

async fn lookup(parts: &Parts, state: &AppState) -> Result<Option<Participant>, AppError> {
    match session_token(&parts.headers) {
        Some(token) => Ok(state
            .store
            .participant_by_session(&token, state.clock.now())
            .await?),
        None => Ok(None),
    }
}

impl FromRequestParts<AppState> for MaybeSignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        lookup(parts, state)
            .await
            .map(MaybeSignedIn)
            .map_err(IntoResponse::into_response)
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match lookup(parts, state)
            .await
            .map_err(IntoResponse::into_response)?
        {
            Some(participant) => Ok(SignedIn(participant)),
            None => {
                let back = parts.uri.path_and_query().map_or("/me", |p| p.as_str());
                let target = crate::paths::signin_next(back);
                Err(Redirect::to(&target).into_response())
            }
        }
    }
}
