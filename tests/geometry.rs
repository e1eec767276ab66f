//! Diagram layouts on wide and narrow screens: every node is a large enough, non-overlapping
//! box inside the drawing, brackets join each box to what it includes, and no line runs
//! into a benefit from anything but the benefit's own facets.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::address::route::Family;
use explainer::domain::content::{content, Content};
use explainer::domain::diagram::arranged::{wide_media_query, Arranged};
use explainer::domain::diagram::id::BoxId;
use explainer::domain::diagram::layout::{
    layout, Column, Entry, FrameAround, Layout, Orientation, Placed, Rect, Spec,
};
use explainer::domain::diagram::specs::{spec, Diagram};

const DIAGRAMS: [Diagram; 4] = [
    Diagram::Overview,
    Diagram::Motivations,
    Diagram::Interactions,
    Diagram::Benefits,
];
const ORIENTATIONS: [Orientation; 2] = [Orientation::Wide, Orientation::Narrow];

/// Smallest comfortable touch target, in CSS pixels (diagram units at narrow width).
const TOUCH: f32 = 44.0;

fn laid_out(diagram: Diagram, orientation: Orientation) -> Layout {
    layout(&spec(diagram, content()), orientation)
}

fn every_layout() -> Vec<(Diagram, Orientation, Layout)> {
    DIAGRAMS
        .iter()
        .flat_map(|d| ORIENTATIONS.iter().map(move |o| (*d, *o, laid_out(*d, *o))))
        .collect()
}

fn facets(content: &'static Content, finding: &'static str) -> Vec<BoxId> {
    content
        .finding(finding)
        .unwrap_or_else(|| panic!("no finding `{finding}`"))
        .facets
        .iter()
        .map(|f| BoxId::Facet {
            finding,
            facet: &f.slug,
        })
        .collect()
}

/// The selectable boxes each diagram must offer.
fn expected_nodes(diagram: Diagram) -> Vec<BoxId> {
    let of = |family: Family| {
        family
            .nodes()
            .iter()
            .map(|n| BoxId::Finding(n))
            .collect::<Vec<_>>()
    };
    match diagram {
        Diagram::Overview => Family::ALL.into_iter().flat_map(of).collect(),
        Diagram::Motivations => of(Family::Motivations),
        Diagram::Interactions => {
            let mut ids = of(Family::Interactions);
            ids.extend(
                content()
                    .findings
                    .actions
                    .iter()
                    .map(|a| BoxId::Action(&a.slug)),
            );
            ids
        }
        Diagram::Benefits => of(Family::Benefits),
    }
}

/// The facet boxes each diagram must show beneath their finding.
fn expected_facets(diagram: Diagram) -> Vec<BoxId> {
    match diagram {
        Diagram::Motivations => facets(content(), "attraction"),
        Diagram::Benefits => Family::Benefits
            .nodes()
            .iter()
            .flat_map(|b| facets(content(), b))
            .collect(),
        _ => Vec::new(),
    }
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
}

fn inside(inner: &Rect, outer: &Rect) -> bool {
    inner.x >= outer.x
        && inner.y >= outer.y
        && inner.right() <= outer.right()
        && inner.bottom() <= outer.bottom()
}

fn all_rects(l: &Layout) -> Vec<&Placed> {
    l.headings.iter().chain(&l.boxes).collect()
}

/// The numbers in SVG path data.
fn numbers(path: &str) -> Vec<f32> {
    path.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap_or_else(|_| panic!("`{s}` in `{path}`")))
        .collect()
}

fn close(a: f32, b: f32) -> bool {
    (a - b).abs() <= 0.05
}

#[test]
fn every_node_and_every_facet_is_a_selectable_box() {
    for (diagram, orientation, l) in every_layout() {
        let mut expected = expected_nodes(diagram);
        expected.extend(expected_facets(diagram));
        for id in &expected {
            let placed = l
                .find(*id)
                .unwrap_or_else(|| panic!("{diagram:?} {orientation:?} has no box {id:?}"));
            assert!(placed.interactive, "{diagram:?} {orientation:?}: {id:?}");
        }
        assert_eq!(
            l.boxes.len(),
            expected.len(),
            "{diagram:?} {orientation:?} has extra boxes"
        );
        assert!(l.boxes.iter().all(|b| b.interactive), "{diagram:?}");
    }
}

#[test]
fn box_ids_are_unique_within_a_diagram_also_in_markup() {
    for (diagram, orientation, l) in every_layout() {
        let mut ids: Vec<String> = l.boxes.iter().map(|b| b.id.dom_id()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), before, "{diagram:?} {orientation:?}");
    }
}

#[test]
fn facets_sit_beneath_their_parent_indented() {
    for (diagram, orientation, l) in every_layout() {
        for child in l.boxes.iter().filter(|b| b.parent.is_some()) {
            let parent = l.find(child.parent.unwrap()).expect("a parent box");
            assert!(
                child.rect.y >= parent.rect.bottom(),
                "{diagram:?} {orientation:?}: {:?} is not beneath {:?}",
                child.id,
                parent.id
            );
            assert!(child.rect.x > parent.rect.x, "{diagram:?}: {:?}", child.id);
            assert_eq!(child.column, parent.column);
        }
    }
}

#[test]
fn no_two_boxes_or_headings_overlap() {
    for (diagram, orientation, l) in every_layout() {
        let rects = all_rects(&l);
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(
                    !overlaps(&a.rect, &b.rect),
                    "{diagram:?} {orientation:?}: {:?} {:?} overlaps {:?} {:?}",
                    a.id,
                    a.rect,
                    b.id,
                    b.rect
                );
            }
        }
    }
}

#[test]
fn everything_lies_inside_the_drawing_and_the_frame() {
    for (diagram, orientation, l) in every_layout() {
        let canvas = Rect {
            x: 0.0,
            y: 0.0,
            w: l.width,
            h: l.height,
        };
        for placed in all_rects(&l) {
            assert!(
                inside(&placed.rect, &canvas),
                "{diagram:?} {orientation:?}: {:?} {:?} outside {}x{}",
                placed.id,
                placed.rect,
                l.width,
                l.height
            );
        }
        let around = spec(diagram, content()).frame;
        assert_eq!(
            l.frame.is_some(),
            around != FrameAround::Nothing,
            "{diagram:?} {orientation:?}"
        );
        if let Some(frame) = l.frame {
            assert!(inside(&frame, &canvas), "{diagram:?} {orientation:?}");
            let label = l.frame_label.expect("a frame has a label");
            assert!(inside(&label, &frame), "{diagram:?} {orientation:?}");
        }
        if let (Some(frame), FrameAround::Everything) = (l.frame, around) {
            for placed in all_rects(&l) {
                assert!(
                    inside(&placed.rect, &frame),
                    "{diagram:?} {orientation:?}: {:?} {:?} outside the frame {:?}",
                    placed.id,
                    placed.rect,
                    frame
                );
            }
        }
    }
}

#[test]
fn the_overview_frames_only_the_interactions_as_parasocial() {
    for orientation in ORIENTATIONS {
        let l = laid_out(Diagram::Overview, orientation);
        let frame = l.frame.expect("the overview frames the interactions");
        let label = l.frame_label.expect("the frame has a label");
        // 48 units leave the label link a 44 px target once CSS gives it `min-height: 44px`.
        assert!(label.h >= 40.0, "{orientation:?}: label {label:?}");
        for b in l.headings.iter().chain(&l.boxes) {
            let in_interactions = l.headings[b.column].id == BoxId::Family(Family::Interactions);
            if in_interactions {
                assert!(
                    inside(&b.rect, &frame),
                    "{orientation:?}: `{}` outside",
                    b.id.dom_id()
                );
            } else {
                assert!(
                    !overlaps(&b.rect, &frame),
                    "{orientation:?}: `{}` {:?} inside the parasocial frame {frame:?}",
                    b.id.dom_id(),
                    b.rect
                );
            }
        }
        assert!(!overlaps(&label, &l.headings[1].rect), "{orientation:?}");
    }
}

#[test]
fn narrow_layouts_fit_a_320_wide_phone_with_touch_sized_boxes() {
    for diagram in DIAGRAMS {
        let l = laid_out(diagram, Orientation::Narrow);
        assert_eq!(l.width, 320.0, "{diagram:?}");
        for b in l.boxes.iter().filter(|b| b.interactive) {
            assert!(
                b.rect.h >= TOUCH && b.rect.w >= TOUCH,
                "{diagram:?}: {:?} is {}x{}",
                b.id,
                b.rect.w,
                b.rect.h
            );
        }
    }
}

#[test]
fn wide_layouts_keep_selectable_boxes_touch_sized() {
    for diagram in DIAGRAMS {
        let l = laid_out(diagram, Orientation::Wide);
        for b in l.boxes.iter().filter(|b| b.interactive) {
            assert!(
                b.rect.h >= TOUCH,
                "{diagram:?}: {:?} is {} tall",
                b.id,
                b.rect.h
            );
        }
    }
}

#[test]
fn columns_follow_reading_order_across_or_down() {
    for (diagram, orientation, l) in every_layout() {
        for pair in l.headings.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let last_of_a = l.boxes.iter().filter(|x| x.column == a.column);
            match orientation {
                Orientation::Wide => {
                    let right = last_of_a
                        .map(|x| x.rect.right())
                        .fold(a.rect.right(), f32::max);
                    assert!(b.rect.x > right, "{diagram:?}: {:?} after {:?}", b.id, a.id);
                }
                Orientation::Narrow => {
                    let bottom = last_of_a
                        .map(|x| x.rect.bottom())
                        .fold(a.rect.bottom(), f32::max);
                    assert!(
                        b.rect.y > bottom,
                        "{diagram:?}: {:?} below {:?}",
                        b.id,
                        a.id
                    );
                }
            }
        }
    }
}

/// The start and end points of SVG path data made of absolute M, H, V, L and C commands.
fn ends(path: &str) -> ((f32, f32), (f32, f32)) {
    let mut start = None;
    let (mut x, mut y) = (0.0, 0.0);
    let mut rest = path.trim();
    while let Some(command) = rest.chars().next() {
        let body_end = rest[1..]
            .find(|c: char| c.is_ascii_alphabetic())
            .map_or(rest.len(), |i| i + 1);
        let n = numbers(&rest[1..body_end]);
        match command {
            'M' | 'L' => (x, y) = (n[0], n[1]),
            'H' => x = n[0],
            'V' => y = n[0],
            'C' => (x, y) = (n[4], n[5]),
            other => panic!("`{other}` in {path}"),
        }
        start.get_or_insert((x, y));
        rest = &rest[body_end..];
    }
    (start.expect("a path"), (x, y))
}

/// How far `point` lies from `rect` (0 inside it).
fn distance((px, py): (f32, f32), r: &Rect) -> f32 {
    let dx = (r.x - px).max(px - r.right()).max(0.0);
    let dy = (r.y - py).max(py - r.bottom()).max(0.0);
    dx.hypot(dy)
}

/// Every drawn line that ends at a benefit (within an arrowhead's reach) without starting at
/// that benefit's own facets, as `(benefit, the box nearest its start)`. Judged from the
/// drawing, not the ids: the stray arrow from "Humour" into "Information" was a column arrow.
fn lines_into_a_benefit_from_elsewhere(l: &Layout) -> Vec<(BoxId, BoxId)> {
    let reach = 12.0;
    let mut found = Vec::new();
    for line in l.lines() {
        let (start, end) = ends(&line.path);
        for benefit in Family::Benefits.nodes() {
            let Some(target) = l.find(BoxId::Finding(benefit)) else {
                continue;
            };
            if distance(end, &target.rect) > reach {
                continue;
            }
            let nearest = l
                .boxes
                .iter()
                .min_by(|a, b| distance(start, &a.rect).total_cmp(&distance(start, &b.rect)))
                .expect("boxes");
            let own = matches!(nearest.id, BoxId::Facet { finding, .. } if finding == *benefit);
            if !own || distance(start, &nearest.rect) > reach {
                found.push((target.id, nearest.id));
            }
        }
    }
    found
}

#[test]
fn no_diagram_draws_a_line_into_a_benefit_from_a_facet_not_its_own() {
    for (diagram, orientation, l) in every_layout() {
        let stray = lines_into_a_benefit_from_elsewhere(&l);
        assert!(stray.is_empty(), "{diagram:?} {orientation:?}: {stray:?}");
    }
    // The rule fires on the old drawing: the facets in a column of their own beside the
    // benefits, and a line (an arrow, then) from "Humour" into "Information".
    let facets: Vec<Entry> = Family::Benefits
        .nodes()
        .iter()
        .flat_map(|b| facets(content(), b))
        .map(Entry::node)
        .collect();
    let benefits = Family::Benefits
        .nodes()
        .iter()
        .map(|b| Entry::node(BoxId::Finding(b)))
        .collect();
    let old = Spec {
        columns: vec![
            Column {
                id: BoxId::Heading(explainer::domain::diagram::id::Heading::Other),
                entries: facets,
            },
            Column {
                id: BoxId::Family(Family::Benefits),
                entries: benefits,
            },
        ],
        frame: FrameAround::Nothing,
        per_row: 1,
    };
    let mut drawn = layout(&old, Orientation::Wide);
    let humour = BoxId::Facet {
        finding: "entertainment",
        facet: "humour",
    };
    let (from, to) = (
        drawn.find(humour).unwrap().rect,
        drawn.find(BoxId::Finding("information")).unwrap().rect,
    );
    drawn
        .brackets
        .push(explainer::domain::diagram::layout::Arrow {
            from: old.columns[0].id,
            to: old.columns[1].id,
            path: format!(
                "M{} {}L{} {}",
                from.right() + 6.0,
                from.cy(),
                to.x - 8.0,
                to.cy()
            ),
        });
    assert_eq!(
        lines_into_a_benefit_from_elsewhere(&drawn),
        [(BoxId::Finding("information"), humour)]
    );
}

#[test]
fn each_benefit_comes_first_and_brackets_what_it_includes() {
    for orientation in ORIENTATIONS {
        let l = laid_out(Diagram::Benefits, orientation);
        let mut expected = Vec::new();
        for benefit in Family::Benefits.nodes() {
            for facet in facets(content(), benefit) {
                expected.push((BoxId::Finding(benefit), facet));
            }
        }
        let drawn: Vec<(BoxId, BoxId)> = l.brackets.iter().map(|b| (b.from, b.to)).collect();
        assert_eq!(drawn, expected, "{orientation:?}");
        for bracket in &l.brackets {
            let (from, to) = (l.find(bracket.from).unwrap(), l.find(bracket.to).unwrap());
            assert_eq!(to.parent, Some(from.id), "{orientation:?}");
            assert!(to.rect.y > from.rect.bottom(), "the benefit first");
            let (start, end) = ends(&bracket.path);
            assert!(
                close(start.1, from.rect.bottom()) && start.0 > from.rect.x,
                "{orientation:?}: starts under {:?}: {}",
                from.id,
                bracket.path
            );
            assert!(
                close(end.0, to.rect.x) && close(end.1, to.rect.cy()),
                "{orientation:?}: ends at {:?}: {}",
                to.id,
                bracket.path
            );
        }
    }
}

#[test]
fn every_facet_and_action_is_bracketed_to_its_box_and_nothing_else_is() {
    for (diagram, orientation, l) in every_layout() {
        let children: Vec<(BoxId, BoxId)> = l
            .boxes
            .iter()
            .filter_map(|b| Some((b.parent?, b.id)))
            .collect();
        let drawn: Vec<(BoxId, BoxId)> = l.brackets.iter().map(|b| (b.from, b.to)).collect();
        assert_eq!(drawn, children, "{diagram:?} {orientation:?}");
    }
}

#[test]
fn the_phone_overview_fits_its_three_parts_on_about_one_screen() {
    let l = laid_out(Diagram::Overview, Orientation::Narrow);
    // 320 units are 358 px on a 390 px phone (16 px margins): the drawing leaves room on
    // an 844 px screen for its caption and note above it (the e2e suite checks the rest).
    assert!(l.height * 358.0 / 320.0 < 680.0, "{}", l.height);
    for b in &l.boxes {
        assert!(
            b.rect.h >= TOUCH && b.rect.w >= 100.0,
            "{:?} {:?}",
            b.id,
            b.rect
        );
    }
}

#[test]
fn hovering_a_node_highlights_what_it_connects_to() {
    // The overview joins nothing: its three families stand side by side.
    let l = laid_out(Diagram::Overview, Orientation::Wide);
    assert!(l.connected(BoxId::Finding("bandwagon")).is_empty());
    assert!(l.connected(BoxId::Finding("applause")).is_empty());
    assert!(l.connected(BoxId::Finding("no-such-box")).is_empty());
    // An action is not in the overview, even though `applause` is both a form and a finding.
    assert!(l.connected(BoxId::Action("applause")).is_empty());

    let benefits = laid_out(Diagram::Benefits, Orientation::Wide);
    let facet = BoxId::Facet {
        finding: "information",
        facet: "current-info",
    };
    let connected = benefits.connected(facet);
    assert!(
        connected.contains(&BoxId::Finding("information")),
        "{connected:?}"
    );
    assert!(
        !connected.contains(&BoxId::Finding("entertainment")),
        "{connected:?}"
    );
}

#[test]
fn the_arrangement_follows_the_orientation_it_is_given() {
    // Same spec, two arrangements: the layout depends on its inputs, not on call order.
    for diagram in DIAGRAMS {
        let wide = laid_out(diagram, Orientation::Wide);
        let narrow = laid_out(diagram, Orientation::Narrow);
        assert_eq!(narrow.width, 320.0, "{diagram:?}");
        assert_ne!(wide, narrow, "{diagram:?}");
        assert_eq!(laid_out(diagram, Orientation::Wide), wide, "{diagram:?}");
    }
}

#[test]
fn drawn_paths_use_no_negative_zero_or_trailing_decimal_zero() {
    for (diagram, orientation, l) in every_layout() {
        for arrow in l.lines() {
            let tokens = arrow
                .path
                .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                .filter(|s| !s.is_empty());
            for token in tokens {
                let decimals = token.split_once('.').map_or(0, |(_, d)| d.len());
                assert!(
                    token != "-0" && !token.ends_with(".0") && decimals <= 1,
                    "{diagram:?} {orientation:?}: `{token}` in {}",
                    arrow.path
                );
            }
        }
    }
}

#[test]
fn both_arrangements_place_the_same_boxes_in_the_same_order() {
    // The markup pairs the wide and the narrow position of a box by index.
    for diagram in DIAGRAMS {
        let a = Arranged::new(&spec(diagram, content()));
        let ids = |l: &Layout| {
            let boxes = l.boxes.iter().map(|b| b.id);
            boxes
                .chain(l.headings.iter().map(|h| h.id))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&a.wide), ids(&a.narrow), "{diagram:?}");
        assert_eq!(a.wide.frame_label.is_some(), a.narrow.frame_label.is_some());
        for i in 0..a.wide.boxes.len() {
            let style = a.box_style(i);
            assert!(
                style.starts_with("--wl:") && style.contains(";--nl:"),
                "{style}"
            );
        }
    }
}

#[test]
fn the_stylesheet_switches_arrangements_at_the_same_width_as_the_layout() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/style.css"))
        .expect("the stylesheet");
    // Every block of the wide query (the header has one of its own too; the diagrams' also
    // holds for print, `@media print, (min-width: …)`).
    let query = format!("{} {{", wide_media_query());
    let blocks: Vec<&str> = css
        .split(&query)
        .skip(1)
        .map(|block| &block[..block.find("\n}").expect("the block closes")])
        .collect();
    assert!(!blocks.is_empty(), "the wide media query");
    let wide = blocks.concat();
    for rule in [
        "left: var(--wl)",
        "aspect-ratio: var(--wr)",
        ".diagram__lines--narrow { display: none; }",
    ] {
        assert!(wide.contains(rule), "{rule} in {wide}");
    }
    assert!(
        css.contains("left: var(--nl)") && css.contains(".diagram__lines--wide { display: none; }")
    );
}

#[test]
fn the_motivations_bands_hold_the_internal_and_the_external_drives_only() {
    use explainer::domain::diagram::id::Heading;
    use explainer::domain::diagram::specs::banded;
    for orientation in ORIENTATIONS {
        let l = laid_out(Diagram::Motivations, orientation);
        let bands: Vec<Rect> = banded(Diagram::Motivations)
            .iter()
            .map(|&i| l.band(i).expect("a column"))
            .collect();
        let headings: Vec<BoxId> = banded(Diagram::Motivations)
            .iter()
            .map(|&i| l.headings[i].id)
            .collect();
        assert_eq!(
            headings,
            [
                BoxId::Heading(Heading::Internal),
                BoxId::Heading(Heading::External)
            ]
        );
        assert!(!overlaps(&bands[0], &bands[1]), "{orientation:?}");
        let canvas = Rect {
            x: 0.0,
            y: 0.0,
            w: l.width,
            h: l.height,
        };
        for (band, column) in bands.iter().zip(banded(Diagram::Motivations)) {
            assert!(inside(band, &canvas), "{orientation:?}: {band:?}");
            for placed in all_rects(&l) {
                let mine = placed.column == *column;
                assert_eq!(
                    inside(&placed.rect, band),
                    mine,
                    "{orientation:?}: {:?} and the band of column {column}",
                    placed.id
                );
                if !mine {
                    assert!(
                        !overlaps(&placed.rect, band),
                        "{orientation:?}: {:?}",
                        placed.id
                    );
                }
            }
        }
    }
    // Bandwagon and role model, which Chapter V sorts neither way, are on no band.
    for diagram in [Diagram::Overview, Diagram::Interactions, Diagram::Benefits] {
        assert!(banded(diagram).is_empty(), "{diagram:?}");
    }
}
