//! The app's state and the actions that change it. The reducer is pure; effects that
//! follow a change (storage, document title) live in `app.rs`.

use crate::domain::lang::Lang;
use crate::domain::link::Document;
use crate::domain::page_url::PageAddress;
use crate::domain::route::Route;
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
    /// The document this app runs in: the reader app or the lecturer kit.
    pub document: Document,
    /// The app folder's address (where the reader app lives), for building shareable links.
    pub base_url: Rc<str>,
    /// Whether the browser offers the Web Share API (read once at start, not while rendering).
    pub can_share: bool,
}

/// A starting state for rendering views on the host (tests, and later prerendering): the
/// overview in English at a placeholder address. Nothing here depends on the viewport:
/// diagrams carry both arrangements and the stylesheet picks one.
impl Default for AppState {
    fn default() -> Self {
        AppState {
            route: Route::Overview,
            lang: Lang::En,
            embed: false,
            document: Document::Reader,
            base_url: Rc::from("https://example.org/"),
            can_share: false,
        }
    }
}

/// Something that changes the app state.
#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// The address changed.
    Navigate(Route),
    /// The reader switched language.
    SetLang(Lang),
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
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Navigate(route) => next.route = route,
            AppAction::SetLang(lang) => next.lang = lang,
            AppAction::Settle {
                embed,
                can_share,
                base_url,
            } => {
                next.embed = embed;
                next.can_share = can_share;
                next.base_url = base_url;
            }
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

/// The document this view is rendered in, for links to routes of other documents; it
/// never changes, so reading it costs no re-render.
#[hook]
pub fn use_document() -> Document {
    use_context::<Document>().unwrap_or(Document::Reader)
}

/// Links from the page shown to other pages: relative hrefs (`../../en/quiz/`), so the site
/// works under any sub-path. Changes only when the page's language or depth does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageLinks {
    /// The page shown.
    pub here: PageAddress,
}

impl PageLinks {
    /// The relative href of `route` in the page's language.
    pub fn href(&self, route: &Route) -> String {
        self.here
            .link_to(&PageAddress::new(self.here.lang, route.clone()))
    }

    /// The relative href of the page shown, in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        self.here
            .link_to(&PageAddress::new(lang, self.here.route.clone()))
    }
}

/// Links from the page shown (see [`PageLinks`]).
#[hook]
pub fn use_links() -> PageLinks {
    use_context::<PageLinks>().unwrap_or(PageLinks {
        here: PageAddress::new(use_lang(), Route::Overview),
    })
}

/// The reading language alone. Views that need nothing else read this context, so a route
/// change (which changes [`Ctx`]) does not re-render them.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
