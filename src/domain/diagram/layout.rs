//! Column layout for the explorable diagrams: positions and lines as plain numbers.
//!
//! A diagram is a few columns of boxes. Wide screens place the columns side by side;
//! narrow ones (phones) stack them, keeping boxes tall enough for 44 px touch targets.
//! A box's facets or actions sit beneath it, joined to it by a bracket ("includes"):
//! no diagram draws an arrow, as Chapter V states no cause and effect between its boxes.

pub use super::geometry::{Orientation, Rect};
use super::id::BoxId;
use super::paths::bracket;

/// A box to place, with the boxes it includes beneath it. Every box is selectable.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// What the box stands for; unique in the diagram.
    pub id: BoxId,
    /// Boxes shown beneath it, indented and bracketed.
    pub children: Vec<Entry>,
}

impl Entry {
    /// A selectable box.
    pub fn node(id: BoxId) -> Entry {
        Entry {
            id,
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
    /// Columns in reading order.
    pub columns: Vec<Column>,
    /// What the labelled frame surrounds.
    pub frame: FrameAround,
    /// On narrow screens, how many boxes without facets share a row (chips), so a long
    /// column still fits a phone's screen.
    pub per_row: usize,
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
    /// Start: the including box.
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
    /// Brackets from a box to each box it includes (its facets or actions): no arrowhead.
    pub brackets: Vec<Arrow>,
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
        self.brackets
            .iter()
            .filter_map(|l| match (l.from == id, l.to == id) {
                (true, _) => Some(l.to),
                (_, true) => Some(l.from),
                _ => None,
            })
            .collect()
    }

    /// Every drawn line, to check what joins what.
    pub fn lines(&self) -> impl Iterator<Item = &Arrow> {
        self.brackets.iter()
    }
}

const PAD: f32 = 16.0;
/// A band's margin around its column: less than the padding and half the narrowest gutter.
const BAND_PAD: f32 = 8.0;
const FRAME_PAD: f32 = 20.0;
/// Room for the frame's label: tall enough that the label, a link, is a 44 px target.
const FRAME_LABEL: f32 = 48.0;
/// A column heading and the space beneath it on wide screens: two lines of heading text
/// (the overview's headings are questions); narrow columns are wide enough for one.
const HEADING: f32 = 44.0;
const NARROW_HEADING: f32 = 32.0;
const NODE_H: f32 = 60.0;
const CHILD_H: f32 = 52.0;
/// A chip: a box sharing its row on a narrow screen, still a 44 px touch target.
const CHIP_H: f32 = 52.0;
const CHIP_GAP: f32 = 8.0;
const GAP: f32 = 12.0;
const CHILD_INDENT: f32 = 20.0;
const WIDE_COLUMN: f32 = 200.0;
const WIDE_GUTTER: f32 = 64.0;
const NARROW_WIDTH: f32 = 320.0;
const NARROW_GUTTER: f32 = 24.0;

/// Whether `column` is laid out as rows of `per_row` chips: only where a row holds more
/// than one box and no box has boxes beneath it.
fn in_chips(column: &Column, per_row: usize) -> bool {
    per_row > 1 && column.entries.iter().all(|e| e.children.is_empty())
}

/// Where a column starts, how wide it is, how tall its heading and how many chips share a
/// row.
struct Slot {
    x: f32,
    y: f32,
    w: f32,
    heading: f32,
    per_row: usize,
}

/// Places one column's heading and boxes in `slot`; returns the y below its last box.
fn place_column(
    column: &Column,
    index: usize,
    slot: Slot,
    headings: &mut Vec<Placed>,
    boxes: &mut Vec<Placed>,
) -> f32 {
    let Slot {
        x,
        y,
        w,
        heading: heading_h,
        per_row,
    } = slot;
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
        h: heading_h - 8.0,
    };
    headings.push(placed(column.id, None, false, heading));
    let mut cursor = y + heading_h;
    if in_chips(column, per_row) {
        let count = column.entries.len();
        // A column no longer than a row gives each chip a whole row: room for long names.
        let per_row = if count > per_row { per_row } else { 1 };
        let chip_w = (w - CHIP_GAP * (per_row - 1) as f32) / per_row as f32;
        for (i, entry) in column.entries.iter().enumerate() {
            let (row, slot) = (i / per_row, i % per_row);
            // A chip alone in the last row takes the whole row.
            let alone = slot == 0 && i + 1 == count;
            let rect = Rect {
                x: x + slot as f32 * (chip_w + CHIP_GAP),
                y: cursor + row as f32 * (CHIP_H + CHIP_GAP),
                w: if alone { w } else { chip_w },
                h: CHIP_H,
            };
            boxes.push(placed(entry.id, None, true, rect));
        }
        let rows = count.div_ceil(per_row) as f32;
        return cursor + rows * (CHIP_H + CHIP_GAP) - CHIP_GAP + GAP;
    }
    for entry in &column.entries {
        let rect = Rect {
            x,
            y: cursor,
            w,
            h: NODE_H,
        };
        boxes.push(placed(entry.id, None, true, rect));
        cursor += NODE_H;
        for child in &entry.children {
            cursor += GAP;
            let rect = Rect {
                x: x + CHILD_INDENT,
                y: cursor,
                w: w - CHILD_INDENT,
                h: CHILD_H,
            };
            boxes.push(placed(child.id, Some(entry.id), true, rect));
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
    let framed_column = match &spec.frame {
        FrameAround::Column(id) => spec.columns.iter().position(|c| c.id == *id),
        _ => None,
    };
    // Room above the first column for the frame's label, where the frame starts there: on
    // narrow screens a framed column further down makes its own room.
    let label_on_top = match orientation {
        Orientation::Wide => framed,
        Orientation::Narrow => spec.frame == FrameAround::Everything || framed_column == Some(0),
    };
    let top = if label_on_top {
        inset + FRAME_LABEL
    } else {
        PAD
    };
    let (column_w, heading, per_row) = match orientation {
        Orientation::Wide => (WIDE_COLUMN, HEADING, 1),
        Orientation::Narrow => (NARROW_WIDTH - 2.0 * inset, NARROW_HEADING, spec.per_row),
    };
    let (mut headings, mut boxes) = (Vec::new(), Vec::new());
    let (mut x, mut y) = (inset, top);
    let mut content_bottom = top;
    for (index, column) in spec.columns.iter().enumerate() {
        let is_framed = framed_column == Some(index);
        match orientation {
            // Every column starts at the same height, so groups line up.
            Orientation::Wide => y = top,
            // A framed column below another needs room for the frame's label above it.
            Orientation::Narrow if is_framed && index > 0 => y += FRAME_PAD + FRAME_LABEL,
            Orientation::Narrow => {}
        }
        let slot = Slot {
            x,
            y,
            w: column_w,
            heading,
            per_row,
        };
        let bottom = place_column(column, index, slot, &mut headings, &mut boxes);
        content_bottom = content_bottom.max(bottom - GAP);
        match orientation {
            Orientation::Wide => x += column_w + WIDE_GUTTER,
            Orientation::Narrow => {
                y = bottom + NARROW_GUTTER - GAP + if is_framed { FRAME_PAD } else { 0.0 }
            }
        }
    }
    let content_right = match orientation {
        Orientation::Wide => x - WIDE_GUTTER,
        Orientation::Narrow => inset + column_w,
    };
    let width = content_right + inset;
    // A narrow frame around a column above the last ends above it: no frame's margin below.
    let last_framed = framed_column == Some(spec.columns.len().saturating_sub(1));
    let bottom = match orientation {
        Orientation::Narrow if framed && !last_framed && spec.frame != FrameAround::Everything => {
            PAD
        }
        _ => inset,
    };
    let height = content_bottom + bottom;
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
    let brackets = brackets(&boxes);
    Layout {
        width,
        height,
        frame,
        frame_label,
        headings,
        boxes,
        brackets,
    }
}

/// A bracket from each box to every box beneath it: down the indent, then into the child.
fn brackets(boxes: &[Placed]) -> Vec<Arrow> {
    boxes
        .iter()
        .filter_map(|child| {
            let parent = boxes.iter().find(|b| Some(b.id) == child.parent)?;
            Some(Arrow {
                from: parent.id,
                to: child.id,
                path: bracket(&parent.rect, &child.rect, CHILD_INDENT / 2.0),
            })
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
