//! Mails to registrants, composed from the registration's current state in the registrant's
//! language: a text and an HTML part, and for a place the calendar entry and the ticket's QR code.
//! Besides, mails to participants (sign-in links, answers) and to the organiser (reports of barriers).

use crate::AppError;
use crate::i18n::{Arg, Tr};
use askama::Template;
use mitwirken_domain::{Locale, RegistrationStatus, TextDirection};
use mitwirken_exports::ical::{CalendarEvent, calendar};
use mitwirken_store::outbox::{MailKind, OutboxItem};
use mitwirken_store::token::Purpose;
use mitwirken_store::{Keys, Store};

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

pub(crate) fn kind_key(kind: MailKind) -> &'static str {
    match kind {
        MailKind::ConfirmAddress => "confirm-address",
        MailKind::AlreadyRegistered => "already-registered",
        MailKind::Confirmed => "confirmed",
        MailKind::AwaitingApproval => "awaiting-approval",
        MailKind::Approved => "approved",
        MailKind::WaitingList => "waiting-list",
        MailKind::Promoted => "promoted",
        MailKind::Cancelled => "cancelled",
        MailKind::Rejected => "rejected",
        MailKind::Reminder => "reminder",
        MailKind::EventCancelled => "event-cancelled",
        MailKind::EventChanged => "event-changed",
        MailKind::Message => "message",
        MailKind::SignInLink => "sign-in-link",
        MailKind::ProposalAnswered => "proposal-answered",
        MailKind::AccessibilityFeedback => "accessibility-feedback",
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
    ) -> Result<ComposedMail, askama::Error> {
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

/// Mails to a participant rather than a registrant: the sign-in link, and answers to proposals.
async fn compose_for_participant(
    store: &Store,
    keys: &Keys,
    base_url: &str,
    kind: MailKind,
    item: &OutboxItem,
) -> Result<Option<ComposedMail>, AppError> {
    let locale = Locale::parse(&item.locale).unwrap_or(Locale::GERMAN);
    let tr = Tr::new(locale);
    let base = base_url.trim_end_matches('/');
    let id = item
        .payload
        .get("link")
        .or_else(|| item.payload.get("proposal"));
    let Some(id) = id.and_then(|v| v.as_i64()) else {
        return Ok(None);
    };
    let key = kind_key(kind);
    let (args, link_label, link): (Vec<(&'static str, String)>, String, String) = match kind {
        MailKind::SignInLink => {
            let Some(nonce) = store.sign_in_link_nonce(id).await? else {
                return Ok(None);
            };
            let token = keys.token(Purpose::SignIn, &nonce);
            (
                vec![],
                tr.t("mail-sign-in-link-label"),
                format!("{base}/signin/{}", token.as_str()),
            )
        }
        MailKind::ProposalAnswered => {
            let Some(proposal) = store.answered_proposal(id).await? else {
                return Ok(None);
            };
            let role = item
                .payload
                .get("role")
                .and_then(|r| r.as_str())
                .unwrap_or("supporter")
                .to_owned();
            (
                vec![
                    ("title", proposal.title),
                    ("state", proposal.state),
                    ("answer", proposal.answer),
                    ("role", role),
                ],
                tr.t("mail-proposal-link"),
                format!("{base}/proposals/{}", proposal.id),
            )
        }
        _ => return Ok(None),
    };
    let args: Vec<(&'static str, Arg<'_>)> = args
        .iter()
        .map(|(name, value)| (*name, Arg::Str(value)))
        .collect();
    let parts = Parts::without_event(&tr, key, &args, link_label, link);
    Ok(Some(parts.into_mail(
        item.recipient.clone(),
        Vec::new(),
        None,
    )?))
}

/// The organiser's mail about a report of a barrier, in German: what was reported, where, and the
/// reporter's address as Reply-To, so that answering the mail answers them.
async fn compose_feedback(
    store: &Store,
    base_url: &str,
    item: &OutboxItem,
) -> Result<Option<ComposedMail>, AppError> {
    let Some(id) = item.payload.get("feedback").and_then(|v| v.as_i64()) else {
        return Ok(None);
    };
    let Some(report) = store.accessibility_feedback_by_id(id).await? else {
        return Ok(None);
    };
    let locale = Locale::parse(&item.locale).unwrap_or(Locale::GERMAN);
    let tr = Tr::new(locale);
    let tz = jiff::tz::TimeZone::get("Europe/Berlin").unwrap_or(jiff::tz::TimeZone::UTC);
    let key = kind_key(MailKind::AccessibilityFeedback);
    let args = [("id", Arg::Num(report.id))];
    let written_in = Locale::parse(&report.locale).map_or_else(
        |_| report.locale.clone(),
        |l| format!("{} ({})", l.native_name(), l.tag()),
    );
    let mut details = vec![
        (
            tr.t("feedback-page"),
            report
                .page
                .clone()
                .unwrap_or_else(|| tr.t("feedback-page-none")),
        ),
        (tr.t("feedback-message"), report.message.clone()),
        (
            tr.t("feedback-email"),
            report
                .email
                .clone()
                .unwrap_or_else(|| tr.t("feedback-email-none")),
        ),
    ];
    if let Some(name) = &report.name {
        details.push((tr.t("feedback-name"), name.clone()));
    }
    details.push((tr.t("feedback-written-in"), written_in));
    details.push((
        tr.t("feedback-received"),
        tr.date_time(report.created_at, &tz),
    ));
    let parts = Parts {
        details,
        footer: if report.email.is_some() {
            tr.t("feedback-mail-footer-reply")
        } else {
            tr.t("feedback-mail-footer-anonymous")
        },
        ..Parts::without_event(
            &tr,
            key,
            &args,
            tr.t("feedback-mail-link"),
            format!("{}/admin/feedback", base_url.trim_end_matches('/')),
        )
    };
    Ok(Some(parts.into_mail(
        item.recipient.clone(),
        Vec::new(),
        report.email,
    )?))
}

/// Composes the mail for an outbox row; `None` when it refers to nothing that exists any more.
pub async fn compose(
    store: &Store,
    keys: &Keys,
    base_url: &str,
    item: &OutboxItem,
) -> Result<Option<ComposedMail>, AppError> {
    let Some(kind) = item.kind else {
        return Ok(None);
    };
    if kind == MailKind::AccessibilityFeedback {
        return compose_feedback(store, base_url, item).await;
    }
    let Some(id) = item.registration_id else {
        return compose_for_participant(store, keys, base_url, kind, item).await;
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
    let locale = Locale::parse(&item.locale).unwrap_or(Locale::GERMAN);
    let tr = Tr::new(locale);
    let tz = &process.time_zone;
    let base = base_url.trim_end_matches('/');
    let event_title = event.title.get(locale).text.to_owned();
    let when = tr.date_time_range(event.starts_at, event.ends_at, tz);
    let venue = &event.venue;
    let mut place = format!(
        "{}, {}, {} {}",
        venue.name.get(locale).text,
        venue.street,
        venue.postal_code,
        venue.city
    );
    let entrance = venue.entrance.get(locale).text;
    if !entrance.is_empty() {
        place.push_str(&format!(", {entrance}"));
    }
    let key = kind_key(kind);
    let name = format!("{} {}", registration.given_name, registration.family_name);
    let position = registration.waiting_position.unwrap_or(0) as i64;
    let payload = |key: &str| {
        item.payload
            .get(key)
            .and_then(|m| m.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let message = payload("message");
    let subject = payload("subject");
    let args = [
        ("name", Arg::Str(&name)),
        ("event", Arg::Str(&event_title)),
        ("when", Arg::Str(&when)),
        ("position", Arg::Num(position)),
        ("message", Arg::Str(&message)),
        ("subject", Arg::Str(&subject)),
    ];
    let unconfirmed = registration.status == RegistrationStatus::Unconfirmed;
    let (link_label, link) =
        if unconfirmed && matches!(kind, MailKind::ConfirmAddress | MailKind::AlreadyRegistered) {
            let token = keys.token(Purpose::Confirm, &registration.token_nonce);
            (
                tr.t("mail-confirm-link"),
                format!("{base}/confirm/{}", token.as_str()),
            )
        } else {
            let token = keys.token(Purpose::Manage, &registration.token_nonce);
            (
                tr.t("mail-manage-link"),
                format!("{base}/manage/{}", token.as_str()),
            )
        };
    let has_place = registration.status == RegistrationStatus::Confirmed
        && matches!(
            kind,
            MailKind::Confirmed
                | MailKind::Approved
                | MailKind::Promoted
                | MailKind::AlreadyRegistered
                | MailKind::Reminder
                | MailKind::EventChanged
        );
    let cancelled = kind == MailKind::EventCancelled;
    let mut attachments = Vec::new();
    if has_place || (cancelled && registration.status == RegistrationStatus::Confirmed) {
        let ics = calendar(
            process.title.get(locale).text,
            tz,
            &[CalendarEvent {
                uid: crate::public::calendar::event_uid(base, event.id.0),
                summary: event_title.clone(),
                description: event.on_site_notes.get(locale).text.to_owned(),
                location: place.clone(),
                url: Some(format!("{base}/events/{}", event.id)),
                starts_at: event.starts_at,
                ends_at: event.ends_at,
                sequence: event.sequence,
                cancelled,
                last_modified: event.updated_at,
            }],
            event.updated_at,
        );
        attachments.push(Attachment {
            filename: "termin.ics".to_owned(),
            content_type: "text/calendar; charset=utf-8; method=PUBLISH",
            content_id: None,
            bytes: ics.into_bytes(),
        });
    }
    if has_place {
        attachments.push(Attachment {
            filename: "ticket.png".to_owned(),
            content_type: "image/png",
            content_id: Some("ticket-qr"),
            bytes: mitwirken_exports::qr::png(&registration.ticket_code, 6),
        });
    }
    let show_event_details = !matches!(
        kind,
        MailKind::Cancelled | MailKind::Rejected | MailKind::EventCancelled
    );
    let parts = Parts {
        lang: locale.tag(),
        dir: dir_of(locale),
        subject: tr.args(&format!("mail-{key}-subject"), &args),
        greeting: tr.args("mail-greeting", &args),
        body: tr.args(&format!("mail-{key}-body"), &args),
        details: Vec::new(),
        link_label,
        link,
        event_title,
        when,
        place,
        ticket_label: tr.t("manage-ticket"),
        ticket_code: if has_place {
            registration.ticket_code.clone()
        } else {
            String::new()
        },
        on_site_label: tr.t("event-on-site"),
        on_site_notes: if show_event_details {
            event.on_site_notes.get(locale).text.to_owned()
        } else {
            String::new()
        },
        signature: process.organiser.get(locale).text.to_owned(),
        footer: tr.t("mail-footer"),
    };
    Ok(Some(parts.into_mail(
        registration.email.clone(),
        attachments,
        None,
    )?))
}
