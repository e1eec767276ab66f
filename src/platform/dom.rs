//! Document-level effects: language, title, focus, printing, viewport.

use crate::domain::diagram::layout::Orientation;
use crate::domain::lang::Lang;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `<html lang>` so screen readers pronounce the text right.
pub fn set_lang(lang: Lang) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(doc) = document() {
        doc.set_title(title);
    }
}

/// Marks the app as mounted (`<html data-ready="true">`), for tests and the benchmark.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "true");
    }
}

/// Moves keyboard focus to the element with `id`.
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Scrolls to the top after a page change.
pub fn scroll_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves focus from `from` to the `delta`-th next (or previous) element matching `selector`
/// inside `container`, wrapping around; returns the element's `data-node`.
pub fn move_focus(
    container: &web_sys::Element,
    from: &web_sys::Element,
    selector: &str,
    delta: i32,
) -> Option<String> {
    let list = container.query_selector_all(selector).ok()?;
    let count = list.length() as i32;
    if count == 0 {
        return None;
    }
    let current = (0..count).find(|i| {
        list.get(*i as u32)
            .map(|n| n.is_same_node(Some(from)))
            .unwrap_or(false)
    });
    let next = match (current, delta) {
        (_, i32::MIN) => 0,
        (_, i32::MAX) => count - 1,
        (Some(i), d) => (i + d).rem_euclid(count),
        (None, _) => 0,
    };
    let el = list
        .get(next as u32)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    let _ = el.focus();
    el.get_attribute("data-node")
}

/// Calls `on_change` with the diagram orientation whenever the window is resized (the
/// reducer ignores an orientation it already has). Dropping the listener stops it.
pub fn on_orientation_change(
    on_change: impl Fn(Orientation) + 'static,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "resize",
        move |_| on_change(Orientation::for_width(viewport_width())),
    ))
}

/// The window width in CSS pixels.
pub fn viewport_width() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0)
}

/// The browser's preferred language tag.
pub fn browser_language() -> String {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default()
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Removes the static "Loading…" line once the app can render.
pub fn remove_loading() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("loading")) {
        el.remove();
    }
}
