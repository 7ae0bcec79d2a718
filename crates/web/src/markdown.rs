//! Markdown from organisers and participants, rendered to HTML and always sanitised.

use pulldown_cmark::{Options, Parser, html};

pub fn to_html(source: &str) -> String {
    let parser = Parser::new_ext(
        source,
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES,
    );
    let mut unsafe_html = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::to_html;

    #[test]
    fn scripts_and_handlers_are_removed_but_text_stays() {
        let html = to_html("**Hallo** <script>alert(1)</script><img src=x onerror=alert(1)>");
        assert!(html.contains("<strong>Hallo</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("onerror"));
    }
}
