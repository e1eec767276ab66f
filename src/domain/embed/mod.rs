//! Embedding in course pages: what a lecturer can embed from a page (the whole section, or
//! only its interactive figure), the frame height that holds it without a scrollbar inside,
//! and the snippet they paste, built as text with every value escaped.
//!
//! Course editors often strip `<script>` (Canvas always does), so a snippet must work
//! without `embed.js`: its frame gets a fixed height that fits its page at common widths.
//! The resizer script is an optional upgrade that fits the frame to the content exactly.

mod heights;
pub mod platform;

pub use super::address::Embed;
use super::address::Route;

/// Escapes text for an HTML attribute value in double quotes.
pub fn escape_attr(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The interactive figure a page can be embedded as alone, in a compact frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// A diagram of findings (the overview's or a family's).
    Diagram,
    /// The post explorable.
    Post,
    /// The reflection quiz.
    Quiz,
}

impl Widget {
    /// The widget `route`'s page offers, if any.
    pub fn of(route: &Route) -> Option<Widget> {
        match route {
            Route::Overview => Some(Widget::Diagram),
            Route::Family { node: None, .. } => Some(Widget::Diagram),
            Route::Parasocial => Some(Widget::Post),
            Route::Quiz => Some(Widget::Quiz),
            _ => None,
        }
    }
}

/// What `route` can be embedded as, the compact widget first: the whole section and its
/// widget; the quiz as its widget only (the whole results page would not fit a fixed frame,
/// while the widget leads to the results' glance).
pub fn offers(route: &Route) -> Vec<Embed> {
    match Widget::of(route) {
        Some(Widget::Quiz) => vec![Embed::Widget],
        Some(_) => vec![Embed::Widget, Embed::Section],
        None => vec![Embed::Section],
    }
}

/// The height, in CSS pixels, of a frame that shows `route` embedded as `embed` without a
/// scrollbar inside at common widths (course columns from 340 to 800 px, both languages).
/// `None` for what is not offered (a widget of a page without one).
pub fn frame_height(route: &Route, embed: Embed) -> Option<u32> {
    let (_, section, widget) = heights::HEIGHTS
        .iter()
        .find(|(page, _, _)| *page == route.path())?;
    match embed {
        Embed::Section => Some(*section),
        Embed::Widget => Widget::of(route).map(|_| *widget),
    }
}

/// The sections a lecturer can embed or link to: every stable link but the kit itself.
pub fn sections() -> Vec<Route> {
    Route::stable_links()
        .into_iter()
        .filter(|r| *r != Route::Teach)
        .collect()
}

/// The snippet a lecturer pastes: a borderless frame of fixed `height`, lazy, with a title,
/// followed by the resizer script when `resizer_src` is given.
pub fn iframe_snippet(src: &str, title: &str, height: u32, resizer_src: Option<&str>) -> String {
    let frame = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0;width:100%;max-width:100%\" loading=\"lazy\" data-mie-embed></iframe>",
        escape_attr(src),
        escape_attr(title),
    );
    match resizer_src {
        Some(script) => format!(
            "{frame}\n<script src=\"{}\" defer></script>",
            escape_attr(script)
        ),
        None => frame,
    }
}

/// Whether a URL may be used in a link built from data: only http(s).
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::address::Family;

    #[test]
    fn snippet_escapes_values_and_is_lazy_with_a_title_and_a_fixed_height() {
        let s = iframe_snippet(
            "https://x.org/?a=1&embed=1#/",
            "A \"title\" <b>",
            1234,
            Some("https://x.org/embed.js"),
        );
        assert!(s.contains("src=\"https://x.org/?a=1&amp;embed=1#/\""));
        assert!(s.contains("title=\"A &quot;title&quot; &lt;b&gt;\""));
        assert!(s.contains("loading=\"lazy\""));
        assert!(s.contains("height=\"1234\""));
        assert!(s.ends_with("\n<script src=\"https://x.org/embed.js\" defer></script>"));
        let without = iframe_snippet("https://x.org/", "t", 640, None);
        assert!(without.ends_with("</iframe>") && !without.contains("<script"));
    }

    #[test]
    fn every_section_has_a_height_and_widgets_only_where_a_page_has_one() {
        for route in sections() {
            let section = frame_height(&route, Embed::Section).expect("a section height");
            assert!((300..=20_000).contains(&section), "{route:?}: {section}");
            match (Widget::of(&route), frame_height(&route, Embed::Widget)) {
                (Some(_), Some(widget)) => assert!(widget >= 300, "{route:?}: {widget}"),
                (None, None) => {}
                other => panic!("{route:?}: {other:?}"),
            }
            // Where both are offered, the widget is the compact one.
            if offers(&route) == [Embed::Widget, Embed::Section] {
                assert!(
                    frame_height(&route, Embed::Widget) < Some(section),
                    "{route:?}"
                );
            }
        }
        let widgets: Vec<Widget> = sections().iter().filter_map(Widget::of).collect();
        // The overview's diagram, the three families', the post explorable and the quiz.
        assert_eq!(widgets.len(), 1 + Family::ALL.len() + 2);
    }

    #[test]
    fn only_web_urls_pass() {
        assert!(is_web_url("https://x.org"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("data:text/html,x"));
    }
}
