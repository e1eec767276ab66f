//! Document-level effects: title, focus, printing, viewport.

use crate::domain::focus::FocusMove;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
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
        let _ = root.set_attribute(crate::domain::address::html::READY, "true");
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

/// Scrolls the element with `id` into view (at once, so reduced motion holds) and moves
/// focus to it (a heading becomes focusable from script only).
pub fn reveal(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = el.set_attribute("tabindex", "-1");
        el.scroll_into_view();
    }
    focus(id);
}

/// Moves keyboard focus to the element with `id` once the change made now has rendered: Yew
/// renders in a task queued before this one, so the element exists by then.
pub fn focus_after_render(id: &'static str) {
    wasm_bindgen_futures::spawn_local(async move { focus(id) });
}

/// Closes the `<details>` with `id` (the header's menu, once a link in it is followed).
pub fn close(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = el.remove_attribute("open");
    }
}

/// Gives focus back to the glossary term whose definition (the `popover` after it, see
/// `ui::components::rich_text`) closes with focus nowhere in particular: the browser does so
/// on Escape, but a tap outside leaves focus on the page, and the next Tab would start from
/// its top. A tap on a link or a button elsewhere keeps its focus.
pub fn on_term_close() -> Option<gloo::events::EventListener> {
    // `toggle` does not bubble: heard on the way down.
    let options = gloo::events::EventListenerOptions::run_in_capture_phase();
    let doc = document()?;
    Some(gloo::events::EventListener::new_with_options(
        &doc,
        "toggle",
        options,
        |event| {
            let Some(closed) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .filter(|p| p.matches(".term-pop:not(:popover-open)").unwrap_or(false))
            else {
                return;
            };
            let active = document().and_then(|d| d.active_element());
            if active.is_none_or(|a| {
                a.matches("body, main").unwrap_or(false) || closed.contains(Some(&a))
            }) {
                if let Some(term) = closed
                    .previous_element_sibling()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = term.focus();
                }
            }
        },
    ))
}

/// Writes the page's icon (`<link rel="icon">`, relative to the page) as the full address it
/// names now: the app moves between pages with `pushState`, and the browser would look for a
/// relative icon again from each new address.
pub fn pin_icon() {
    let Some(doc) = document() else { return };
    if let (Ok(Some(icon)), Ok(url)) = (doc.query_selector("link[rel=icon]"), doc.url()) {
        let href = icon.get_attribute("href").unwrap_or_default();
        if let Ok(pinned) = web_sys::Url::new_with_base(&href, &url) {
            let _ = icon.set_attribute("href", &pinned.href());
        }
    }
}

/// Scrolls the element with `id` into view only as far as it and its `scroll-margin` need (at
/// once, so reduced motion holds).
pub fn scroll_nearest(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Scrolls to the top after a page change.
pub fn scroll_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves focus, as `step` says, among the elements matching `selector` inside the element
/// the event `e` is handled on, starting from the event's target.
pub fn move_focus(e: &web_sys::Event, selector: &str, step: FocusMove) {
    let element = |t: Option<web_sys::EventTarget>| t?.dyn_into::<web_sys::Element>().ok();
    let (Some(container), Some(from)) = (element(e.current_target()), element(e.target())) else {
        return;
    };
    let Ok(list) = container.query_selector_all(selector) else {
        return;
    };
    let count = list.length() as usize;
    let current = (0..count).find(|i| {
        list.get(*i as u32)
            .is_some_and(|n| n.is_same_node(Some(&from)))
    });
    if let Some(el) = step
        .target(current, count)
        .and_then(|next| list.get(next as u32))
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The value of `attribute` on the event's target or its closest ancestor that has it:
/// how one handler on a container learns which child was clicked or hovered.
pub fn closest_attribute(e: &web_sys::Event, attribute: &str) -> Option<String> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    target
        .closest(&format!("[{attribute}]"))
        .ok()??
        .get_attribute(attribute)
}

/// The current text of the `<textarea>` behind `node`, read when it is needed rather than
/// kept in state on every keystroke.
pub fn textarea_value(node: &yew::NodeRef) -> Option<String> {
    node.cast::<web_sys::HtmlTextAreaElement>()
        .map(|t| t.value())
}

/// Puts `text` into the `<textarea>` behind `node` (for instance a file's contents).
pub fn set_textarea_value(node: &yew::NodeRef, text: &str) {
    if let Some(textarea) = node.cast::<web_sys::HtmlTextAreaElement>() {
        textarea.set_value(text);
    }
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The page's `<body>`, where the app lives.
pub fn body() -> Option<web_sys::Element> {
    document().and_then(|d| d.body()).map(Into::into)
}

thread_local! {
    /// The body made by [`new_body`], until [`show_new_body`] puts it in the document.
    static NEW_BODY: std::cell::RefCell<Option<web_sys::HtmlElement>> =
        const { std::cell::RefCell::new(None) };
}

/// A new, empty `<body>` outside the document, for an app to render into while the
/// prerendered page stays in view as it was written (readable, its links working);
/// [`show_new_body`] swaps it in once the app has drawn everything.
pub fn new_body() -> Option<web_sys::Element> {
    let body = document()?.create_element("body").ok()?;
    NEW_BODY.with(|new| *new.borrow_mut() = body.clone().dyn_into().ok());
    Some(body)
}

/// Puts the body made by [`new_body`] in the document in place of the prerendered one, in
/// one step; nothing when there is none (a hydrated page, or already done).
pub fn show_new_body() {
    let Some(body) = NEW_BODY.with(|new| new.borrow_mut().take()) else {
        return;
    };
    if let Some(document) = document() {
        document.set_body(Some(&body));
    }
}

/// An attribute of `<html>` (the contract in [`crate::domain::address::html`]).
pub fn html_attribute(name: &str) -> Option<String> {
    document()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute(name))
}

/// Empties `<body>` (a reading page written for another address) before the app renders.
pub fn clear_body() {
    if let Some(body) = body() {
        body.set_text_content(None);
    }
}

/// Runs `f` in the frame after the next, as two nested `requestAnimationFrame`s do: the next
/// frame, the one that shows what a tap changed, is painted first. Work the reader does not
/// see (the address bar) then stays out of it.
pub fn after_paint(f: Box<dyn FnOnce()>) {
    next_frame(Box::new(move || next_frame(f)));
}

/// Runs `f` just after the next frame is painted, in a task of its own started from that
/// frame's `requestAnimationFrame` (a timeout of 0 from there is not delayed): work drawn in
/// stages goes on as soon as the first stage is on screen, not a frame later as with
/// [`after_paint`].
pub fn just_after_paint(f: Box<dyn FnOnce()>) {
    next_frame(Box::new(move || after(0, f)));
}

/// Runs `f` in the next animation frame, just before it is painted. (Boxed: every caller
/// shares one copy of the code that hands a closure to the browser.)
fn next_frame(f: Box<dyn FnOnce()>) {
    if let Some(window) = web_sys::window() {
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        // Only a callback that is not a function makes this throw.
        let _ = window.request_animation_frame(f.unchecked_ref());
    }
}

/// Runs `f` once after `ms` milliseconds (a short pause the reader can see, such as the
/// chosen answer before the quiz moves on).
pub fn after(ms: u32, f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(ms, f).forget();
}
