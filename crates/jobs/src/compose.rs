//! What a mail needs, loaded from the store for the mail crate, which composes it from plain data.

use crate::Environment;
use mitwirken_domain::{Locale, Mail};
use mitwirken_mail::{AnsweredProposal, ComposedMail, Registrant, RenderError, Report};
use mitwirken_store::StoreError;
use mitwirken_store::outbox::OutboxItem;
use mitwirken_store::token::Purpose;

#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("rendering: {0}")]
    Render(#[from] RenderError),
}

/// Composes the mail for an outbox row; `None` when it refers to nothing that exists any more.
pub async fn compose(
    env: &Environment,
    item: &OutboxItem,
) -> Result<Option<ComposedMail>, ComposeError> {
    let Some(mail) = &item.mail else {
        return Ok(None);
    };
    let locale = Locale::parse(&item.locale).unwrap_or(Locale::GERMAN);
    let (store, base) = (&env.store, env.base_url.as_str());
    let to = item.recipient.as_str();
    let composed = match mail {
        Mail::AccessibilityFeedback { feedback } => {
            let Some(report) = store.accessibility_feedback_by_id(*feedback).await? else {
                return Ok(None);
            };
            let report = Report {
                id: report.id,
                created_at: report.created_at,
                page: report.page,
                message: report.message,
                email: report.email,
                name: report.name,
                locale: report.locale,
            };
            mitwirken_mail::accessibility_feedback(base, locale, to, report)?
        }
        Mail::SignInLink { link } => {
            let Some(nonce) = store.sign_in_link_nonce(*link).await? else {
                return Ok(None);
            };
            let token = env.keys.token(Purpose::SignIn, &nonce);
            mitwirken_mail::sign_in_link(base, locale, to, *link, token.as_str())?
        }
        Mail::ProposalAnswered { proposal, role } => {
            let Some(proposal) = store.answered_proposal(*proposal).await? else {
                return Ok(None);
            };
            let proposal = AnsweredProposal {
                id: proposal.id,
                title: proposal.title,
                state: proposal.state,
                answer: proposal.answer,
            };
            mitwirken_mail::proposal_answered(base, locale, to, &proposal, *role)?
        }
        _ => {
            let Some(id) = item.registration_id else {
                return Ok(None);
            };
            let Some(registration) = store.registration(id).await? else {
                return Ok(None);
            };
            let Some(event) = store.event_any_status(registration.event_id).await? else {
                return Ok(None);
            };
            let Some(process) = store.process_by_id(event.process_id).await? else {
                return Ok(None);
            };
            let nonce = &registration.token_nonce;
            let registrant = Registrant {
                confirm_token: env.keys.token(Purpose::Confirm, nonce).as_str().to_owned(),
                manage_token: env.keys.token(Purpose::Manage, nonce).as_str().to_owned(),
                email: registration.email,
                given_name: registration.given_name,
                family_name: registration.family_name,
                status: registration.status,
                waiting_position: registration.waiting_position,
                ticket_code: registration.ticket_code,
            };
            mitwirken_mail::to_registrant(base, mail, locale, &registrant, &event, &process)?
        }
    };
    Ok(Some(composed))
}
