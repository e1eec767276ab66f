//! The LMS's SCORM 1.2 `API` object: the standard search and calls that report any failure
//! (an error answer, `"false"`, a throw or a missing function) as a value.

use crate::domain::scorm::value::{self, Returned};
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// How many parent frames are searched, as in ADL's sample code (LMS players nest a few).
const MAX_PARENTS: usize = 10;

/// The LMS did not accept a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApiFailed;

/// A found `API` object.
pub struct Api(JsValue);

/// `window.API` of `window`, if readable: reading a property of another origin's window
/// throws, which `Reflect::get` returns as an error.
fn api_of(window: &JsValue) -> Option<JsValue> {
    let api = Reflect::get(window, &JsValue::from_str("API")).ok()?;
    api.is_object().then_some(api)
}

/// A property of a window, read the way page scripts read it (through the window proxy), so
/// other origins' windows answer what they allow (`parent`) and throw for the rest.
fn property(window: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(window, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_null() && !v.is_undefined())
}

/// Looks in `window` and its parents, up to [`MAX_PARENTS`] levels.
fn search_up(mut window: JsValue) -> Option<JsValue> {
    for _ in 0..=MAX_PARENTS {
        if let Some(api) = api_of(&window) {
            return Some(api);
        }
        let parent = property(&window, "parent")?;
        // The top window is its own parent.
        if parent.eq(&window) {
            return None;
        }
        window = parent;
    }
    None
}

/// A returned JavaScript value by kind; anything but the plain kinds, numbers included, is
/// printed by JavaScript's own `String()` (exactly as JavaScript content reads a number, and
/// printing a double in Rust would bring float formatting into the quiz's binary).
fn kind_of(value: &JsValue) -> Returned {
    if let Some(text) = value.as_string() {
        Returned::Text(text)
    } else if let Some(b) = value.as_bool() {
        Returned::Bool(b)
    } else if value.is_null() {
        Returned::Null
    } else if value.is_undefined() {
        Returned::Undefined
    } else {
        Returned::Printed(printed(value))
    }
}

/// `String(value)`, by JavaScript itself (objects, symbols, big integers); empty when that
/// throws (an object whose `toString` does).
fn printed(value: &JsValue) -> String {
    Reflect::get(&js_sys::global(), &JsValue::from_str("String"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&JsValue::NULL, value).ok())
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

impl Api {
    /// The standard search: this window and its parents, then the opener and its parents.
    pub fn find() -> Option<Api> {
        let window = JsValue::from(web_sys::window()?);
        search_up(window.clone())
            .or_else(|| search_up(property(&window, "opener")?))
            .map(Api)
    }

    fn call(&self, name: &str, args: &[&str]) -> Result<JsValue, ApiFailed> {
        let function = Reflect::get(&self.0, &JsValue::from_str(name)).map_err(|_| ApiFailed)?;
        let function = function.dyn_into::<Function>().map_err(|_| ApiFailed)?;
        let args: Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        Reflect::apply(&function, &self.0, &args).map_err(|_| ApiFailed)
    }

    /// Calls a function that answers `"true"` on success.
    fn call_ok(&self, name: &str, args: &[&str]) -> Result<(), ApiFailed> {
        let answer = self.call(name, args)?;
        let ok = answer.as_string().is_some_and(|s| s.trim() == "true")
            || answer.as_bool() == Some(true);
        ok.then_some(()).ok_or(ApiFailed)
    }

    /// `LMSInitialize("")`.
    pub fn initialize(&self) -> Result<(), ApiFailed> {
        self.call_ok("LMSInitialize", &[""])
    }

    /// `LMSGetValue(element)`, read as JavaScript's `String()` reads it: numbers, booleans
    /// and empty values are values; only an error code from `LMSGetLastError` counts as a
    /// failure (`domain::scorm::value` decides).
    pub fn get(&self, element: &str) -> Result<String, ApiFailed> {
        let returned = kind_of(&self.call("LMSGetValue", &[element])?);
        let error = self.call("LMSGetLastError", &[]).ok().map(|e| kind_of(&e));
        value::read(&returned, error.as_ref()).map_err(|_| ApiFailed)
    }

    /// `LMSSetValue(element, value)`.
    pub fn set(&self, element: &str, value: &str) -> Result<(), ApiFailed> {
        self.call_ok("LMSSetValue", &[element, value])
    }

    /// `LMSCommit("")`.
    pub fn commit(&self) -> Result<(), ApiFailed> {
        self.call_ok("LMSCommit", &[""])
    }

    /// `LMSFinish("")`.
    pub fn finish(&self) -> Result<(), ApiFailed> {
        self.call_ok("LMSFinish", &[""])
    }
}
