//! One box of a diagram. Its props are plain data, so when the hover or the selection
//! changes only the boxes whose state changed render again; the diagram handles events.

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
    /// A selectable node (a button) or a static facet.
    pub interactive: bool,
    /// Sits beneath another box.
    pub child: bool,
    /// Currently selected.
    pub selected: bool,
    /// Connected to the hovered or focused node.
    pub lit: bool,
    /// The one node reached with Tab (roving tabindex).
    pub tab_stop: bool,
}

/// A diagram box: a button for a node, a plain label for a facet.
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
    html! {
        <button type="button" id={format!("node-{}", props.dom_id)} class={classes} style={props.style.clone()}
            data-node={props.dom_id.clone()} data-selected={selected} aria-pressed={selected}
            tabindex={if props.tab_stop { "0" } else { "-1" }}>
            {props.label.clone()}
        </button>
    }
}
