//! Plain geometry of the diagrams: the two arrangements and rectangles in diagram units.

use crate::domain::number::decimal;

/// Which arrangement to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// Columns side by side (viewports from [`WIDE_FROM_PX`]).
    Wide,
    /// Columns stacked top to bottom (phones).
    Narrow,
}

/// Viewport width from which diagrams lay their columns side by side; the stylesheet's
/// media query uses the same number (see `arranged::wide_media_query`).
pub const WIDE_FROM_PX: f64 = 800.0;

/// A rectangle in diagram units: `x`, `y` its top-left corner, `w` × `h` its size.
#[derive(Clone, Copy, Debug, PartialEq)]
#[allow(missing_docs)] // x, y, w, h say it all
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    /// Horizontal centre.
    pub fn cx(&self) -> f32 {
        self.x + self.w / 2.0
    }
    /// Vertical centre.
    pub fn cy(&self) -> f32 {
        self.y + self.h / 2.0
    }
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// CSS that places `self` inside a `width` × `height` box, in percentages.
    pub fn css_position(&self, width: f32, height: f32) -> String {
        let [x, y, w, h] = self.percent_of(width, height);
        format!(
            "left:{}%;top:{}%;width:{}%;height:{}%",
            percent(x),
            percent(y),
            percent(w),
            percent(h)
        )
    }

    /// `self` as percentages of a `width` × `height` box, for CSS positioning.
    pub fn percent_of(&self, width: f32, height: f32) -> [f32; 4] {
        [
            self.x / width * 100.0,
            self.y / height * 100.0,
            self.w / width * 100.0,
            self.h / height * 100.0,
        ]
    }
}

/// A CSS percentage: three decimals keep boxes aligned to well under a pixel.
pub fn percent(value: f32) -> String {
    decimal(f64::from(value), 3, true)
}

/// A number in SVG path data or a viewBox: one decimal is finer than a screen pixel.
pub fn unit(value: f32) -> String {
    decimal(f64::from(value), 1, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_position_is_in_percent() {
        let r = Rect {
            x: 10.0,
            y: 20.0,
            w: 50.0,
            h: 40.0,
        };
        assert_eq!(
            r.css_position(200.0, 80.0),
            "left:5%;top:25%;width:25%;height:50%"
        );
    }
}
