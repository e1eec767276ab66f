//! A theory card: the theory in plain words, what Chapter V uses it for, and its sources.

use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::ui::components::rich_text::{inline, inline_linked};
use yew::prelude::*;

/// The card of the theory `slug` (nested: inside a detail panel, under an `h3`), or nothing
/// for an unknown slug (content validation rules that out). A view function rather than a
/// component: a component of its own costs the reader's first load more code.
pub fn theory_card(slug: &str, nested: bool, lang: Lang) -> Html {
    let Some(theory) = content().theory(slug) else {
        return html! {};
    };
    let name = theory.name.get(lang);
    let heading = if nested {
        html! { <h3>{s::THEORY_LABEL.get(lang)}{": "}{name}</h3> }
    } else {
        html! { <h2 id={format!("theory-{}", theory.slug)}>{name}</h2> }
    };
    let citations: Html = theory
        .citations
        .iter()
        .filter_map(|slug| content().reference(slug))
        .map(|r| html! { <li>{inline_linked(&r.apa)}</li> })
        .collect();
    html! {
        <section class="theory-card" aria-label={name.to_string()}>
            {heading}
            <p>{inline(theory.summary.get(lang), lang)}</p>
            <p><strong>{s::IN_THE_CHAPTER.get(lang)}{": "}</strong>{inline(theory.use_in_chapter.get(lang), lang)}</p>
            <ul class="citations">{citations}</ul>
        </section>
    }
}
