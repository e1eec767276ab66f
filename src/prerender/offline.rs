//! What the build writes for offline reading (host only): the registration script with its
//! words in both languages (`offline.js`, from `src/platform/offline.js`) and the offline page
//! (`offline.html`), which the service worker shows for a page it does not hold, listing the
//! pages it does. `scripts/offline.mjs` then writes the worker itself.

use crate::domain::address::html;
use crate::domain::address::PageAddress;
use crate::domain::content::content;
use crate::domain::i18n::{offline as o, Tr};
use crate::domain::lang::Lang;
use crate::domain::offline::offered_routes;
use crate::domain::page_head::escape_html;
use crate::domain::titles::route_label;

/// `src/platform/offline.js`, the page's side of offline reading.
const REGISTER_SOURCE: &str = include_str!("../platform/offline.js");

/// Where the registration script takes its words.
const STRINGS: &str = "{/* strings */}";

/// `text` as a JavaScript string literal in single quotes.
fn js_string(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\'' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("\\x3c"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The registration script as written to `dist/offline.js`: the notice's words in both
/// languages filled in, without comments.
pub fn register_js() -> String {
    let words: Vec<String> = Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "{}: {{ ready: {}, now: {}, later: {} }}",
                lang.code(),
                js_string(o::UPDATE_READY.get(lang)),
                js_string(o::UPDATE_NOW.get(lang)),
                js_string(o::UPDATE_LATER.get(lang))
            )
        })
        .collect();
    super::compact_js(&REGISTER_SOURCE.replace(STRINGS, &format!("{{ {} }}", words.join(", "))))
}

/// `tr` in both languages, each in a `tag` marked with its language.
fn both(tr: Tr, tag: &str, between: &str) -> String {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "<{tag} lang=\"{}\">{}</{tag}>",
                lang.code(),
                escape_html(tr.get(lang))
            )
        })
        .collect::<Vec<_>>()
        .join(between)
}

/// One language's part of the offline page: its heading and a link per page, one per line.
fn section(lang: Lang) -> String {
    let code = lang.code();
    let items: String = offered_routes()
        .into_iter()
        .map(|route| {
            let folder = PageAddress::new(lang, route.clone()).folder();
            format!(
                "<li data-path=\"{folder}\"><a {}=\"href\" href=\"/{folder}\">{}</a></li>\n",
                html::REL,
                escape_html(&route_label(&route, content(), lang))
            )
        })
        .collect();
    format!(
        "<section lang=\"{code}\" aria-labelledby=\"offline-{code}\">\n\
         <h2 id=\"offline-{code}\" data-section=\"{code}\">{}</h2>\n\
         <ul data-testid=\"offline-{code}\">\n{items}</ul>\n</section>\n",
        lang.native_name()
    )
}

/// The `<main>` of the offline page: what happened in both languages, then per language the
/// pages the worker may hold, one link per line (`data-path`). The worker keeps the lines of
/// the pages it holds and drops a language's heading (`data-section`) when it holds none.
/// Links start at the site root, which the boot script finds (`data-rel`), as on 404.html.
pub fn offline_main() -> String {
    let sections: String = Lang::ALL.into_iter().map(section).collect();
    format!(
        "<div class=\"app\"><main id=\"main\" class=\"chooser offline\" data-testid=\"offline-page\">\n\
         <h1>{}</h1>\n{}\n{}\n{sections}<p><a class=\"button\" href=\"\" data-testid=\"offline-retry\">{}</a></p>\n</main></div>",
        both(o::OFFLINE_TITLE, "span", " · "),
        both(o::OFFLINE_BODY, "p", ""),
        both(o::OFFLINE_AVAILABLE, "p", ""),
        both(o::OFFLINE_RETRY, "span", " · "),
    )
}
