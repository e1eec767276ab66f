//! Which link clicks the app follows itself (a new history entry, no reload) and which it
//! leaves to the browser. The platform reads the facts of a click; the decision is here.

use super::document::Document;
use super::page::PageAddress;
use super::route::Route;
use crate::domain::lang::Lang;

/// The facts of a mouse click.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Click {
    /// `MouseEvent.button` (0: the main button).
    pub button: i16,
    /// Ctrl, Meta, Shift or Alt held: the reader asks for a new tab, window or download.
    pub modified: bool,
    /// Something handled the click already.
    pub prevented: bool,
}

impl Click {
    /// A plain click with the main button: one the app may handle in place.
    pub fn is_plain(&self) -> bool {
        self.button == 0 && !self.modified && !self.prevented
    }
}

/// The link that was clicked, as the browser resolved it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchor<'a> {
    /// Its `target` attribute (empty when none).
    pub target: &'a str,
    /// Whether it has a `download` attribute.
    pub download: bool,
    /// Its origin.
    pub origin: &'a str,
    /// Its path.
    pub pathname: &'a str,
    /// Its fragment, with `#`.
    pub hash: &'a str,
}

/// Where the app runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Here<'a> {
    /// The page's origin.
    pub origin: &'a str,
    /// The site root path the page was found under.
    pub base: &'a str,
    /// The page's language.
    pub lang: Lang,
    /// The document the app shows.
    pub document: Document,
}

/// The page the app shows itself for a click on `anchor`: a plain click on a link to a page
/// of the same document, language and site root, in either link style. Anything else
/// (another document, language or site, a new tab, a download) is the browser's.
pub fn follow(click: &Click, anchor: &Anchor, here: &Here) -> Option<Route> {
    let own_tab = anchor.target.is_empty() || anchor.target == "_self";
    if !click.is_plain() || !own_tab || anchor.download || anchor.origin != here.origin {
        return None;
    }
    let located = PageAddress::locate(anchor.pathname, anchor.hash)?;
    let page = located.page;
    (located.base == here.base && stays_in(here.lang, here.document, &page)).then_some(page.route)
}

/// Whether a link from a page in `lang` of `document` to `to` stays in that document (same
/// language, same document): the app shows it without loading another page. Any other link
/// loads a document, which ends a course's recording where the quiz was recording.
pub fn stays_in(lang: Lang, document: Document, to: &PageAddress) -> bool {
    to.lang == lang && Document::of(&to.route) == document
}

#[cfg(test)]
mod tests {
    use super::*;

    const HERE: Here = Here {
        origin: "https://u.ac.id",
        base: "/x/",
        lang: Lang::En,
        document: Document::Reader,
    };

    fn anchor(pathname: &str) -> Anchor<'_> {
        Anchor {
            target: "",
            download: false,
            origin: "https://u.ac.id",
            pathname,
            hash: "",
        }
    }

    #[test]
    fn plain_clicks_on_pages_of_this_document_stay_in_the_app_in_either_style() {
        let click = Click::default();
        assert_eq!(
            follow(&click, &anchor("/x/en/about/"), &HERE),
            Some(Route::About)
        );
        assert_eq!(
            follow(&click, &anchor("/x/en/about/index.html"), &HERE),
            Some(Route::About)
        );
        let quiz = Here {
            document: Document::Quiz,
            ..HERE
        };
        let results = Anchor {
            hash: "#AbC",
            ..anchor("/x/en/results/index.html")
        };
        assert_eq!(
            follow(&click, &results, &quiz),
            Some(Route::Results("AbC".into()))
        );
    }

    #[test]
    fn only_the_same_language_and_document_stays_in_it() {
        let quiz = |lang, route| stays_in(Lang::En, Document::Quiz, &PageAddress::new(lang, route));
        assert!(quiz(Lang::En, Route::Quiz));
        assert!(quiz(Lang::En, Route::Results("AbC".into())));
        for (lang, route) in [
            (Lang::Id, Route::Quiz),
            (Lang::En, Route::About),
            (Lang::En, Route::Overview),
            (Lang::En, Route::Glossary(None)),
            (Lang::En, Route::Teach),
        ] {
            assert!(!quiz(lang, route.clone()), "{lang:?} {route:?}");
        }
    }

    #[test]
    fn everything_else_is_the_browsers() {
        let plain = Click::default();
        for click in [
            Click { button: 1, ..plain },
            Click {
                modified: true,
                ..plain
            },
            Click {
                prevented: true,
                ..plain
            },
        ] {
            assert_eq!(
                follow(&click, &anchor("/x/en/about/"), &HERE),
                None,
                "{click:?}"
            );
        }
        let elsewhere = [
            Anchor {
                target: "_blank",
                ..anchor("/x/en/about/")
            },
            Anchor {
                download: true,
                ..anchor("/x/en/about/")
            },
            Anchor {
                origin: "https://evil.example",
                ..anchor("/x/en/about/")
            },
            anchor("/x/id/about/"),
            anchor("/y/en/about/"),
            anchor("/x/en/quiz/"),
            anchor("/x/en/nope/"),
            anchor("//x/en/about/"),
        ];
        for a in elsewhere {
            assert_eq!(follow(&plain, &a, &HERE), None, "{a:?}");
        }
    }
}
