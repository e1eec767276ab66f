//! The page address: reading the route and options, navigating, listening for changes.

use crate::domain::lang::Lang;
use crate::domain::link::LinkOptions;
use crate::domain::route::Route;
use gloo::events::EventListener;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The current hash, e.g. `#/motivations`.
pub fn hash() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The current route.
pub fn route() -> Route {
    Route::parse(&hash())
}

/// Options from the search string and the hash.
pub fn options() -> LinkOptions {
    let (search, hash) = search_and_hash();
    LinkOptions::from_location(&search, &hash)
}

/// The page address without query or hash, used to build shareable links.
pub fn base_url() -> String {
    location()
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// The page's search string and hash, e.g. `("?lang=id", "#/teach")`.
pub fn search_and_hash() -> (String, String) {
    let search = location().and_then(|l| l.search().ok()).unwrap_or_default();
    (search, hash())
}

/// Replaces the page with `url` (relative to the page), without a history entry: used to
/// move to the other document when a route belongs there.
pub fn replace(url: &str) {
    if let Some(location) = location() {
        let _ = location.replace(url);
    }
}

/// Goes to `route`, adding a history entry so back and forward work.
pub fn navigate(route: &Route) {
    if let Some(location) = location() {
        let _ = location.set_hash(&route.to_hash());
    }
}

/// Records `route` as a new history entry without waiting for `hashchange`: the caller
/// shows the route at once. Back and forward still fire `hashchange`. Falls back to
/// [`navigate`] where the History API refuses.
pub fn push(route: &Route) {
    let pushed = web_sys::window()
        .and_then(|w| w.history().ok())
        .map(|h| {
            h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.to_hash()))
                .is_ok()
        })
        .unwrap_or(false);
    if !pushed {
        navigate(route);
    }
}

/// Rewrites `?lang=` in the address (without a history entry), so a reload keeps the
/// language the reader switched to.
pub fn replace_lang(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let mut options = options();
    if options.lang.is_none() {
        return;
    }
    options.lang = Some(lang);
    let url = format!(
        "{}{}{}",
        base_url(),
        options.to_query(),
        route_hash_without_query()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

fn route_hash_without_query() -> String {
    let hash = hash();
    hash.split('?').next().unwrap_or("").to_string()
}

/// Calls `on_change` with the new route whenever the address changes: links (`hashchange`),
/// and back or forward, including over entries made by [`push`] (`popstate`). A change seen
/// by both events is reported twice; the app's reducer ignores a route it already shows.
pub fn on_route_change(on_change: impl Fn(Route) + 'static) -> Option<[EventListener; 2]> {
    let window = web_sys::window()?;
    let on_change = std::rc::Rc::new(on_change);
    let listen = |event: &'static str| {
        let on_change = on_change.clone();
        EventListener::new(&window, event, move |_| on_change(route()))
    };
    Some([listen("hashchange"), listen("popstate")])
}
