//! Glossary terms open their definition in place, rendered on the host: on every page each
//! term is a button naming the `popover` beside it, ids are unique on the page, and the
//! definition is the glossary's, in the page's language, with a link to the term's entry.
#![cfg(not(target_arch = "wasm32"))]

mod render;
use render::*;

use explainer::domain::address::{Family, Route};
use explainer::domain::content::content;
use explainer::domain::i18n::shell as s;
use explainer::domain::lang::Lang;
use explainer::domain::text::plain_text;
use explainer::prerender::{prerendered_pages, term_slugs};

/// Every value of `attribute` (`id="…"`) in `html`, in order.
fn values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let open = format!(" {attribute}=\"");
    html.split(open.as_str())
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect()
}

/// The popover with `id`: its markup up to its closing `</span>`.
fn popover<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!(r#"id="{id}" popover"#)).unwrap();
    let end = start + html[start..].find("</span>").unwrap();
    &html[start..end]
}

#[tokio::test]
async fn every_term_names_one_popover_and_ids_are_unique_on_every_page() {
    let mut terms = 0;
    for page in prerendered_pages(&term_slugs()) {
        let html = render(page.route.clone(), page.lang, false).await;
        let ids = values(&html, "id");
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "an id twice on {page:?}: {ids:?}");
        for target in values(&html, "popovertarget") {
            assert!(ids.contains(&target), "{target} names nothing on {page:?}");
            popover(&html, target);
            terms += 1;
        }
    }
    // Terms are in the overview, the families, the findings, the parasocial page and About.
    assert!(terms > 40, "{terms}");
}

#[tokio::test]
async fn a_term_opens_its_glossary_definition_and_links_to_its_entry() {
    let route = Route::Family {
        family: Family::Motivations,
        node: Some("role-model"),
    };
    for lang in Lang::ALL {
        let html = render(route.clone(), lang, false).await;
        let code = lang.code();
        let link = format!(
            r#"<a href="../../../{code}/glossary/role-model/">{}</a>"#,
            s::TERM_MORE.get(lang)
        );
        let (id, pop) = values(&html, "popovertarget")
            .into_iter()
            .map(|id| (id, popover(&html, id)))
            .find(|(_, pop)| pop.contains(&link))
            .expect("role model opens in place");
        let button = html.find(&format!(r#"popovertarget="{id}""#)).unwrap();
        let term = content().term("role-model").unwrap();
        assert!(
            pop.contains(&format!("<b>{}</b>", term.term.get(lang))),
            "{pop}"
        );
        assert!(
            pop.contains(&plain_text(term.definition.get(lang))),
            "{pop}"
        );
        // The definition follows the term in the reading order.
        assert!(html[button..].find(pop).is_some());
    }
}

#[tokio::test]
async fn the_glossary_opens_nothing_in_place() {
    // Its entries are the definitions; a term in one would link to its entry.
    for lang in Lang::ALL {
        let html = render(Route::Glossary(None), lang, false).await;
        assert!(!html.contains("popover"));
        assert!(html.contains(&plain_text(
            content().term("ipa").unwrap().definition.get(lang)
        )));
    }
}
