//! The family colours meet WCAG 2.1 AA contrast (4.5:1) where they are used: on the page's
//! backgrounds in light and dark mode (read from the stylesheet itself), on the diagrams'
//! family tints (a node's fill, its text, border and icon; a selected node's text on the
//! family colour), and on the results card in its light and dark themes.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::card::{palette, CardTheme, Rgb, Tone};

const STYLESHEET: &str = include_str!("../assets/style.css");

/// Where each theme's `:root` block starts in the stylesheet, and its name.
const THEMES: [(&str, &str); 2] = [
    ("/* The site's stylesheet", "light"),
    ("prefers-color-scheme: dark", "dark"),
];

/// sRGB channel to linear light, as WCAG 2.1 defines relative luminance.
fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn hex(value: &str) -> Rgb {
    let v = value.trim().trim_start_matches('#');
    assert_eq!(v.len(), 6, "a six-digit colour: {value}");
    let byte = |i: usize| u8::from_str_radix(&v[i..i + 2], 16).expect("hex");
    Rgb(byte(0), byte(2), byte(4))
}

/// The value of custom property `name` in the first `:root` block after `from`.
fn property(from: &str, name: &str) -> Rgb {
    let block = &STYLESHEET[STYLESHEET.find(from).expect(from)..];
    let block = &block[block.find(":root").expect(":root")..];
    let block = &block[..block.find('}').unwrap()];
    let start = block
        .find(&format!("{name}:"))
        .unwrap_or_else(|| panic!("{name} in {from}"));
    let value = &block[start + name.len() + 1..];
    hex(&value[..value.find(';').unwrap()])
}

#[test]
fn family_colours_are_readable_on_every_background_in_both_themes() {
    for (anchor, theme) in THEMES {
        for family in ["--fam-motivations", "--fam-interactions", "--fam-benefits"] {
            let colour = property(anchor, family);
            for background in ["--bg", "--surface"] {
                let ratio = contrast(colour, property(anchor, background));
                assert!(
                    ratio >= 4.5,
                    "{theme}: {family} on {background} is {ratio:.2}:1"
                );
            }
        }
        // The post's last-used action: the interactions colour on the soft accent.
        let ratio = contrast(
            property(anchor, "--fam-interactions"),
            property(anchor, "--accent-soft"),
        );
        assert!(ratio >= 4.5, "{theme}: last action is {ratio:.2}:1");
    }
}

#[test]
fn diagram_nodes_in_their_family_tint_are_readable_in_both_themes() {
    for (anchor, theme) in THEMES {
        for family in ["motivations", "interactions", "benefits"] {
            let colour = property(anchor, &format!("--fam-{family}"));
            let tint = property(anchor, &format!("--tint-{family}"));
            let bg = property(anchor, "--bg");
            // A node: the text and the icon on its fill, its border against the fill and
            // against the page (a boundary needs 3:1; we hold it to 4.5:1 like text).
            for (what, fg, on) in [
                ("text on the tint", property(anchor, "--text"), tint),
                ("icon and border on the tint", colour, tint),
                ("border on the page", colour, bg),
                // Selected: the page colour as text on the family colour.
                ("selected text", bg, colour),
            ] {
                let ratio = contrast(fg, on);
                assert!(ratio >= 4.5, "{theme} {family}: {what} is {ratio:.2}:1");
            }
            // The tint differs from the page only as a fill: the border carries the edge.
            assert!(
                contrast(tint, bg) < 1.5,
                "{theme} {family}: a tint, not a block"
            );
        }
        // The hover ring against the tints and the page.
        let lit = property(anchor, "--lit");
        for on in [
            "--bg",
            "--tint-motivations",
            "--tint-interactions",
            "--tint-benefits",
        ] {
            let ratio = contrast(lit, property(anchor, on));
            assert!(ratio >= 3.0, "{theme}: --lit on {on} is {ratio:.2}:1");
        }
    }
}

#[test]
fn the_card_colours_are_readable_on_white() {
    for colour in [
        palette::MOTIVATIONS,
        palette::INTERACTIONS,
        palette::BENEFITS,
        palette::INK,
        palette::MUTED,
    ] {
        let ratio = contrast(colour, palette::PAPER);
        assert!(ratio >= 4.5, "{colour:?} on white is {ratio:.2}:1");
    }
}

#[test]
fn both_card_themes_are_readable_and_their_icons_stand_out_on_the_family_blocks() {
    for theme in CardTheme::ALL {
        let c = theme.colours();
        for colour in [c.ink, c.muted].iter().chain(&c.families) {
            let ratio = contrast(*colour, c.paper);
            assert!(ratio >= 4.5, "{theme:?}: {colour:?} is {ratio:.2}:1");
        }
        // An icon is a graphic: 3:1 against the block it sits on.
        for family in c.families {
            let ratio = contrast(c.on_family, family);
            assert!(
                ratio >= 3.0,
                "{theme:?}: icon on {family:?} is {ratio:.2}:1"
            );
        }
    }
    // On the story each line lies on its family's tint: the lead in the family colour and
    // the words in ink stay AA, and the tint still reads apart from the paper.
    for theme in CardTheme::ALL {
        let c = theme.colours();
        for tone in [Tone::Motivations, Tone::Interactions, Tone::Benefits] {
            let tint = c.tint(tone);
            for colour in [c.ink, tone.colour_in(&c)] {
                let ratio = contrast(colour, tint);
                assert!(
                    ratio >= 4.5,
                    "{theme:?} {tone:?}: {colour:?} on its tint is {ratio:.2}:1"
                );
            }
            assert_ne!(tint, c.paper, "{theme:?} {tone:?}");
        }
    }
    // The dark card uses the stylesheet's dark colours.
    let dark = CardTheme::Dark.colours();
    let anchor = THEMES[1].0;
    assert_eq!(dark.paper, property(anchor, "--bg"));
    assert_eq!(dark.ink, property(anchor, "--text"));
    assert_eq!(dark.families[0], property(anchor, "--fam-motivations"));
    assert_eq!(dark.families[1], property(anchor, "--fam-interactions"));
    assert_eq!(dark.families[2], property(anchor, "--fam-benefits"));
}

#[test]
fn contrast_matches_the_wcag_reference_values() {
    let black = Rgb(0, 0, 0);
    let white = Rgb(255, 255, 255);
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // #767676 on white is the classic smallest grey that passes AA: 4.54:1.
    let grey = contrast(Rgb(0x76, 0x76, 0x76), white);
    assert!((grey - 4.54).abs() < 0.01, "{grey}");
}
