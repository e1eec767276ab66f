//! SVG path data for the brackets from a box to what it includes. The diagrams draw no
//! arrows: Chapter V states no cause and effect between their boxes.

use super::geometry::{unit, Rect};

/// A bracket ("includes") from box `a` to the box `b` beneath it: down from `a`'s bottom
/// edge at `indent` from its left edge, then across into `b`'s left edge. The brackets of
/// all of `a`'s boxes share the vertical stroke. No arrowhead: it shows what `a` includes.
pub fn bracket(a: &Rect, b: &Rect, indent: f32) -> String {
    let x = a.x + indent;
    format!(
        "M{} {}V{}H{}",
        unit(x),
        unit(a.bottom()),
        unit(b.cy()),
        unit(b.x)
    )
}
