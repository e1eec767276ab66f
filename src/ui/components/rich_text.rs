//! Renders content text with its inline markup as safe elements (never raw HTML).

use crate::domain::route::Route;
use crate::domain::text::{parse_inline, Inline};
use yew::prelude::*;

/// Inline nodes for `source`: glossary links, citations and italics become elements.
pub fn inline(source: &str) -> Html {
    parse_inline(source)
        .into_iter()
        .map(|part| match part {
            Inline::Text(text) => html! { {text} },
            Inline::Italic(text) => html! { <i>{text}</i> },
            Inline::Term { slug, text } => {
                let href = Route::Glossary(Some(slug.to_string())).to_hash();
                html! { <a class="term" href={href}>{text}</a> }
            }
            // Citations lead to the reference list, where the full APA entry is.
            Inline::Cite { text, .. } => {
                html! { <a class="cite-ref" href={Route::References.to_hash()}>{text}</a> }
            }
        })
        .collect()
}

/// Properties of [`Paragraphs`].
#[derive(Properties, PartialEq)]
pub struct ParagraphsProps {
    /// Texts in the reading language.
    pub texts: Vec<String>,
}

/// A run of paragraphs.
#[function_component(Paragraphs)]
pub fn paragraphs(props: &ParagraphsProps) -> Html {
    props
        .texts
        .iter()
        .map(|t| html! { <p>{inline(t)}</p> })
        .collect()
}
