//! Column layout for the explorable diagrams: positions and arrows as plain numbers.
//!
//! A diagram is a few columns of boxes. Wide screens place the columns side by side;
//! narrow ones (phones) stack them, keeping boxes tall enough for 44 px touch targets.

use crate::domain::number::decimal;

/// Which arrangement to compute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    /// Columns side by side (containers ≥ 600 px).
    Wide,
    /// Columns stacked top to bottom (phones).
    Narrow,
}

/// Viewport width from which diagrams lay their columns side by side.
pub const WIDE_FROM_PX: f64 = 800.0;

impl Orientation {
    /// The arrangement for a viewport `width` in CSS pixels.
    pub fn for_width(width: f64) -> Orientation {
        if width >= WIDE_FROM_PX {
            Orientation::Wide
        } else {
            Orientation::Narrow
        }
    }
}

/// A rectangle in diagram units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
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
            fixed(x, 3),
            fixed(y, 3),
            fixed(w, 3),
            fixed(h, 3)
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

/// A box to place: a node (interactive) or a facet (static), with facets beneath it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Id, unique in the diagram.
    pub id: String,
    /// Whether readers can select it.
    pub interactive: bool,
    /// Boxes shown beneath it, indented.
    pub children: Vec<Entry>,
}

impl Entry {
    /// A selectable node.
    pub fn node(id: &str) -> Entry {
        Entry {
            id: id.into(),
            interactive: true,
            children: Vec::new(),
        }
    }
    /// A static box.
    pub fn label(id: &str) -> Entry {
        Entry {
            id: id.into(),
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
    /// Id of the heading.
    pub id: String,
    /// Boxes from top to bottom.
    pub entries: Vec<Entry>,
}

/// What to lay out.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    /// Columns in reading order; arrows run from each column to the next.
    pub columns: Vec<Column>,
    /// Box-to-box links, drawn on wide screens.
    pub links: Vec<(String, String)>,
    /// Whether a labelled frame surrounds everything (the parasocial relationship).
    pub framed: bool,
    /// Whether columns are joined by arrows.
    pub arrows: bool,
}

/// A placed box.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Id from the spec.
    pub id: String,
    /// Id of the box it sits beneath, for facets.
    pub parent: Option<String>,
    /// The column it sits in.
    pub column: usize,
    /// Selectable or static.
    pub interactive: bool,
    /// Where.
    pub rect: Rect,
}

/// A drawn connection.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    /// Start (column or box id).
    pub from: String,
    /// End.
    pub to: String,
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
    /// Column headings.
    pub headings: Vec<Placed>,
    /// Boxes.
    pub boxes: Vec<Placed>,
    /// Column-to-column arrows.
    pub arrows: Vec<Arrow>,
    /// Box-to-box links (wide only).
    pub links: Vec<Arrow>,
}

impl Layout {
    /// The placed box with `id`.
    pub fn find(&self, id: &str) -> Option<&Placed> {
        self.boxes.iter().find(|b| b.id == id)
    }

    /// Ids of boxes and columns that `id` connects to, for hover highlighting.
    pub fn connected(&self, id: &str) -> Vec<String> {
        let Some(placed) = self.find(id) else {
            return Vec::new();
        };
        let column = &self.headings[placed.column].id;
        let mut out: Vec<String> = self
            .links
            .iter()
            .filter_map(|l| match (l.from == id, l.to == id) {
                (true, _) => Some(l.to.clone()),
                (_, true) => Some(l.from.clone()),
                _ => None,
            })
            .collect();
        for arrow in &self.arrows {
            if &arrow.from == column {
                out.push(arrow.to.clone());
            } else if &arrow.to == column {
                out.push(arrow.from.clone());
            }
        }
        out
    }
}

const PAD: f32 = 16.0;
const FRAME_PAD: f32 = 20.0;
const FRAME_LABEL: f32 = 36.0;
const HEADING: f32 = 36.0;
const NODE_H: f32 = 60.0;
const CHILD_H: f32 = 52.0;
const GAP: f32 = 12.0;
const CHILD_INDENT: f32 = 20.0;
const WIDE_COLUMN: f32 = 200.0;
const WIDE_GUTTER: f32 = 64.0;
const NARROW_WIDTH: f32 = 320.0;
const NARROW_GUTTER: f32 = 44.0;

fn entry_height(entry: &Entry) -> f32 {
    NODE_H + entry.children.iter().map(|_| GAP + CHILD_H).sum::<f32>()
}

fn column_height(column: &Column) -> f32 {
    let boxes: f32 = column.entries.iter().map(entry_height).sum();
    HEADING + boxes + GAP * column.entries.len() as f32
}

/// Places `spec` for `orientation`.
pub fn layout(spec: &Spec, orientation: Orientation) -> Layout {
    let inset = PAD + if spec.framed { FRAME_PAD } else { 0.0 };
    let top = inset + if spec.framed { FRAME_LABEL } else { 0.0 };
    let column_w = match orientation {
        Orientation::Wide => WIDE_COLUMN,
        Orientation::Narrow => NARROW_WIDTH - 2.0 * inset,
    };
    let tallest = spec.columns.iter().map(column_height).fold(0.0, f32::max);
    let mut headings = Vec::new();
    let mut boxes = Vec::new();
    let (mut x, mut y) = (inset, top);
    for (index, column) in spec.columns.iter().enumerate() {
        if orientation == Orientation::Wide {
            // Centre shorter columns so arrows meet them in the middle.
            y = top + (tallest - column_height(column)) / 2.0;
        }
        headings.push(Placed {
            id: column.id.clone(),
            parent: None,
            column: index,
            interactive: false,
            rect: Rect {
                x,
                y,
                w: column_w,
                h: HEADING - 8.0,
            },
        });
        let mut cursor = y + HEADING;
        for entry in &column.entries {
            boxes.push(Placed {
                id: entry.id.clone(),
                parent: None,
                column: index,
                interactive: entry.interactive,
                rect: Rect {
                    x,
                    y: cursor,
                    w: column_w,
                    h: NODE_H,
                },
            });
            cursor += NODE_H;
            for child in &entry.children {
                cursor += GAP;
                boxes.push(Placed {
                    id: child.id.clone(),
                    parent: Some(entry.id.clone()),
                    column: index,
                    interactive: child.interactive,
                    rect: Rect {
                        x: x + CHILD_INDENT,
                        y: cursor,
                        w: column_w - CHILD_INDENT,
                        h: CHILD_H,
                    },
                });
                cursor += CHILD_H;
            }
            cursor += GAP;
        }
        match orientation {
            Orientation::Wide => x += column_w + WIDE_GUTTER,
            Orientation::Narrow => y = cursor + NARROW_GUTTER - GAP,
        }
    }
    let (content_right, content_bottom) = match orientation {
        Orientation::Wide => (x - WIDE_GUTTER, top + tallest),
        Orientation::Narrow => (inset + column_w, y - NARROW_GUTTER + GAP),
    };
    let width = content_right + inset;
    let height = content_bottom + inset - GAP;
    let frame = spec.framed.then_some(Rect {
        x: PAD,
        y: PAD,
        w: width - 2.0 * PAD,
        h: height - 2.0 * PAD,
    });
    let arrows = if spec.arrows {
        column_arrows(&headings, &boxes, orientation)
    } else {
        Vec::new()
    };
    let links = match orientation {
        Orientation::Wide => spec
            .links
            .iter()
            .filter_map(|(from, to)| {
                let a = boxes.iter().find(|b| &b.id == from)?;
                let b = boxes.iter().find(|b| &b.id == to)?;
                Some(Arrow {
                    from: from.clone(),
                    to: to.clone(),
                    path: curve(a.rect.right(), a.rect.cy(), b.rect.x, b.rect.cy()),
                })
            })
            .collect(),
        Orientation::Narrow => Vec::new(),
    };
    Layout {
        width,
        height,
        frame,
        headings,
        boxes,
        arrows,
        links,
    }
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
            let path = match orientation {
                Orientation::Wide => format!(
                    "M{} {}H{}",
                    fmt(a.right() + 6.0),
                    fmt(a.cy()),
                    fmt(b.x - 8.0)
                ),
                Orientation::Narrow => format!(
                    "M{} {}V{}",
                    fmt(a.cx()),
                    fmt(a.bottom() + 6.0),
                    fmt(b.y - 8.0)
                ),
            };
            Arrow {
                from: pair[0].id.clone(),
                to: pair[1].id.clone(),
                path,
            }
        })
        .collect()
}

fn curve(x1: f32, y1: f32, x2: f32, y2: f32) -> String {
    let mid = (x1 + x2) / 2.0;
    format!(
        "M{} {}C{} {} {} {} {} {}",
        fmt(x1),
        fmt(y1),
        fmt(mid),
        fmt(y1),
        fmt(mid),
        fmt(y2),
        fmt(x2 - 6.0),
        fmt(y2)
    )
}

/// Numbers in SVG paths: at most one decimal, no trailing `.0`, so markup stays short and stable.
pub fn fmt(value: f32) -> String {
    fixed(value, 1)
}

/// `value` with at most `decimals` decimals, trailing zeros dropped (see [`decimal`]).
pub fn fixed(value: f32, decimals: u32) -> String {
    decimal(f64::from(value), decimals, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_point_formatting_rounds_and_trims() {
        assert_eq!(fixed(12.0, 3), "12");
        assert_eq!(fixed(12.5, 1), "12.5");
        assert_eq!(fixed(1.23456, 3), "1.235");
        assert_eq!(fixed(0.1004, 3), "0.1");
        assert_eq!(fixed(-2.25, 1), "-2.3");
        assert_eq!(fixed(-0.01, 1), "0");
    }

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
