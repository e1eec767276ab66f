//! A verbatim Indonesian quotation from Chapter V, marked as such with its section.

use crate::domain::content::model::Quote;
use crate::domain::i18n::shell as s;
use crate::ui::shared::Static;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Properties of [`QuoteBlock`].
#[derive(Properties, PartialEq)]
pub struct QuoteBlockProps {
    /// The quotation.
    pub quote: Static<Quote>,
}

/// The quotation in Indonesian (its language marked), with its source section.
#[function_component(QuoteBlock)]
pub fn quote_block(props: &QuoteBlockProps) -> Html {
    let lang = use_lang();
    html! {
        <figure class="quote">
            <blockquote lang="id"><p>{format!("“{}”", props.quote.text)}</p></blockquote>
            <figcaption>{s::QUOTE_LABEL.fill(lang, &[&props.quote.section])}</figcaption>
        </figure>
    }
}
