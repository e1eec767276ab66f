//! An interactive, bilingual explainer of Chapter V of an Indonesian thesis on why
//! Instagram users follow micro influencers.
//!
//! Layering: [`domain`] is pure Rust and knows nothing of the browser; [`ui`] renders
//! Yew views without side effects; [`platform`] is the only place that touches browser
//! APIs (storage, clipboard, location, postMessage).

pub mod domain;
pub mod platform;
pub mod ui;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    platform::dom::remove_loading();
    // Before the first render, so the quiz reads progress from the course if it keeps it.
    platform::scorm::start();
    let initial = ui::app::initial_state();
    yew::Renderer::<ui::app::App>::with_props(ui::app::AppProps { initial }).render();
}
