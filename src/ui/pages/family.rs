//! A family's page (`motivations/`, `interactions/`, `benefits/`): its diagram, and the
//! detail of the selected node, which the address names.

use crate::domain::address::route::{Family, Route};
use crate::domain::content::content;
use crate::domain::content::model::FamilyText;
use crate::domain::diagram::id::BoxId;
use crate::domain::diagram::specs::Diagram;
use crate::domain::i18n::shell as s;
use crate::domain::titles::family_label;
use crate::ui::components::finding_detail::FindingDetail;
use crate::ui::components::page_intro::{intro_view, Intro};
use crate::ui::components::pager::pager;
use crate::ui::components::post_explorable::PostExplorable;
use crate::ui::diagrams::diagram_view::DiagramView;
use crate::ui::shared::Static;
use crate::ui::state::{use_ctx, use_links, AppAction, Ctx};
use yew::prelude::*;

/// Properties of [`FamilyPage`].
#[derive(Properties, PartialEq)]
pub struct FamilyPageProps {
    /// Which family.
    pub family: Family,
    /// The node the address selects.
    pub node: Option<&'static str>,
}

fn family_intro(text: &'static FamilyText) -> Intro {
    Intro {
        section: &text.section,
        paragraphs: Static(&text.intro),
        quote: text.quote.as_ref().map(Static),
    }
}

/// Shows `route` with `pick` and records both in the address.
fn go(ctx: &Ctx, route: Route, pick: Option<&'static str>) {
    crate::platform::location::push_picking(&route, ctx.lang, pick);
    ctx.dispatch(AppAction::Show(route, pick));
}

/// What selecting a box does: a finding moves the address (and shows at once), the finding
/// already shown clears the picked action, an action is picked in the address's fragment.
fn on_select(ctx: &Ctx, family: Family, current: Option<&'static str>) -> Callback<BoxId> {
    let ctx = ctx.clone();
    let here = move |node| Route::Family { family, node };
    Callback::from(move |id: BoxId| match id {
        // The finding shown again: only a picked action goes.
        BoxId::Finding(node) if current == Some(node) && ctx.pick.is_some() => {
            go(&ctx, here(current), None)
        }
        BoxId::Finding(node) if current != Some(node) && family.nodes().contains(&node) => {
            go(&ctx, here(Some(node)), None)
        }
        BoxId::Action(slug) if ctx.pick != Some(slug) => go(&ctx, here(current), Some(slug)),
        _ => {}
    })
}

/// The full text of the finding the address names, below the diagram (an action picked on
/// it answers in the panel alone).
fn detail(node: Option<&'static str>) -> Html {
    match node {
        // Keyed by finding: moving to another one draws a new panel, so its entrance plays
        // again (see `.detail` in the stylesheet).
        Some(node) => html! { <FindingDetail key={node} slug={node} /> },
        None => html! {},
    }
}

/// The family page.
#[function_component(FamilyPage)]
pub fn family_page(props: &FamilyPageProps) -> Html {
    let ctx = use_ctx();
    let links = use_links();
    let lang = ctx.lang;
    let family = props.family;
    let text = content().family(family.slug());
    // Actions (like, comment…) are picked in the address's fragment
    // (`domain::address::pick`, which names only this page's actions); forms have folders.
    let selected = (ctx.pick.map(BoxId::Action)).or(props.node.map(BoxId::Finding));
    let on_close = {
        let ctx = ctx.clone();
        Callback::from(move |()| go(&ctx, Route::Family { family, node: None }, None))
    };
    let note = match family {
        Family::Interactions => html! { <p class="note">{s::DIRECTION_NOTE.get(lang)}</p> },
        Family::Benefits => html! { <p class="note">{s::BENEFITS_DIFFER.get(lang)}</p> },
        Family::Motivations => html! {},
    };
    html! {
        <>
            {intro_view(text.map_or(family_label(family).get(lang), |t| t.title.get(lang)), text.map(family_intro), lang)}
            {note}
            <DiagramView diagram={Diagram::of_family(family)} {selected} on_select={on_select(&ctx, family, props.node)} {on_close}
                label={s::DIAGRAM_LABEL.fill(lang, &[family_label(family).get(lang)])} />
            <div class="detail-slot" data-widget="">{detail(props.node)}</div>
            // The interaction forms, used the way Instagram is used.
            if family == Family::Interactions { <PostExplorable /> }
            {pager(&links)}
        </>
    }
}
