//! Composing every mail, in the recipient's language: a text and an HTML part, and for a place
//! the calendar entry and the ticket's QR code. It gets plain data from whoever sends the mail
//! (the worker loads it from the store), so it needs neither the database nor the HTTP crate.

mod feedback;
mod participant;
mod registrant;

pub use feedback::{Report, accessibility_feedback};
pub use participant::{AnsweredProposal, proposal_answered, sign_in_link};
pub use registrant::{Registrant, to_registrant};

pub use askama::Error as RenderError;

use askama::Template;
use mitwirken_domain::{Locale, TextDirection};
use mitwirken_i18n::{Arg, Tr};

/// A file sent with a mail.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub filename: String,
    pub content_type: &'static str,
    /// Set for images the HTML part shows inline (`cid:`).
    pub content_id: Option<&'static str>,
    pub bytes: Vec<u8>,
}

/// A mail ready for any transport.
#[derive(Debug, Clone)]
pub struct ComposedMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachments: Vec<Attachment>,
    /// Where an answer goes when it should not go to the sender, e.g. the person who reported a barrier.
    pub reply_to: Option<String>,
}

#[derive(Template)]
#[template(path = "mail/mail.txt", escape = "none")]
struct TextPart<'a> {
    parts: &'a Parts,
}

#[derive(Template)]
#[template(path = "mail/mail.html")]
struct HtmlPart<'a> {
    parts: &'a Parts,
}

/// The pieces both parts show.
struct Parts {
    lang: &'static str,
    dir: &'static str,
    subject: String,
    greeting: String,
    body: String,
    /// Labelled values below the body, such as what a report says; values may span lines.
    details: Vec<(String, String)>,
    link_label: String,
    link: String,
    event_title: String,
    when: String,
    place: String,
    ticket_label: String,
    ticket_code: String,
    on_site_label: String,
    on_site_notes: String,
    signature: String,
    footer: String,
}

impl std::ops::Deref for TextPart<'_> {
    type Target = Parts;
    fn deref(&self) -> &Parts {
        self.parts
    }
}

impl std::ops::Deref for HtmlPart<'_> {
    type Target = Parts;
    fn deref(&self) -> &Parts {
        self.parts
    }
}

impl Parts {
    /// A mail about no event: subject and body from `mail-<key>-…`, the site as signature.
    fn without_event(
        tr: &Tr,
        key: &str,
        args: &[(&'static str, Arg<'_>)],
        link_label: String,
        link: String,
    ) -> Parts {
        let locale = tr.locale();
        Parts {
            lang: locale.tag(),
            dir: dir_of(locale),
            subject: tr.args(&format!("mail-{key}-subject"), args),
            greeting: tr.t("mail-greeting-participant"),
            body: tr.args(&format!("mail-{key}-body"), args),
            details: Vec::new(),
            link_label,
            link,
            event_title: String::new(),
            when: String::new(),
            place: String::new(),
            ticket_label: String::new(),
            ticket_code: String::new(),
            on_site_label: String::new(),
            on_site_notes: String::new(),
            signature: tr.t("site-name"),
            footer: tr.t("mail-footer"),
        }
    }

    /// Both parts rendered into the mail for `to`.
    fn into_mail(
        self,
        to: String,
        attachments: Vec<Attachment>,
        reply_to: Option<String>,
    ) -> Result<ComposedMail, RenderError> {
        Ok(ComposedMail {
            to,
            text: TextPart { parts: &self }.render()?,
            html: HtmlPart { parts: &self }.render()?,
            subject: self.subject,
            attachments,
            reply_to,
        })
    }
}

fn dir_of(locale: Locale) -> &'static str {
    if locale.dir() == TextDirection::Rtl {
        "rtl"
    } else {
        "ltr"
    }
}
