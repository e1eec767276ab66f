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
         <h1>{}</h1>\n{}\n{}\n{sections}<p><a class=\"button\" href=\"\" data-testid=\"offline-retry\"><span>{}</span></a></p>\n</main></div>",
        both(o::OFFLINE_TITLE, "span", " · "),
        both(o::OFFLINE_BODY, "p", ""),
        both(o::OFFLINE_AVAILABLE, "p", ""),
        both(o::OFFLINE_RETRY, "span", " · "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::offline::{
        KEEP_PREFIX, OFFLINE_PAGE, REGISTER_FILE, SKIP_WAITING, WORKER_FILE,
    };

    const WORKER_SOURCE: &str = include_str!("../platform/worker.js");
    const BOOT_SOURCE: &str = include_str!("../../assets/boot.js");

    #[test]
    fn the_offline_page_has_one_line_per_page_the_worker_may_hold() {
        let html = offline_main();
        for lang in Lang::ALL {
            for route in offered_routes() {
                let folder = PageAddress::new(lang, route).folder();
                let lines: Vec<&str> = html
                    .lines()
                    .filter(|l| l.contains(&format!("data-path=\"{folder}\"")))
                    .collect();
                assert_eq!(lines.len(), 1, "{folder}");
                assert!(lines[0].starts_with("<li ") && lines[0].ends_with("</li>"));
                assert!(lines[0].contains(&format!("data-rel=\"href\" href=\"/{folder}\"")));
            }
            let heading = format!("data-section=\"{}\"", lang.code());
            assert_eq!(html.lines().filter(|l| l.contains(&heading)).count(), 1);
        }
        for tr in [o::OFFLINE_TITLE, o::OFFLINE_BODY, o::OFFLINE_AVAILABLE] {
            assert!(html.contains(tr.id) && html.contains(tr.en));
        }
    }

    #[test]
    fn the_registration_has_its_words_in_both_languages_and_no_comments() {
        let js = register_js();
        assert!(!js.contains(STRINGS) && !js.lines().any(|l| l.starts_with("//")));
        for tr in [o::UPDATE_READY, o::UPDATE_NOW, o::UPDATE_LATER] {
            assert!(js.contains(&js_string(tr.id)) && js.contains(&js_string(tr.en)));
        }
        assert_eq!(js_string("a'b\\c</script>\n"), r"'a\'b\\c\x3c/script>\x0a'");
    }

    #[test]
    fn page_worker_and_boot_script_use_the_same_files_and_messages() {
        let page = REGISTER_SOURCE;
        assert!(page.contains(&format!("'{WORKER_FILE}'")));
        assert!(page.contains(&format!("postMessage('{SKIP_WAITING}')")));
        assert!(page.contains(&format!("postMessage('{KEEP_PREFIX}'")));
        assert!(WORKER_SOURCE.contains(&format!("data === '{SKIP_WAITING}'")));
        assert!(WORKER_SOURCE.contains(&format!("startsWith('{KEEP_PREFIX}')")));
        assert!(WORKER_SOURCE.contains(&format!("const OFFLINE = '{OFFLINE_PAGE}'")));
        assert!(BOOT_SOURCE.contains(&format!("'{REGISTER_FILE}'")));
    }
}
