//! The results card's drawing: everything on the canvas, every result and the caveat and
//! link on it, rows that do not overlap, bars that follow the scores; and the card's view
//! rendered with yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::card::{
    layout, palette, wrap, CardEntry, CardFormat, CardGroup, CardText, Op, Tone,
};
use explainer::domain::glyph::Glyph;
use explainer::ui::components::results_card::{ResultsCard, ResultsCardProps};
use std::rc::Rc;
use yew::LocalServerRenderer;

fn entry(label: &str, glyph: Glyph, rank: Option<usize>, score: Option<u8>) -> CardEntry {
    CardEntry {
        label: label.to_string(),
        glyph: Some(glyph),
        rank,
        tied: false,
        score,
    }
}

fn text() -> CardText {
    CardText {
        heading: "What draws me to micro influencers".into(),
        subheading: "Why followers follow micro influencers — an explainer of Chapter V".into(),
        caveat: "A reflection, not a test: it shows the order of my answers, nothing more.".into(),
        tied: "tied".into(),
        not_enough: "not enough answers".into(),
        link: "https://example.edu/explainer/en/results/#AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY".into(),
    }
}

/// The largest card: every motivation with attraction's three parts, every form and benefit.
fn groups(first: &str) -> Vec<CardGroup> {
    let mut motivations = vec![
        entry(
            "Positive emotional arousal",
            Glyph::EmotionalArousal,
            Some(1),
            Some(88),
        ),
        entry("Physical appeal", Glyph::PhysicalAppeal, Some(2), Some(75)),
        entry("Similarity", Glyph::Similarity, Some(3), Some(50)),
        entry("Competence", Glyph::Competence, Some(4), Some(44)),
        entry("Bandwagon effect", Glyph::Bandwagon, Some(5), Some(19)),
        entry("Role model", Glyph::RoleModel, None, None),
    ];
    motivations[0].label = first.to_string();
    let mut interactions = vec![
        entry("Applause", Glyph::Applause, Some(1), Some(63)),
        entry("Conversation", Glyph::Conversation, Some(1), Some(63)),
        entry("Amplification", Glyph::Amplification, Some(3), Some(6)),
    ];
    interactions[0].tied = true;
    interactions[1].tied = true;
    vec![
        CardGroup {
            tone: Tone::Motivations,
            title: "Motivations".into(),
            entries: motivations,
        },
        CardGroup {
            tone: Tone::Interactions,
            title: "Interaction".into(),
            entries: interactions,
        },
        CardGroup {
            tone: Tone::Benefits,
            title: "Benefits".into(),
            entries: vec![
                entry(
                    "Information and recommendations",
                    Glyph::Information,
                    Some(1),
                    Some(100),
                ),
                entry("Entertainment", Glyph::Entertainment, Some(2), Some(0)),
            ],
        },
    ]
}

fn texts(ops: &[Op]) -> Vec<(&str, u32, u32)> {
    ops.iter()
        .filter_map(|op| match op {
            Op::Text { text, x, y, .. } => Some((text.as_str(), *x, *y)),
            _ => None,
        })
        .collect()
}

#[test]
fn everything_is_drawn_inside_the_picture() {
    for format in CardFormat::ALL {
        let (w, h) = format.size();
        let ops = layout(format, &text(), &groups("Positive emotional arousal"));
        for op in &ops {
            let (right, bottom) = match op {
                Op::Fill { x, y, w, h, .. } => (x + w, y + h),
                Op::Text {
                    x,
                    y,
                    size,
                    max_width,
                    ..
                } => (x + max_width, y + size * 5 / 4),
                Op::Icon { x, y, size, .. } => (x + size, y + size),
            };
            assert!(
                right <= w && bottom <= h,
                "{format:?}: {op:?} leaves the {w}x{h} picture"
            );
        }
        assert_eq!(
            ops.first(),
            Some(&Op::Fill {
                x: 0,
                y: 0,
                w,
                h,
                radius: 0,
                colour: palette::PAPER
            }),
            "{format:?} starts from a blank page"
        );
    }
}

#[test]
fn every_result_the_caveat_and_the_link_are_on_the_card() {
    for format in CardFormat::ALL {
        let ops = layout(format, &text(), &groups("Positive emotional arousal"));
        let lines: Vec<&str> = texts(&ops).into_iter().map(|(t, _, _)| t).collect();
        let all = lines.join(" ");
        for needle in [
            "1. Positive emotional arousal",
            "2. Physical appeal",
            "5. Bandwagon effect",
        ] {
            assert!(lines.contains(&needle), "{format:?}: {needle} in {lines:?}");
        }
        assert!(
            lines.contains(&"Role model — not enough answers"),
            "{format:?}"
        );
        assert!(lines.contains(&"1. Applause · tied") && lines.contains(&"1. Conversation · tied"));
        assert!(all.contains("A reflection, not a test"), "{format:?}");
        // The link is whole on one line, shown without its scheme.
        let shown = text().link.replace("https://", "");
        assert!(lines.contains(&shown.as_str()), "{format:?}: {lines:?}");
        for title in ["Motivations", "Interaction", "Benefits"] {
            assert!(lines.contains(&title), "{format:?}: {title}");
        }
        let icons = ops
            .iter()
            .filter(|op| matches!(op, Op::Icon { .. }))
            .count();
        assert_eq!(icons, 11, "{format:?}: one icon per result");
    }
}

#[test]
fn rows_follow_each_other_without_overlapping() {
    for format in CardFormat::ALL {
        let ops = layout(format, &text(), &groups("Positive emotional arousal"));
        let mut rows: Vec<(u32, u32, u32)> = ops
            .iter()
            .filter_map(|op| match op {
                Op::Icon { x, y, size, .. } => Some((*x, *y, *size)),
                _ => None,
            })
            .collect();
        rows.sort();
        for pair in rows.windows(2) {
            let ((x1, y1, size), (x2, y2, _)) = (pair[0], pair[1]);
            if x1 == x2 {
                assert!(y2 >= y1 + size, "{format:?}: rows at {y1} and {y2} overlap");
            }
        }
    }
}

#[test]
fn bars_follow_the_scores_and_empty_scores_draw_no_bar() {
    let ops = layout(
        CardFormat::Story,
        &text(),
        &groups("Positive emotional arousal"),
    );
    let bars: Vec<(u32, u32, u32)> = ops
        .iter()
        .filter_map(|op| match op {
            Op::Fill { y, w, colour, .. } if *colour == palette::MOTIVATIONS => Some((*y, *w, 0)),
            _ => None,
        })
        .collect();
    // Six motivations, but "role model" has no score: five family-coloured bars.
    assert_eq!(bars.len(), 5, "{bars:?}");
    let widths: Vec<u32> = bars.iter().map(|b| b.1).collect();
    assert!(
        widths.windows(2).all(|p| p[0] > p[1]),
        "bars shrink with the scores: {widths:?}"
    );
    let track = ops
        .iter()
        .find_map(|op| match op {
            Op::Fill { w, colour, .. } if *colour == palette::TRACK => Some(*w),
            _ => None,
        })
        .unwrap();
    assert_eq!(widths[0], track * 88 / 100);
    // A score of 0 (entertainment) keeps its empty track and gets no fill.
    let benefit_bars = ops
        .iter()
        .filter(|op| matches!(op, Op::Fill { colour, .. } if *colour == palette::BENEFITS))
        .count();
    assert_eq!(benefit_bars, 1);
}

#[test]
fn different_results_draw_different_cards() {
    let a = layout(
        CardFormat::Link,
        &text(),
        &groups("Positive emotional arousal"),
    );
    let b = layout(CardFormat::Link, &text(), &groups("Bandwagon effect"));
    assert_ne!(a, b);
}

#[test]
fn long_lines_wrap_at_spaces_without_losing_words() {
    let caveat = text().caveat;
    let lines = wrap(&caveat, 20);
    assert!(lines.len() > 2);
    assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
    assert_eq!(lines.join(" "), caveat);
    assert_eq!(wrap("", 10), Vec::<String>::new());
    assert_eq!(
        wrap("unbreakable-very-long-word", 5),
        vec!["unbreakable-very-long-word"]
    );
}

#[tokio::test]
async fn the_card_view_shows_a_preview_its_text_and_both_buttons() {
    let props = ResultsCardProps {
        text: Rc::new(text()),
        groups: Rc::new(groups("Positive emotional arousal")),
    };
    let html = LocalServerRenderer::<ResultsCard>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    // The preview is the story drawing, the picture the main button shares, named for
    // assistive technology.
    assert!(html.contains(r#"viewBox="0 0 1080 1920""#), "{html}");
    assert!(html.contains(r#"role="img""#));
    assert!(html.contains(r#"data-testid="card-preview""#));
    // One drawn icon per result, each on the 24-unit grid.
    assert_eq!(html.matches(r#"viewBox="0 0 24 24""#).count(), 11);
    // The text version lists every result with its place, ties and gaps.
    let text_version = &html[html.find(r#"data-testid="card-text""#).unwrap()..];
    for line in [
        "<li>1. Applause · tied</li>",
        "<li>Role model — not enough answers</li>",
    ] {
        assert!(text_version.contains(line), "{line}");
    }
    assert!(text_version.contains("A reflection, not a test"));
    assert!(
        html.contains(r#"data-testid="card-story""#) && html.contains(r#"data-testid="card-link""#)
    );
    // Share comes first, with the results link to copy beside it.
    let share = html.find(r#"data-testid="card-story""#).unwrap();
    let copy = html.find("Copy results link").expect("a copy link button");
    assert!(share < copy);
}
