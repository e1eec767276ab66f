//! How a page is shown inside a course page's frame (`?embed=`): the whole page without the
//! site's header and footer, or only its interactive figure. Links within the frame keep
//! the mode.

/// An embedding mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Embed {
    /// `?embed=1`: the whole page, without the site's header and footer.
    Section,
    /// `?embed=widget`: only what the page marks as its interactive figure
    /// (`[data-widget]`), for a compact frame.
    Widget,
}

impl Embed {
    /// The value of `embed` that asks for this mode.
    pub fn value(self) -> &'static str {
        match self {
            Embed::Section => "1",
            Embed::Widget => "widget",
        }
    }

    /// Reads the value of `embed`: `widget`, or `1`, `true` or nothing for the whole page;
    /// anything else (`0`) asks for no embedding.
    pub fn parse(value: &str) -> Option<Embed> {
        match value {
            "widget" => Some(Embed::Widget),
            "1" | "true" | "" => Some(Embed::Section),
            _ => None,
        }
    }

    /// The query an address carries for `embed` (`?embed=widget`), empty for none.
    pub fn query(embed: Option<Embed>) -> String {
        embed.map_or(String::new(), |e| format!("?embed={}", e.value()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back() {
        for embed in [Embed::Section, Embed::Widget] {
            assert_eq!(Embed::parse(embed.value()), Some(embed));
        }
        assert_eq!(Embed::parse(""), Some(Embed::Section));
        assert_eq!(Embed::parse("0"), None);
        assert_eq!(Embed::parse("Widget"), None);
        assert_eq!(Embed::query(Some(Embed::Widget)), "?embed=widget");
        assert_eq!(Embed::query(None), "");
    }
}
