//! Renders content text with its inline markup as safe elements (never raw HTML).
//!
//! A glossary term in running text opens its definition in place: a button with the
//! `popovertarget` of a `popover` holding the term, its definition and a link to its glossary
//! entry. The browser opens and closes it (a tap or Enter on the term; Escape, a tap outside or
//! the term again close it, and Escape gives focus back to the term), so it works on the
//! prerendered page before the app arrives and needs no code of ours.

use crate::domain::address::route::Route;
use crate::domain::content::content;
use crate::domain::content::model::Term;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::domain::term_note;
use crate::domain::text::{parse_inline, Bilingual, Inline};
use crate::ui::components::page_link::PageLink;
use crate::ui::shared::Static;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Inline nodes for `source` in `lang`: glossary terms open their definition in place,
/// citations link to the reference list, italics stay italic.
pub fn inline(source: &str, lang: Lang) -> Html {
    parts(source, Some(lang))
}

/// [`inline`] with each glossary term a plain link to its entry: in the glossary itself, and
/// in a definition opened in place (no definition opens inside another).
pub fn inline_linked(source: &str) -> Html {
    parts(source, None)
}

/// The parts of `source`; terms open in place when `in_place` gives the reading language.
fn parts(source: &str, in_place: Option<Lang>) -> Html {
    parse_inline(source)
        .into_iter()
        .map(|part| match part {
            Inline::Text(text) => html! { {text} },
            Inline::Italic(text) => html! { <i>{text}</i> },
            Inline::Term { slug, text } => match (in_place, content().term(slug)) {
                (Some(lang), Some(entry)) => {
                    // `slug` lies inside `source`: its offset tells this term from another.
                    let id =
                        term_note::id(source, slug.as_ptr() as usize - source.as_ptr() as usize);
                    term(entry, id.into(), text, lang)
                }
                _ => link(glossary(slug), "term", text),
            },
            // Citations lead to the reference list, where the full APA entry is.
            Inline::Cite { text, .. } => link(Route::References, "cite-ref", text),
        })
        .collect()
}

/// The glossary entry of the term `slug`.
fn glossary(slug: &str) -> Route {
    Route::Glossary(Some(slug.to_string()))
}

/// A link with `class` (none when empty) to `route`.
fn link(route: Route, class: &'static str, text: &str) -> Html {
    html! { <PageLink {class} {route}>{text}</PageLink> }
}

/// The words `text` of the glossary `entry` and the definition they open in place (`id`),
/// next to them in the reading order (a `<span>`, as it sits inside a paragraph; the
/// stylesheet sets it as a sheet, the name and the link on lines of their own).
fn term(entry: &Term, id: AttrValue, text: &str, lang: Lang) -> Html {
    html! {
        <>
            <button type="button" class="term" popovertarget={id.clone()}>{text}</button>
            <span class="term-pop" {id} popover="">
                <b>{entry.term.get(lang)}</b>
                {inline_linked(entry.definition.get(lang))}
                {link(glossary(&entry.slug), "", s::TERM_MORE.get(lang))}
            </span>
        </>
    }
}

/// Properties of [`Paragraphs`].
#[derive(Properties, PartialEq)]
pub struct ParagraphsProps {
    /// The paragraphs, in both languages; shown in the reading language.
    pub texts: Static<[Bilingual]>,
}

/// A run of paragraphs. Its props are a reference into the content, so it renders again
/// only when the language or the texts change, not when the page around it does.
#[function_component(Paragraphs)]
pub fn paragraphs(props: &ParagraphsProps) -> Html {
    let lang = use_lang();
    props
        .texts
        .iter()
        .map(|t| html! { <p>{inline(t.get(lang), lang)}</p> })
        .collect()
}
