//! An interactive, bilingual explainer of Chapter V of an Indonesian thesis on why
//! Instagram users follow micro influencers.
//!
//! Layering: [`domain`] is pure Rust and knows nothing of the browser; [`ui`] renders
//! Yew views without side effects; [`platform`] is the only place that touches browser
//! APIs (storage, clipboard, location, postMessage).

pub mod domain;
pub mod platform;
pub mod ui;

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

/// Mounts `P`'s app, after `before_render` (unless an old link moves to another document).
fn mount<P: ui::app::Pages>(before_render: fn()) {
    let initial = ui::app::initial_state(P::DOCUMENT);
    // An old link to the other document (`#/teach` in the reader) moves there before
    // anything is drawn.
    let (search, hash) = platform::location::search_and_hash();
    if let Some(target) = domain::link::redirect(&initial.route, P::DOCUMENT, &search, &hash) {
        platform::location::replace(&target);
        return;
    }
    platform::dom::remove_loading();
    before_render();
    yew::Renderer::<ui::app::App<P>>::with_props(ui::app::AppProps { initial }).render();
}
