//! Renders content text with its inline markup as safe elements (never raw HTML).

use crate::domain::address::route::Route;
use crate::domain::text::{parse_inline, Bilingual, Inline};
use crate::ui::components::page_link::PageLink;
use crate::ui::shared::Static;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Inline nodes for `source`: glossary links, citations and italics become elements.
pub fn inline(source: &str) -> Html {
    parse_inline(source)
        .into_iter()
        .map(|part| match part {
            Inline::Text(text) => html! { {text} },
            Inline::Italic(text) => html! { <i>{text}</i> },
            Inline::Term { slug, text } => {
                let route = Route::Glossary(Some(slug.to_string()));
                html! { <PageLink class="term" {route}>{text}</PageLink> }
            }
            // Citations lead to the reference list, where the full APA entry is.
            Inline::Cite { text, .. } => {
                html! { <PageLink class="cite-ref" route={Route::References}>{text}</PageLink> }
            }
        })
        .collect()
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
        .map(|t| html! { <p>{inline(t.get(lang))}</p> })
        .collect()
}
