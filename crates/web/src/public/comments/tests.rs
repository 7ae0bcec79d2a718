use super::*;

#[test]
fn comments_keep_simple_formatting_and_lose_scripts_handlers_and_headings() {
    let html = comment_html(
        "# Big\n\n**fett** <script>alert(1)</script> <a href=\"https://example.org\" onclick=\"steal()\">Link</a>\n\n![x](https://tracker.example/p.png)",
    );
    assert!(html.contains("<strong>fett</strong>"), "{html}");
    assert!(html.contains("href=\"https://example.org\""), "{html}");
    assert!(
        !html.contains("<script") && !html.contains("alert(1)"),
        "{html}"
    );
    assert!(!html.contains("onclick"), "{html}");
    assert!(!html.contains("<h1") && html.contains("Big"), "{html}");
    assert!(!html.contains("<img"), "{html}");
}
