//! A verbatim Indonesian quotation from Chapter V, marked as such with its section; English
//! readers also get our translation, labelled as ours.

use crate::domain::content::model::Quote;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::ui::shared::Static;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Properties of [`QuoteBlock`].
#[derive(Properties, PartialEq)]
pub struct QuoteBlockProps {
    /// The quotation.
    pub quote: Static<Quote>,
}

/// The quotation in Indonesian (its language marked), with its source section, and in
/// English our gloss of it.
#[function_component(QuoteBlock)]
pub fn quote_block(props: &QuoteBlockProps) -> Html {
    let lang = use_lang();
    html! {
        <figure class="quote">
            <blockquote lang="id"><p>{format!("“{}”", props.quote.text)}</p></blockquote>
            if lang == Lang::En {
                <p class="quote__gloss"><span class="quote__gloss-label">{s::QUOTE_GLOSS.get(lang)}{": "}</span>{format!("“{}”", props.quote.gloss)}</p>
            }
            <figcaption>{s::QUOTE_LABEL.fill(lang, &[&props.quote.section])}</figcaption>
        </figure>
    }
}
