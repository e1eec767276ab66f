//! A family's page (`#/motivations`, `#/interactions`, `#/benefits`): its diagram, and the
//! detail of the selected node, which the address names.

use crate::domain::content::content;
use crate::domain::diagram::labels::action_sentence;
use crate::domain::diagram::specs::Diagram;
use crate::domain::i18n::shell as s;
use crate::domain::route::{Family, Route};
use crate::domain::titles::family_label;
use crate::ui::components::finding_detail::FindingDetail;
use crate::ui::components::pager::Pager;
use crate::ui::components::quote_block::QuoteBlock;
use crate::ui::components::rich_text::{inline, Paragraphs};
use crate::ui::components::section_badge::SectionBadge;
use crate::ui::diagrams::diagram_view::DiagramView;
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

/// The family page.
#[function_component(FamilyPage)]
pub fn family_page(props: &FamilyPageProps) -> Html {
    let lang = use_lang();
    let family = props.family;
    // Actions (like, comment…) are picked inside the page; forms have addresses.
    let action = use_state(|| None::<String>);
    {
        let action = action.clone();
        use_effect_with(props.node, move |_| action.set(None));
    }
    let dispatch = use_ctx().dispatcher();
    let current = props.node;
    let on_select = {
        let action = action.clone();
        Callback::from(
            move |id: String| match family.nodes().iter().find(|n| **n == id) {
                Some(node) if current == Some(*node) => action.set(None),
                Some(node) => {
                    // Show the selection now; the address follows without a hashchange round trip.
                    let route = Route::Family {
                        family,
                        node: Some(node),
                    };
                    crate::platform::location::push(&route);
                    dispatch.dispatch(AppAction::Navigate(route));
                }
                None => action.set(Some(id)),
            },
        )
    };
    let text = content().family(family.slug());
    let selected = action
        .as_ref()
        .map(|a| AttrValue::from(a.clone()))
        .or(props.node.map(AttrValue::Static));
    let detail = match (
        action
            .as_ref()
            .and_then(|a| content().findings.actions.iter().find(|x| &x.slug == a)),
        props.node,
    ) {
        (Some(act), _) => html! {
            <article class="detail" data-testid="detail" data-action={act.slug.clone()}>
                <h2>{act.label.get(lang)}</h2>
                <p class="detail__summary">{action_sentence(act, content(), lang)}</p>
                <p>{inline(act.why.get(lang))}</p>
                <FindingDetail slug={act.form.clone()} />
            </article>
        },
        (None, Some(node)) => html! { <FindingDetail slug={node} /> },
        (None, None) => {
            html! { <p class="detail detail--empty" data-testid="detail-empty">{s::SELECT_PROMPT.get(lang)}</p> }
        }
    };
    let announce = action
        .as_ref()
        .and_then(|a| {
            content()
                .findings
                .actions
                .iter()
                .find(|x| &x.slug == a)
                .map(|x| x.label.get(lang))
        })
        .or_else(|| {
            props
                .node
                .and_then(|n| content().finding(n))
                .map(|f| f.title.get(lang))
        })
        .map(|title| s::SELECTED.fill(lang, &[title]))
        .unwrap_or_default();
    let note = match family {
        Family::Interactions => html! { <p class="note">{s::DIRECTION_NOTE.get(lang)}</p> },
        Family::Benefits => html! { <p class="note">{s::BENEFITS_DIFFER.get(lang)}</p> },
        Family::Motivations => html! {},
    };
    html! {
        <>
            <h1>{text.map(|t| t.title.get(lang)).unwrap_or(family_label(family).get(lang))}</h1>
            if let Some(text) = text {
                <SectionBadge section={text.section.clone()} />
                <Paragraphs texts={text.intro.iter().map(|p| p.get(lang).to_string()).collect::<Vec<_>>()} />
                if let Some(quote) = &text.quote { <QuoteBlock quote={quote.clone()} /> }
            }
            {note}
            <DiagramView diagram={Diagram::of_family(family)} {selected} {on_select}
                label={s::DIAGRAM_LABEL.fill(lang, &[family_label(family).get(lang)])} />
            // Announce the selection briefly; the whole panel would be too long to read out.
            <p class="sr-only" role="status">{announce}</p>
            <div class="detail-slot">{detail}</div>
            <Pager />
        </>
    }
}
