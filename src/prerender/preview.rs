//! Each page's link preview ([`LinkPreview`]) as a standalone SVG file, drawn by the results
//! card's own SVG view of its operations ([`op_svg`]) and rendered with yew's server
//! renderer. `scripts/drawings.mjs` then makes it the PNG that the page's tags name, in
//! Debian's Chromium (link previews want PNG or JPEG, not SVG), drawing any line that comes
//! out wider than its `max_width` smaller, so it fits.

use crate::domain::address::PageAddress;
use crate::domain::card::{Op, FONT_FAMILY};
use crate::domain::content::content;
use crate::domain::link_preview::{image_path, LinkPreview, FORMAT};
use crate::ui::components::results_card::op_svg;
use yew::prelude::*;

/// Properties of [`Drawing`].
#[derive(Properties, PartialEq)]
struct DrawingProps {
    ops: Vec<Op>,
}

/// The operations as an SVG document of the preview's size.
#[function_component]
fn Drawing(props: &DrawingProps) -> Html {
    let (w, h) = FORMAT.size();
    html! {
        <svg xmlns="http://www.w3.org/2000/svg" width={w.to_string()} height={h.to_string()}
            viewBox={format!("0 0 {w} {h}")} font-family={FONT_FAMILY}>
            {for props.ops.iter().map(|op| match op {
                // The width a line may take, for scripts/drawings.mjs to measure it against.
                Op::Text { max_width, .. } => html! {
                    <g data-max-width={max_width.to_string()}>{op_svg(op)}</g>
                },
                _ => op_svg(op),
            })}
        </svg>
    }
}

/// Where `page`'s preview drawing goes (its PNG's path with `.svg`) and the drawing.
pub async fn drawing(page: &PageAddress) -> (String, String) {
    let ops = LinkPreview::of(page, content()).ops();
    let svg = yew::LocalServerRenderer::<Drawing>::with_props(DrawingProps { ops })
        .hydratable(false)
        .render()
        .await;
    let png = image_path(page);
    let path = format!("{}.svg", png.trim_end_matches(".png"));
    (path, svg)
}
