//! An interactive, bilingual explainer of Chapter V of an Indonesian thesis on why
//! Instagram users follow micro influencers.
//!
//! Layering: [`domain`] is pure Rust and knows nothing of the browser; [`ui`] renders
//! Yew views without side effects; [`platform`] is the only place that touches browser
//! APIs (storage, clipboard, location, postMessage).

pub mod domain;
pub mod platform;
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

/// Mounts the reader app on the page's `<body>`.
pub fn start() {
    mount::<ui::reader::ReaderPages>(|| {});
}

/// Mounts the quiz (`quiz/index.html`) on the page's `<body>`. In a copy packaged for an
/// LMS, the course connection starts first, so the quiz reads progress from the course if it
/// keeps it.
pub fn start_quiz() {
    mount::<ui::quiz_doc::QuizPages>(platform::scorm::start);
}

/// Mounts the lecturer kit (`teach/index.html`) on the page's `<body>`.
pub fn start_kit() {
    mount::<ui::kit::KitPages>(|| {});
}

/// Mounts `P`'s app, after `before_render`.
///
/// On a prerendered page of its own (`en/motivations/`), the reader app hydrates the page's
/// HTML: its first render is the one the build made ([`ui::app::page_state`]), and what only
/// the browser knows follows in an effect. The quiz and the kit were prerendered as shells,
/// so they replace them. Anywhere else (an old `#/` address the boot script did not move),
/// the app reads the address as it always did, moving to the document that shows the route.
fn mount<P: ui::app::Pages>(before_render: fn()) {
    let located = platform::location::here()
        .filter(|l| domain::link::Document::of(&l.page.route) == P::DOCUMENT);
    let Some(located) = located else {
        let initial = ui::app::initial_state(P::DOCUMENT);
        let (search, hash) = platform::location::search_and_hash();
        if let Some(target) = domain::link::redirect(&initial.route, P::DOCUMENT, &search, &hash) {
            platform::location::replace(&target);
            return;
        }
        platform::dom::clear_body();
        before_render();
        yew::Renderer::<ui::app::App<P>>::with_props(ui::app::AppProps { initial }).render();
        return;
    };
    // Hydrate only the page the HTML was written for. `make serve` (trunk serve) gives the
    // page unprerendered, and going back or forward to an address this document pushed,
    // before the app started, leaves another page's HTML: render those instead.
    let written = platform::dom::prerendered_page();
    let hydrate = P::DOCUMENT == domain::link::Document::Reader
        && written.as_deref() == Some(located.page.folder().as_str());
    // A hydrating first render must equal the build's (its site address, if any); a page
    // that renders can use the real one at once (links in the kit and the results).
    let site = if hydrate {
        platform::location::prerendered_site()
    } else {
        platform::location::site_base()
    };
    let initial = ui::app::page_state(P::DOCUMENT, &located.page, &site);
    before_render();
    let Some(body) = platform::dom::body() else {
        return;
    };
    let renderer =
        yew::Renderer::<ui::app::App<P>>::with_root_and_props(body, ui::app::AppProps { initial });
    if hydrate {
        renderer.hydrate();
    } else {
        platform::dom::clear_body();
        renderer.render();
    }
}
