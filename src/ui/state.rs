//! The app's state and the actions that change it. The reducer is pure; effects that
//! follow a change (storage, document title) live in `app.rs`.

use crate::domain::diagram::layout::Orientation;
use crate::domain::lang::Lang;
use crate::domain::route::Route;
use std::rc::Rc;
use yew::prelude::*;

/// Viewport width from which diagrams lay their columns side by side.
pub const WIDE_FROM_PX: f64 = 800.0;

/// What every view may read.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The current screen.
    pub route: Route,
    /// The reading language.
    pub lang: Lang,
    /// Embedded in a course page (`?embed=1`).
    pub embed: bool,
    /// Diagram arrangement for the current viewport.
    pub orientation: Orientation,
    /// The page address without query or hash, for building links.
    pub base_url: Rc<str>,
    /// Whether the browser offers the Web Share API (read once at start, not while rendering).
    pub can_share: bool,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            route: Route::Overview,
            lang: Lang::En,
            embed: false,
            orientation: Orientation::Wide,
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
    /// The viewport crossed the wide/narrow line.
    SetOrientation(Orientation),
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Navigate(route) => next.route = route,
            AppAction::SetLang(lang) => next.lang = lang,
            AppAction::SetOrientation(o) => next.orientation = o,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The orientation for a viewport width.
pub fn orientation_for(width: f64) -> Orientation {
    if width >= WIDE_FROM_PX {
        Orientation::Wide
    } else {
        Orientation::Narrow
    }
}

/// State plus a way to change it, shared through context.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    /// Current state.
    pub state: Rc<AppState>,
    /// Applies an action.
    pub dispatch: Callback<AppAction>,
}

impl Ctx {
    /// A context with fixed state, for rendering views on the host.
    pub fn fixed(state: AppState) -> Ctx {
        Ctx {
            state: Rc::new(state),
            dispatch: Callback::noop(),
        }
    }
}

/// The shared state; a default one when a view is rendered alone.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().unwrap_or_else(|| Ctx::fixed(AppState::default()))
}

/// The reading language alone. Views that need nothing else read this context, so a route
/// change (which changes [`Ctx`]) does not re-render them.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
