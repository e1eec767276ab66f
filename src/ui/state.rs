//! The app's state and the actions that change it. The reducer is pure; effects that
//! follow a change (storage, document title) live in `app.rs`.

use crate::domain::address::follow::stays_in;
use crate::domain::address::{Document, LinkStyle, Links, PageAddress, Route};
use crate::domain::lang::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// What every view may read.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The current screen.
    pub route: Route,
    /// The reading language.
    pub lang: Lang,
    /// Embedded in a course page (`?embed=1`).
    pub embed: bool,
    /// The document this app runs in.
    pub document: Document,
    /// How links name pages where this copy is served (files inside a SCORM package).
    pub style: LinkStyle,
    /// The site's address (its root, ending in `/`), for building shareable links; empty
    /// until the browser says it when the build had no `SITE_URL`.
    pub base_url: Rc<str>,
    /// Whether the browser offers the Web Share API (read once at start, not while rendering).
    pub can_share: bool,
    /// A course records this quiz (SCORM): links that leave the document open in a new tab,
    /// as loading another document here would end the recording.
    pub course_records: bool,
}

/// Something that changes the app state.
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// The address changed.
    Navigate(Route),
    /// After hydration: what only the browser knows (embed mode, Web Share, the page's real
    /// address). The first render matches the prerendered page; this follows.
    Settle {
        /// `?embed=1`.
        embed: bool,
        /// Whether Web Share is offered.
        can_share: bool,
        /// The site's address, for shareable links.
        base_url: Rc<str>,
    },
    /// Whether a course records this document now (the quiz's course connection says).
    CourseRecords(bool),
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Navigate(route) => next.route = route,
            AppAction::Settle {
                embed,
                can_share,
                base_url,
            } => {
                next.embed = embed;
                next.can_share = can_share;
                next.base_url = base_url;
            }
            AppAction::CourseRecords(records) => next.course_records = records,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The shared state: the reducer handle itself, so the context stays equal between renders
/// of the app and only changes when the state does. Views read it (`ctx.lang`) and
/// dispatch on it (`ctx.dispatch(…)`).
pub type Ctx = UseReducerHandle<AppState>;

/// The shared state. Every view is rendered inside [`crate::ui::app::App`], which provides it.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("views are rendered inside App, which provides the state")
}

/// Links from the page shown to other pages: relative hrefs (`../../en/quiz/`), so the site
/// works under any sub-path, in the style of where it is served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageLinks {
    /// The page shown.
    pub here: PageAddress,
    /// Where its links start and how they name pages.
    pub from: Links,
    /// The document showing it.
    pub document: Document,
    /// Links that leave the document open in a new tab (a course records this quiz).
    pub leave_in_new_tab: bool,
}

/// A link from the page shown: where it goes, and whether it opens in a new tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageHref {
    /// The relative href.
    pub href: String,
    /// It leaves a document a course records, so it opens in a new tab and says so.
    pub new_tab: bool,
}

impl PageLinks {
    /// Links on `state`'s page.
    pub fn of(state: &AppState) -> PageLinks {
        let here = PageAddress::new(state.lang, state.route.clone());
        PageLinks {
            from: Links::on(&here, state.style),
            here,
            document: state.document,
            leave_in_new_tab: state.course_records,
        }
    }

    /// The link to `to`: a new tab where it leaves a document a course records.
    pub fn to(&self, to: &PageAddress) -> PageHref {
        PageHref {
            href: self.from.href(to),
            new_tab: self.leave_in_new_tab && !stays_in(self.here.lang, self.document, to),
        }
    }

    /// The link to `route` in the page's language (see [`PageLinks::to`]).
    pub fn link(&self, route: &Route) -> PageHref {
        self.to(&PageAddress::new(self.here.lang, route.clone()))
    }

    /// The link to the page shown, in `lang` (see [`PageLinks::to`]).
    pub fn link_in(&self, lang: Lang) -> PageHref {
        self.to(&PageAddress::new(lang, self.here.route.clone()))
    }

    /// The relative href of `route` in the page's language.
    pub fn href(&self, route: &Route) -> String {
        self.from
            .href(&PageAddress::new(self.here.lang, route.clone()))
    }
}

/// Links from the page shown (see [`PageLinks`]).
#[hook]
pub fn use_links() -> PageLinks {
    let lang = use_lang();
    use_context::<PageLinks>().unwrap_or_else(|| {
        let here = PageAddress::new(lang, Route::Overview);
        PageLinks {
            from: Links::on(&here, LinkStyle::Folders),
            here,
            document: Document::Reader,
            leave_in_new_tab: false,
        }
    })
}

/// The reading language alone. Views that need nothing else read this context, so a route
/// change (which changes [`Ctx`]) does not re-render them.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
