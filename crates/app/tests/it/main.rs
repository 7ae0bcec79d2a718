//! The app driven over HTTP as browsers and API clients use it, on SQLite or on PostgreSQL.

mod accounts;
mod analysis;
mod api;
mod back_office;
mod calendar;
mod cli;
mod cocreation;
mod feedback;
mod language;
mod operations;
mod pages;
mod plan;
mod proposals;
mod registration;
mod registration_props;
mod scenario;
mod search;

/// The text of an HTML page with tags removed and whitespace folded, for asserting what a reader sees.
pub fn visible_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The ids of the events linked from a process page, in page order.
pub fn event_links(html: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    for part in html.split("href=\"/events/").skip(1) {
        let id: String = part.chars().take_while(|c| c.is_ascii_digit()).collect();
        if let Ok(id) = id.parse::<i64>()
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}
