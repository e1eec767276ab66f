//! Column layout for the explorable diagrams: positions and arrows as plain numbers.
//!
//! A diagram is a few columns of boxes. Wide screens place the columns side by side;
//! narrow ones (phones) stack them, keeping boxes tall enough for 44 px touch targets.

pub use super::geometry::{Orientation, Rect};
use super::id::BoxId;
use super::paths::{box_link, column_arrow, lane_link};

/// A box to place: a node (interactive) or a facet (static), with facets beneath it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// What the box stands for; unique in the diagram.
    pub id: BoxId,
    /// Whether readers can select it.
    pub interactive: bool,
    /// Boxes shown beneath it, indented.
    pub children: Vec<Entry>,
}

impl Entry {
    /// A selectable node.
    pub fn node(id: BoxId) -> Entry {
        Entry {
            id,
            interactive: true,
            children: Vec::new(),
        }
    }
    /// A static box.
    pub fn label(id: BoxId) -> Entry {
        Entry {
            id,
            interactive: false,
            children: Vec::new(),
        }
    }
    /// With boxes beneath.
    pub fn with_children(mut self, children: Vec<Entry>) -> Entry {
        self.children = children;
        self
    }
}

/// A column: a heading and its boxes.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// What the heading names.
    pub id: BoxId,
    /// Boxes from top to bottom.
    pub entries: Vec<Entry>,
}

/// What the labelled frame (the parasocial relationship) surrounds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FrameAround {
    /// No frame.
    Nothing,
    /// Every column: a diagram of interactions only.
    Everything,
    /// The column with this id: Chapter V calls only the interactions parasocial, so the
    /// overview frames that column and not the motivations or benefits beside it.
    Column(BoxId),
}

/// What to lay out.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    /// Columns in reading order; arrows run from each column to the next.
    pub columns: Vec<Column>,
    /// Box-to-box links: curves between columns on wide screens; on narrow ones, one lane
    /// per target in the left margin, so each target's links draw a branch.
    pub links: Vec<(BoxId, BoxId)>,
    /// What the labelled frame surrounds.
    pub frame: FrameAround,
    /// Whether columns are joined by arrows.
    pub arrows: bool,
}

/// A placed box or heading.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// What it stands for.
    pub id: BoxId,
    /// The box it sits beneath, for facets.
    pub parent: Option<BoxId>,
    /// The column it sits in.
    pub column: usize,
    /// Selectable or static.
    pub interactive: bool,
    /// Where, in diagram units.
    pub rect: Rect,
}

/// A drawn connection.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    /// Start: a column heading (arrows) or a box (links).
    pub from: BoxId,
    /// End, of the same kind.
    pub to: BoxId,
    /// SVG path data.
    pub path: String,
}

/// A computed diagram.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Width in diagram units (the SVG viewBox width).
    pub width: f32,
    /// Height in diagram units.
    pub height: f32,
    /// The frame, when framed.
    pub frame: Option<Rect>,
    /// The frame's label, a link at least 44 px tall (see `FRAME_LABEL`).
    pub frame_label: Option<Rect>,
    /// Column headings.
    pub headings: Vec<Placed>,
    /// Boxes.
    pub boxes: Vec<Placed>,
    /// Column-to-column arrows.
    pub arrows: Vec<Arrow>,
    /// Box-to-box links.
    pub links: Vec<Arrow>,
}

impl Layout {
    /// The placed box with `id`.
    pub fn find(&self, id: BoxId) -> Option<&Placed> {
        self.boxes.iter().find(|b| b.id == id)
    }

    /// A tinted region behind column `index` (its heading and boxes, with a margin), to
    /// show a grouping such as the internal and external drives; `None` past the columns.
    pub fn band(&self, index: usize) -> Option<Rect> {
        let c = column_bounds(&self.boxes, self.headings.get(index)?);
        Some(Rect {
            x: c.x - BAND_PAD,
            y: c.y - BAND_PAD,
            w: c.w + 2.0 * BAND_PAD,
            h: c.h + 2.0 * BAND_PAD,
        })
    }

    /// What `id` connects to (boxes and column headings), for hover highlighting.
    pub fn connected(&self, id: BoxId) -> Vec<BoxId> {
        let Some(placed) = self.find(id) else {
            return Vec::new();
        };
        let column = self.headings[placed.column].id;
        let mut out: Vec<BoxId> = self
            .links
            .iter()
            .filter_map(|l| match (l.from == id, l.to == id) {
                (true, _) => Some(l.to),
                (_, true) => Some(l.from),
                _ => None,
            })
            .collect();
        for arrow in &self.arrows {
            if arrow.from == column {
                out.push(arrow.to);
            } else if arrow.to == column {
                out.push(arrow.from);
            }
        }
        out
    }
}

const PAD: f32 = 16.0;
/// A band's margin around its column: less than the padding and half the narrowest gutter.
const BAND_PAD: f32 = 8.0;
const FRAME_PAD: f32 = 20.0;
/// Room for the frame's label: tall enough that the label, a link, is a 44 px target.
const FRAME_LABEL: f32 = 48.0;
const HEADING: f32 = 36.0;
const NODE_H: f32 = 60.0;
const CHILD_H: f32 = 52.0;
const GAP: f32 = 12.0;
const CHILD_INDENT: f32 = 20.0;
const WIDE_COLUMN: f32 = 200.0;
const WIDE_GUTTER: f32 = 64.0;
const NARROW_WIDTH: f32 = 320.0;
const NARROW_GUTTER: f32 = 44.0;
/// Width of one link lane in the left margin of a narrow layout.
const LANE: f32 = 14.0;

/// The targets of `links` in order of first appearance: one lane each on narrow screens.
fn lane_targets(links: &[(BoxId, BoxId)]) -> Vec<BoxId> {
    let mut targets: Vec<BoxId> = Vec::new();
    for &(_, to) in links {
        if !targets.contains(&to) {
            targets.push(to);
        }
    }
    targets
}

fn entry_height(entry: &Entry) -> f32 {
    NODE_H + entry.children.iter().map(|_| GAP + CHILD_H).sum::<f32>()
}

fn column_height(column: &Column) -> f32 {
    let boxes: f32 = column.entries.iter().map(entry_height).sum();
    HEADING + boxes + GAP * column.entries.len() as f32
}

/// Places one column's heading and boxes at (`x`, `y`) with width `w`; returns the y
/// below its last box.
fn place_column(
    column: &Column,
    index: usize,
    (x, y, w): (f32, f32, f32),
    headings: &mut Vec<Placed>,
    boxes: &mut Vec<Placed>,
) -> f32 {
    let placed = |id, parent, interactive, rect| Placed {
        id,
        parent,
        column: index,
        interactive,
        rect,
    };
    let heading = Rect {
        x,
        y,
        w,
        h: HEADING - 8.0,
    };
    headings.push(placed(column.id, None, false, heading));
    let mut cursor = y + HEADING;
    for entry in &column.entries {
        let rect = Rect {
            x,
            y: cursor,
            w,
            h: NODE_H,
        };
        boxes.push(placed(entry.id, None, entry.interactive, rect));
        cursor += NODE_H;
        for child in &entry.children {
            cursor += GAP;
            let rect = Rect {
                x: x + CHILD_INDENT,
                y: cursor,
                w: w - CHILD_INDENT,
                h: CHILD_H,
            };
            boxes.push(placed(child.id, Some(entry.id), child.interactive, rect));
            cursor += CHILD_H;
        }
        cursor += GAP;
    }
    cursor
}

/// Places `spec` for `orientation`.
pub fn layout(spec: &Spec, orientation: Orientation) -> Layout {
    let framed = spec.frame != FrameAround::Nothing;
    let inset = PAD + if framed { FRAME_PAD } else { 0.0 };
    let top = inset + if framed { FRAME_LABEL } else { 0.0 };
    let framed_column = match &spec.frame {
        FrameAround::Column(id) => spec.columns.iter().position(|c| c.id == *id),
        _ => None,
    };
    // Narrow layouts keep a lane per link target left of the stacked columns.
    let lanes = match orientation {
        Orientation::Wide => Vec::new(),
        Orientation::Narrow => lane_targets(&spec.links),
    };
    let lanes_w = LANE * lanes.len() as f32;
    let column_w = match orientation {
        Orientation::Wide => WIDE_COLUMN,
        Orientation::Narrow => NARROW_WIDTH - 2.0 * inset - lanes_w,
    };
    let tallest = spec.columns.iter().map(column_height).fold(0.0, f32::max);
    let (mut headings, mut boxes) = (Vec::new(), Vec::new());
    let (mut x, mut y) = (inset + lanes_w, top);
    for (index, column) in spec.columns.iter().enumerate() {
        let is_framed = framed_column == Some(index);
        match orientation {
            // Centre shorter columns so they sit level with the tallest.
            Orientation::Wide => y = top + (tallest - column_height(column)) / 2.0,
            // A framed column below another needs room for the frame's label above it.
            Orientation::Narrow if is_framed && index > 0 => y += FRAME_PAD + FRAME_LABEL,
            Orientation::Narrow => {}
        }
        let bottom = place_column(column, index, (x, y, column_w), &mut headings, &mut boxes);
        match orientation {
            Orientation::Wide => x += column_w + WIDE_GUTTER,
            Orientation::Narrow => {
                y = bottom + NARROW_GUTTER - GAP + if is_framed { FRAME_PAD } else { 0.0 }
            }
        }
    }
    let (content_right, content_bottom) = match orientation {
        Orientation::Wide => (x - WIDE_GUTTER, top + tallest),
        Orientation::Narrow => (inset + lanes_w + column_w, y - NARROW_GUTTER + GAP),
    };
    let width = content_right + inset;
    let height = content_bottom + inset - GAP;
    let frame = match framed_column {
        Some(index) => {
            let c = column_bounds(&boxes, &headings[index]);
            Some(Rect {
                x: c.x - FRAME_PAD,
                y: c.y - FRAME_PAD - FRAME_LABEL,
                w: c.w + 2.0 * FRAME_PAD,
                h: c.h + 2.0 * FRAME_PAD + FRAME_LABEL,
            })
        }
        None => (spec.frame == FrameAround::Everything).then_some(Rect {
            x: PAD,
            y: PAD,
            w: width - 2.0 * PAD,
            h: height - 2.0 * PAD,
        }),
    };
    let frame_label = frame.map(|f| Rect {
        x: f.x + 12.0,
        y: f.y + 2.0,
        w: f.w - 24.0,
        h: FRAME_LABEL - 4.0,
    });
    let arrows = if spec.arrows {
        column_arrows(&headings, &boxes, orientation)
    } else {
        Vec::new()
    };
    let links = match orientation {
        Orientation::Wide => box_links(&spec.links, &boxes, |a, b, _| box_link(a, b)),
        // The first target's lane is the outermost, so the boxes linked to the first
        // target (placed first) reach their lane without crossing another.
        Orientation::Narrow => box_links(&spec.links, &boxes, |a, b, to| {
            let lane = lanes.iter().position(|t| *t == to).unwrap_or(0);
            lane_link(a, b, inset + LANE * (lane as f32 + 0.5))
        }),
    };
    Layout {
        width,
        height,
        frame,
        frame_label,
        headings,
        boxes,
        arrows,
        links,
    }
}

fn box_links(
    pairs: &[(BoxId, BoxId)],
    boxes: &[Placed],
    path_of: impl Fn(&Rect, &Rect, BoxId) -> String,
) -> Vec<Arrow> {
    let find = |id: BoxId| boxes.iter().find(|b| b.id == id);
    pairs
        .iter()
        .filter_map(|&(from, to)| {
            let path = path_of(&find(from)?.rect, &find(to)?.rect, to);
            Some(Arrow { from, to, path })
        })
        .collect()
}

fn column_bounds(boxes: &[Placed], heading: &Placed) -> Rect {
    let bottom = boxes
        .iter()
        .filter(|b| b.column == heading.column)
        .map(|b| b.rect.bottom())
        .fold(heading.rect.bottom(), f32::max);
    Rect {
        h: bottom - heading.rect.y,
        ..heading.rect
    }
}

fn column_arrows(headings: &[Placed], boxes: &[Placed], orientation: Orientation) -> Vec<Arrow> {
    headings
        .windows(2)
        .map(|pair| {
            let (a, b) = (
                column_bounds(boxes, &pair[0]),
                column_bounds(boxes, &pair[1]),
            );
            Arrow {
                from: pair[0].id,
                to: pair[1].id,
                path: column_arrow(&a, &b, orientation),
            }
        })
        .collect()
}
