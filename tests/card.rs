//! The results card's drawing: everything inside the picture and, on the story, between the
//! zones Instagram covers; text laid out at its natural width (never squeezed) without
//! overlapping; the first-person lines, the caveat and the quiz's short address on it, light
//! and dark; and the card's view rendered with yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::card::{
    estimated_width, layout, wrap, CardFormat, CardLine, CardText, CardTheme, Op, Rgb, Tone,
    STORY_SAFE,
};
use explainer::domain::glyph::Glyph;
use explainer::ui::components::results_card::{ResultsCard, ResultsCardProps};
use std::rc::Rc;
use yew::LocalServerRenderer;

fn text() -> CardText {
    CardText {
        heading: "Refleksi saya tentang satu micro influencer yang saya ikuti".into(),
        none: "My answers about this account do not lean clearly towards any one thing.".into(),
        caveat: "Refleksi, bukan tes: hanya jawaban saya tentang satu akun. Pernyataannya belum divalidasi.".into(),
        invite: "Take the quiz yourself:".into(),
        quiz_link: "https://example.university.edu/courses/communication/explainer/id/quiz/".into(),
        link: "https://example.edu/explainer/en/results/#AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY".into(),
    }
}

fn line(tone: Tone, glyph: Glyph, lead: &str, words: &str) -> CardLine {
    CardLine {
        tone,
        glyph: Some(glyph),
        lead: lead.into(),
        words: words.into(),
    }
}

/// The longest card: every family, long Indonesian words with ties.
fn lines() -> Vec<CardLine> {
    vec![
        line(
            Tone::Motivations,
            Glyph::EmotionalArousal,
            "Yang menarik saya ke akun ini",
            "perasaan positif dari kehadirannya, kesamaan saya dengannya, dan 3 lainnya",
        ),
        line(
            Tone::Interactions,
            Glyph::Applause,
            "Cara saya paling sering berinteraksi dengannya",
            "like dan reaksi singkat dan membagikan, menyimpan, dan menandai",
        ),
        line(
            Tone::Benefits,
            Glyph::Information,
            "Yang saya dapat darinya",
            "informasi dan rekomendasi dan hiburan",
        ),
    ]
}

/// Every picture the card can be: both formats, both themes, with and without lines.
fn pictures() -> Vec<(CardFormat, CardTheme, usize, Vec<Op>)> {
    let mut out = Vec::new();
    for format in CardFormat::ALL {
        for theme in CardTheme::ALL {
            for n in [0, 1, 3] {
                out.push((
                    format,
                    theme,
                    n,
                    layout(format, theme, &text(), &lines()[..n]),
                ));
            }
        }
    }
    out
}

/// An operation's box: left, top, right, bottom. Text as wide as it is estimated to be.
fn bounds(op: &Op) -> (u32, u32, u32, u32) {
    match op {
        Op::Fill { x, y, w, h, .. } => (*x, *y, x + w, y + h),
        Op::Text {
            x,
            y,
            size,
            bold,
            text,
            ..
        } => (
            *x,
            *y,
            x + estimated_width(text, *size, *bold),
            y + size * 5 / 4,
        ),
        Op::Icon { x, y, size, .. } => (*x, *y, x + size, y + size),
    }
}

/// A family's tinted panel, drawn under its line on the story.
fn is_panel(op: &Op, theme: CardTheme) -> bool {
    let c = theme.colours();
    let tints = [Tone::Motivations, Tone::Interactions, Tone::Benefits].map(|t| c.tint(t));
    matches!(op, Op::Fill { colour, .. } if tints.contains(colour))
}

fn texts(ops: &[Op]) -> Vec<&str> {
    ops.iter()
        .filter_map(|op| match op {
            Op::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn everything_is_drawn_inside_the_picture_on_its_theme_background() {
    for (format, theme, n, ops) in pictures() {
        let (w, h) = format.size();
        for op in &ops {
            let (_, _, right, bottom) = bounds(op);
            assert!(
                right <= w && bottom <= h,
                "{format:?} {theme:?} {n}: {op:?} leaves the picture"
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
                colour: theme.colours().paper
            }),
            "{format:?} {theme:?} starts from a blank page"
        );
    }
}

#[test]
fn the_story_leaves_the_zones_instagram_covers_plain() {
    for (format, theme, n, ops) in pictures() {
        if format != CardFormat::Story {
            continue;
        }
        for op in &ops[1..] {
            let (_, top, _, bottom) = bounds(op);
            assert!(
                top >= STORY_SAFE.start && bottom <= STORY_SAFE.end,
                "{theme:?} {n}: {op:?} in a covered zone"
            );
        }
    }
    assert_eq!((STORY_SAFE.start, 1920 - STORY_SAFE.end), (250, 340));
}

#[test]
fn text_fits_its_width_at_natural_size_and_nothing_overlaps() {
    for (format, theme, n, ops) in pictures() {
        for op in &ops {
            if let Op::Text {
                text,
                size,
                bold,
                max_width,
                ..
            } = op
            {
                assert!(
                    estimated_width(text, *size, *bold) <= *max_width,
                    "{format:?} {theme:?}: “{text}” at {size}px is wider than {max_width}"
                );
            }
        }
        // No two texts, and no text and colour block, overlap (the panels lie under them).
        let boxes: Vec<(u32, u32, u32, u32)> = ops[1..]
            .iter()
            .filter(|op| !matches!(op, Op::Icon { .. }) && !is_panel(op, theme))
            .map(bounds)
            .collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let apart = a.2 <= b.0 || b.2 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                assert!(apart, "{format:?} {theme:?} {n}: {a:?} overlaps {b:?}");
            }
        }
    }
}

#[test]
fn the_lines_the_caveat_and_the_short_quiz_address_are_on_the_card_the_results_link_is_not() {
    for (format, theme, n, ops) in pictures() {
        let all = texts(&ops).join(" ");
        for l in &lines()[..n] {
            assert!(all.contains(&l.lead), "{format:?} {theme:?}: {}", l.lead);
            assert!(
                all.contains(&l.words),
                "{format:?} {theme:?}: {} in {all}",
                l.words
            );
        }
        assert_eq!(all.contains(&text().none), n == 0, "{format:?}");
        assert!(all.contains(&text().caveat), "{format:?}: {all}");
        assert!(all.contains("Pernyataannya belum divalidasi."));
        assert!(all.contains("Take the quiz yourself: example.university.edu/courses/communication/explainer/id/quiz/"), "{all}");
        assert!(!all.contains("https://") && !all.contains("#AQID"), "{all}");
        // One colour block with its icon per line, in the family's colour.
        let families = theme.colours().families;
        let blocks = ops[1..]
            .iter()
            .filter(|op| matches!(op, Op::Fill { colour, .. } if families.contains(colour)))
            .count();
        let icons = ops
            .iter()
            .filter(|op| matches!(op, Op::Icon { .. }))
            .count();
        assert_eq!((blocks, icons), (n, n), "{format:?}");
    }
}

#[test]
fn on_the_story_each_line_sits_whole_in_its_family_panel_and_the_card_is_filled() {
    for theme in CardTheme::ALL {
        for n in [1, 3] {
            let ops = layout(CardFormat::Story, theme, &text(), &lines()[..n]);
            let c = theme.colours();
            // A panel per line, in its family's tint, in the lines' order.
            let panels: Vec<(usize, &Op)> = ops
                .iter()
                .enumerate()
                .filter(|(_, op)| is_panel(op, theme))
                .collect();
            let tones: Vec<Rgb> = panels
                .iter()
                .map(|(_, op)| match op {
                    Op::Fill { colour, .. } => *colour,
                    _ => unreachable!(),
                })
                .collect();
            let want: Vec<Rgb> = lines()[..n].iter().map(|l| c.tint(l.tone)).collect();
            assert_eq!(tones, want, "{theme:?} {n}");
            // Everything drawn after a panel and before the next one's start (its block, icon,
            // lead and words) lies inside it; the heading and the footer lie outside all.
            for (k, (start, panel)) in panels.iter().enumerate() {
                let (l, t, r, b) = bounds(panel);
                let end = panels.get(k + 1).map_or(start + 1, |(next, _)| *next);
                let end = if k + 1 == panels.len() {
                    // The last line's ops run until the footer's caveat.
                    ops.iter()
                        .position(|op| matches!(op, Op::Text { text, .. } if text.starts_with("Refleksi, bukan")))
                        .unwrap()
                } else {
                    end
                };
                let inside = &ops[start + 1..end];
                assert!(inside.len() >= 3, "{theme:?} {n}: {inside:?}");
                for op in inside {
                    let (ol, ot, or, ob) = bounds(op);
                    assert!(
                        ol >= l && ot >= t && or <= r && ob <= b,
                        "{theme:?} {n}: {op:?} outside its panel {panel:?}"
                    );
                }
                for other in &panels[k + 1..] {
                    assert!(bounds(other.1).1 > b, "{theme:?} {n}: panels overlap");
                }
            }
            // The space below the last panel and above the first is shared out: a short card
            // is drawn across the safe area, not in its top half.
            let first_top = bounds(panels[0].1).1;
            let last_bottom = bounds(panels[n - 1].1).3;
            let heading_bottom = ops
                .iter()
                .filter(|op| matches!(op, Op::Text { text, .. } if text.starts_with("Refleksi saya") || text.starts_with("influencer")))
                .map(|op| bounds(op).3)
                .max()
                .unwrap();
            let caveat_top = ops
                .iter()
                .find(
                    |op| matches!(op, Op::Text { text, .. } if text.starts_with("Refleksi, bukan")),
                )
                .map(|op| bounds(op).1)
                .unwrap();
            let above = i64::from(first_top) - i64::from(heading_bottom);
            let below = i64::from(caveat_top) - i64::from(last_bottom);
            assert!(
                above.abs_diff(below) <= 40,
                "{theme:?} {n}: {above} above, {below} below"
            );
        }
    }
    // The link preview is too small for panels.
    let link = layout(CardFormat::Link, CardTheme::Light, &text(), &lines());
    assert!(!link.iter().any(|op| is_panel(op, CardTheme::Light)));
}

#[test]
fn the_story_uses_large_type() {
    let size_of = |ops: &[Op], start: &str| {
        ops.iter()
            .find_map(|op| match op {
                Op::Text { text, size, .. } if text.starts_with(start) => Some(*size),
                _ => None,
            })
            .unwrap()
    };
    // A usual card: one first place per family.
    let usual = vec![
        line(
            Tone::Motivations,
            Glyph::Similarity,
            "What draws me to this account",
            "what we have in common",
        ),
        line(
            Tone::Interactions,
            Glyph::Conversation,
            "How I interact with it most",
            "comments, replies and messages",
        ),
        line(
            Tone::Benefits,
            Glyph::Entertainment,
            "What I get from it",
            "entertainment",
        ),
    ];
    let ops = layout(CardFormat::Story, CardTheme::Light, &text(), &usual);
    assert!(size_of(&ops, "what we have") >= 64);
    // The longest still reads large; the smallest text on the card is the address.
    let ops = layout(CardFormat::Story, CardTheme::Dark, &text(), &lines());
    assert!(size_of(&ops, "perasaan") >= 40);
    let smallest = ops
        .iter()
        .filter_map(|op| match op {
            Op::Text { size, .. } => Some(*size),
            _ => None,
        })
        .min()
        .unwrap();
    // Even a 63-character address of a course's own server stays readable.
    assert!(smallest >= 20, "{smallest}");
}

#[test]
fn light_and_dark_differ_and_file_names_say_the_language_and_theme() {
    let light = layout(CardFormat::Link, CardTheme::Light, &text(), &lines());
    let dark = layout(CardFormat::Link, CardTheme::Dark, &text(), &lines());
    assert_ne!(light, dark);
    assert_eq!(texts(&light), texts(&dark));
    assert_eq!(
        CardFormat::Story.file_name("id", CardTheme::Dark),
        "micro-influencer-reflection-id-story-dark.png"
    );
    assert_eq!(
        CardFormat::Link.file_name("en", CardTheme::Light),
        "micro-influencer-reflection-en.png"
    );
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
async fn the_card_view_shows_the_shared_story_as_preview_its_text_and_the_buttons() {
    let props = ResultsCardProps {
        text: Rc::new(text()),
        lines: Rc::new(lines()),
    };
    let html = LocalServerRenderer::<ResultsCard>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    // The preview is the story drawing, the picture the main button shares, named for
    // assistive technology; light until the reader asks for dark.
    assert!(html.contains(r#"viewBox="0 0 1080 1920""#), "{html}");
    assert!(html.contains(r#"role="img""#));
    assert!(html.contains(r#"data-theme="light""#));
    assert!(
        html.contains(r#"data-testid="card-dark" aria-pressed="false""#),
        "{html}"
    );
    assert!(
        !html.contains("textLength"),
        "no squeezed text in the preview"
    );
    assert_eq!(html.matches(r#"viewBox="0 0 24 24""#).count(), 3);
    // The text version says what the picture says, and gives the full results link.
    let text_version = &html[html.find(r#"data-testid="card-text""#).unwrap()..];
    assert!(text_version
        .contains("<li>Yang saya dapat darinya: informasi dan rekomendasi dan hiburan.</li>"));
    assert!(text_version.contains("Pernyataannya belum divalidasi."));
    assert!(text_version.contains(&text().link));
    // Share comes first, with the results link to copy beside it.
    let share = html.find(r#"data-testid="card-story""#).unwrap();
    let copy = html.find("Copy results link").expect("a copy link button");
    assert!(share < copy);
    assert!(html.contains(r#"data-testid="card-link""#));
}
