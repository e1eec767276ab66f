//! Embedding snippets for course pages, built as text with every value escaped.

/// Escapes text for an HTML attribute value in double quotes.
pub fn escape_attr(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The starting height of an embedded frame; the resizer adjusts it.
pub const START_HEIGHT: u32 = 640;

/// The iframe snippet a lecturer pastes, followed by the resizer script tag.
pub fn iframe_snippet(src: &str, title: &str, resizer_src: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{START_HEIGHT}\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-mie-embed></iframe>\n<script src=\"{}\" defer></script>",
        escape_attr(src),
        escape_attr(title),
        escape_attr(resizer_src)
    )
}

/// Whether a URL may be used in a link built from data: only http(s).
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_escapes_values_and_is_lazy_with_a_title() {
        let s = iframe_snippet(
            "https://x.org/?a=1&embed=1#/",
            "A \"title\" <b>",
            "https://x.org/embed.js",
        );
        assert!(s.contains("src=\"https://x.org/?a=1&amp;embed=1#/\""));
        assert!(s.contains("title=\"A &quot;title&quot; &lt;b&gt;\""));
        assert!(s.contains("loading=\"lazy\""));
        assert!(s.contains("<script src=\"https://x.org/embed.js\" defer></script>"));
    }

    #[test]
    fn only_web_urls_pass() {
        assert!(is_web_url("https://x.org"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("data:text/html,x"));
    }
}
