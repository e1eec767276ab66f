//! Page addresses: every page lives in its own folder, `{lang}/{route}/`, under the site
//! root, as an `index.html` that any static host serves as it is.
//!
//! - `en/` is the English overview, `id/motivations/bandwagon/` an Indonesian node page.
//! - Results keep their code in the fragment (`en/results/#CODE`), so no server logs it.
//! - Pages link to each other with relative hrefs (`../../en/quiz/`), so one build works
//!   under any sub-path without being told where it lives. [`Links::href`] writes every one
//!   of them, in the [`LinkStyle`] of where the page is served.

use super::embed::Embed;
use super::route::Route;
use crate::domain::lang::Lang;

/// How links name a page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LinkStyle {
    /// The folder (`en/about/`): the public site, where hosts serve a folder's `index.html`.
    #[default]
    Folders,
    /// The file (`en/about/index.html`): SCORM packages, whose players serve files by exact
    /// path only.
    Files,
}

impl LinkStyle {
    /// The name written in `<html data-links>`.
    pub fn code(self) -> &'static str {
        match self {
            LinkStyle::Folders => "folders",
            LinkStyle::Files => "files",
        }
    }

    /// Reads [`LinkStyle::code`]; anything else is the public site's folders.
    pub fn parse(code: &str) -> LinkStyle {
        if code == LinkStyle::Files.code() {
            LinkStyle::Files
        } else {
            LinkStyle::Folders
        }
    }
}

/// One page of the explainer: a language and a route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageAddress {
    /// The reading language, the first folder of the address.
    pub lang: Lang,
    /// What the page shows.
    pub route: Route,
}

/// A page found in a browser address, with the site root it was found under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// The site root as an absolute path ending in `/`, e.g. `/courses/x/explainer/`.
    pub base: String,
    /// The page.
    pub page: PageAddress,
}

/// Where links are written from: how deep below the site root, and in which style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Links {
    /// Folders between the site root and the page the links are on (`en/quiz/` → 2).
    pub depth: usize,
    /// How the links name pages.
    pub style: LinkStyle,
}

impl Links {
    /// Links on `page`, in `style`.
    pub fn on(page: &PageAddress, style: LinkStyle) -> Links {
        Links {
            depth: page.depth(),
            style,
        }
    }

    /// The relative href of `to`: up to the site root, then its address. The one builder of
    /// every link between pages.
    pub fn href(&self, to: &PageAddress) -> String {
        format!("{}{}", "../".repeat(self.depth), to.path(self.style))
    }
}

impl PageAddress {
    /// A page in `lang` showing `route`.
    pub fn new(lang: Lang, route: Route) -> PageAddress {
        PageAddress { lang, route }
    }

    /// The page's folder relative to the site root, ending in `/`: `en/`, `id/quiz/`,
    /// `en/results/` (the code is not part of the folder).
    pub fn folder(&self) -> String {
        match self.route.path().as_str() {
            "" => format!("{}/", self.lang.code()),
            path => format!("{}/{path}/", self.lang.code()),
        }
    }

    /// The page's address relative to the site root in `style`: its folder (or its file),
    /// then the results code as the fragment where there is one.
    pub fn path(&self, style: LinkStyle) -> String {
        self.url("", style, None)
    }

    /// The page's address under the site root `base` (ending in `/`): the folder or file,
    /// `?embed=…` for a course frame, the results code as the fragment.
    pub fn url(&self, base: &str, style: LinkStyle, embed: Option<Embed>) -> String {
        let file = match style {
            LinkStyle::Folders => "",
            LinkStyle::Files => "index.html",
        };
        let query = Embed::query(embed);
        let fragment = match &self.route {
            Route::Results(code) if !code.is_empty() => format!("#{code}"),
            _ => String::new(),
        };
        format!("{base}{}{file}{query}{fragment}", self.folder())
    }

    /// [`PageAddress::url`] with a diagram box picked in the fragment (`en/#bandwagon`,
    /// `domain::address::pick`); a results page keeps its code there instead.
    pub fn url_picking(
        &self,
        base: &str,
        style: LinkStyle,
        embed: Option<Embed>,
        pick: Option<&str>,
    ) -> String {
        let url = self.url(base, style, embed);
        match self.route {
            Route::Results(_) => url,
            _ => url + &super::pick::fragment(pick),
        }
    }

    /// What readers share and lecturers paste: the page's folder under the public site
    /// root `base`, e.g. `https://…/explainer/en/results/#CODE`.
    pub fn absolute(&self, base: &str, embed: Option<Embed>) -> String {
        self.url(base, LinkStyle::Folders, embed)
    }

    /// How many folders the page sits below the site root (`en/` → 1, `en/quiz/` → 2).
    pub fn depth(&self) -> usize {
        self.folder().matches('/').count()
    }

    /// Reads the page from a browser `pathname` and `fragment` (with or without `#`), in
    /// either link style.
    ///
    /// The site root is not known in advance, so the path is read from its end: the last
    /// language folder after which the rest is a known route wins. `None` when no part of
    /// the path is a page of ours, or the path is not one a page could have
    /// ([`path_segments`]).
    pub fn locate(pathname: &str, fragment: &str) -> Option<Located> {
        let mut segments = path_segments(pathname)?;
        if segments.last() == Some(&"index.html") {
            segments.pop();
        }
        let code = fragment.trim_start_matches('#');
        (0..segments.len()).rev().find_map(|i| {
            let lang = lang_folder(segments[i])?;
            let route = match Route::from_segments(&segments[i + 1..])? {
                Route::Results(_) => Route::Results(code.to_string()),
                route => route,
            };
            Some(Located {
                base: base_of(&segments[..i]),
                page: PageAddress::new(lang, route),
            })
        })
    }
}

/// The language a folder names: exactly `id` or `en`.
pub fn lang_folder(segment: &str) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| l.code() == segment)
}

/// The site root made of `segments`: `/`, `/courses/x/`.
pub fn base_of(segments: &[&str]) -> String {
    segments
        .iter()
        .fold(String::from("/"), |base, s| format!("{base}{s}/"))
}

/// The folders of an absolute `pathname` (`/x/en/about/` → `["x", "en", "about"]`), or
/// `None` when the path is not one a page of this site could have: an empty segment (a
/// double slash, which browsers read as a host), a backslash, an encoded slash or
/// backslash, or a dot segment (`.`, `..`, also encoded). Addresses are built only from
/// segments that passed this, so none can name another host.
pub fn path_segments(pathname: &str) -> Option<Vec<&str>> {
    let rest = pathname.strip_prefix('/')?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() {
        return Some(Vec::new());
    }
    let segments: Vec<&str> = rest.split('/').collect();
    segments
        .iter()
        .all(|s| is_plain_segment(s))
        .then_some(segments)
}

/// A path segment that means only itself.
fn is_plain_segment(segment: &str) -> bool {
    let lower = segment.to_ascii_lowercase();
    let undotted = lower.replace("%2e", ".");
    !segment.is_empty()
        && !segment.contains('\\')
        && !lower.contains("%2f")
        && !lower.contains("%5c")
        && undotted != "."
        && undotted != ".."
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::address::route::Family;

    fn bandwagon(lang: Lang) -> PageAddress {
        PageAddress::new(
            lang,
            Route::Family {
                family: Family::Motivations,
                node: Some("bandwagon"),
            },
        )
    }

    #[test]
    fn folders_are_language_then_route() {
        assert_eq!(PageAddress::new(Lang::En, Route::Overview).folder(), "en/");
        assert_eq!(bandwagon(Lang::Id).folder(), "id/motivations/bandwagon/");
        let results = PageAddress::new(Lang::En, Route::Results("AbC-_1".into()));
        assert_eq!(results.folder(), "en/results/");
        assert_eq!(results.path(LinkStyle::Folders), "en/results/#AbC-_1");
        assert_eq!(
            results.path(LinkStyle::Files),
            "en/results/index.html#AbC-_1"
        );
        assert_eq!(
            results.absolute("https://x.org/a/", None),
            "https://x.org/a/en/results/#AbC-_1"
        );
        assert_eq!(
            bandwagon(Lang::Id).absolute("https://x.org/a/", Some(Embed::Section)),
            "https://x.org/a/id/motivations/bandwagon/?embed=1"
        );
        assert_eq!(
            bandwagon(Lang::Id).absolute("https://x.org/a/", Some(Embed::Widget)),
            "https://x.org/a/id/motivations/bandwagon/?embed=widget"
        );
        assert_eq!(
            results.url("/x/", LinkStyle::Files, Some(Embed::Section)),
            "/x/en/results/index.html?embed=1#AbC-_1"
        );
    }

    #[test]
    fn a_picked_box_follows_the_page_in_the_fragment() {
        let overview = PageAddress::new(Lang::En, Route::Overview);
        assert_eq!(
            overview.url_picking(
                "/x/",
                LinkStyle::Folders,
                Some(Embed::Section),
                Some("bandwagon")
            ),
            "/x/en/?embed=1#bandwagon"
        );
        assert_eq!(
            overview.url_picking("/", LinkStyle::Files, None, None),
            "/en/index.html"
        );
        let results = PageAddress::new(Lang::En, Route::Results("AbC".into()));
        assert_eq!(
            results.url_picking("/", LinkStyle::Folders, None, Some("like")),
            "/en/results/#AbC"
        );
    }

    #[test]
    fn relative_links_climb_to_the_root_first_in_either_style() {
        let from = bandwagon(Lang::En);
        assert_eq!(from.depth(), 3);
        let quiz = PageAddress::new(Lang::En, Route::Quiz);
        assert_eq!(
            Links::on(&from, LinkStyle::Folders).href(&quiz),
            "../../../en/quiz/"
        );
        assert_eq!(
            Links::on(&quiz, LinkStyle::Files).href(&from),
            "../../en/motivations/bandwagon/index.html"
        );
        let root = Links {
            depth: 0,
            style: LinkStyle::Folders,
        };
        assert_eq!(root.href(&quiz), "en/quiz/");
    }

    #[test]
    fn both_styles_are_found_again_under_any_root() {
        let pages: Vec<PageAddress> = Lang::ALL
            .into_iter()
            .flat_map(|l| {
                Route::stable_links()
                    .into_iter()
                    .map(move |r| PageAddress::new(l, r))
            })
            .collect();
        for root in ["/", "/explainer/", "/some/deep/path/", "/en/"] {
            for page in &pages {
                for style in [LinkStyle::Folders, LinkStyle::Files] {
                    let at = format!("{root}{}", page.path(style));
                    let located = PageAddress::locate(&at, "").expect(&at);
                    assert_eq!(located.base, root, "{at}");
                    assert_eq!(&located.page, page, "{at}");
                }
            }
        }
    }

    #[test]
    fn results_codes_come_from_the_fragment() {
        let located = PageAddress::locate("/x/id/results/index.html", "#Q1w2").unwrap();
        assert_eq!(located.base, "/x/");
        assert_eq!(
            located.page,
            PageAddress::new(Lang::Id, Route::Results("Q1w2".into()))
        );
    }

    #[test]
    fn unknown_and_hostile_paths_are_not_pages() {
        for path in [
            "/",
            "/explainer/",
            "/en/nope/",
            "/fr/quiz/",
            "/EN/quiz/",
            "/en/motivations/applause/",
            "/en/glossary/%3Cscript%3E/",
            "//evil.example/en/about/",
            "/x//en/about/",
            "/\\evil.example/en/about/",
            "/%2F%2Fevil.example/en/about/",
            "/%5cevil.example/en/about/",
            "/x/../en/about/",
            "/x/%2e%2E/en/about/",
            "en/about/",
        ] {
            assert_eq!(PageAddress::locate(path, ""), None, "{path}");
        }
    }
}
