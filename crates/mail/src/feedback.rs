//! The organiser's mail about a report of a barrier, in German: what was reported, where, and the
//! reporter's address as Reply-To, so that answering the mail answers them.

use crate::{ComposedMail, Parts, RenderError};
use jiff::Timestamp;
use jiff::tz::TimeZone;
use mitwirken_domain::{Locale, Mail};
use mitwirken_i18n::{Arg, Tr};

/// A report of a barrier as its mail shows it.
#[derive(Debug, Clone)]
pub struct Report {
    pub id: i64,
    pub created_at: Timestamp,
    pub page: Option<String>,
    pub message: String,
    pub email: Option<String>,
    pub name: Option<String>,
    /// The language the reporter read the site in, as its tag.
    pub locale: String,
}

pub fn accessibility_feedback(
    base_url: &str,
    locale: Locale,
    to: &str,
    report: Report,
) -> Result<ComposedMail, RenderError> {
    let tr = Tr::new(locale);
    let tz = TimeZone::get("Europe/Berlin").unwrap_or(TimeZone::UTC);
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
    let mail = Mail::AccessibilityFeedback {
        feedback: report.id,
    };
    let parts = Parts {
        details,
        footer: if report.email.is_some() {
            tr.t("feedback-mail-footer-reply")
        } else {
            tr.t("feedback-mail-footer-anonymous")
        },
        ..Parts::without_event(
            &tr,
            &mail.message_key(),
            &args,
            tr.t("feedback-mail-link"),
            format!("{}/admin/feedback", base_url.trim_end_matches('/')),
        )
    };
    parts.into_mail(to.to_owned(), Vec::new(), report.email)
}
