//! Embed mode: tells the parent page our height, in the H5P resizer format (for hosts that
//! load `h5p-resizer.js`) and in our own format (for `embed.js`).
//!
//! Messages go only to `window.parent`, to the referrer's origin where known. Incoming
//! messages are used only when they come from the parent and have the expected shape.

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Keeps the listeners alive for as long as the page is embedded.
pub struct Resizer {
    _message: EventListener,
    _observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    // A top-level page is its own parent: nothing to tell.
    (!JsValue::from(parent.clone()).eq(&JsValue::from(window))).then_some(parent)
}

/// The parent's origin from `document.referrer`; `*` when unknown, which is acceptable
/// because a height is all we ever send.
fn target_origin() -> String {
    let referrer = web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.referrer())
        .unwrap_or_default();
    web_sys::Url::new(&referrer)
        .ok()
        .map(|u| u.origin())
        .filter(|o| o.starts_with("http"))
        .unwrap_or_else(|| "*".to_string())
}

fn heights() -> (f64, f64) {
    let doc = web_sys::window().and_then(|w| w.document());
    let body = doc.as_ref().and_then(|d| d.body());
    let scroll = body.map(|b| b.scroll_height()).unwrap_or(0);
    let client = doc
        .and_then(|d| d.document_element())
        .map(|e| e.client_height())
        .unwrap_or(0);
    (f64::from(scroll), f64::from(client))
}

fn post(fields: &[(&str, JsValue)]) {
    let Some(parent) = parent() else { return };
    let message = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&message, &JsValue::from_str(key), value);
    }
    let _ = parent.post_message(&message, &target_origin());
}

fn send_heights() {
    let (scroll, client) = heights();
    post(&[
        ("context", "h5p".into()),
        ("action", "prepareResize".into()),
        ("scrollHeight", scroll.into()),
        ("clientHeight", client.into()),
    ]);
    post(&[
        ("context", "mie".into()),
        ("action", "resize".into()),
        ("height", scroll.into()),
    ]);
}

/// An incoming message we act on.
fn parse_message(event: &web_sys::MessageEvent) -> Option<(String, String)> {
    let from_parent = match (event.source(), parent()) {
        (Some(source), Some(parent)) => JsValue::from(source).eq(&JsValue::from(parent)),
        _ => false,
    };
    if !from_parent {
        return None;
    }
    let data = event.data();
    if !data.is_object() {
        return None;
    }
    let field = |key: &str| {
        Reflect::get(&data, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
    };
    let context = field("context")?;
    let action = field("action")?;
    let known = matches!(
        (context.as_str(), action.as_str()),
        ("h5p", "ready" | "hello" | "resizePrepared" | "resize") | ("mie", "ready")
    );
    known.then_some((context, action))
}

/// Starts reporting height to the parent; `None` when the page is not in a frame.
pub fn start() -> Option<Resizer> {
    let window = web_sys::window()?;
    parent()?;
    let message = EventListener::new(&window, "message", |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let Some((context, action)) = parse_message(event) else {
            return;
        };
        match (context.as_str(), action.as_str()) {
            // The H5P host greets frames it recognises; we answer with our own hello.
            ("h5p", "ready") => post(&[("context", "h5p".into()), ("action", "hello".into())]),
            ("h5p", "hello") | ("h5p", "resize") | ("mie", "ready") => send_heights(),
            ("h5p", "resizePrepared") => {
                let (scroll, _) = heights();
                post(&[
                    ("context", "h5p".into()),
                    ("action", "resize".into()),
                    ("scrollHeight", scroll.into()),
                ]);
            }
            _ => {}
        }
    });
    let callback = Closure::<dyn FnMut()>::new(send_heights);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    if let Some(body) = window.document().and_then(|d| d.body()) {
        observer.observe(&body);
    }
    post(&[("context", "h5p".into()), ("action", "hello".into())]);
    send_heights();
    Some(Resizer {
        _message: message,
        _observer: observer,
        _callback: callback,
    })
}
