//! The results card: a picture of the reader's results to share, as a list of drawing
//! operations. The browser only carries them out on a canvas (`platform`), so what the card
//! shows and where is decided, and tested, here.
//!
//! Two formats: a 1080 × 1920 story image and a 1200 × 630 link preview, each light or dark.
//! Both carry one first-person sentence per family, built only from the reader's own first
//! places that their answers support (`quiz::card_lines`), each beside its icon in a block of
//! the family's colour (on the story, in a panel of the family's tint, the panels spread over
//! the safe area); the "a reflection, not a test" caveat with "the statements are not
//! validated"; and the quiz's short address, so a friend can take it too. Nothing personal is
//! on it. On the story, everything sits between the zones Instagram covers with its own
//! controls (the top 250 and the bottom 340 pixels), which stay plain background.

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

    /// The downloaded file's name, in the picture's language (its code, `id` or `en`) and
    /// theme.
    pub fn file_name(self, lang: &str, theme: CardTheme) -> String {
        let format = match self {
            CardFormat::Story => "-story",
            CardFormat::Link => "",
        };
        let theme = match theme {
            CardTheme::Light => "",
            CardTheme::Dark => "-dark",
        };
        format!("micro-influencer-reflection-{lang}{format}{theme}.png")
    }
}

/// The part of a story picture Instagram leaves uncovered: its progress bar and profile row
/// cover about the top 250 pixels, the reply bar the bottom 340 of 1,920.
pub const STORY_SAFE: std::ops::Range<u32> = 250..1580;

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

/// The colours of one theme of the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Colours {
    /// Background.
    pub paper: Rgb,
    /// Main text.
    pub ink: Rgb,
    /// Secondary text.
    pub muted: Rgb,
    /// Motivations, interaction forms and benefits, in that order.
    pub families: [Rgb; 3],
    /// An icon drawn on a family colour.
    pub on_family: Rgb,
}

impl Colours {
    /// The background of a family's panel on the story: a tenth of the family colour in
    /// the paper on light, a sixth on dark, so the panel reads as the family's without
    /// taking contrast from the text on it (`tests/palette.rs` checks AA).
    pub fn tint(&self, tone: Tone) -> Rgb {
        let share = if self.paper == palette::PAPER { 10 } else { 16 };
        let mix = |paper: u8, family: u8| {
            ((u32::from(paper) * (100 - share) + u32::from(family) * share + 50) / 100) as u8
        };
        let (p, f) = (self.paper, tone.colour_in(self));
        Rgb(mix(p.0, f.0), mix(p.1, f.1), mix(p.2, f.2))
    }
}

/// Light or dark: the reader picks the one that suits their story.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CardTheme {
    /// Dark text on white: the site's light theme.
    #[default]
    Light,
    /// Light text on near-black: the site's dark theme colours.
    Dark,
}

impl CardTheme {
    /// Both themes.
    pub const ALL: [CardTheme; 2] = [CardTheme::Light, CardTheme::Dark];

    /// Its colours: the stylesheet's light and dark values, so each family colour reaches
    /// WCAG AA on the background, as `tests/palette.rs` checks.
    pub fn colours(self) -> Colours {
        match self {
            CardTheme::Light => Colours {
                paper: palette::PAPER,
                ink: palette::INK,
                muted: palette::MUTED,
                families: [
                    palette::MOTIVATIONS,
                    palette::INTERACTIONS,
                    palette::BENEFITS,
                ],
                on_family: palette::PAPER,
            },
            CardTheme::Dark => Colours {
                paper: Rgb(0x12, 0x14, 0x17),
                ink: Rgb(0xec, 0xee, 0xf1),
                muted: Rgb(0xb4, 0xba, 0xc3),
                families: [
                    Rgb(0xf9, 0xa8, 0xd4),
                    Rgb(0x8c, 0xbc, 0xff),
                    Rgb(0x86, 0xef, 0xac),
                ],
                on_family: Rgb(0x12, 0x14, 0x17),
            },
        }
    }
}

/// Which family a line of the card belongs to, for its colour.
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
    /// The family colour on the light card.
    pub fn colour(self) -> Rgb {
        self.colour_in(&CardTheme::Light.colours())
    }

    /// The family colour in `colours`.
    pub fn colour_in(self, colours: &Colours) -> Rgb {
        colours.families[self as usize]
    }
}

/// One family's line of the card's first-person sentence: "What draws me to this account:
/// what we have in common".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardLine {
    /// The family, for its colour.
    pub tone: Tone,
    /// The icon of its first place.
    pub glyph: Option<Glyph>,
    /// The start of the sentence, the same for everyone ("What draws me to this account").
    pub lead: String,
    /// The reader's own first place(s), in words.
    pub words: String,
}

/// The card's words, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardText {
    /// The heading ("My reflection on one micro influencer I follow").
    pub heading: String,
    /// What the card says when the answers support no line.
    pub none: String,
    /// "A reflection, not a test … The statements are not validated."
    pub caveat: String,
    /// The invitation before the quiz's address ("Take the quiz yourself:").
    pub invite: String,
    /// The quiz's address, shown short on the picture.
    pub quiz_link: String,
    /// The results link (the text version and the copy button; too long for a picture).
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
    /// One line of text at its natural width; laid out to fit `max_width`, and drawn smaller
    /// rather than squeezed should a font run wider than estimated.
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

/// Hundredths of its size a character takes on average, with room for wide fonts: bold
/// DejaVu Sans, the widest common fallback, measured up to 0.66 on lowercase Indonesian,
/// regular up to 0.60. Laid out with these, a line fits and is never squeezed.
fn per_char(bold: bool) -> u32 {
    if bold {
        68
    } else {
        60
    }
}

/// The width a line is laid out for (see [`per_char`]).
pub fn estimated_width(text: &str, size: u32, bold: bool) -> u32 {
    text.chars().count() as u32 * size * per_char(bold) / 100
}

/// Characters that fit in `width` pixels at `size` (see [`per_char`]); the link previews
/// wrap their titles with it too.
pub fn chars_in(width: u32, size: u32, bold: bool) -> usize {
    (width * 100 / (size * per_char(bold))).max(1) as usize
}

/// The largest font size up to `max` at which `text` fits on one line of `width` pixels
/// (see [`estimated_width`]).
pub fn fit_size(text: &str, width: u32, max: u32) -> u32 {
    let chars = text.chars().count().max(1) as u32;
    (width * 10 / (6 * chars)).clamp(1, max)
}

/// An address as shown on the card: without `https://` or `http://`, which add nothing to
/// read.
fn shown_link(link: &str) -> &str {
    link.split_once("://").map_or(link, |(_, rest)| rest)
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
    let ops: Vec<Op> = wrap(text, chars_in(width, size, bold))
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

/// The sizes of one format's lines.
struct Style {
    /// Left and right margin.
    margin: u32,
    /// The family colour block's side, and the icon's inside it.
    block: u32,
    icon: u32,
    /// The lead's size, and the largest and smallest sizes tried for the words.
    lead: u32,
    words: std::ops::RangeInclusive<u32>,
    /// Space between lines; more is added to fill the card (see [`lines_ops`]).
    gap: u32,
    /// Inside space of the family's tinted panel round each line; `0` draws no panel.
    pad: u32,
}

/// One line: the family's colour block with its icon and the lead beside it, the reader's
/// words below at full width in `size`, on the story in a panel of the family's tint;
/// returns the operations (the panel first, under the rest) and where the line ends.
fn line_ops(
    line: &CardLine,
    c: &Colours,
    style: &Style,
    column: Area,
    size: u32,
) -> (Vec<Op>, u32) {
    // The panel reaches into the margin, so the text keeps the column's full width and lines
    // up with the heading and the footer.
    let at = Area {
        y: column.y + style.pad,
        ..column
    };
    let colour = line.tone.colour_in(c);
    let mut ops = vec![Op::Fill {
        x: at.x,
        y: at.y,
        w: style.block,
        h: style.block,
        radius: style.block / 6,
        colour,
    }];
    if let Some(glyph) = line.glyph {
        let inset = (style.block - style.icon) / 2;
        ops.push(Op::Icon {
            x: at.x + inset,
            y: at.y + inset,
            size: style.icon,
            glyph,
            colour: c.on_family,
        });
    }
    let beside = at.x + style.block + style.block / 4;
    let lead_at = Area {
        x: beside,
        y: at.y,
        width: at.x + at.width - beside,
    };
    let (mut lead, lead_end) = paragraph(&line.lead, lead_at, style.lead, true, colour);
    // The lead sits in the middle of the block's height.
    let shift = (at.y + style.block).saturating_sub(lead_end) / 2;
    for op in &mut lead {
        if let Op::Text { y, .. } = op {
            *y += shift;
        }
    }
    let below = lead_end.max(at.y + style.block) + style.lead / 2;
    let (words, end) = paragraph(&line.words, Area { y: below, ..at }, size, true, c.ink);
    ops.extend(lead.into_iter().chain(words));
    if style.pad == 0 {
        return (ops, end);
    }
    let bottom = end + style.pad;
    ops.insert(
        0,
        Op::Fill {
            x: column.x - style.pad,
            y: column.y,
            w: column.width + 2 * style.pad,
            h: bottom - column.y,
            radius: style.pad,
            colour: c.tint(line.tone),
        },
    );
    (ops, bottom)
}

/// The card's lines between `at`'s top and `bottom`, at the largest words size that fits.
/// What is left over goes into the space round and between them, up to twice the usual gap
/// each, and the rest above and below, so a short card is not drawn in the top half.
fn lines_ops(lines: &[CardLine], c: &Colours, style: &Style, at: Area, bottom: u32) -> Vec<Op> {
    let draw = |size: u32, top: u32, gap: u32| {
        let mut ops = Vec::new();
        let mut y = top;
        for line in lines {
            let (line, end) = line_ops(line, c, style, Area { y, ..at }, size);
            ops.extend(line);
            y = end + gap;
        }
        (ops, y - gap)
    };
    let mut sizes = style.words.clone().rev().step_by(4);
    let mut size = sizes.next().unwrap_or(*style.words.start());
    let mut end = draw(size, at.y, style.gap).1;
    for smaller in sizes {
        if end <= bottom {
            break;
        }
        size = smaller;
        end = draw(size, at.y, style.gap).1;
    }
    let spare = bottom.saturating_sub(end);
    let spaces = lines.len() as u32 + 1;
    let more = (spare / spaces).min(style.gap * 2);
    let gaps = lines.len().saturating_sub(1) as u32;
    let top = at.y + (spare - more * gaps) / 2;
    draw(size, top, style.gap + more).0
}

/// The caveat, the invitation and the quiz's address, ending at `bottom`; returns them and
/// where they start.
fn footer(
    text: &CardText,
    c: &Colours,
    area: Area,
    bottom: u32,
    sizes: (u32, u32),
) -> (Vec<Op>, u32) {
    let (small, link_max) = sizes;
    let address = shown_link(&text.quiz_link);
    let chars = address.chars().count().max(1) as u32;
    let link_size = (area.width * 100 / (per_char(true) * chars)).clamp(1, link_max);
    let link_y = bottom - link_size * 5 / 4;
    let invite_y = link_y - small * 5 / 4;
    let lines = wrap(&text.caveat, chars_in(area.width, small, false)).len() as u32;
    let top = invite_y - small / 2 - lines * small * 5 / 4;
    let (mut ops, _) = paragraph(&text.caveat, Area { y: top, ..area }, small, false, c.muted);
    let (invite, _) = paragraph(
        &text.invite,
        Area {
            y: invite_y,
            ..area
        },
        small,
        false,
        c.ink,
    );
    ops.extend(invite);
    ops.push(Op::Text {
        x: area.x,
        y: link_y,
        size: link_size,
        bold: true,
        colour: c.families[Tone::Interactions as usize],
        text: address.to_string(),
        max_width: area.width,
    });
    (ops, top)
}

/// The drawing of the card in `format` and `theme`.
pub fn layout(
    format: CardFormat,
    theme: CardTheme,
    text: &CardText,
    lines: &[CardLine],
) -> Vec<Op> {
    let c = theme.colours();
    let (w, h) = format.size();
    let mut ops = vec![Op::Fill {
        x: 0,
        y: 0,
        w,
        h,
        radius: 0,
        colour: c.paper,
    }];
    let (style, top, bottom, heading_size, footer_sizes) = match format {
        CardFormat::Story => (
            Style {
                margin: 80,
                block: 80,
                icon: 56,
                lead: 36,
                words: 40..=72,
                gap: 24,
                pad: 24,
            },
            STORY_SAFE.start + 48,
            STORY_SAFE.end - 40,
            40,
            (30, 40),
        ),
        CardFormat::Link => (
            Style {
                margin: 56,
                block: 48,
                icon: 32,
                lead: 22,
                words: 24..=36,
                gap: 16,
                pad: 0,
            },
            32,
            h - 24,
            32,
            (20, 24),
        ),
    };
    let area = Area {
        x: style.margin,
        y: top,
        width: w - 2 * style.margin,
    };
    let (heading, y) = paragraph(&text.heading, area, heading_size, true, c.ink);
    ops.extend(heading);
    let (footer, footer_top) = footer(text, &c, area, bottom, footer_sizes);
    let first = Area {
        y: y + heading_size * 3 / 4,
        ..area
    };
    let last = footer_top.saturating_sub(heading_size * 3 / 4);
    if lines.is_empty() {
        let (none, _) = paragraph(&text.none, first, *style.words.start(), true, c.ink);
        ops.extend(none);
    } else {
        ops.extend(lines_ops(lines, &c, &style, first, last));
    }
    ops.extend(footer);
    ops
}
