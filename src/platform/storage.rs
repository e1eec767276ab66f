//! `localStorage`, which may be missing, blocked (private mode, sandboxed frames) or full.

/// Storage could not be used; the app keeps working in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageUnavailable;

fn storage() -> Result<web_sys::Storage, StorageUnavailable> {
    // `window.localStorage` itself throws a SecurityError where storage is blocked.
    web_sys::window()
        .ok_or(StorageUnavailable)?
        .local_storage()
        .map_err(|_| StorageUnavailable)?
        .ok_or(StorageUnavailable)
}

/// Reads a key; `Ok(None)` when it is not set.
pub fn get(key: &str) -> Result<Option<String>, StorageUnavailable> {
    storage()?.get_item(key).map_err(|_| StorageUnavailable)
}

/// Writes a key; fails when storage is blocked or full.
pub fn set(key: &str, value: &str) -> Result<(), StorageUnavailable> {
    storage()?
        .set_item(key, value)
        .map_err(|_| StorageUnavailable)
}

/// Removes a key.
pub fn remove(key: &str) -> Result<(), StorageUnavailable> {
    storage()?.remove_item(key).map_err(|_| StorageUnavailable)
}

/// Whether storage accepts a write right now (blocked or full storage does not).
pub fn is_available() -> bool {
    const PROBE: &str = "mie.probe";
    set(PROBE, "1").and_then(|_| remove(PROBE)).is_ok()
}

/// Storage key of the reading language (the boot script reads it too).
pub use crate::domain::address::html::LANG_KEY;
/// Storage key of quiz progress.
pub const QUIZ_KEY: &str = "mie.quiz";

thread_local! {
    /// The code the reader finished the quiz with, for the life of this page.
    static FINISHED: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the code the reader just finished with while the page lives, so the results it opens
/// are known as the reader's own even where storage is blocked.
pub fn remember_finished(code: &str) {
    FINISHED.with(|f| *f.borrow_mut() = Some(code.to_string()));
}

/// The code the reader finished with on this page, if any.
pub fn finished() -> Option<String> {
    FINISHED.with(|f| f.borrow().clone())
}
