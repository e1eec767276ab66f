//! `#/parasocial`: the parasocial gap, with the post explorable the reader plays.

use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::ui::components::pager::Pager;
use crate::ui::components::post_explorable::PostExplorable;
use crate::ui::components::quote_block::QuoteBlock;
use crate::ui::components::rich_text::Paragraphs;
use crate::ui::components::section_badge::SectionBadge;
use crate::ui::components::theory_card::TheoryCard;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// The parasocial page.
#[function_component(ParasocialPage)]
pub fn parasocial_page() -> Html {
    let lang = use_lang();
    let page = content().page("parasocial");
    html! {
        <>
            <h1>{page.map(|p| p.title.get(lang)).unwrap_or(s::NAV_PARASOCIAL.get(lang))}</h1>
            if let Some(page) = page {
                <SectionBadge section={page.section.clone()} />
                <Paragraphs texts={page.body.iter().map(|p| p.get(lang).to_string()).collect::<Vec<_>>()} />
                if let Some(quote) = &page.quote { <QuoteBlock quote={quote.clone()} /> }
            }
            <PostExplorable />
            <TheoryCard slug="parasocial-relationship" nested=true />
            <Pager />
        </>
    }
}
