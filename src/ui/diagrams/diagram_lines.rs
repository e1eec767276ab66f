//! The drawing behind a diagram's boxes: the frame, the bands and the brackets from a box to
//! what it includes (no arrowheads), lit where they touch the hovered node.

use crate::domain::diagram::geometry::unit;
use crate::domain::diagram::id::BoxId;
use crate::domain::diagram::layout::{Arrow, Layout};
use crate::ui::shared::Shared;
use yew::prelude::*;

/// Properties of [`DiagramLines`].
#[derive(Properties, PartialEq)]
pub struct DiagramLinesProps {
    /// The computed diagram.
    pub layout: Shared<Layout>,
    /// The wide arrangement (shown from 800 px) or the narrow one; the stylesheet shows one.
    pub wide: bool,
    /// The columns drawn on a band, beneath everything (`specs::banded`).
    #[prop_or_default]
    pub banded: &'static [usize],
    /// The hovered node and what it connects to.
    pub lit: Vec<BoxId>,
}

/// One arrangement's SVG layer of a diagram (hidden from assistive technology: the boxes carry the text).
#[function_component(DiagramLines)]
pub fn diagram_lines(props: &DiagramLinesProps) -> Html {
    let l = &props.layout;
    let class = if props.wide {
        "diagram__lines diagram__lines--wide"
    } else {
        "diagram__lines diagram__lines--narrow"
    };
    let frame = l.frame.map(|f| {
        html! { <rect class="diagram__frame" x={unit(f.x)} y={unit(f.y)} width={unit(f.w)} height={unit(f.h)} rx="14" /> }
    });
    let bracket = |a: &Arrow| {
        let on = props.lit.contains(&a.from) || props.lit.contains(&a.to);
        html! { <path class={classes!("diagram__bracket", on.then_some("is-lit"))} d={a.path.clone()} /> }
    };
    html! {
        <svg {class} viewBox={format!("0 0 {} {}", unit(l.width), unit(l.height))} aria-hidden="true" focusable="false">
            {for props.banded.iter().filter_map(|&i| l.band(i)).map(|b| html! { <rect class="diagram__band" x={unit(b.x)} y={unit(b.y)} width={unit(b.w)} height={unit(b.h)} rx="12" /> })}
            {frame}
            {for l.brackets.iter().map(bracket)}
        </svg>
    }
}
