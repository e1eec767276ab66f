//! The diagrams' drawing the app carries (`src/domain/diagram/figures.rs`, worked out at build
//! time) is exactly what the layout code computes from the content: every box's and heading's
//! id, place in both arrangements, parent and column, the frame and its label, the bands and
//! the brackets. After a change to the layout or to the diagrams' content,
//! `UPDATE_FIGURES=1 cargo test --test figures` writes the file anew from the layout code.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::content;
use explainer::domain::diagram::arranged::Arranged;
use explainer::domain::diagram::figure::{Figure, FigureBox, Lines};
use explainer::domain::diagram::geometry::{unit, Rect};
use explainer::domain::diagram::id::{BoxId, Heading};
use explainer::domain::diagram::layout::{Layout, Placed};
use explainer::domain::diagram::specs::{banded, spec, Diagram};

const DIAGRAMS: [(Diagram, &str); 4] = [
    (Diagram::Overview, "OVERVIEW"),
    (Diagram::Motivations, "MOTIVATIONS"),
    (Diagram::Interactions, "INTERACTIONS"),
    (Diagram::Benefits, "BENEFITS"),
];

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/domain/diagram/figures.rs");

fn arranged(diagram: Diagram) -> Arranged {
    Arranged::new(&spec(diagram, content()))
}

fn svg_rect(r: &Rect) -> [String; 4] {
    [unit(r.x), unit(r.y), unit(r.w), unit(r.h)]
}

/// The SVG numbers of `l`: viewBox, bands, frame, brackets (from, to, path).
type ComputedLines = (
    String,
    Vec<[String; 4]>,
    Option<[String; 4]>,
    Vec<(BoxId, BoxId, String)>,
);

fn lines(diagram: Diagram, l: &Layout) -> ComputedLines {
    (
        format!("0 0 {} {}", unit(l.width), unit(l.height)),
        (banded(diagram).iter())
            .map(|&i| svg_rect(&l.band(i).expect("a banded column")))
            .collect(),
        l.frame.as_ref().map(svg_rect),
        (l.brackets.iter())
            .map(|a| (a.from, a.to, a.path.clone()))
            .collect(),
    )
}

fn carried_lines(l: &Lines) -> ComputedLines {
    let rect = |r: &[&str; 4]| r.map(String::from);
    (
        l.view_box.to_string(),
        l.bands.iter().map(rect).collect(),
        l.frame.as_ref().map(rect),
        (l.brackets.iter())
            .map(|b| (b.from, b.to, b.path.to_string()))
            .collect(),
    )
}

/// A placed box as carried: id, markup id, style, parent, column.
type ComputedBox = (BoxId, String, String, Option<BoxId>, usize);

fn computed_boxes(placed: &[Placed], style: impl Fn(usize) -> String) -> Vec<ComputedBox> {
    (placed.iter().enumerate())
        .map(|(i, b)| (b.id, b.id.dom_id(), style(i), b.parent, b.column))
        .collect()
}

fn carried_boxes(boxes: &[FigureBox]) -> Vec<ComputedBox> {
    (boxes.iter())
        .map(|b| {
            let (dom_id, style) = (b.dom_id.to_string(), b.style.to_string());
            (b.id, dom_id, style, b.parent, b.column)
        })
        .collect()
}

#[test]
fn the_carried_figures_are_what_the_layout_computes() {
    for (diagram, _) in DIAGRAMS {
        let a = arranged(diagram);
        let f = Figure::of(diagram);
        assert_eq!(f.frame_style, a.frame_style(), "{diagram:?}");
        assert_eq!(
            f.frame_label_style.map(String::from),
            a.frame_label_style(),
            "{diagram:?}"
        );
        assert_eq!(
            carried_boxes(f.headings),
            computed_boxes(&a.wide.headings, |i| a.heading_style(i)),
            "{diagram:?}"
        );
        assert_eq!(
            carried_boxes(f.boxes),
            computed_boxes(&a.wide.boxes, |i| a.box_style(i)),
            "{diagram:?}"
        );
        assert_eq!(
            carried_lines(&f.wide),
            lines(diagram, &a.wide),
            "{diagram:?}"
        );
        assert_eq!(
            carried_lines(&f.narrow),
            lines(diagram, &a.narrow),
            "{diagram:?}"
        );
        for b in &a.wide.boxes {
            assert_eq!(f.connected(b.id), a.wide.connected(b.id), "{:?}", b.id);
            assert!(f.has(b.id));
        }
        assert!(!f.has(BoxId::Finding("no-such-finding")));
    }
}

/// `id` as Rust source.
fn id_source(id: BoxId) -> String {
    match id {
        BoxId::Family(family) => format!("BoxId::Family(Family::{family:?})"),
        BoxId::Heading(Heading::Direction { direction, form }) => format!(
            "BoxId::Heading(Heading::Direction {{ direction: Direction::{direction:?}, form: {form:?} }})"
        ),
        BoxId::Heading(heading) => format!("BoxId::Heading(Heading::{heading:?})"),
        BoxId::Finding(slug) => format!("BoxId::Finding({slug:?})"),
        BoxId::Facet { finding, facet } => {
            format!("BoxId::Facet {{ finding: {finding:?}, facet: {facet:?} }}")
        }
        BoxId::Action(slug) => format!("BoxId::Action({slug:?})"),
    }
}

fn rect_source(r: &[String; 4]) -> String {
    format!("[{:?}, {:?}, {:?}, {:?}]", r[0], r[1], r[2], r[3])
}

fn boxes_source(boxes: &[ComputedBox]) -> String {
    let mut s = String::from("&[\n");
    for (id, dom_id, style, parent, column) in boxes {
        let parent = parent.map_or("None".to_string(), |p| format!("Some({})", id_source(p)));
        s += &format!(
            "        FigureBox {{\n            id: {},\n            dom_id: {dom_id:?},\n            style: {style:?},\n            parent: {parent},\n            column: {column},\n        }},\n",
            id_source(*id)
        );
    }
    s + "    ]"
}

fn lines_source((view_box, bands, frame, brackets): &ComputedLines) -> String {
    let bands: Vec<String> = bands.iter().map(rect_source).collect();
    let frame = frame
        .as_ref()
        .map_or("None".to_string(), |f| format!("Some({})", rect_source(f)));
    let mut s = format!(
        "Lines {{\n        view_box: {view_box:?},\n        bands: &[{}],\n        frame: {frame},\n        brackets: &[\n",
        bands.join(", ")
    );
    for (from, to, path) in brackets {
        s += &format!(
            "            Bracket {{ from: {}, to: {}, path: {path:?} }},\n",
            id_source(*from),
            id_source(*to)
        );
    }
    s + "        ],\n    }"
}

/// `figures.rs` as the layout code makes it.
fn source() -> String {
    let mut s = String::from(
        "//! Generated by `UPDATE_FIGURES=1 cargo test --test figures` from the layout code: do not\n\
         //! edit by hand (see `figure.rs`; `tests/figures.rs` checks it).\n\n\
         use super::figure::{Bracket, Figure, FigureBox, Lines};\n\
         use super::id::{BoxId, Heading};\n\
         use crate::domain::address::route::Family;\n\
         use crate::domain::content::model::Direction;\n",
    );
    for (diagram, name) in DIAGRAMS {
        let a = arranged(diagram);
        let label = a
            .frame_label_style()
            .map_or("None".to_string(), |l| format!("Some({l:?})"));
        s += &format!(
            "\n/// The {} diagram.\npub(super) static {name}: Figure = Figure {{\n    frame_style: {:?},\n    frame_label_style: {label},\n    headings: {},\n    boxes: {},\n    wide: {},\n    narrow: {},\n}};\n",
            diagram.slug(),
            a.frame_style(),
            boxes_source(&computed_boxes(&a.wide.headings, |i| a.heading_style(i))),
            boxes_source(&computed_boxes(&a.wide.boxes, |i| a.box_style(i))),
            lines_source(&lines(diagram, &a.wide)),
            lines_source(&lines(diagram, &a.narrow)),
        );
    }
    s
}

#[test]
fn the_figures_file_is_written_by_the_layout_code() {
    let want = source();
    if std::env::var_os("UPDATE_FIGURES").is_some() {
        std::fs::write(FILE, &want).expect("writes figures.rs");
    }
    let have = std::fs::read_to_string(FILE).expect("reads figures.rs");
    assert!(
        have == want,
        "src/domain/diagram/figures.rs is not what the layout code makes: run \
         `UPDATE_FIGURES=1 cargo test --test figures`"
    );
}
