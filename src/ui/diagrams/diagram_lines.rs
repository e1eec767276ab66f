//! The drawing behind a diagram's boxes: the frame, the bands and the brackets from a box to
//! what it includes (no arrowheads), lit where they touch the hovered node.

use crate::domain::diagram::geometry::unit;
use crate::domain::diagram::id::BoxId;
use crate::domain::diagram::layout::{Arrow, Layout};
use yew::prelude::*;

/// One arrangement's SVG layer of `l` (the wide one, shown from 800 px, or the narrow one;
/// the stylesheet shows one), with the bands of the `banded` columns beneath everything and
/// the lines that touch a box in `lit` (the hovered node and what it connects to) lit. Hidden
/// from assistive technology: the boxes carry the text. A plain function: it draws again
/// whenever the hover changes anyway, so a component would only add code.
pub fn diagram_lines(l: &Layout, wide: bool, banded: &[usize], lit: &[BoxId]) -> Html {
    let class = if wide {
        "diagram__lines diagram__lines--wide"
    } else {
        "diagram__lines diagram__lines--narrow"
    };
    let frame = l.frame.map(|f| {
        html! { <rect class="diagram__frame" x={unit(f.x)} y={unit(f.y)} width={unit(f.w)} height={unit(f.h)} rx="14" /> }
    });
    let bracket = |a: &Arrow| {
        let on = lit.contains(&a.from) || lit.contains(&a.to);
        html! { <path class={classes!("diagram__bracket", on.then_some("is-lit"))} d={a.path.clone()} /> }
    };
    html! {
        <svg {class} viewBox={format!("0 0 {} {}", unit(l.width), unit(l.height))} aria-hidden="true" focusable="false">
            {for banded.iter().filter_map(|&i| l.band(i)).map(|b| html! { <rect class="diagram__band" x={unit(b.x)} y={unit(b.y)} width={unit(b.w)} height={unit(b.h)} rx="12" /> })}
            {frame}
            {for l.brackets.iter().map(bracket)}
        </svg>
    }
}
