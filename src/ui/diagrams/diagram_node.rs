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
    /// A selectable node (a link or a button) or a static facet.
    pub interactive: bool,
    /// The node's own page, for a finding: the box is then a link, so the diagram works as
    /// navigation before (and without) the WebAssembly.
    #[prop_or_default]
    pub href: Option<AttrValue>,
    /// The finding's icon and its family (`motivations`, …), drawn before the words in the
    /// family's colour.
    #[prop_or_default]
    pub glyph: Option<(Glyph, &'static str)>,
    /// Sits beneath another box.
    pub child: bool,
    /// Currently selected.
    pub selected: bool,
    /// Connected to the hovered or focused node.
    pub lit: bool,
    /// The one node reached with Tab (roving tabindex).
    pub tab_stop: bool,
}

/// A diagram box: a link for a finding (its page), a button for an action picked inside
/// the page, a plain label for a facet.
#[function_component(DiagramNode)]
pub fn diagram_node(props: &DiagramNodeProps) -> Html {
    let classes = classes!(
        if props.interactive {
            "diagram__node"
        } else {
            "diagram__facet"
        },
        props.child.then_some("is-child"),
        props.selected.then_some("is-selected"),
        props.lit.then_some("is-lit"),
    );
    if !props.interactive {
        return html! { <span class={classes} style={props.style.clone()}>{props.label.clone()}</span> };
    }
    let selected = if props.selected { "true" } else { "false" };
    let id = format!("node-{}", props.dom_id);
    let tabindex = if props.tab_stop { "0" } else { "-1" };
    let icon = props.glyph.map(|(g, family)| glyph_icon(g, Some(family)));
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
