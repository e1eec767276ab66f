//! `{lang}/`: the first screen (a hook in a follower's voice and two ways on, the findings
//! and the quiz, with their times) over the overview diagram, then the study in brief. A
//! node picked on the diagram is named in the address's fragment (`en/#bandwagon`), as its
//! own page holds another diagram.

use crate::domain::address::route::{Family, Route};
use crate::domain::content::content;
use crate::domain::diagram::id::BoxId;
use crate::domain::diagram::specs::Diagram;
use crate::domain::i18n::home as h;
use crate::domain::i18n::shell as s;
use crate::ui::components::page_intro::page_intro;
use crate::ui::components::page_link::PageLink;
use crate::ui::components::pager::pager;
use crate::ui::components::quote_block::quote_block;
use crate::ui::components::rich_text::Paragraphs;
use crate::ui::components::section_badge::section_badge;
use crate::ui::diagrams::diagram_view::DiagramView;
use crate::ui::state::{use_ctx, use_links, AppAction, Ctx};
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
    let links = use_links();
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
    let intro = page.map(page_intro);
    let findings = Route::Family {
        family: Family::Motivations,
        node: None,
    };
    html! {
        <>
            // The page's heading is the hook (the site's title is the header's); the two ways
            // on follow, and the diagram, the first thing to touch, starts on the first screen.
            <h1 class="hero">{h::HOOK.get(lang)}</h1>
            <p class="hero__dek">{h::DEK.get(lang)}</p>
            <p class="hero__ways" data-testid="hero-ways">
                <PageLink class="button button--accent" route={findings}>{h::EXPLORE.get(lang)}<small>{h::EXPLORE_TIME.get(lang)}</small></PageLink>
                <PageLink class="button" route={Route::Quiz}>{h::TAKE_QUIZ.get(lang)}<small>{h::QUIZ_TIME.get(lang)}</small></PageLink>
            </p>
            <DiagramView diagram={Diagram::Overview} selected={ctx.pick.map(BoxId::Finding)} {on_select} {on_close}
                label={s::OVERVIEW_DIAGRAM_LABEL.get(lang)} note={AttrValue::Static(s::THREE_PARTS.get(lang))} />
            // The study in brief, once the reader has seen what there is to explore.
            <h2>{h::INTRO_HEADING.get(lang)}</h2>
            if let Some(intro) = intro {
                {section_badge(intro.section, lang)}
                <Paragraphs texts={intro.paragraphs} />
                if let Some(quote) = intro.quote { {quote_block(quote.0, lang)} }
            }
            {pager(&links)}
        </>
    }
}
