//! The page address: reading the page (`/…/en/motivations/bandwagon/`) and options,
//! navigating without a reload inside a document, listening for changes.

use crate::domain::lang::Lang;
use crate::domain::link::{Document, LinkOptions};
use crate::domain::page_url::{Located, PageAddress};
use crate::domain::route::Route;
use gloo::events::EventListener;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The current hash, e.g. `#/motivations`.
pub fn hash() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The page the address names, with the site root it lives under; `None` outside the
/// page folders (an old `#/` address at the root).
pub fn here() -> Option<Located> {
    let pathname = location().and_then(|l| l.pathname().ok())?;
    PageAddress::locate(&pathname, &hash())
}

/// The current route: from the page folder, or from an old `#/` hash elsewhere.
pub fn route() -> Route {
    match here() {
        Some(located) if !hash().starts_with("#/") => located.page.route,
        _ => Route::parse(&hash()),
    }
}

/// The site address the build was given (`SITE_URL`, written as `<html data-site>`), or
/// empty: what a prerendered page was rendered with.
pub fn prerendered_site() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-site"))
        .unwrap_or_default()
}

/// The site's address for shareable links: `SITE_URL` when the build had one, else the
/// root this page is served under (`https://host/some/path/`).
pub fn site_base() -> String {
    let site = prerendered_site();
    if !site.is_empty() {
        return site;
    }
    let origin = location().and_then(|l| l.origin().ok()).unwrap_or_default();
    match here() {
        Some(located) => format!("{origin}{}", located.base),
        None => base_url(),
    }
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

/// The address of `route` in `lang` under this page's site root, keeping `?embed=1`.
fn address_of(route: &Route, lang: Lang) -> String {
    let page = PageAddress::new(lang, route.clone());
    match here() {
        Some(located) => {
            let embed = if options().embed { "?embed=1" } else { "" };
            let (folder, code) = match page.href().split_once('#') {
                Some((folder, code)) => (folder.to_string(), format!("#{code}")),
                None => (page.href(), String::new()),
            };
            format!("{}{folder}{embed}{code}", located.base)
        }
        None => route.to_hash(),
    }
}

/// Goes to `route` in `lang`, a page of this document (the quiz's results): a new history
/// entry, then a `popstate` so the app's listener shows it, without leaving the document
/// (which would end an LMS session).
pub fn navigate(route: &Route, lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let url = address_of(route, lang);
    let pushed = window
        .history()
        .and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)))
        .is_ok();
    if pushed {
        if let Ok(event) = web_sys::Event::new("popstate") {
            let _ = window.dispatch_event(&event);
        }
    } else if let Some(location) = location() {
        let _ = location.set_href(&url);
    }
}

/// Records `route` in `lang` as a new history entry (`pushState`): the caller shows it at
/// once. Back and forward fire `popstate`. Falls back to a page load where the History API
/// refuses.
pub fn push(route: &Route, lang: Lang) {
    let pushed = web_sys::window()
        .and_then(|w| w.history().ok())
        .map(|h| {
            h.push_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&address_of(route, lang)),
            )
            .is_ok()
        })
        .unwrap_or(false);
    if let (false, Some(location)) = (pushed, location()) {
        let _ = location.set_href(&address_of(route, lang));
    }
}

/// Replaces the address with the canonical one of `route` (no history entry): an old
/// `#/…` hash typed into a page.
fn replace_with(route: &Route, lang: Lang) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let url = address_of(route, lang);
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Follows clicks on links to pages of `document` in `lang` under this site root without a
/// reload: `pushState`, then `on_page` shows the page. Links to other documents, other
/// languages, new tabs and modified clicks load as usual. An old `#/…` href is read as the
/// page it names.
pub fn on_page_link(
    lang: Lang,
    document: Document,
    on_page: impl Fn(Route) + 'static,
) -> Option<EventListener> {
    let doc = web_sys::window()?.document()?;
    // Outside the page folders (`make serve` at `/`), links move the hash as before.
    let base = here().map(|located| located.base);
    Some(EventListener::new_with_options(
        &doc,
        "click",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        move |event| {
            let Some(route) = clicked_page(event, base.as_deref(), lang) else {
                return;
            };
            if Document::of(&route) != document {
                return;
            }
            event.prevent_default();
            push(&route, lang);
            on_page(route);
        },
    ))
}

/// The page a plain left click on a link leads to, if it is a page of this site in `lang`
/// (under `base`, when this page has one).
fn clicked_page(event: &web_sys::Event, base: Option<&str>, lang: Lang) -> Option<Route> {
    use wasm_bindgen::JsCast;
    let mouse = event.dyn_ref::<web_sys::MouseEvent>()?;
    if event.default_prevented()
        || mouse.button() != 0
        || mouse.ctrl_key()
        || mouse.meta_key()
        || mouse.shift_key()
        || mouse.alt_key()
    {
        return None;
    }
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let anchor = target
        .closest("a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    if !anchor.target().is_empty() || anchor.has_attribute("download") {
        return None;
    }
    let own_origin = location()?.origin().ok()?;
    if anchor.origin() != own_origin {
        return None;
    }
    let fragment = anchor.hash();
    if fragment.starts_with("#/") {
        return match Route::parse(&fragment) {
            Route::NotFound(_) => None,
            route => Some(route),
        };
    }
    let located = PageAddress::locate(&anchor.pathname(), &fragment)?;
    let same_site = base.is_none_or(|base| located.base == base);
    (same_site && located.page.lang == lang).then_some(located.page.route)
}

/// Calls `on_change` with the new route whenever the address changes: back or forward over
/// entries made by [`push`] (`popstate`), a new results code (`hashchange`), or an old
/// `#/…` hash, which is replaced by the page's canonical address. A change seen by both
/// events is reported twice; the app's reducer ignores a route it already shows.
pub fn on_route_change(
    lang: Lang,
    on_change: impl Fn(Route) + 'static,
) -> Option<[EventListener; 2]> {
    let window = web_sys::window()?;
    let on_change = std::rc::Rc::new(on_change);
    let listen = |event: &'static str| {
        let on_change = on_change.clone();
        EventListener::new(&window, event, move |_| {
            let old = hash().starts_with("#/");
            let route = route();
            if old && !matches!(route, Route::NotFound(_)) {
                replace_with(&route, lang);
            }
            on_change(route)
        })
    };
    Some([listen("hashchange"), listen("popstate")])
}
