//! Mails to registrants, composed from the registration's current state: what happened to their
//! place, the event's time and place, and for a place the calendar entry and the ticket's QR code.

use crate::{Attachment, ComposedMail, Parts, RenderError, dir_of};
use mitwirken_domain::{Event, Locale, Mail, Process, RegistrationStatus};
use mitwirken_exports::ical::{CalendarEvent, calendar, event_uid};
use mitwirken_i18n::{Arg, Tr};

/// The registration a mail is about, as it stands when the mail is sent.
#[derive(Debug, Clone)]
pub struct Registrant {
    pub email: String,
    pub given_name: String,
    pub family_name: String,
    pub status: RegistrationStatus,
    /// Place on the waiting list, counted from 1, while waiting.
    pub waiting_position: Option<u64>,
    pub ticket_code: String,
    /// The tokens of the links that confirm the address and manage the registration; whoever
    /// holds the keys makes them.
    pub confirm_token: String,
    pub manage_token: String,
}

/// The mail `mail` to a registrant of `event` in `process`, in `locale`.
pub fn to_registrant(
    base_url: &str,
    mail: &Mail,
    locale: Locale,
    registrant: &Registrant,
    event: &Event,
    process: &Process,
) -> Result<ComposedMail, RenderError> {
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
    let key = mail.message_key();
    let name = format!("{} {}", registrant.given_name, registrant.family_name);
    let position = registrant.waiting_position.unwrap_or(0) as i64;
    let (subject, message) = match mail {
        Mail::Message { subject, message } => (subject.as_str(), message.as_str()),
        Mail::Cancelled { message } => ("", message.as_deref().unwrap_or_default()),
        Mail::Rejected { message } | Mail::EventCancelled { message } => ("", message.as_str()),
        _ => ("", ""),
    };
    let args = [
        ("name", Arg::Str(&name)),
        ("event", Arg::Str(&event_title)),
        ("when", Arg::Str(&when)),
        ("position", Arg::Num(position)),
        ("message", Arg::Str(message)),
        ("subject", Arg::Str(subject)),
    ];
    let unconfirmed = registrant.status == RegistrationStatus::Unconfirmed;
    let (link_label, link) =
        if unconfirmed && matches!(mail, Mail::ConfirmAddress | Mail::AlreadyRegistered) {
            (
                tr.t("mail-confirm-link"),
                format!("{base}/confirm/{}", registrant.confirm_token),
            )
        } else {
            (
                tr.t("mail-manage-link"),
                format!("{base}/manage/{}", registrant.manage_token),
            )
        };
    let confirmed = registrant.status == RegistrationStatus::Confirmed;
    let has_place = confirmed
        && matches!(
            mail,
            Mail::Confirmed
                | Mail::Approved
                | Mail::Promoted
                | Mail::AlreadyRegistered
                | Mail::Reminder
                | Mail::EventChanged
        );
    let cancelled = matches!(mail, Mail::EventCancelled { .. });
    let mut attachments = Vec::new();
    if has_place || (cancelled && confirmed) {
        let ics = calendar(
            process.title.get(locale).text,
            tz,
            &[CalendarEvent {
                uid: event_uid(base, event.id.0),
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
            bytes: mitwirken_exports::qr::png(&registrant.ticket_code, 6),
        });
    }
    let show_event_details = !matches!(
        mail,
        Mail::Cancelled { .. } | Mail::Rejected { .. } | Mail::EventCancelled { .. }
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
            registrant.ticket_code.clone()
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
    parts.into_mail(registrant.email.clone(), attachments, None)
}
