//! `#/`: the study at a glance, with the overview diagram.

use crate::domain::content::content;
use crate::domain::diagram::specs::Diagram;
use crate::domain::i18n::shell as s;
use crate::ui::components::finding_detail::FindingDetail;
use crate::ui::components::pager::Pager;
use crate::ui::components::quote_block::QuoteBlock;
use crate::ui::components::rich_text::Paragraphs;
use crate::ui::components::section_badge::SectionBadge;
use crate::ui::diagrams::diagram_view::DiagramView;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// The overview page. Selecting a node opens its detail here.
#[function_component(OverviewPage)]
pub fn overview_page() -> Html {
    let lang = use_lang();
    let selected = use_state(|| None::<String>);
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |id: String| selected.set(Some(id)))
    };
    let page = content().page("overview");
    // Announce the selection briefly; the whole panel would be too long to read out.
    let announce = selected
        .as_ref()
        .and_then(|slug| content().finding(slug))
        .map(|f| s::SELECTED.fill(lang, &[f.title.get(lang)]))
        .unwrap_or_default();
    html! {
        <>
            <h1>{s::APP_TITLE.get(lang)}</h1>
            if let Some(page) = page {
                <SectionBadge section={page.section.clone()} />
                <Paragraphs texts={page.body.iter().map(|p| p.get(lang).to_string()).collect::<Vec<_>>()} />
            }
            <DiagramView diagram={Diagram::Overview} selected={(*selected).clone().map(AttrValue::from)} {on_select}
                label={s::OVERVIEW_DIAGRAM_LABEL.get(lang)} />
            <p class="sr-only" role="status">{announce}</p>
            <div class="detail-slot">
                if let Some(slug) = (*selected).clone() {
                    <FindingDetail slug={slug} from_overview=true />
                } else {
                    <p class="detail detail--empty" data-testid="detail-empty">{s::SELECT_PROMPT.get(lang)}</p>
                }
            </div>
            if let Some(quote) = page.and_then(|p| p.quote.clone()) { <QuoteBlock {quote} /> }
            <Pager />
        </>
    }
}
