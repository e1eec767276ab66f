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

/// Mounts `P`'s app on its page, after `before_render`.
///
/// On a prerendered reading page, the reader app hydrates the page's HTML: its first render
/// is the one the build made ([`ui::app::page_state`]), and what only the browser knows
/// follows in an effect. The quiz and the kit were prerendered as shells: they render
/// behind them, outside the document and in slices, and take their place in one step. Where
/// the address is not a page of this document, the app does not start: the boot script has
/// already moved an old link, and the HTML stands on its own.
fn mount<P: ui::app::Pages>(before_render: fn()) {
    use domain::address::{html, Document, LinkStyle};
    let Some(located) =
        platform::location::here().filter(|l| Document::of(&l.page.route) == P::DOCUMENT)
    else {
        return;
    };
    // Hydrate only the page the HTML was written for: going back or forward to an address
    // this document pushed, before the app started, leaves another page's HTML.
    let written = platform::dom::html_attribute(html::PAGE);
    let hydrate = P::DOCUMENT == Document::Reader
        && written.as_deref() == Some(located.page.folder().as_str());
    let style = LinkStyle::parse(&platform::dom::html_attribute(html::LINKS).unwrap_or_default());
    // A hydrating first render must equal the build's (its site address, if any); a page
    // that renders can use the real one at once (links in the kit and the results).
    let site = if hydrate {
        platform::dom::html_attribute(html::SITE).unwrap_or_default()
    } else {
        platform::location::site_base()
    };
    let initial = ui::app::page_state(P::DOCUMENT, &located.page, style, &site);
    if P::DOCUMENT != Document::Reader {
        // The quiz and the kit compile every text in: they load none.
        return run::<P>(initial, hydrate, before_render);
    }
    // The reader's texts of this page that are not compiled in are read first (from the
    // copies in the page's head), so a hydration renders the very page the build wrote.
    platform::text::remember_folder();
    let (route, lang) = (located.page.route.clone(), located.page.lang);
    let run = move || run::<P>(initial, hydrate, before_render);
    platform::text::when_loaded(route, lang, Box::new(run));
}

/// Renders `P`'s app from `initial` (hydrating the page's HTML when `hydrate`), after
/// `before_render`.
fn run<P: ui::app::Pages>(initial: ui::state::AppState, hydrate: bool, before_render: fn()) {
    use domain::address::Document;
    before_render();
    // The shell of the quiz or the kit stays in view, as written, while the app draws itself
    // outside the document in slices that leave the browser free between them, then takes
    // the shell's place in one step (`ui::app::App`): no long task stands between a tap and
    // its answer.
    let root = if P::DOCUMENT == Document::Reader {
        platform::dom::body()
    } else {
        platform::dom::new_body()
    };
    let Some(root) = root else {
        return;
    };
    let renderer =
        yew::Renderer::<ui::app::App<P>>::with_root_and_props(root, ui::app::AppProps { initial });
    #[cfg(feature = "hydrate")]
    if hydrate {
        renderer.hydrate();
        return;
    }
    if P::DOCUMENT == Document::Reader {
        // A reading page written for another address (back or forward before the app
        // started): drawn again at once.
        platform::dom::clear_body();
        renderer.render();
    } else {
        renderer.render_in_slices();
    }
}
