//! The page address: reading the page (`/…/en/motivations/bandwagon/`) and options,
//! moving between pages of a document without a reload, listening for changes. Every
//! address it writes is this origin followed by a path from [`crate::domain::address`].

use crate::domain::address::follow::{follow, Anchor, Click, Here};
use crate::domain::address::legacy::LinkOptions;
use crate::domain::address::{html, Document, LinkStyle, Located, PageAddress, Route};
use crate::domain::lang::Lang;
use gloo::events::EventListener;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

fn origin() -> String {
    location().and_then(|l| l.origin().ok()).unwrap_or_default()
}

fn hash() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The page the address names, with the site root it lives under; `None` anywhere else.
pub fn here() -> Option<Located> {
    let pathname = location().and_then(|l| l.pathname().ok())?;
    PageAddress::locate(&pathname, &hash())
}

/// The site's address for shareable links: `SITE_URL` when the build had one, else the
/// root this page is served under (`https://host/some/path/`).
pub fn site_base() -> String {
    let site = super::dom::html_attribute(html::SITE).unwrap_or_default();
    match here() {
        _ if !site.is_empty() => site,
        Some(located) => format!("{}{}", origin(), located.base),
        None => String::new(),
    }
}

/// The diagram box the address's fragment picks on `route` (`domain::address::pick`).
pub fn pick(route: &Route) -> Option<&'static str> {
    crate::domain::address::pick::read(route, &hash(), crate::domain::content::content())
}

/// The page the address names now, and the diagram box it picks; `None` where the address
/// is not a page (a test page, a tampered path).
pub fn route_now() -> Option<(Route, Option<&'static str>)> {
    let route = here()?.page.route;
    let pick = pick(&route);
    Some((route, pick))
}

/// Options from the search string and the hash.
pub fn options() -> LinkOptions {
    let search = location().and_then(|l| l.search().ok()).unwrap_or_default();
    LinkOptions::from_location(&search, &hash())
}

/// How links name pages where this copy is served (`<html data-links>`).
fn style() -> LinkStyle {
    LinkStyle::parse(&super::dom::html_attribute(html::LINKS).unwrap_or_default())
}

/// The address of `route` in `lang` on this origin, under this page's site root, in this
/// copy's link style, keeping `?embed=1`, with the diagram box `pick` in the fragment.
fn address_of(route: &Route, lang: Lang, pick: Option<&str>) -> Option<String> {
    let base = here()?.base;
    let page = PageAddress::new(lang, route.clone());
    let path = page.url_picking(&base, style(), options().embed, pick);
    Some(format!("{}{path}", origin()))
}

/// Records `route` in `lang` as a new history entry (`pushState`), without leaving the
/// document (which would end an LMS session); the caller shows it. Falls back to a page
/// load where the History API refuses.
pub fn push(route: &Route, lang: Lang) -> bool {
    address_of(route, lang, None).is_some_and(|url| push_url(&url))
}

/// Adds `url` (on this origin) as a history entry; falls back to a page load where the
/// History API refuses.
fn push_url(url: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let pushed = window
        .history()
        .and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)))
        .is_ok();
    if !pushed {
        let _ = window.location().set_href(url);
    }
    pushed
}

/// Records a diagram box picked on `route` (`en/#bandwagon`, `en/motivations/bandwagon/`) as
/// a new history entry once the frame that shows it is painted: `pushState` costs 2–10 ms
/// of a tap's time at phone speed (more when the path changes, as every relative link is
/// resolved again), and the reader sees the answer, not the address bar. The caller shows
/// the pick at once; back and forward work as with [`push`], a frame later.
pub fn push_picking(route: &Route, lang: Lang, pick: Option<&str>) {
    if let Some(url) = address_of(route, lang, pick) {
        super::dom::after_paint(Box::new(move || {
            push_url(&url);
        }));
    }
}

/// Goes to `route` in `lang`, a page of this document (the quiz's results): [`push`], then
/// a `popstate` so the app's listener shows it.
pub fn navigate(route: &Route, lang: Lang) {
    if push(route, lang) {
        if let Some(event) = web_sys::window().zip(web_sys::Event::new("popstate").ok()) {
            let _ = event.0.dispatch_event(&event.1);
        }
    }
}

/// The facts of a mouse event that decide whether it is a plain click.
pub fn click_of(mouse: &web_sys::MouseEvent) -> Click {
    Click {
        button: mouse.button(),
        modified: mouse.ctrl_key() || mouse.meta_key() || mouse.shift_key() || mouse.alt_key(),
        prevented: mouse.default_prevented(),
    }
}

/// Follows clicks on links to pages of `document` in `lang` under this site root without a
/// reload ([`follow`] decides): `pushState`, then `on_page` shows the page.
pub fn on_page_link(
    lang: Lang,
    document: Document,
    on_page: impl Fn(Route) + 'static,
) -> Option<EventListener> {
    let doc = web_sys::window()?.document()?;
    let base = here()?.base;
    Some(EventListener::new_with_options(
        &doc,
        "click",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        move |event| {
            let here = Here {
                origin: &origin(),
                base: &base,
                lang,
                document,
            };
            let Some(route) = clicked_page(event, &here) else {
                return;
            };
            event.prevent_default();
            push(&route, lang);
            on_page(route);
        },
    ))
}

/// The page a click leads to, if the app shows it itself.
fn clicked_page(event: &web_sys::Event, here: &Here) -> Option<Route> {
    use wasm_bindgen::JsCast;
    let mouse = event.dyn_ref::<web_sys::MouseEvent>()?;
    let anchor = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    let facts = Anchor {
        target: &anchor.target(),
        download: anchor.has_attribute("download"),
        origin: &anchor.origin(),
        pathname: &anchor.pathname(),
        hash: &anchor.hash(),
    };
    follow(&click_of(mouse), &facts, here)
}

/// Calls `on_change` with the route and the diagram box its fragment picks whenever the
/// address changes: back or forward over entries made by [`push`] (`popstate`), or a new
/// results code or pick (`hashchange`). A change seen by both events is reported twice; the
/// app's reducer ignores a state it already shows.
pub fn on_route_change(
    on_change: impl Fn(Route, Option<&'static str>) + 'static,
) -> Option<[EventListener; 2]> {
    let window = web_sys::window()?;
    let on_change = std::rc::Rc::new(on_change);
    let listen = |event: &'static str| {
        let on_change = on_change.clone();
        EventListener::new(&window, event, move |_| {
            if let Some((route, pick)) = route_now() {
                on_change(route, pick)
            }
        })
    };
    Some([listen("hashchange"), listen("popstate")])
}
