//! One box of a diagram. Its props are plain data, so when the hover or the selection
//! changes only the boxes whose state changed render again; the diagram handles events.

use crate::domain::glyph::Glyph;
use crate::ui::components::glyph_icon::glyph_icon;
use yew::prelude::*;

/// Properties of [`DiagramNode`].
#[derive(Properties, PartialEq)]
pub struct DiagramNodeProps {
    /// The box's id in markup (`data-node`).
    pub dom_id: AttrValue,
    /// The words shown.
    pub label: AttrValue,
    /// CSS placing the box inside the diagram.
    pub style: AttrValue,
    /// The page of the finding the box is or belongs to: the box is then a link, so the
    /// diagram works as navigation before (and without) the WebAssembly.
    #[prop_or_default]
    pub href: Option<AttrValue>,
    /// The box's family (`motivations`, …): its border and fill take the family's tint.
    #[prop_or_default]
    pub family: Option<&'static str>,
    /// The finding's icon, drawn before the words in the family's colour.
    #[prop_or_default]
    pub glyph: Option<Glyph>,
    /// Sits beneath another box (a facet or an action): drawn smaller, as a pill.
    pub child: bool,
    /// Currently selected.
    pub selected: bool,
    /// Connected to the hovered or focused node.
    pub lit: bool,
    /// The one node reached with Tab (roving tabindex).
    pub tab_stop: bool,
}

/// A diagram box: a link for a finding or a facet (the finding's page), a button for an
/// action picked inside the page. Every box is tappable and looks it, tinted by family.
#[function_component(DiagramNode)]
pub fn diagram_node(props: &DiagramNodeProps) -> Html {
    let classes = classes!(
        "diagram__node",
        props.family.map(|f| format!("fam-{f}")),
        props.child.then_some("is-child"),
        props.selected.then_some("is-selected"),
        props.lit.then_some("is-lit"),
    );
    let selected = if props.selected { "true" } else { "false" };
    let id = format!("node-{}", props.dom_id);
    let tabindex = if props.tab_stop { "0" } else { "-1" };
    let icon = props
        .glyph
        .zip(props.family)
        .map(|(g, family)| glyph_icon(g, Some(family)));
    match &props.href {
        // A link says it is the one shown with aria-current (aria-pressed is for buttons).
        Some(href) => html! {
            <a {id} class={classes} style={props.style.clone()} href={href.clone()}
                data-node={props.dom_id.clone()} data-selected={selected}
                aria-current={props.selected.then_some("true")} {tabindex}>
                {icon}{props.label.clone()}
            </a>
        },
        None => html! {
            <button type="button" {id} class={classes} style={props.style.clone()}
                data-node={props.dom_id.clone()} data-selected={selected} aria-pressed={selected}
                {tabindex}>
                {icon}{props.label.clone()}
            </button>
        },
    }
}
