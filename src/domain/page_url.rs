//! Real page addresses: every page lives in its own folder, `{lang}/{route path}/`, under
//! the site root, as an `index.html` that any static host serves as it is.
//!
//! - `en/` is the English overview, `id/motivations/bandwagon/` an Indonesian node page,
//!   `en/glossary/parasocial/` a glossary term.
//! - Results keep their code in the fragment (`en/results/#CODE`), so no server ever logs it.
//! - Pages link to each other with relative hrefs (`../../quiz/`), so one build works under
//!   any sub-path (`/courses/x/explainer/`) without being told where it lives.

use super::lang::Lang;
use super::route::Route;

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

impl PageAddress {
    /// A page in `lang` showing `route`.
    pub fn new(lang: Lang, route: Route) -> PageAddress {
        PageAddress { lang, route }
    }

    /// The page's folder relative to the site root, ending in `/`: `en/`, `id/quiz/`,
    /// `en/results/` (the code is not part of the folder).
    pub fn folder(&self) -> String {
        let route_path = match &self.route {
            Route::Results(_) => "results".to_string(),
            other => other.to_hash().trim_start_matches("#/").to_string(),
        };
        let route_path = route_path.trim_matches('/');
        if route_path.is_empty() {
            format!("{}/", self.lang.code())
        } else {
            format!("{}/{route_path}/", self.lang.code())
        }
    }

    /// The page's address relative to the site root: its folder, then the results code as
    /// the fragment where there is one.
    pub fn href(&self) -> String {
        match &self.route {
            Route::Results(code) if !code.is_empty() => format!("{}#{code}", self.folder()),
            _ => self.folder(),
        }
    }

    /// The page's absolute address under the site root `base` (ending in `/`): what readers
    /// share and lecturers paste, e.g. `https://…/explainer/en/results/#CODE`. `embed` adds
    /// `?embed=1`, for a course frame.
    pub fn absolute(&self, base: &str, embed: bool) -> String {
        let query = if embed { "?embed=1" } else { "" };
        match &self.route {
            Route::Results(code) if !code.is_empty() => {
                format!("{base}{}{query}#{code}", self.folder())
            }
            _ => format!("{base}{}{query}", self.folder()),
        }
    }

    /// How many folders the page sits below the site root (`en/` → 1, `en/quiz/` → 2).
    pub fn depth(&self) -> usize {
        self.folder().matches('/').count()
    }

    /// The prefix that leads from this page back to the site root (`../../` at depth 2).
    pub fn to_root(&self) -> String {
        "../".repeat(self.depth())
    }

    /// A relative link from this page to `to`, valid wherever the site is hosted.
    pub fn link_to(&self, to: &PageAddress) -> String {
        format!("{}{}", self.to_root(), to.href())
    }

    /// Reads the page from a browser `pathname` and `fragment` (with or without `#`).
    ///
    /// The site root is not known in advance, so the path is read from its end: the last
    /// language folder after which the rest is a known route wins. `index.html` at the end is
    /// ignored. `None` when no part of the path is a page of ours.
    pub fn locate(pathname: &str, fragment: &str) -> Option<Located> {
        let mut segments: Vec<&str> = pathname.split('/').filter(|s| !s.is_empty()).collect();
        if segments.last() == Some(&"index.html") {
            segments.pop();
        }
        let fragment = fragment.trim_start_matches('#');
        (0..segments.len()).rev().find_map(|i| {
            let lang = Lang::parse(segments[i]).filter(|l| l.code() == segments[i])?;
            let route = route_of(&segments[i + 1..], fragment)?;
            let base = segments[..i]
                .iter()
                .fold(String::from("/"), |base, s| format!("{base}{s}/"));
            Some(Located {
                base,
                page: PageAddress::new(lang, route),
            })
        })
    }
}

/// The route that a folder path under a language names, if it is one of ours.
fn route_of(rest: &[&str], fragment: &str) -> Option<Route> {
    match rest {
        ["results"] => Some(Route::Results(fragment.to_string())),
        _ => match Route::parse(&format!("#/{}", rest.join("/"))) {
            Route::NotFound(_) | Route::Results(_) => None,
            route => Some(route),
        },
    }
}

/// Every page the build writes, in both languages: the reading order, the quiz, the
/// lecturer kit, the results shell and one page per glossary term in `terms`.
pub fn prerendered_pages(terms: &[&str]) -> Vec<PageAddress> {
    let mut routes = Route::stable_links();
    routes.push(Route::Results(String::new()));
    routes.extend(
        terms
            .iter()
            .map(|t| Route::Glossary(Some((*t).to_string()))),
    );
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            routes
                .iter()
                .map(move |route| PageAddress::new(lang, route.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::route::Family;

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
        assert_eq!(PageAddress::new(Lang::En, Route::Quiz).href(), "en/quiz/");
        let results = PageAddress::new(Lang::En, Route::Results("AbC-_1".into()));
        assert_eq!(results.folder(), "en/results/");
        assert_eq!(results.href(), "en/results/#AbC-_1");
        assert_eq!(
            results.absolute("https://x.org/a/", false),
            "https://x.org/a/en/results/#AbC-_1"
        );
        assert_eq!(
            bandwagon(Lang::Id).absolute("https://x.org/a/", true),
            "https://x.org/a/id/motivations/bandwagon/?embed=1"
        );
    }

    #[test]
    fn relative_links_climb_to_the_root_first() {
        let from = bandwagon(Lang::En);
        assert_eq!(from.depth(), 3);
        let quiz = PageAddress::new(Lang::En, Route::Quiz);
        assert_eq!(from.link_to(&quiz), "../../../en/quiz/");
        assert_eq!(quiz.link_to(&from), "../../en/motivations/bandwagon/");
        assert_eq!(
            PageAddress::new(Lang::Id, Route::Overview).link_to(&quiz),
            "../en/quiz/"
        );
    }

    #[test]
    fn every_page_is_found_again_under_any_root() {
        let pages = prerendered_pages(&["parasocial", "micro-influencer"]);
        assert!(pages.len() > 40);
        for root in ["/", "/explainer/", "/some/deep/path/", "/en/"] {
            for page in &pages {
                let located = PageAddress::locate(&format!("{root}{}", page.folder()), "")
                    .unwrap_or_else(|| panic!("{root}{}", page.folder()));
                assert_eq!(located.base, root, "{}", page.folder());
                let expected = match &page.route {
                    Route::Results(_) => Route::Results(String::new()),
                    other => other.clone(),
                };
                assert_eq!(located.page, PageAddress::new(page.lang, expected));
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
    fn unknown_paths_are_not_pages() {
        for path in [
            "/",
            "/explainer/",
            "/en/nope/",
            "/fr/quiz/",
            "/EN/quiz/",
            "/en/motivations/applause/",
            "/en/glossary/%3Cscript%3E/",
        ] {
            assert_eq!(PageAddress::locate(path, ""), None, "{path}");
        }
    }
}
