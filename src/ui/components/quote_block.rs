//! A verbatim Indonesian quotation from Chapter V, marked as such with its section; English
//! readers also get our translation, labelled as ours.

use crate::domain::content::model::Quote;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use yew::prelude::*;

/// The quotation in Indonesian (its language marked), with its source section, and in
/// English our gloss of it. A view function rather than a component: a component of its own
/// costs the reader's first load more code than it saves in rendering.
pub fn quote_block(quote: &Quote, lang: Lang) -> Html {
    html! {
        <figure class="quote">
            <blockquote lang="id"><p>{format!("“{}”", quote.text)}</p></blockquote>
            if lang == Lang::En {
                <p class="quote__gloss"><span class="quote__gloss-label">{s::QUOTE_GLOSS.get(lang)}{": "}</span>{format!("“{}”", quote.gloss)}</p>
            }
            <figcaption>{s::QUOTE_LABEL.fill(lang, &[&quote.section])}</figcaption>
        </figure>
    }
}
