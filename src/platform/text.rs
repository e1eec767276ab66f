//! Fetches the groups of texts a page needs (`domain::content::missing`) from the files next
//! to the reader, and says when a group cannot be had: a failed request, a file that is not
//! the one this reader expects (truncated, stale, anything else), no network and no copy.
//! A page opened directly finds the groups it needs in its head (data blocks the
//! prerenderer writes) and reads them from there, requesting only a group whose copy is
//! missing or damaged.

use crate::domain::address::Route;
use crate::domain::content::{Expect, Group};
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The reader's folder as an absolute address, read once before the app moves the
    /// address (the loader names the reader relative to the page it was written for).
    static FOLDER: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Remembers where the reader's files are: the folder of the WebAssembly the page's loader
/// names (`data-wasm`), resolved against the page's address. Call before the first
/// `pushState`.
pub fn remember_folder() {
    let folder = (|| {
        let document = web_sys::window()?.document()?;
        let wasm = document
            .query_selector("script[data-wasm]")
            .ok()??
            .get_attribute("data-wasm")?;
        let wasm = web_sys::Url::new_with_base(&wasm, &document.url().ok()?).ok()?;
        // `./` from the WebAssembly's address is its folder.
        Some(web_sys::Url::new_with_base("./", &wasm.href()).ok()?.href())
    })();
    FOLDER.with(|f| *f.borrow_mut() = folder);
}

/// Loads `groups` in `lang` (all at once), then calls `done` with whether every one of them
/// loaded. Nothing is retried here: the caller offers the reader a retry.
fn load(groups: Vec<(Group, Expect)>, lang: Lang, done: Box<dyn FnOnce(bool)>) {
    let Some(folder) = FOLDER.with(|f| f.borrow().clone()) else {
        done(false);
        return;
    };
    let requests: Vec<_> = groups
        .into_iter()
        .map(|(group, expect)| {
            let url = folder.clone() + &expect.file_name(lang, group);
            (group, expect, fetch(&url))
        })
        .collect();
    wasm_bindgen_futures::spawn_local(async move {
        let mut all = true;
        for (group, expect, request) in requests {
            let text = match request {
                Some(request) => text_of(request).await,
                None => None,
            };
            all &= text
                .is_some_and(|text| explainer_content::stored::load(group, text, expect).is_ok());
        }
        done(all);
    });
}

/// Starts a request for `url`.
fn fetch(url: &str) -> Option<JsFuture> {
    Some(JsFuture::from(web_sys::window()?.fetch_with_str(url)))
}

/// The text of a successful response to `request`, if any.
async fn text_of(request: JsFuture) -> Option<String> {
    let response: web_sys::Response = request.await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Says at the top of the page, in `lang`, that part of it could not be loaded, with a
/// button that hides the message and calls `retry`. The page's HTML stays as it is, readable
/// and with working links; only what the app adds waits.
pub fn show_failure(lang: Lang, retry: Box<dyn FnOnce()>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let make = |tag: &str| document.create_element(tag).ok();
    let (Some(note), Some(words), Some(button), Some(body)) =
        (make("p"), make("span"), make("button"), document.body())
    else {
        return;
    };
    // Where the offline worker says a new version is ready: at the foot of the window.
    note.set_class_name("card update load-failed");
    let _ = note.set_attribute("role", "alert");
    words.set_text_content(Some(s::LOAD_FAILED.get(lang)));
    let _ = button.set_attribute("type", "button");
    button.set_class_name("button button--accent");
    button.set_text_content(Some(s::LOAD_RETRY.get(lang)));
    let _ = note.append_child(&words);
    let _ = note.append_child(&button);
    let _ = body.prepend_with_node_1(&note);
    let on_click = {
        let note = note.clone();
        gloo::events::EventListener::once(&button, "click", move |_| {
            note.remove();
            retry();
        })
    };
    // The listener lives as long as the button: it is removed with the note.
    on_click.forget();
}

/// Loads `group` from the copy of its file in the page's head (a data block whose `id` is
/// the file's name), if there is one and it is the file `expect` describes
/// (`explainer_content::stored::load` checks it); says whether it did.
fn from_page(group: Group, expect: Expect, lang: Lang) -> bool {
    let copy = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&expect.file_name(lang, group)))
        .and_then(|e| e.text_content());
    copy.is_some_and(|file| explainer_content::stored::load(group, file, expect).is_ok())
}

/// Calls `then` once the texts `route` needs are loaded (at once when they are): a page
/// opened directly reads its groups from its head, and waits for any it has to fetch (a
/// copy missing or damaged) before the app hydrates it. When they cannot be loaded, the page
/// says so and offers to try again.
pub fn when_loaded(route: Route, lang: Lang, then: Box<dyn FnOnce()>) {
    let missing = crate::domain::content::missing(&route);
    // After a copy that will not do, the rest are fetched with it (a page's copies are good
    // unless someone damaged the page).
    if missing
        .iter()
        .all(|&(group, expect)| from_page(group, expect, lang))
    {
        return then();
    }
    // Not those read from the page before the copy that would not do.
    let missing = crate::domain::content::missing(&route);
    let done = move |loaded: bool| match loaded {
        true => then(),
        false => show_failure(lang, Box::new(move || when_loaded(route, lang, then))),
    };
    load(missing, lang, Box::new(done));
}

/// Calls `show` once the texts `route` needs are loaded (at once when they are), for a move
/// within the app. When they cannot be loaded, the page at the address (which names `route`
/// already) is loaded anew: its HTML holds its text, and it says what is missing.
pub fn then_show(route: &Route, lang: Lang, show: Box<dyn FnOnce()>) {
    let missing = crate::domain::content::missing(route);
    if missing.is_empty() {
        return show();
    }
    let done = move |loaded: bool| match loaded {
        true => show(),
        false => {
            let _ = web_sys::window().map(|w| w.location().reload());
        }
    };
    load(missing, lang, Box::new(done));
}
