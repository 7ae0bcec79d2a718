//! Participant accounts without passwords: a sign-in link by mail, a page that signs in with a
//! button (so mail scanners that open links sign no one in), "my page" with name and language,
//! registrations and contributions, the data export and the account's deletion.

use crate::base::labels::status_key;
use crate::base::{PageCtx, html};
use crate::i18n::Tr;
use crate::participant::{SignedIn, session_cookie, session_token};
use crate::paths;
use crate::view::{Chrome, ErrorView};
use crate::{AppError, AppState};
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use mitwirken_auth::Token;
use mitwirken_auth::token::Purpose;
use mitwirken_domain::cocreation::MAX_DISPLAY_NAME;
use mitwirken_domain::{Email, Locale};
use mitwirken_store::participant::{LinkRequest, safe_return};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "account/signin.html")]
struct SignInPage {
    tr: Tr,
    chrome: Chrome,
    email: String,
    next: String,
    errors: Vec<ErrorView>,
    sent: bool,
}

impl SignInPage {}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

crate::view::form_errors!(SignInPage);

pub async fn sign_in_page(
    ctx: PageCtx,
    Query(query): Query<NextQuery>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    Ok(html(SignInPage {
        chrome: ctx
            .chrome(tr.t("signin-title"), &content)
            .keeping_form("signin-form"),
        email: String::new(),
        next: safe_return(&query.next),
        errors: Vec::new(),
        sent: false,
        tr,
    })?
    .into_response())
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    next: String,
}

pub async fn request_link(
    State(state): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<SignInForm>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let content = ctx.content();
    let next = safe_return(&form.next);
    let outcome = if ctx.switching {
        Ok(false)
    } else {
        match Email::parse(&form.email) {
            Err(e) => Err(ErrorView::new("email", tr.t(e.key()))),
            Ok(email) => {
                let sent = state
                    .store
                    .request_sign_in(
                        &state.keys,
                        email.as_str(),
                        ctx.locale.tag(),
                        &next,
                        state.clock.now(),
                    )
                    .await?;
                match sent {
                    LinkRequest::Sent => {
                        state.mail_queued.notify_one();
                        Ok(true)
                    }
                    LinkRequest::TooMany => Err(ErrorView::new("email", tr.t("signin-too-many"))),
                }
            }
        }
    };
    let (status, errors, sent) = match outcome {
        Ok(sent) => (StatusCode::OK, Vec::new(), sent),
        Err(error) => (StatusCode::UNPROCESSABLE_ENTITY, vec![error], false),
    };
    let mut chrome = ctx.chrome(tr.t("signin-title"), &content);
    if !sent {
        chrome = chrome.keeping_form("signin-form");
    }
    let page = SignInPage {
        chrome,
        email: form.email,
        next,
        errors,
        sent,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

#[derive(Template)]
#[template(path = "account/link.html")]
struct LinkPage {
    tr: Tr,
    chrome: Chrome,
    token: String,
    email: String,
    valid: bool,
}

pub async fn link_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let pending = match Token::from_link(&token) {
        Some(token) => {
            state
                .store
                .pending_sign_in(&token, state.clock.now())
                .await?
        }
        None => None,
    };
    let tr = ctx.tr();
    let content = ctx.content();
    let status = if pending.is_some() {
        StatusCode::OK
    } else {
        StatusCode::GONE
    };
    let page = LinkPage {
        chrome: ctx.chrome(tr.t("signin-link-title"), &content),
        valid: pending.is_some(),
        email: pending.map(|p| p.email).unwrap_or_default(),
        token,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

pub async fn use_link(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ctx: PageCtx,
) -> Result<Response, AppError> {
    let signed_in = match Token::from_link(&token) {
        Some(token) => {
            state
                .store
                .complete_sign_in(&token, state.clock.now())
                .await?
        }
        None => None,
    };
    let Some(signed_in) = signed_in else {
        return link_page(State(state), Path(token), ctx).await;
    };
    let target = if signed_in.participant.display_name.is_empty() {
        paths::me_next(&signed_in.return_to)
    } else {
        signed_in.return_to.clone()
    };
    let mut response = Redirect::to(&target).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(Some(&signed_in.session), state.site.secure_cookies()),
    );
    Ok(response)
}

pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if let Some(token) = session_token(&headers) {
        state.store.end_participant_session(&token).await?;
    }
    let mut response = Redirect::to("/").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(None, state.site.secure_cookies()),
    );
    Ok(response)
}

pub struct RegistrationRow {
    pub event_id: i64,
    pub title: crate::view::Txt,
    pub when: String,
    pub status: String,
    pub manage: String,
}

pub struct ContributionRow {
    pub kind: String,
    pub excerpt: String,
    pub path: String,
    pub removed: bool,
}

pub struct LanguageChoice {
    pub tag: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "account/me.html")]
struct MePage {
    tr: Tr,
    chrome: Chrome,
    email: String,
    display_name: String,
    languages: Vec<LanguageChoice>,
    errors: Vec<ErrorView>,
    saved: bool,
    next: String,
    registrations: Vec<RegistrationRow>,
    contributions: Vec<ContributionRow>,
}

impl MePage {}

#[derive(Deserialize, Default)]
pub struct MeQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    saved: Option<String>,
}

crate::view::form_errors!(MePage);

/// What the profile form shows: the stored values, or what was typed with its errors.
struct ProfileForm {
    display_name: String,
    locale: String,
    errors: Vec<ErrorView>,
    saved: bool,
    next: String,
}

async fn me_page(
    state: &AppState,
    ctx: &PageCtx,
    who: &mitwirken_store::participant::Participant,
    form: ProfileForm,
) -> Result<Response, AppError> {
    let ProfileForm {
        display_name,
        locale,
        errors,
        saved,
        next,
    } = form;
    let tr = ctx.tr();
    let content = ctx.content();
    let mut registrations = Vec::new();
    for r in state.store.registrations_by_email(&who.email).await? {
        let Some(event) = state
            .store
            .event_any_status(mitwirken_domain::EventId(r.event_id))
            .await?
        else {
            continue;
        };
        let Some(process) = state.store.process_by_id(event.process_id).await? else {
            continue;
        };
        registrations.push(RegistrationRow {
            event_id: r.event_id,
            title: content.pick(&event.title),
            when: tr.date_time_range(event.starts_at, event.ends_at, &process.time_zone),
            status: mitwirken_domain::RegistrationStatus::parse(&r.status)
                .map(|s| tr.t(status_key(s).0))
                .unwrap_or_default(),
            manage: paths::manage(state.keys.token(Purpose::Manage, &r.token_nonce).as_str()),
        });
    }
    let contributions = state
        .store
        .contributions_of(who.id)
        .await?
        .into_iter()
        .map(|c| ContributionRow {
            kind: if c.kind == "proposal" {
                tr.t("me-kind-proposal")
            } else {
                tr.t("me-kind-comment")
            },
            excerpt: c.excerpt,
            path: paths::link_or_none(c.link.as_ref()),
            removed: c.removed,
        })
        .collect();
    let languages = Locale::all()
        .map(|l| LanguageChoice {
            tag: l.tag(),
            name: l.native_name(),
            selected: l.tag() == locale.as_str(),
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = MePage {
        chrome: ctx.chrome(tr.t("me-title"), &content),
        email: who.email.clone(),
        display_name,
        languages,
        errors,
        saved,
        next,
        registrations,
        contributions,
        tr,
    };
    Ok((status, html(page)?).into_response())
}

pub async fn me(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    ctx: PageCtx,
    Query(query): Query<MeQuery>,
) -> Result<Response, AppError> {
    let next = if query.next.is_empty() {
        String::new()
    } else {
        safe_return(&query.next)
    };
    me_page(
        &state,
        &ctx,
        &who,
        ProfileForm {
            display_name: who.display_name.clone(),
            locale: who.locale.clone(),
            errors: Vec::new(),
            saved: query.saved.is_some(),
            next,
        },
    )
    .await
}

#[derive(Deserialize)]
pub struct ProfileInput {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    locale: String,
    #[serde(default)]
    next: String,
}

pub async fn save_profile(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    ctx: PageCtx,
    Form(form): Form<ProfileInput>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    let name = form.display_name.trim();
    let locale = Locale::parse(&form.locale).unwrap_or(ctx.locale);
    let error = if name.is_empty() {
        Some(tr.t("me-name-required"))
    } else if name.chars().count() > MAX_DISPLAY_NAME {
        Some(tr.t("me-name-too-long"))
    } else {
        None
    };
    if let Some(message) = error {
        let next = if form.next.is_empty() {
            String::new()
        } else {
            safe_return(&form.next)
        };
        return me_page(
            &state,
            &ctx,
            &who,
            ProfileForm {
                display_name: form.display_name.clone(),
                locale: locale.tag().to_owned(),
                errors: vec![ErrorView::new("display_name", message)],
                saved: false,
                next,
            },
        )
        .await;
    }
    state.store.set_profile(who.id, name, locale.tag()).await?;
    let target = if form.next.is_empty() {
        paths::me_saved(locale.tag())
    } else {
        let next = safe_return(&form.next);
        let joiner = if next.contains('?') { '&' } else { '?' };
        format!("{next}{joiner}lang={}", locale.tag())
    };
    Ok(Redirect::to(&target).into_response())
}

pub async fn export(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
) -> Result<Response, AppError> {
    let data = state
        .store
        .participant_export(who.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = serde_json::to_string_pretty(&data).map_err(|e| AppError::Export(e.to_string()))?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"mitwirken-data.json\""),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    confirm: Option<String>,
}

#[derive(Template)]
#[template(path = "account/deleted.html")]
struct DeletedPage {
    tr: Tr,
    chrome: Chrome,
}

pub async fn delete(
    State(state): State<AppState>,
    SignedIn(who): SignedIn,
    ctx: PageCtx,
    Form(form): Form<DeleteForm>,
) -> Result<Response, AppError> {
    let tr = ctx.tr();
    if form.confirm.is_none() {
        let form = ProfileForm {
            display_name: who.display_name.clone(),
            locale: who.locale.clone(),
            errors: vec![ErrorView::new(
                "confirm",
                tr.t("me-delete-confirm-required"),
            )],
            saved: false,
            next: String::new(),
        };
        return me_page(&state, &ctx, &who, form).await;
    }
    state.store.delete_participant(who.id).await?;
    let content = ctx.content();
    let mut chrome = ctx.chrome(tr.t("me-deleted-title"), &content);
    chrome.signed_in = false;
    let mut response = html(DeletedPage { chrome, tr })?.into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(None, state.site.secure_cookies()),
    );
    Ok(response)
}
