//! The drawing behind a diagram's boxes: the frame, the bands and the brackets from a box to
//! what it includes (no arrowheads), lit where they touch the hovered node.

use crate::domain::diagram::figure::{Bracket, Lines, SvgRect};
use crate::domain::diagram::id::BoxId;
use yew::prelude::*;

/// One arrangement's SVG layer (the wide one, shown from 800 px, or the narrow one; the
/// stylesheet shows one), with its bands beneath everything and the brackets that touch a box
/// in `lit` (the hovered node and what it connects to) lit. Hidden from assistive technology:
/// the boxes carry the text. A plain function: it draws again whenever the hover changes
/// anyway, so a component would only add code.
pub fn diagram_lines(l: &'static Lines, wide: bool, lit: &[BoxId]) -> Html {
    let class = if wide {
        "diagram__lines diagram__lines--wide"
    } else {
        "diagram__lines diagram__lines--narrow"
    };
    // The frame and the bands: rectangles with rounded corners, in the figure's numbers.
    let rect = |class: &'static str, r: &'static SvgRect, rx: &'static str| {
        html! { <rect {class} x={r[0]} y={r[1]} width={r[2]} height={r[3]} {rx} /> }
    };
    let frame = l.frame.as_ref().map(|f| rect("diagram__frame", f, "14"));
    let bracket = |a: &'static Bracket| {
        let on = lit.contains(&a.from) || lit.contains(&a.to);
        html! { <path class={classes!("diagram__bracket", on.then_some("is-lit"))} d={a.path} /> }
    };
    html! {
        <svg {class} viewBox={l.view_box} aria-hidden="true" focusable="false">
            {for l.bands.iter().map(|b| rect("diagram__band", b, "12"))}
            {frame}
            {for l.brackets.iter().map(bracket)}
        </svg>
    }
}
