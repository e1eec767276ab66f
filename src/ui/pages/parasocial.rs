//! `parasocial/`: the parasocial gap, with the post explorable the reader plays.

use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::ui::components::page_intro::{intro_view, page_intro};
use crate::ui::components::pager::pager;
use crate::ui::components::post_explorable::PostExplorable;
use crate::ui::components::theory_card::theory_card;
use crate::ui::state::use_links;
use yew::prelude::*;

/// The parasocial page.
#[function_component(ParasocialPage)]
pub fn parasocial_page() -> Html {
    let links = use_links();
    let lang = links.here.lang;
    let page = content().page("parasocial");
    html! {
        <>
            {intro_view(page.map_or(s::NAV_PARASOCIAL.get(lang), |p| p.title.get(lang)),
                page.map(page_intro), lang)}
            // The page's figure, alone in a widget embed; on the interactions page it is not.
            <div data-widget="">
                <PostExplorable />
            </div>
            {theory_card("parasocial-relationship", true, lang)}
            {pager(&links)}
        </>
    }
}
