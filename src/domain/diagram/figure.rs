//! Each diagram as drawn, worked out once when the explainer is built: every box's and
//! heading's place in both arrangements as inline CSS, and each arrangement's frame, bands and
//! brackets as SVG numbers. The layout code ([`super::layout`], [`super::arranged`]) makes the
//! same values; `tests/figures.rs` holds the data in `figures.rs` to them and writes it anew
//! (`UPDATE_FIGURES=1 cargo test --test figures`), so the reader's WebAssembly carries the
//! results and none of the layout code.

use super::id::BoxId;
use super::specs::Diagram;

/// A box or column heading as drawn.
#[derive(Debug, PartialEq)]
pub struct FigureBox {
    /// What it stands for.
    pub id: BoxId,
    /// Its id in markup ([`BoxId::dom_id`]).
    pub dom_id: &'static str,
    /// Inline CSS placing it in both arrangements ([`super::arranged::Arranged::place`]).
    pub style: &'static str,
    /// The box it sits beneath, for facets and actions.
    pub parent: Option<BoxId>,
    /// The column it sits in.
    pub column: usize,
}

/// A rectangle in SVG numbers: x, y, width, height ([`super::geometry::unit`]).
pub type SvgRect = [&'static str; 4];

/// A bracket from a box to a box it includes.
#[derive(Debug, PartialEq)]
pub struct Bracket {
    /// The including box.
    pub from: BoxId,
    /// The included box.
    pub to: BoxId,
    /// SVG path data.
    pub path: &'static str,
}

/// One arrangement's drawing behind the boxes.
#[derive(Debug, PartialEq)]
pub struct Lines {
    /// The SVG's viewBox (`0 0 width height`).
    pub view_box: &'static str,
    /// The tinted bands behind grouped columns ([`super::specs::banded`]).
    pub bands: &'static [SvgRect],
    /// The labelled frame, when framed.
    pub frame: Option<SvgRect>,
    /// Brackets from each box to what it includes.
    pub brackets: &'static [Bracket],
}

/// A diagram as drawn.
#[derive(Debug, PartialEq)]
pub struct Figure {
    /// Inline CSS of the diagram's box ([`super::arranged::Arranged::frame_style`]).
    pub frame_style: &'static str,
    /// Inline CSS of the frame's label, when framed.
    pub frame_label_style: Option<&'static str>,
    /// Column headings, in column order.
    pub headings: &'static [FigureBox],
    /// Boxes in reading order.
    pub boxes: &'static [FigureBox],
    /// Columns side by side.
    pub wide: Lines,
    /// Columns stacked.
    pub narrow: Lines,
}

impl Figure {
    /// The drawing of `diagram`.
    pub fn of(diagram: Diagram) -> &'static Figure {
        match diagram {
            Diagram::Overview => &super::figures::OVERVIEW,
            Diagram::Motivations => &super::figures::MOTIVATIONS,
            Diagram::Interactions => &super::figures::INTERACTIONS,
            Diagram::Benefits => &super::figures::BENEFITS,
        }
    }

    /// Whether `id` is one of the diagram's boxes.
    pub fn has(&self, id: BoxId) -> bool {
        self.boxes.iter().any(|b| b.id == id)
    }

    /// What `id` connects to, for hover highlighting ([`super::layout::Layout::connected`]).
    pub fn connected(&self, id: BoxId) -> Vec<BoxId> {
        (self.wide.brackets.iter())
            .filter_map(|l| match (l.from == id, l.to == id) {
                (true, _) => Some(l.to),
                (_, true) => Some(l.from),
                _ => None,
            })
            .collect()
    }
}
