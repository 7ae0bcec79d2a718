//! Staff sign-in with a password, a session cookie backed by the database, and sign-out.

use crate::base::{PageCtx, html};
use crate::i18n::{Arg, Tr};
use crate::paths;
use crate::view::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_auth::Token;
use mitwirken_domain::{Permission, Process, ProcessId, StaffMember};
use mitwirken_store::staff::SignIn;
use serde::Deserialize;

const COOKIE: &str = "mw_staff";

fn session_token(headers: &HeaderMap) -> Option<Token> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix("mw_staff="))
        .find_map(Token::from_link)
}

/// The signed-in staff member; anyone else is sent to the sign-in page.
pub struct Staff(pub StaffMember);

impl Staff {
    /// Refuses with 403 unless the role allows `permission` in `process`.
    pub fn require(&self, permission: Permission, process: ProcessId) -> Result<(), AppError> {
        if self.0.may(permission, process) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// The process named by `slug`, or 404; refused with 403 unless the role allows `permission`
    /// in it.
    pub async fn process(
        &self,
        state: &AppState,
        slug: &str,
        permission: Permission,
    ) -> Result<Process, AppError> {
        let process = state
            .store
            .process_by_slug(slug)
            .await?
            .ok_or(AppError::NotFound)?;
        self.require(permission, process.id)?;
        Ok(process)
    }

    pub fn require_admin(&self) -> Result<(), AppError> {
        if self.0.is_admin {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let member = match session_token(&parts.headers) {
            Some(token) => state
                .store
                .staff_by_session(&token, state.clock.now())
                .await
                .map_err(|e| AppError::Store(e).into_response())?,
            None => None,
        };
        match member {
            Some(member) => Ok(Staff(member)),
            None => {
                let next = parts.uri.path_and_query().map_or("/admin", |p| p.as_str());
                let target = paths::admin_login_next(next);
                Err(Redirect::to(&target).into_response())
            }
        }
    }
}

/// Only paths inside the back office are followed after sign-in.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with("/admin") && !n.starts_with("//") => n.to_owned(),
        _ => "/admin".to_owned(),
    }
}

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginPage {
    tr: Tr,
    chrome: Chrome,
    email: String,
    error: String,
    next: String,
}

#[derive(Deserialize, Default)]
pub struct LoginQuery {
    next: Option<String>,
}

pub async fn login_page(
    ctx: PageCtx,
    axum::extract::Query(query): axum::extract::Query<LoginQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    Ok(html(LoginPage {
        chrome: ctx.chrome(tr.t("admin-login-title"), &content),
        email: String::new(),
        error: String::new(),
        next: safe_next(query.next.as_deref()),
        tr,
    })?
    .into_response())
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

pub async fn login(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let now = state.clock.now();
    let tr = ctx.tr();
    let error = match state
        .store
        .sign_in(&form.email, &form.password, &form.code, now)
        .await?
    {
        SignIn::Ok { token, .. } => {
            let secure = if state.site.secure_cookies() {
                "; Secure"
            } else {
                ""
            };
            let cookie = format!(
                "{COOKIE}={}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=43200{secure}",
                token.as_str()
            );
            let mut response = Redirect::to(&safe_next(Some(&form.next))).into_response();
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().insert(header::SET_COOKIE, value);
            }
            return Ok(response);
        }
        SignIn::Wrong => tr.t("admin-login-wrong"),
        SignIn::Locked { until } => {
            let time = until.to_zoned_datetime(
                jiff::tz::TimeZone::get("Europe/Berlin").unwrap_or(jiff::tz::TimeZone::UTC),
            );
            tr.args(
                "admin-login-locked",
                &[("time", Arg::Str(&time.strftime("%H:%M").to_string()))],
            )
        }
    };
    let content = ctx.content();
    let page = LoginPage {
        chrome: ctx.chrome(tr.t("admin-login-title"), &content),
        email: form.email,
        error,
        next: safe_next(Some(&form.next)),
        tr,
    };
    Ok((StatusCode::UNAUTHORIZED, html(page)?).into_response())
}

pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if let Some(token) = session_token(&headers) {
        state.store.sign_out(&token).await?;
    }
    let mut response = Redirect::to("/admin/login").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("mw_staff=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
    Ok(response)
}

#[derive(Template)]
#[template(path = "admin/security.html")]
struct SecurityPage {
    tr: Tr,
    chrome: Chrome,
    enabled: bool,
    pending: String,
    qr_svg: String,
    message: String,
}

async fn security_page(
    state: &AppState,
    staff: &Staff,
    ctx: &PageCtx,
    message: String,
) -> Result<Response, AppError> {
    let (enabled, pending) = state.store.totp_status(staff.0.id).await?;
    let pending = pending.unwrap_or_default();
    let qr_svg = if pending.is_empty() {
        String::new()
    } else {
        let uri = format!(
            "otpauth://totp/mitwirken:{}?secret={pending}&issuer=mitwirken&algorithm=SHA1&digits=6&period=30",
            paths::encode(&staff.0.email)
        );
        mitwirken_exports::qr::svg(&uri)
    };
    let tr = ctx.tr();
    let content = ctx.content();
    Ok(html(SecurityPage {
        chrome: ctx.chrome(tr.t("admin-security-title"), &content),
        enabled,
        pending,
        qr_svg,
        message,
        tr,
    })?
    .into_response())
}

pub async fn security(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    security_page(&state, &staff, &ctx, String::new()).await
}

#[derive(Deserialize, Default)]
pub struct TotpForm {
    #[serde(default)]
    code: String,
}

pub async fn totp_start(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    state.store.start_totp(staff.0.id).await?;
    security_page(&state, &staff, &ctx, String::new()).await
}

pub async fn totp_confirm(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
    Form(form): Form<TotpForm>,
) -> Result<Response, AppError> {
    let ok = state
        .store
        .confirm_totp(staff.0.id, &form.code, state.clock.now())
        .await?;
    let tr = ctx.tr();
    let message = if ok {
        tr.t("admin-totp-enabled")
    } else {
        tr.t("admin-totp-wrong")
    };
    totp_result(&state, &staff, &ctx, ok, message).await
}

pub async fn totp_disable(
    State(state): State<AppState>,
    staff: Staff,
    ctx: PageCtx,
    Form(form): Form<TotpForm>,
) -> Result<Response, AppError> {
    let ok = state
        .store
        .disable_totp(staff.0.id, &form.code, state.clock.now())
        .await?;
    let tr = ctx.tr();
    let message = if ok {
        tr.t("admin-totp-disabled")
    } else {
        tr.t("admin-totp-wrong")
    };
    totp_result(&state, &staff, &ctx, ok, message).await
}

/// The security page after a code was checked: 422 when the code was wrong.
async fn totp_result(
    state: &AppState,
    staff: &Staff,
    ctx: &PageCtx,
    ok: bool,
    message: String,
) -> Result<Response, AppError> {
    let page = security_page(state, staff, ctx, message).await?;
    Ok(if ok {
        page
    } else {
        (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_only_returns_into_the_back_office() {
        assert_eq!(safe_next(Some("/admin/events/2")), "/admin/events/2");
        assert_eq!(safe_next(Some("https://evil.example/")), "/admin");
        assert_eq!(safe_next(Some("//evil.example")), "/admin");
        assert_eq!(safe_next(None), "/admin");
    }
}
