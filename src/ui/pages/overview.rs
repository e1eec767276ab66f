//! `{lang}/`: the study at a glance, with the overview diagram. A node picked on it is named
//! in the address's fragment (`en/#bandwagon`), as its own page holds another diagram.

use crate::domain::address::route::Route;
use crate::domain::content::content;
use crate::domain::diagram::id::BoxId;
use crate::domain::diagram::specs::Diagram;
use crate::domain::i18n::shell as s;
use crate::ui::components::page_intro::{page_intro, Intro, PageIntro};
use crate::ui::components::pager::Pager;
use crate::ui::components::quote_block::QuoteBlock;
use crate::ui::diagrams::diagram_view::DiagramView;
use crate::ui::state::{use_ctx, AppAction, Ctx};
use yew::prelude::*;

/// Shows `slug` picked on the overview (or nothing) and records it in the address.
fn show(ctx: &Ctx, slug: Option<&'static str>) {
    crate::platform::location::push_picking(&Route::Overview, ctx.lang, slug);
    ctx.dispatch(AppAction::Show(Route::Overview, slug));
}

/// The overview page. Selecting a node answers beside the diagram or in a sheet, and the
/// address follows.
#[function_component(OverviewPage)]
pub fn overview_page() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let on_select = {
        let ctx = ctx.clone();
        Callback::from(move |id: BoxId| match id {
            BoxId::Finding(slug) if ctx.pick != Some(slug) => show(&ctx, Some(slug)),
            _ => {}
        })
    };
    let on_close = {
        let ctx = ctx.clone();
        Callback::from(move |()| show(&ctx, None))
    };
    let page = content().page("overview");
    // The overview's quotation closes the page, after the diagram.
    let quote = page.and_then(|p| page_intro(p).quote);
    html! {
        <>
            <PageIntro title={s::APP_TITLE.get(lang)} intro={page.map(|p| Intro { quote: None, ..page_intro(p) })} />
            <DiagramView diagram={Diagram::Overview} selected={ctx.pick.map(BoxId::Finding)} {on_select} {on_close}
                label={s::OVERVIEW_DIAGRAM_LABEL.get(lang)} note={AttrValue::Static(s::THREE_PARTS.get(lang))} />
            if let Some(quote) = quote { <QuoteBlock {quote} /> }
            <Pager />
        </>
    }
}
