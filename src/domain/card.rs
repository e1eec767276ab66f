//! The results card: a picture of the reader's results to share, as a list of drawing
//! operations. The browser only carries them out on a canvas (`platform`), so what the card
//! shows and where is decided, and tested, here.
//!
//! Two formats: a 1080 × 1920 story image and a 1200 × 630 link preview. Both show the
//! order of motivations, interaction forms and benefits with their icons and family colours,
//! the "a reflection, not a test" caveat and the results link. Nothing personal is on it.

use super::glyph::Glyph;

/// The picture's shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardFormat {
    /// 1080 × 1920, for stories.
    Story,
    /// 1200 × 630, for link previews and posts.
    Link,
}

impl CardFormat {
    /// Both formats.
    pub const ALL: [CardFormat; 2] = [CardFormat::Story, CardFormat::Link];

    /// Width and height in pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            CardFormat::Story => (1080, 1920),
            CardFormat::Link => (1200, 630),
        }
    }

    /// The downloaded file's name.
    pub fn file_name(self) -> &'static str {
        match self {
            CardFormat::Story => "micro-influencer-reflection-story.png",
            CardFormat::Link => "micro-influencer-reflection.png",
        }
    }
}

/// The card's typeface: the reader's system sans-serif, as the canvas and the SVG drawings
/// name it.
pub const FONT_FAMILY: &str =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", sans-serif";

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for a canvas fill style.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The card's own light palette (a shared picture does not follow the reader's theme). Each
/// family colour and the muted text reach WCAG AA (4.5:1) on the white background.
pub mod palette {
    use super::Rgb;
    /// Background.
    pub const PAPER: Rgb = Rgb(0xff, 0xff, 0xff);
    /// Main text.
    pub const INK: Rgb = Rgb(0x1b, 0x1d, 0x21);
    /// Secondary text.
    pub const MUTED: Rgb = Rgb(0x4a, 0x50, 0x59);
    /// Empty part of a bar.
    pub const TRACK: Rgb = Rgb(0xe5, 0xe8, 0xec);
    /// Motivations.
    pub const MOTIVATIONS: Rgb = Rgb(0x9d, 0x17, 0x4d);
    /// Interaction forms.
    pub const INTERACTIONS: Rgb = Rgb(0x0a, 0x58, 0xa8);
    /// Benefits.
    pub const BENEFITS: Rgb = Rgb(0x16, 0x65, 0x34);
}

/// Which family a group of results belongs to, for its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// 5.1.1.
    Motivations,
    /// 5.1.2.
    Interactions,
    /// 5.1.3.
    Benefits,
}

impl Tone {
    /// The family colour.
    pub fn colour(self) -> Rgb {
        match self {
            Tone::Motivations => palette::MOTIVATIONS,
            Tone::Interactions => palette::INTERACTIONS,
            Tone::Benefits => palette::BENEFITS,
        }
    }
}

/// One result on the card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardEntry {
    /// What it is, in the reader's language.
    pub label: String,
    /// Its icon.
    pub glyph: Option<Glyph>,
    /// Its place in the order of the reader's answers (tied entries share one); `None` when
    /// there were not enough answers.
    pub rank: Option<usize>,
    /// Whether another entry shares its place.
    pub tied: bool,
    /// 0–100, drawn as a bar; `None` when there were not enough answers.
    pub score: Option<u8>,
}

/// The results of one family, in the order of the reader's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardGroup {
    /// The family, for its colour.
    pub tone: Tone,
    /// Its heading.
    pub title: String,
    /// Its entries.
    pub entries: Vec<CardEntry>,
}

/// The card's words, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardText {
    /// The heading.
    pub heading: String,
    /// The explainer's name.
    pub subheading: String,
    /// "A reflection, not a test."
    pub caveat: String,
    /// The badge for a shared place.
    pub tied: String,
    /// Shown instead of a bar when there were not enough answers.
    pub not_enough: String,
    /// The results link.
    pub link: String,
}

/// One drawing operation. Positions are in pixels from the top left; text is drawn from
/// its top edge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// A filled rectangle with rounded corners.
    Fill {
        /// Left.
        x: u32,
        /// Top.
        y: u32,
        /// Width.
        w: u32,
        /// Height.
        h: u32,
        /// Corner radius.
        radius: u32,
        /// Colour.
        colour: Rgb,
    },
    /// One line of text, squeezed by the canvas if wider than `max_width`.
    Text {
        /// Left.
        x: u32,
        /// Top.
        y: u32,
        /// Font size in pixels.
        size: u32,
        /// Bold or regular.
        bold: bool,
        /// Colour.
        colour: Rgb,
        /// The line.
        text: String,
        /// The widest it may be.
        max_width: u32,
    },
    /// An icon from [`Glyph`], scaled from its 24-unit grid to `size`.
    Icon {
        /// Left.
        x: u32,
        /// Top.
        y: u32,
        /// Width and height.
        size: u32,
        /// Which icon.
        glyph: Glyph,
        /// Stroke colour.
        colour: Rgb,
    },
}

/// Splits `text` into lines of at most about `max_chars` characters at spaces.
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max_chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Characters that fit in `width` pixels at `size`: system sans-serif text averages about
/// half its size per character, so this errs towards shorter lines.
fn chars_in(width: u32, size: u32) -> usize {
    (width * 2 / size).max(1) as usize
}

/// The largest font size up to `max` at which `text` fits on one line of `width` pixels,
/// allowing 0.6 of the size per character (bold system sans-serif is about that wide).
pub fn fit_size(text: &str, width: u32, max: u32) -> u32 {
    let chars = text.chars().count().max(1) as u32;
    (width * 10 / (6 * chars)).clamp(1, max)
}

/// The results link as shown on the card: without `https://`, which adds nothing to read.
fn shown_link(link: &str) -> String {
    link.trim_start_matches("https://").to_string()
}

/// Where something is drawn: its top left corner and the width it may take.
#[derive(Clone, Copy)]
struct Area {
    x: u32,
    y: u32,
    width: u32,
}

/// Text lines stacked from the area's top; returns the operations and the next free `y`.
fn paragraph(text: &str, at: Area, size: u32, bold: bool, colour: Rgb) -> (Vec<Op>, u32) {
    let Area { x, y, width } = at;
    let line_height = size * 5 / 4;
    let ops: Vec<Op> = wrap(text, chars_in(width, size))
        .into_iter()
        .enumerate()
        .map(|(i, line)| Op::Text {
            x,
            y: y + i as u32 * line_height,
            size,
            bold,
            colour,
            text: line,
            max_width: width,
        })
        .collect();
    let next = y + ops.len() as u32 * line_height;
    (ops, next)
}

/// One line of text at the largest size up to `max_size` that fits the area's width.
fn line(text: &str, at: Area, max_size: u32, bold: bool, colour: Rgb) -> Op {
    Op::Text {
        x: at.x,
        y: at.y,
        size: fit_size(text, at.width, max_size),
        bold,
        colour,
        text: text.to_string(),
        max_width: at.width,
    }
}

/// Sizes of one entry row.
struct RowStyle {
    icon: u32,
    font: u32,
    bar: u32,
}

/// An entry's words: "2. Similarity", "Role model — not enough answers", with the tie
/// badge where it shares its place. Used on the card and in its text version.
pub fn entry_label(entry: &CardEntry, text: &CardText) -> String {
    let label = match entry.rank {
        Some(rank) => format!("{rank}. {}", entry.label),
        None => format!("{} — {}", entry.label, text.not_enough),
    };
    if entry.tied {
        format!("{label} · {}", text.tied)
    } else {
        label
    }
}

/// One entry: icon, "rank. label (tied)" or the not-enough note, and a score bar.
fn entry_ops(
    entry: &CardEntry,
    tone: Tone,
    text: &CardText,
    at: Area,
    style: &RowStyle,
) -> Vec<Op> {
    let Area { x, y, width } = at;
    let colour = tone.colour();
    let text_x = x + style.icon + style.icon / 3;
    let text_w = width.saturating_sub(text_x - x);
    let label = entry_label(entry, text);
    let mut ops = Vec::new();
    if let Some(glyph) = entry.glyph {
        ops.push(Op::Icon {
            x,
            y,
            size: style.icon,
            glyph,
            colour,
        });
    }
    ops.push(Op::Text {
        x: text_x,
        y,
        size: style.font,
        bold: entry.rank == Some(1),
        colour: palette::INK,
        text: label,
        max_width: text_w,
    });
    let bar_y = y + style.font * 5 / 4 + style.bar / 2;
    ops.push(Op::Fill {
        x: text_x,
        y: bar_y,
        w: text_w,
        h: style.bar,
        radius: style.bar / 2,
        colour: palette::TRACK,
    });
    if let Some(score) = entry.score.filter(|s| *s > 0) {
        let w = (text_w * u32::from(score.min(100)) / 100).max(style.bar);
        ops.push(Op::Fill {
            x: text_x,
            y: bar_y,
            w,
            h: style.bar,
            radius: style.bar / 2,
            colour,
        });
    }
    ops
}

/// A group: its heading in the family colour, then one entry every `row` pixels.
fn group_ops(
    group: &CardGroup,
    text: &CardText,
    at: Area,
    title_size: u32,
    row: u32,
    style: &RowStyle,
) -> Vec<Op> {
    let Area { x, y, width } = at;
    let mut ops = vec![Op::Text {
        x,
        y,
        size: title_size,
        bold: true,
        colour: group.tone.colour(),
        text: group.title.clone(),
        max_width: width,
    }];
    let first = y + title_size * 3 / 2;
    for (i, entry) in group.entries.iter().enumerate() {
        let y = first + i as u32 * row;
        ops.extend(entry_ops(
            entry,
            group.tone,
            text,
            Area { x, y, width },
            style,
        ));
    }
    ops
}

/// The drawing of the card in `format`.
pub fn layout(format: CardFormat, text: &CardText, groups: &[CardGroup]) -> Vec<Op> {
    let (w, h) = format.size();
    let mut ops = vec![Op::Fill {
        x: 0,
        y: 0,
        w,
        h,
        radius: 0,
        colour: palette::PAPER,
    }];
    match format {
        CardFormat::Story => ops.extend(story(text, groups, w, h)),
        CardFormat::Link => ops.extend(link(text, groups, w, h)),
    }
    ops
}

/// The explainer's accent band along the top (story) or the left edge (link picture).
fn accent_band(w: u32, h: u32) -> Op {
    Op::Fill {
        x: 0,
        y: 0,
        w,
        h,
        radius: 0,
        colour: palette::INTERACTIONS,
    }
}

fn story(text: &CardText, groups: &[CardGroup], w: u32, h: u32) -> Vec<Op> {
    let margin = 80;
    let inner = w - 2 * margin;
    let mut ops = vec![accent_band(w, 16)];
    let at = |y| Area {
        x: margin,
        y,
        width: inner,
    };
    let (heading, y) = paragraph(&text.heading, at(96), 64, true, palette::INK);
    let (subheading, y) = paragraph(&text.subheading, at(y + 8), 36, false, palette::MUTED);
    ops.extend(heading.into_iter().chain(subheading));
    let footer_top = h - 260;
    let entries: u32 = groups.iter().map(|g| g.entries.len() as u32).sum();
    let titles = groups.len() as u32 * (44 * 3 / 2 + 40);
    let row = ((footer_top - (y + 56) - titles) / entries.max(1)).clamp(60, 112);
    let style = RowStyle {
        icon: (row * 3 / 5).min(64),
        font: (row * 2 / 5).min(42),
        bar: (row / 8).min(14),
    };
    let mut top = y + 56;
    for group in groups {
        ops.extend(group_ops(group, text, at(top), 44, row, &style));
        top += 44 * 3 / 2 + group.entries.len() as u32 * row + 40;
    }
    let (caveat, next) = paragraph(&text.caveat, at(footer_top + 40), 36, false, palette::MUTED);
    ops.extend(caveat);
    ops.push(line(
        &shown_link(&text.link),
        at(next + 24),
        30,
        false,
        palette::INTERACTIONS,
    ));
    ops
}

fn link(text: &CardText, groups: &[CardGroup], w: u32, h: u32) -> Vec<Op> {
    let margin = 56;
    let inner = w - 2 * margin;
    let mut ops = vec![accent_band(12, h)];
    let at = |y| Area {
        x: margin,
        y,
        width: inner,
    };
    ops.push(line(&text.heading, at(44), 44, true, palette::INK));
    ops.push(line(&text.subheading, at(104), 26, false, palette::MUTED));
    let gap = 32;
    let columns = groups.len().max(1) as u32;
    let column = (inner - gap * (columns - 1)) / columns;
    let most = groups
        .iter()
        .map(|g| g.entries.len() as u32)
        .max()
        .unwrap_or(1)
        .max(1);
    let row = ((500 - 210) / most).clamp(36, 64);
    let style = RowStyle {
        icon: (row * 3 / 5).min(36),
        font: (row * 2 / 5).min(24),
        bar: (row / 8).clamp(4, 8),
    };
    for (i, group) in groups.iter().enumerate() {
        let x = margin + i as u32 * (column + gap);
        ops.extend(group_ops(
            group,
            text,
            Area {
                x,
                y: 164,
                width: column,
            },
            28,
            row,
            &style,
        ));
    }
    ops.push(line(&text.caveat, at(524), 24, false, palette::MUTED));
    ops.push(line(
        &shown_link(&text.link),
        at(568),
        24,
        false,
        palette::INTERACTIONS,
    ));
    ops
}
