//! Every URL path the web crate emits, built in one place so that a route and its links can't
//! drift apart.

use mitwirken_domain::Link;
use std::fmt::Display;

/// Percent-encodes a path for a query value.
pub fn encode(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// A path with the `done` notice the page shows after a change, and where on it to land.
pub fn done(path: String, done: &str, section: Option<&str>) -> String {
    match section {
        Some(section) => format!("{path}?done={done}#{section}"),
        None => format!("{path}?done={done}"),
    }
}

// The public side.

/// An asset under the name it is served as.
pub fn asset(name: &str) -> String {
    format!("/assets/{name}")
}

pub fn event_calendar(id: impl Display) -> String {
    format!("/events/{id}/calendar.ics")
}

pub fn registration_sent(event: impl Display) -> String {
    format!("/events/{event}/register/sent")
}

/// The page a manage token opens.
pub fn manage(token: &str) -> String {
    format!("/manage/{token}")
}

pub fn process(slug: impl Display) -> String {
    format!("/processes/{slug}")
}

pub fn field_of_action(process: impl Display, field: impl Display) -> String {
    format!("/processes/{process}/fields/{field}")
}

/// A measure on the published plan, at its own entry.
pub fn plan_measure(process: impl Display, measure: impl Display) -> String {
    format!("/processes/{process}/plan#m-{measure}")
}

/// The list of papers after one was submitted, at the new paper.
pub fn paper_submitted(process: impl Display, paper: impl Display) -> String {
    format!("/processes/{process}/papers?submitted=1#paper-{paper}")
}

pub fn paper_pdf(id: impl Display) -> String {
    format!("/papers/{id}.pdf")
}

pub fn proposal(id: impl Display) -> String {
    format!("/proposals/{id}")
}

/// The form to report a contribution of the given kind.
pub fn report(target: &str, id: impl Display) -> String {
    format!("/report/{target}/{id}")
}

/// Sign in, then come back to `next`.
pub fn signin_next(next: &str) -> String {
    format!("/signin?next={}", encode(next))
}

/// Choose a display name, then come back to `next`.
pub fn me_next(next: &str) -> String {
    format!("/me?next={}", encode(next))
}

/// The participant's page after saving, in the language just chosen.
pub fn me_saved(lang: &str) -> String {
    format!("/me?saved=1&lang={lang}")
}

/// The accessibility statement's feedback form, keeping the query it was opened with.
pub fn accessibility_feedback(query: Option<&str>) -> String {
    match query {
        Some(query) => format!("/accessibility?{query}#feedback"),
        None => "/accessibility#feedback".to_owned(),
    }
}

/// The feedback form naming the page it was followed from.
pub fn accessibility_feedback_on(page: &str) -> String {
    format!("/accessibility?page={}#feedback", encode(page))
}

// The back office.

/// The sign-in form, then back to `next`.
pub fn admin_login_next(next: &str) -> String {
    format!("/admin/login?next={}", encode(next))
}

pub fn admin_event(id: impl Display) -> String {
    format!("/admin/events/{id}")
}

pub fn admin_event_done(id: impl Display, what: &str) -> String {
    done(admin_event(id), what, None)
}

pub fn admin_checkin(event: impl Display) -> String {
    format!("/admin/events/{event}/checkin")
}

pub fn admin_event_edit(id: impl Display) -> String {
    format!("/admin/events/{id}/edit")
}

/// The event's edit page at one of its sections.
pub fn admin_event_edit_at(id: impl Display, section: &str) -> String {
    format!("/admin/events/{id}/edit#{section}")
}

/// The edit page after an invitation code was refused.
pub fn admin_event_code_invalid(id: impl Display) -> String {
    format!("/admin/events/{id}/edit?code=invalid")
}

/// The edit page at the eligible groups, saying how saving them went.
pub fn admin_event_groups(id: impl Display, outcome: &str) -> String {
    format!("/admin/events/{id}/edit?groups={outcome}#groups")
}

pub fn admin_event_results(event: impl Display) -> String {
    format!("/admin/events/{event}/results")
}

pub fn admin_event_results_done(event: impl Display, what: &str) -> String {
    done(admin_event_results(event), what, None)
}

pub fn admin_result(id: impl Display) -> String {
    format!("/admin/results/{id}")
}

pub fn admin_process_edit(slug: impl Display) -> String {
    format!("/admin/processes/{slug}/edit")
}

pub fn admin_process_new_event(slug: impl Display) -> String {
    format!("/admin/processes/{slug}/events/new")
}

pub fn admin_moderation_done(process: impl Display, what: &str) -> String {
    done(format!("/admin/processes/{process}/moderation"), what, None)
}

pub fn admin_field_analysis(process: impl Display, field: impl Display) -> String {
    format!("/admin/processes/{process}/fields/{field}/analysis")
}

pub fn admin_plan_done(process: impl Display, what: &str, section: Option<&str>) -> String {
    done(format!("/admin/processes/{process}/plan"), what, section)
}

pub fn admin_goal_done(id: impl Display, what: &str) -> String {
    done(format!("/admin/goals/{id}"), what, None)
}

pub fn admin_measure_done(id: impl Display, what: &str, section: Option<&str>) -> String {
    done(format!("/admin/measures/{id}"), what, section)
}

/// The answer form after the answer was saved.
pub fn admin_proposal_saved(id: impl Display) -> String {
    format!("/admin/proposals/{id}?saved=1")
}

// Targets that store names.

/// The path, with its anchor, of the page that shows `target`.
pub fn link(target: &Link) -> String {
    match target {
        Link::Proposal { id, comment: None } => proposal(id),
        Link::Proposal {
            id,
            comment: Some(comment),
        } => format!("{}#c-{comment}", proposal(id)),
        Link::Field {
            process_slug,
            field_slug,
            comment,
        } => {
            let page = field_of_action(process_slug, field_slug);
            match comment {
                Some(comment) => format!("{page}#c-{comment}"),
                None => page,
            }
        }
        Link::Paragraph {
            process_slug,
            field_slug,
            paragraph,
        } => format!(
            "{}#p-{paragraph}",
            field_of_action(process_slug, field_slug)
        ),
        Link::Measure {
            process_slug,
            measure,
        } => plan_measure(process_slug, measure),
        Link::Paper {
            process_slug,
            paper,
        } => format!("{}/papers#paper-{paper}", process(process_slug)),
        Link::PaperFile { paper } => paper_pdf(paper),
        Link::Result {
            process_slug,
            result,
        } => format!("{}/results#r-{result}", process(process_slug)),
    }
}

/// The path of a target that may be unknown; empty then, so the page shows no link.
pub fn link_or_none(target: Option<&Link>) -> String {
    target.map(link).unwrap_or_default()
}

#[cfg(test)]
mod tests;
