//! Mails to a participant rather than a registrant: the sign-in link, and answers to proposals.

use crate::{ComposedMail, Parts, RenderError};
use mitwirken_domain::{Locale, Mail, ProposalRole};
use mitwirken_i18n::{Arg, Tr};

/// An answered proposal as its mail shows it.
#[derive(Debug, Clone)]
pub struct AnsweredProposal {
    pub id: i64,
    pub title: String,
    pub state: String,
    pub answer: String,
}

/// The mail with a sign-in link; `token` opens `/signin/<token>`.
pub fn sign_in_link(
    base_url: &str,
    locale: Locale,
    to: &str,
    link: i64,
    token: &str,
) -> Result<ComposedMail, RenderError> {
    let tr = Tr::new(locale);
    let base = base_url.trim_end_matches('/');
    let parts = Parts::without_event(
        &tr,
        &Mail::SignInLink { link }.message_key(),
        &[],
        tr.t("mail-sign-in-link-label"),
        format!("{base}/signin/{token}"),
    );
    parts.into_mail(to.to_owned(), Vec::new(), None)
}

/// The mail that tells the author or a supporter how the organiser answered a proposal.
pub fn proposal_answered(
    base_url: &str,
    locale: Locale,
    to: &str,
    proposal: &AnsweredProposal,
    role: ProposalRole,
) -> Result<ComposedMail, RenderError> {
    let tr = Tr::new(locale);
    let base = base_url.trim_end_matches('/');
    let mail = Mail::ProposalAnswered {
        proposal: proposal.id,
        role,
    };
    let args = [
        ("title", Arg::Str(&proposal.title)),
        ("state", Arg::Str(&proposal.state)),
        ("answer", Arg::Str(&proposal.answer)),
        ("role", Arg::Str(role.as_str())),
    ];
    let parts = Parts::without_event(
        &tr,
        &mail.message_key(),
        &args,
        tr.t("mail-proposal-link"),
        format!("{base}/proposals/{}", proposal.id),
    );
    parts.into_mail(to.to_owned(), Vec::new(), None)
}
