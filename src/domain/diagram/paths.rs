//! SVG path data for the arrows between columns and the links between boxes.

use super::geometry::{unit, Orientation, Rect};

/// A straight arrow from column `a` to the next column `b`: rightwards on wide screens,
/// downwards on narrow ones, stopping short of both so the arrowhead shows.
pub fn column_arrow(a: &Rect, b: &Rect, orientation: Orientation) -> String {
    match orientation {
        Orientation::Wide => format!(
            "M{} {}H{}",
            unit(a.right() + 6.0),
            unit(a.cy()),
            unit(b.x - 8.0)
        ),
        Orientation::Narrow => format!(
            "M{} {}V{}",
            unit(a.cx()),
            unit(a.bottom() + 6.0),
            unit(b.y - 8.0)
        ),
    }
}

/// A horizontal S-curve from the right edge of `a` to the left edge of `b`.
pub fn box_link(a: &Rect, b: &Rect) -> String {
    let (x1, y1, x2, y2) = (a.right(), a.cy(), b.x, b.cy());
    let mid = (x1 + x2) / 2.0;
    format!(
        "M{} {}C{} {} {} {} {} {}",
        unit(x1),
        unit(y1),
        unit(mid),
        unit(y1),
        unit(mid),
        unit(y2),
        unit(x2 - 6.0),
        unit(y2)
    )
}

/// On narrow screens, where the columns stack: from the left edge of `a` out to the lane at
/// `lane_x` in the left margin, along it to the height of `b`, and into `b`'s left edge.
/// Every box linked to the same `b` shares the lane, so each target's links draw one branch.
pub fn lane_link(a: &Rect, b: &Rect, lane_x: f32) -> String {
    format!(
        "M{} {}H{}V{}H{}",
        unit(a.x),
        unit(a.cy()),
        unit(lane_x),
        unit(b.cy()),
        unit(b.x - 6.0)
    )
}
