//! A diagram in both arrangements at once. The markup carries both sets of positions as
//! CSS custom properties and the stylesheet picks one with a media query at
//! [`WIDE_FROM_PX`], so the same HTML serves every viewport width: it can be rendered
//! before the browser knows the window (prerendering), and a resize never re-renders.

use super::geometry::{percent, unit, Orientation, Rect, WIDE_FROM_PX};
use super::layout::{layout, Layout, Spec};

/// The wide and the narrow layout of one spec. Both place the same boxes and headings in
/// the same order (one spec), so index `i` is the same box in each.
#[derive(Clone, Debug, PartialEq)]
pub struct Arranged {
    /// Columns side by side (viewports from [`WIDE_FROM_PX`]).
    pub wide: Layout,
    /// Columns stacked (narrower viewports).
    pub narrow: Layout,
}

/// `--{p}l`, `--{p}t`, `--{p}w`, `--{p}h`: `rect` in percent of a `width` × `height` box.
fn vars(p: char, rect: &Rect, width: f32, height: f32) -> String {
    let [x, y, w, h] = rect.percent_of(width, height).map(percent);
    format!("--{p}l:{x}%;--{p}t:{y}%;--{p}w:{w}%;--{p}h:{h}%")
}

impl Arranged {
    /// Lays `spec` out both ways.
    pub fn new(spec: &Spec) -> Arranged {
        Arranged {
            wide: layout(spec, Orientation::Wide),
            narrow: layout(spec, Orientation::Narrow),
        }
    }

    /// Inline CSS placing a box whose rects are `wide` and `narrow`.
    pub fn place(&self, wide: &Rect, narrow: &Rect) -> String {
        let (w, n) = (&self.wide, &self.narrow);
        format!(
            "{};{}",
            vars('w', wide, w.width, w.height),
            vars('n', narrow, n.width, n.height)
        )
    }

    /// Inline CSS of the `index`th box.
    pub fn box_style(&self, index: usize) -> String {
        self.place(&self.wide.boxes[index].rect, &self.narrow.boxes[index].rect)
    }

    /// Inline CSS of the `index`th column heading.
    pub fn heading_style(&self, index: usize) -> String {
        self.place(
            &self.wide.headings[index].rect,
            &self.narrow.headings[index].rect,
        )
    }

    /// Inline CSS of the frame's label, when framed.
    pub fn frame_label_style(&self) -> Option<String> {
        Some(self.place(&self.wide.frame_label?, &self.narrow.frame_label?))
    }

    /// Inline CSS of the diagram's box: each arrangement's aspect ratio (`--wr`, `--nr`),
    /// widest size (`--wm`, `--nm`) and width in units for the text size (`--wu`, `--nu`).
    pub fn frame_style(&self) -> String {
        let one = |p: char, l: &Layout| {
            format!(
                "--{p}r:{} / {};--{p}m:{}px;--{p}u:{}",
                unit(l.width),
                unit(l.height),
                unit(l.width * 1.25),
                unit(l.width)
            )
        };
        format!("{};{}", one('w', &self.wide), one('n', &self.narrow))
    }
}

/// The media query under which the wide arrangement applies; the stylesheet uses the same.
pub fn wide_media_query() -> String {
    format!("(min-width: {WIDE_FROM_PX}px)")
}
