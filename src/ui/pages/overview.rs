//! `{lang}/`: the study at a glance, with the overview diagram.

use crate::domain::content::content;
use crate::domain::diagram::id::BoxId;
use crate::domain::diagram::specs::Diagram;
use crate::domain::i18n::shell as s;
use crate::ui::components::finding_detail::FindingDetail;
use crate::ui::components::page_intro::{page_intro, Intro, PageIntro};
use crate::ui::components::pager::Pager;
use crate::ui::components::quote_block::QuoteBlock;
use crate::ui::diagrams::diagram_view::DiagramView;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// The overview page. Selecting a node opens its detail here.
#[function_component(OverviewPage)]
pub fn overview_page() -> Html {
    let lang = use_lang();
    let selected = use_state_eq(|| None::<&'static str>);
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |id: BoxId| {
            if let BoxId::Finding(slug) = id {
                selected.set(Some(slug));
            }
        })
    };
    let page = content().page("overview");
    // Announce the selection briefly; the whole panel would be too long to read out.
    let announce = selected
        .and_then(|slug| content().finding(slug))
        .map(|f| s::SELECTED.fill(lang, &[&f.heading(lang)]))
        .unwrap_or_default();
    // The overview's quotation closes the page, after the diagram.
    let quote = page.and_then(|p| page_intro(p).quote);
    html! {
        <>
            <PageIntro title={s::APP_TITLE.get(lang)} intro={page.map(|p| Intro { quote: None, ..page_intro(p) })} />
            <DiagramView diagram={Diagram::Overview} selected={selected.map(BoxId::Finding)} {on_select}
                label={s::OVERVIEW_DIAGRAM_LABEL.get(lang)} />
            <p class="sr-only" role="status" data-widget="">{announce}</p>
            <div class="detail-slot" data-widget="">
                if let Some(slug) = *selected {
                    <FindingDetail key={slug} slug={slug} from_overview=true />
                } else {
                    <p class="detail detail--empty" data-testid="detail-empty">{s::SELECT_PROMPT.get(lang)}</p>
                }
            </div>
            if let Some(quote) = quote { <QuoteBlock {quote} /> }
            <Pager />
        </>
    }
}
