//! iCalendar (RFC 5545) files for events and feeds, with a VTIMEZONE for the zone the times are given in.

use jiff::civil::DateTime;
use jiff::tz::{Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};
use std::fmt::Write;

/// One event as a calendar entry.
#[derive(Debug, Clone)]
pub struct CalendarEvent {
    /// Globally unique and stable across changes, e.g. `event-3@dresden.example`.
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub url: Option<String>,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    /// Raised whenever the entry changes, so calendars replace the old one.
    pub sequence: u32,
    pub cancelled: bool,
    pub last_modified: Timestamp,
}

/// The calendar UID of an event: the same in feeds, downloads and mails, so updates replace it.
pub fn event_uid(base_url: &str, event: i64) -> String {
    let host = base_url
        .split("://")
        .nth(1)
        .unwrap_or(base_url)
        .split('/')
        .next()
        .unwrap_or("mitwirken");
    format!("event-{event}@{host}")
}

/// A calendar with the given events, times expressed in `tz` with its VTIMEZONE.
pub fn calendar(name: &str, tz: &TimeZone, events: &[CalendarEvent], now: Timestamp) -> String {
    let tzid = tz.iana_name().unwrap_or("UTC");
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//mitwirken//mitwirken//DE");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.prop("X-WR-CALNAME", &escape(name));
    out.prop("X-WR-TIMEZONE", tzid);
    if !events.is_empty() {
        let first = events.iter().map(|e| e.starts_at).min().unwrap_or(now);
        let last = events.iter().map(|e| e.ends_at).max().unwrap_or(now);
        vtimezone(&mut out, tz, tzid, first, last);
    }
    for event in events {
        out.line("BEGIN:VEVENT");
        out.prop("UID", &escape(&event.uid));
        out.prop("DTSTAMP", &utc(now));
        out.prop("LAST-MODIFIED", &utc(event.last_modified));
        out.prop(&format!("DTSTART;TZID={tzid}"), &local(event.starts_at, tz));
        out.prop(&format!("DTEND;TZID={tzid}"), &local(event.ends_at, tz));
        out.prop("SUMMARY", &escape(&event.summary));
        if !event.description.is_empty() {
            out.prop("DESCRIPTION", &escape(&event.description));
        }
        if !event.location.is_empty() {
            out.prop("LOCATION", &escape(&event.location));
        }
        if let Some(url) = &event.url {
            out.prop("URL", url);
        }
        out.prop("SEQUENCE", &event.sequence.to_string());
        out.prop(
            "STATUS",
            if event.cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            },
        );
        out.line("TRANSP:OPAQUE");
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    out.0
}

/// The zone's observances from the one in force at `first` through every change up to `last`.
fn vtimezone(out: &mut Lines, tz: &TimeZone, tzid: &str, first: Timestamp, last: Timestamp) {
    out.line("BEGIN:VTIMEZONE");
    out.prop("TZID", tzid);
    let mut transitions: Vec<_> = tz.preceding(first).take(1).collect();
    transitions.extend(tz.following(first).take_while(|t| t.timestamp() <= last));
    if transitions.is_empty() {
        let offset = tz.to_offset(first);
        observance(out, "STANDARD", "19700101T000000", offset, offset, None);
    }
    for t in transitions {
        let before = tz.to_offset(t.timestamp() - SignedDuration::from_secs(1));
        let starts = t
            .timestamp()
            .to_zoned_datetime(TimeZone::fixed(before))
            .datetime();
        let kind = if t.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        observance(
            out,
            kind,
            &civil(starts),
            before,
            t.offset(),
            Some(t.abbreviation()),
        );
    }
    out.line("END:VTIMEZONE");
}

fn observance(
    out: &mut Lines,
    kind: &str,
    dtstart: &str,
    from: Offset,
    to: Offset,
    name: Option<&str>,
) {
    out.line(&format!("BEGIN:{kind}"));
    out.prop("DTSTART", dtstart);
    out.prop("TZOFFSETFROM", &offset(from));
    out.prop("TZOFFSETTO", &offset(to));
    if let Some(name) = name.filter(|n| !n.is_empty()) {
        out.prop("TZNAME", &escape(name));
    }
    out.line(&format!("END:{kind}"));
}

fn civil(dt: DateTime) -> String {
    dt.strftime("%Y%m%dT%H%M%S").to_string()
}

fn local(at: Timestamp, tz: &TimeZone) -> String {
    civil(at.to_zoned_datetime(tz.clone()).datetime())
}

fn utc(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn offset(o: Offset) -> String {
    let seconds = o.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let abs = seconds.unsigned_abs();
    format!("{sign}{:02}{:02}", abs / 3600, (abs % 3600) / 60)
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines, CRLF-terminated and folded at 75 octets without splitting a character.
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn prop(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{value}"));
    }

    fn line(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            let len = c.len_utf8();
            if width + len > 75 {
                self.0.push_str("\r\n ");
                width = 1;
            }
            self.0.push(c);
            width += len;
        }
        let _ = write!(self.0, "\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    fn dresden_event() -> CalendarEvent {
        CalendarEvent {
            uid: "event-1@mitwirken.test".into(),
            summary: "Offene Beteiligungsveranstaltung".into(),
            description:
                "Zu beachten sind vor Ort die geltenden Hygienevorschriften.\nKostenlos; 50 Plätze"
                    .into(),
            location: "Dresdner Rathaus, Eingang Goldene Pforte, Rathausplatz 1, 01067 Dresden"
                .into(),
            url: Some("http://127.0.0.1:8080/events/1".into()),
            starts_at: "2021-06-27T08:00:00Z".parse().unwrap(),
            ends_at: "2021-06-27T14:00:00Z".parse().unwrap(),
            sequence: 2,
            cancelled: false,
            last_modified: "2021-06-11T10:37:49Z".parse().unwrap(),
        }
    }

    /// Undoes folding, as a calendar client reads the file.
    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn times_are_local_with_their_zone_and_the_zone_is_described() {
        let ics = calendar(
            "Dresden",
            &berlin(),
            &[dresden_event()],
            Timestamp::UNIX_EPOCH,
        );
        let lines = unfold(&ics);
        assert!(lines.contains(&"DTSTART;TZID=Europe/Berlin:20210627T100000".to_owned()));
        assert!(lines.contains(&"DTEND;TZID=Europe/Berlin:20210627T160000".to_owned()));
        assert!(lines.contains(&"TZID:Europe/Berlin".to_owned()));
        // Summer time began on 28 March 2021 at 02:00 local: from +0100 to +0200.
        let daylight = lines.iter().position(|l| l == "BEGIN:DAYLIGHT").unwrap();
        assert_eq!(lines[daylight + 1], "DTSTART:20210328T020000");
        assert_eq!(lines[daylight + 2], "TZOFFSETFROM:+0100");
        assert_eq!(lines[daylight + 3], "TZOFFSETTO:+0200");
        assert!(lines.contains(&"SEQUENCE:2".to_owned()));
    }

    #[test]
    fn text_is_escaped_and_lines_are_folded_at_75_octets() {
        let ics = calendar(
            "Dresden",
            &berlin(),
            &[dresden_event()],
            Timestamp::UNIX_EPOCH,
        );
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        }
        let lines = unfold(&ics);
        let location = lines.iter().find(|l| l.starts_with("LOCATION:")).unwrap();
        assert_eq!(
            location,
            "LOCATION:Dresdner Rathaus\\, Eingang Goldene Pforte\\, Rathausplatz 1\\, 01067 Dresden"
        );
        let description = lines
            .iter()
            .find(|l| l.starts_with("DESCRIPTION:"))
            .unwrap();
        assert!(description.contains("Hygienevorschriften.\\nKostenlos\\; 50 Plätze"));
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut event = dresden_event();
        event.summary = "فعالية مشاركة مفتوحة في مبنى بلدية دريسدن ".repeat(4);
        let ics = calendar("دريسدن", &berlin(), &[event.clone()], Timestamp::UNIX_EPOCH);
        let lines = unfold(&ics);
        let summary = lines.iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
        assert_eq!(summary, &format!("SUMMARY:{}", event.summary));
    }

    #[test]
    fn a_cancelled_event_says_so() {
        let mut event = dresden_event();
        event.cancelled = true;
        let ics = calendar("Dresden", &berlin(), &[event], Timestamp::UNIX_EPOCH);
        assert!(unfold(&ics).contains(&"STATUS:CANCELLED".to_owned()));
    }
}
