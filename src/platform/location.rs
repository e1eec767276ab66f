//! The page address: reading the route and options, navigating, listening for changes.

use crate::domain::lang::Lang;
use crate::domain::route::{LinkOptions, Route};
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
    let search = location().and_then(|l| l.search().ok()).unwrap_or_default();
    LinkOptions::from_location(&search, &hash())
}

/// The page address without query or hash, used to build shareable links.
pub fn base_url() -> String {
    location()
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// Goes to `route`, adding a history entry so back and forward work.
pub fn navigate(route: &Route) {
    if let Some(location) = location() {
        let _ = location.set_hash(&route.to_hash());
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

/// Calls `on_change` with the new route whenever the hash changes (links, back, forward).
pub fn on_route_change(on_change: impl Fn(Route) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        on_change(route())
    }))
}
