//! Embed mode: tells the parent page our height, in the H5P resizer format (for hosts that
//! load `h5p-resizer.js`) and in our own format (for `embed.js`).
//!
//! Messages go only to `window.parent`, to the referrer's origin where known. Incoming
//! messages are used only when they come from the parent and have the expected shape; what
//! to answer is decided in `domain::embed_protocol`.

use crate::domain::embed_protocol::{self as protocol, Field, Incoming, Outgoing};
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

/// The parent's origin: `location.ancestorOrigins` where the browser has it, else
/// `document.referrer` unless that is our own page (an old link this frame was moved from, so
/// the parent is unknown); `*` when unknown, which is acceptable because a height is all we
/// ever send.
fn target_origin() -> String {
    let Some(window) = web_sys::window() else {
        return "*".to_string();
    };
    let own = window.location().origin().unwrap_or_default();
    let ancestor = Reflect::get(&window.location(), &JsValue::from_str("ancestorOrigins"))
        .ok()
        .filter(|list| !list.is_undefined())
        .and_then(|list| Reflect::get(&list, &JsValue::from_f64(0.0)).ok())
        .and_then(|origin| origin.as_string());
    let referrer = || {
        let referrer = window.document().map(|d| d.referrer()).unwrap_or_default();
        web_sys::Url::new(&referrer)
            .ok()
            .map(|u| u.origin())
            .filter(|o| o.starts_with("http") && *o != own)
    };
    ancestor
        .filter(|o| o.starts_with("http"))
        .or_else(referrer)
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

fn post(message: Outgoing) {
    let Some(parent) = parent() else { return };
    let object = Object::new();
    for (key, value) in message.fields() {
        let value = match value {
            Field::Text(text) => JsValue::from_str(text),
            Field::Number(number) => JsValue::from_f64(number),
        };
        let _ = Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    let _ = parent.post_message(&object, &target_origin());
}

fn send_heights() {
    let (scroll, client) = heights();
    protocol::heights(scroll, client).into_iter().for_each(post);
}

/// An incoming message we act on.
fn parse_message(event: &web_sys::MessageEvent) -> Option<Incoming> {
    let from_parent = match (event.source(), parent()) {
        (Some(source), Some(parent)) => JsValue::from(source).eq(&JsValue::from(parent)),
        _ => false,
    };
    let data = event.data();
    if !data.is_object() {
        return None;
    }
    let field = |key: &str| {
        Reflect::get(&data, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
    };
    Incoming::parse(from_parent, &field("context")?, &field("action")?)
}

/// Starts reporting height to the parent; `None` when the page is not in a frame.
pub fn start() -> Option<Resizer> {
    let window = web_sys::window()?;
    parent()?;
    let message = EventListener::new(&window, "message", |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if let Some(incoming) = parse_message(event) {
            let (scroll, client) = heights();
            protocol::answer(incoming, scroll, client)
                .into_iter()
                .for_each(post);
        }
    });
    let callback = Closure::<dyn FnMut()>::new(send_heights);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    if let Some(body) = window.document().and_then(|d| d.body()) {
        observer.observe(&body);
    }
    post(Outgoing::H5pHello);
    send_heights();
    Some(Resizer {
        _message: message,
        _observer: observer,
        _callback: callback,
    })
}
