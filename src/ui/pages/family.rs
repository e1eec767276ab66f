//! A family's page (`motivations/`, `interactions/`, `benefits/`): its diagram, and the
//! detail of the selected node, which the address names.

use crate::domain::address::route::{Family, Route};
use crate::domain::content::content;
use crate::domain::content::model::{Action, FamilyText};
use crate::domain::diagram::id::BoxId;
use crate::domain::diagram::labels::action_sentence;
use crate::domain::diagram::specs::Diagram;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::domain::titles::family_label;
use crate::ui::components::finding_detail::FindingDetail;
use crate::ui::components::page_intro::{Intro, PageIntro};
use crate::ui::components::pager::Pager;
use crate::ui::components::post_explorable::PostExplorable;
use crate::ui::components::rich_text::inline;
use crate::ui::diagrams::diagram_view::DiagramView;
use crate::ui::shared::Static;
use crate::ui::state::{use_ctx, use_lang, AppAction};
use yew::prelude::*;

/// Properties of [`FamilyPage`].
#[derive(Properties, PartialEq)]
pub struct FamilyPageProps {
    /// Which family.
    pub family: Family,
    /// The node the address selects.
    pub node: Option<&'static str>,
}

fn action(slug: &str) -> Option<&'static Action> {
    content().findings.actions.iter().find(|a| a.slug == slug)
}

fn family_intro(text: &'static FamilyText) -> Intro {
    Intro {
        section: &text.section,
        paragraphs: Static(&text.intro),
        quote: text.quote.as_ref().map(Static),
    }
}

/// What selecting a box does: a finding moves the address (and shows at once), the
/// finding already shown clears the picked action, an action is picked inside the page.
#[hook]
fn use_on_select(
    props: &FamilyPageProps,
    picked: &UseStateHandle<Option<&'static Action>>,
) -> Callback<BoxId> {
    let ctx = use_ctx();
    let (dispatch, lang) = (ctx.dispatcher(), ctx.lang);
    let (family, current, picked) = (props.family, props.node, picked.clone());
    Callback::from(move |id: BoxId| match id {
        BoxId::Finding(node) if current == Some(node) => picked.set(None),
        BoxId::Finding(node) if family.nodes().contains(&node) => {
            // Show the selection now; the address follows without a hashchange round trip.
            let route = Route::Family {
                family,
                node: Some(node),
            };
            crate::platform::location::push(&route, lang);
            dispatch.dispatch(AppAction::Navigate(route));
        }
        BoxId::Action(slug) => picked.set(action(slug)),
        _ => {}
    })
}

fn detail(picked: Option<&'static Action>, node: Option<&'static str>, lang: Lang) -> Html {
    match (picked, node) {
        (Some(act), _) => html! {
            <article key={act.slug.as_ref()} class="detail" data-testid="detail" data-action={AttrValue::Static(&act.slug)}>
                <h2>{act.label.get(lang)}</h2>
                <p class="detail__summary">{action_sentence(act, content(), lang)}</p>
                <p>{inline(act.why.get(lang))}</p>
                <FindingDetail slug={AttrValue::Static(&act.form)} />
            </article>
        },
        // Keyed by finding: moving to another one draws a new panel, so its entrance plays
        // again (see `.detail` in the stylesheet).
        (None, Some(node)) => html! { <FindingDetail key={node} slug={node} /> },
        (None, None) => {
            html! { <p class="detail detail--empty" data-testid="detail-empty">{s::SELECT_PROMPT.get(lang)}</p> }
        }
    }
}

/// A short announcement of what is selected; the whole panel would be too long to read out.
fn announcement(picked: Option<&'static Action>, node: Option<&'static str>, lang: Lang) -> String {
    picked
        .map(|a| a.label.get(lang).to_string())
        .or_else(|| {
            node.and_then(|n| content().finding(n))
                .map(|f| f.heading(lang))
        })
        .map(|title| s::SELECTED.fill(lang, &[&title]))
        .unwrap_or_default()
}

/// The family page.
#[function_component(FamilyPage)]
pub fn family_page(props: &FamilyPageProps) -> Html {
    let lang = use_lang();
    let family = props.family;
    // Actions (like, comment…) are picked inside the page; forms have addresses.
    let picked = use_state_eq(|| None::<&'static Action>);
    {
        let picked = picked.clone();
        use_effect_with(props.node, move |_| picked.set(None));
    }
    let on_select = use_on_select(props, &picked);
    let text = content().family(family.slug());
    let selected = picked
        .map(|a| BoxId::Action(&a.slug))
        .or(props.node.map(BoxId::Finding));
    let note = match family {
        Family::Interactions => html! { <p class="note">{s::DIRECTION_NOTE.get(lang)}</p> },
        Family::Benefits => html! { <p class="note">{s::BENEFITS_DIFFER.get(lang)}</p> },
        Family::Motivations => html! {},
    };
    html! {
        <>
            <PageIntro title={text.map_or(family_label(family).get(lang), |t| t.title.get(lang))} intro={text.map(family_intro)} />
            {note}
            <DiagramView diagram={Diagram::of_family(family)} {selected} {on_select}
                label={s::DIAGRAM_LABEL.fill(lang, &[family_label(family).get(lang)])} />
            <p class="sr-only" role="status" data-widget="">{announcement(*picked, props.node, lang)}</p>
            <div class="detail-slot" data-widget="">{detail(*picked, props.node, lang)}</div>
            // The interaction forms, used the way Instagram is used.
            if family == Family::Interactions { <PostExplorable /> }
            <Pager />
        </>
    }
}
