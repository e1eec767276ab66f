//! Each page's own link preview: the picture (1200 × 630, Open Graph's size) a chat app or a
//! social network shows for a shared link, so a link to `id/motivations/bandwagon/` shows
//! bandwagon. It is drawn with the results card's operations ([`Op`]): the section's family
//! colour, its icon and its title in the page's language, beside the explainer's name.
//!
//! The build draws one per page when it knows the site's public address (`SITE_URL`; a
//! relative image address is of no use to a link preview), and the page's head names it
//! ([`super::page_head`]).

use super::address::{PageAddress, Route};
use super::card::{chars_in, estimated_width, fit_size, palette, wrap, CardFormat, Op, Rgb, Tone};
use super::content::Content;
use super::diagram::labels::family_question;
use super::glyph::Glyph;
use super::i18n::{quiz as q, shell as s};
use super::taxonomy::Family;
use super::titles::{family_label, route_label};

/// Every preview has the results card's link format (1200 × 630), so both kinds of picture
/// fill a link's card alike.
pub const FORMAT: CardFormat = CardFormat::Link;

/// The folder of `dist/` that holds the previews (nothing else reads it: not the service
/// worker, not the SCORM packages).
pub const FOLDER: &str = "preview";

/// What a page's preview shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkPreview {
    /// The panel on the left: the family colour, or white for pages of no one family.
    pub panel: Rgb,
    /// The icons on the panel, each with its colour.
    pub icons: Vec<(Glyph, Rgb)>,
    /// A short line above the title in `accent`: the finding's family, "Glossary".
    pub kicker: Option<String>,
    /// The page's title in its language; after a ` · `, what follows is drawn on a line of its
    /// own, muted: a finding's term (`Friends follow too · bandwagon effect`), a family's
    /// question (`Interactions · How do they interact?`).
    pub title: String,
    /// The explainer's name, at the foot.
    pub site: String,
    /// The colour of the kicker and of the rule above the explainer's name.
    pub accent: Rgb,
}

/// A family's colour.
pub fn tone(family: Family) -> Tone {
    match family {
        Family::Motivations => Tone::Motivations,
        Family::Interactions => Tone::Interactions,
        Family::Benefits => Tone::Benefits,
    }
}

/// The nine findings' icons in reading order, each in its family's colour.
fn every_finding() -> Vec<(Glyph, Rgb)> {
    Family::ALL
        .into_iter()
        .flat_map(|family| {
            family
                .nodes()
                .iter()
                .filter_map(move |node| Glyph::of_finding(node))
                .map(move |glyph| (glyph, tone(family).colour()))
        })
        .collect()
}

impl LinkPreview {
    /// The preview of `page`: a finding (or a glossary term naming one) shows its icon in
    /// white on its family's colour; a family page shows its findings' icons; every other page
    /// (the overview, the quiz, the references, …) shows the nine findings' icons in their
    /// colours on white, the explainer at a glance.
    pub fn of(page: &PageAddress, content: &Content) -> LinkPreview {
        let lang = page.lang;
        let finding = match &page.route {
            Route::Family {
                node: Some(node), ..
            } => content.finding(node),
            Route::Glossary(Some(term)) => content.finding_of_term(term),
            _ => None,
        };
        let own = |family: Family, glyphs: Vec<Glyph>| {
            let icons = glyphs.into_iter().map(|g| (g, palette::PAPER)).collect();
            (tone(family).colour(), icons, tone(family).colour())
        };
        let (panel, icons, accent) = match (&page.route, finding) {
            (_, Some(finding)) => own(
                finding.family,
                Glyph::of_finding(&finding.slug).into_iter().collect(),
            ),
            (Route::Family { family, .. }, None) => own(
                *family,
                family
                    .nodes()
                    .iter()
                    .filter_map(|n| Glyph::of_finding(n))
                    .collect(),
            ),
            _ => (palette::PAPER, every_finding(), palette::INK),
        };
        let (kicker, title) = match (&page.route, finding) {
            (Route::Glossary(Some(term)), _) => (
                Some(s::NAV_GLOSSARY.get(lang).to_string()),
                content
                    .term(term)
                    .map(|t| t.term.get(lang).to_string())
                    .unwrap_or_else(|| route_label(&page.route, content, lang)),
            ),
            (_, Some(finding)) => (
                Some(family_label(finding.family).get(lang).to_string()),
                finding.heading(lang),
            ),
            (Route::Family { family, .. }, None) => (
                None,
                format!(
                    "{} · {}",
                    family_label(*family).get(lang),
                    family_question(*family).get(lang)
                ),
            ),
            // A results link is mostly opened by someone else than the one who answered:
            // "Reflection results", not "Your reflection results".
            (Route::Results(_), _) => (None, q::RESULTS_TITLE_PLAIN.get(lang).to_string()),
            _ => (None, route_label(&page.route, content, lang)),
        };
        LinkPreview {
            panel,
            icons,
            kicker,
            title,
            site: s::APP_TITLE.get(lang).to_string(),
            accent,
        }
    }

    /// The picture's text alternative: its words, in the order they are read.
    pub fn alt(&self) -> String {
        let words: Vec<&str> = self
            .kicker
            .iter()
            .map(String::as_str)
            .chain([self.title.as_str(), self.site.as_str()])
            .collect();
        words.join(" — ")
    }

    /// The drawing: the panel with its icons on the left, then the kicker, the title (up to
    /// three lines, as large as fits) and the explainer's name under a short rule.
    pub fn ops(&self) -> Vec<Op> {
        let (w, h) = FORMAT.size();
        let panel_w = 450;
        let mut ops = vec![
            Op::Fill {
                x: 0,
                y: 0,
                w,
                h,
                radius: 0,
                colour: palette::PAPER,
            },
            Op::Fill {
                x: 0,
                y: 0,
                w: panel_w,
                h,
                radius: 0,
                colour: self.panel,
            },
        ];
        ops.extend(icon_grid(&self.icons, panel_w, h));
        // A white panel is set off from the words by a light rule.
        if self.panel == palette::PAPER {
            ops.push(Op::Fill {
                x: panel_w - 4,
                y: 64,
                w: 4,
                h: h - 128,
                radius: 2,
                colour: palette::TRACK,
            });
        }
        let x = panel_w + 64;
        let width = w - x - 64;
        let rule = h - 132;
        let (size, lines) = title_lines(&self.title, width);
        let line_height = size * 6 / 5;
        let kicker_height = if self.kicker.is_some() { 64 } else { 0 };
        // The kicker and title sit in the middle of the space above the rule.
        let block = kicker_height + lines.len() as u32 * line_height;
        let mut y = rule.saturating_sub(block) / 2;
        if let Some(kicker) = &self.kicker {
            ops.push(Op::Text {
                x,
                y,
                size: fit_size(kicker, width, 32),
                bold: true,
                colour: self.accent,
                text: kicker.clone(),
                max_width: width,
            });
            y += kicker_height;
        }
        for (i, (line, term)) in lines.into_iter().enumerate() {
            ops.push(Op::Text {
                x,
                y: y + i as u32 * line_height,
                size,
                bold: !term,
                colour: if term { palette::MUTED } else { palette::INK },
                text: line,
                max_width: width,
            });
        }
        ops.push(Op::Fill {
            x,
            y: rule,
            w: 96,
            h: 8,
            radius: 4,
            colour: self.accent,
        });
        ops.push(Op::Text {
            x,
            y: rule + 36,
            size: fit_size(&self.site, width, 30),
            bold: false,
            colour: palette::MUTED,
            text: self.site.clone(),
            max_width: width,
        });
        ops
    }
}

/// The size (from 72 down to 40 pixels) and lines of `title` in `width`: the largest at which
/// it takes two lines, if that is 48 or more, else the largest at which it takes three. A
/// finding's heading (`Friends follow too · bandwagon effect`) breaks at its `·`: the short
/// name, then the term on a line of its own, marked `true` (drawn regular and muted, so the
/// two do not read as one phrase).
fn title_lines(title: &str, width: u32) -> (u32, Vec<(String, bool)>) {
    // The card's own estimate of a line's width, which allows for wide fonts (DejaVu Sans).
    let at = |size: u32| -> Vec<(String, bool)> {
        title
            .split(" · ")
            .enumerate()
            .flat_map(|(i, part)| {
                let term = i > 0;
                wrap(part, chars_in(width, size, !term))
                    .into_iter()
                    .map(move |l| (l, term))
            })
            .collect()
    };
    // A word longer than a line stays whole, so each line is checked too.
    let fits = |size: u32, most: usize| {
        let lines = at(size);
        (lines.len() <= most
            && lines
                .iter()
                .all(|(l, term)| estimated_width(l, size, !term) <= width))
        .then_some((size, lines))
    };
    let sizes = || (40..=72).rev().step_by(4);
    // Two lines at 48 pixels or more read better than three larger ones ending in a word
    // left alone ("Friends follow / too").
    sizes()
        .filter(|size| *size >= 48)
        .find_map(|size| fits(size, 2))
        .or_else(|| sizes().find_map(|size| fits(size, 3)))
        .unwrap_or_else(|| (40, at(40)))
}

/// `icons` in a grid centred on a panel `w` × `h`: one large, up to four two by two, more
/// three by three; a last row that is not full is centred too.
fn icon_grid(icons: &[(Glyph, Rgb)], w: u32, h: u32) -> Vec<Op> {
    let n = icons.len() as u32;
    let columns = match n {
        0 | 1 => 1,
        2..=4 => 2,
        _ => 3,
    };
    let rows = n.div_ceil(columns).max(1);
    let cell = ((w - 120) / columns).min((h - 160) / rows);
    let size = if n == 1 { cell * 3 / 4 } else { cell * 2 / 3 };
    let top = (h - rows * cell) / 2;
    icons
        .iter()
        .enumerate()
        .map(|(i, (glyph, colour))| {
            let (column, row) = (i as u32 % columns, i as u32 / columns);
            let in_row = (n - row * columns).min(columns);
            let left = (w - in_row * cell) / 2;
            Op::Icon {
                x: left + column * cell + (cell - size) / 2,
                y: top + row * cell + (cell - size) / 2,
                size,
                glyph: *glyph,
                colour: *colour,
            }
        })
        .collect()
}

/// Where `page`'s preview is, from the site root: `preview/en/motivations/bandwagon.png`,
/// `preview/id.png` for an overview.
pub fn image_path(page: &PageAddress) -> String {
    format!("{FOLDER}/{}.png", page.folder().trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::content;
    use crate::domain::lang::Lang;

    /// Every page the build prerenders, in both languages.
    fn every_page() -> Vec<PageAddress> {
        let mut routes = Route::stable_links();
        routes.push(Route::Results(String::new()));
        routes.extend(
            content()
                .glossary
                .iter()
                .map(|t| Route::Glossary(Some(t.slug.to_string()))),
        );
        Lang::ALL
            .into_iter()
            .flat_map(|lang| {
                routes
                    .iter()
                    .map(move |r| PageAddress::new(lang, r.clone()))
            })
            .collect()
    }

    fn words(ops: &[Op]) -> Vec<&str> {
        ops.iter()
            .filter_map(|op| match op {
                Op::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    fn icons(ops: &[Op]) -> Vec<(Glyph, Rgb)> {
        ops.iter()
            .filter_map(|op| match op {
                Op::Icon { glyph, colour, .. } => Some((*glyph, *colour)),
                _ => None,
            })
            .collect()
    }

    /// The panel's colour: the second fill, after the white paper.
    fn panel(ops: &[Op]) -> Rgb {
        match &ops[1] {
            Op::Fill { x: 0, colour, .. } => *colour,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_finding_shows_its_family_colour_its_icon_and_its_title_in_its_language() {
        let id: &[&str] = &["Motivasi", "Teman juga", "mengikuti", "efek bandwagon"];
        let en: &[&str] = &["Motivations", "Friends follow too", "bandwagon effect"];
        for (lang, lines) in [(Lang::Id, id), (Lang::En, en)] {
            let page = PageAddress::new(
                lang,
                Route::Family {
                    family: Family::Motivations,
                    node: Some("bandwagon"),
                },
            );
            let preview = LinkPreview::of(&page, content());
            let ops = preview.ops();
            assert_eq!(panel(&ops), palette::MOTIVATIONS);
            assert_eq!(icons(&ops), [(Glyph::Bandwagon, palette::PAPER)]);
            // The family, then the heading broken at its "·" (the short name, then the
            // term), then the explainer's name.
            let mut expected = lines.to_vec();
            expected.push(s::APP_TITLE.get(lang));
            assert_eq!(words(&ops), expected);
            let family = lines[0];
            assert_eq!(
                preview.alt(),
                format!(
                    "{family} — {} — {}",
                    content().finding("bandwagon").unwrap().heading(lang),
                    s::APP_TITLE.get(lang)
                )
            );
            // The term is drawn regular, the short name bold.
            let bold: Vec<bool> = ops
                .iter()
                .filter_map(|op| match op {
                    Op::Text { bold, .. } => Some(*bold),
                    _ => None,
                })
                .collect();
            assert_eq!(bold[bold.len() - 2..], [false, false], "{lines:?}");
            assert!(bold[1], "{lines:?}");
        }
    }

    #[test]
    fn each_section_has_its_family_and_icons_and_other_pages_show_all_nine() {
        let content = content();
        for page in every_page() {
            let ops = LinkPreview::of(&page, content).ops();
            let shown = icons(&ops);
            let glyphs: Vec<Glyph> = shown.iter().map(|(g, _)| *g).collect();
            let finding = match &page.route {
                Route::Family { node: Some(n), .. } => content.finding(n),
                Route::Glossary(Some(t)) => content.finding_of_term(t),
                _ => None,
            };
            match (&page.route, finding) {
                (_, Some(f)) => {
                    assert_eq!(panel(&ops), tone(f.family).colour(), "{page:?}");
                    assert_eq!(glyphs, [Glyph::of_finding(&f.slug).unwrap()], "{page:?}");
                    assert!(
                        words(&ops).contains(&family_label(f.family).get(page.lang))
                            || matches!(page.route, Route::Glossary(_))
                    );
                }
                (Route::Family { family, .. }, None) => {
                    assert_eq!(panel(&ops), tone(*family).colour(), "{page:?}");
                    let own: Vec<Glyph> = family
                        .nodes()
                        .iter()
                        .filter_map(|n| Glyph::of_finding(n))
                        .collect();
                    assert_eq!(glyphs, own, "{page:?}");
                    let text = words(&ops).join(" ");
                    assert!(text.contains(family_label(*family).get(page.lang)));
                    assert!(text.contains(family_question(*family).get(page.lang)));
                }
                _ => {
                    assert_eq!(panel(&ops), palette::PAPER, "{page:?}");
                    assert_eq!(shown, every_finding(), "{page:?}");
                    assert_eq!(shown.len(), 9);
                }
            }
            // White icons stand on a family colour; coloured icons on white.
            assert!(shown.iter().all(|(_, c)| *c != panel(&ops)), "{page:?}");
        }
        // A glossary term naming a finding is drawn as that finding, under "Glossary".
        let term = PageAddress::new(Lang::En, Route::Glossary(Some("bandwagon-effect".into())));
        let preview = LinkPreview::of(&term, content);
        assert_eq!(preview.kicker.as_deref(), Some("Glossary"));
        assert_eq!(preview.panel, palette::MOTIVATIONS);
        assert_eq!(
            preview.title,
            &*content.term("bandwagon-effect").unwrap().term.en
        );
    }

    #[test]
    fn every_page_has_a_preview_of_its_own_in_each_language() {
        let pages = every_page();
        let mut drawings: Vec<Vec<Op>> = pages
            .iter()
            .map(|p| LinkPreview::of(p, content()).ops())
            .collect();
        drawings.sort_by_key(|ops| format!("{ops:?}"));
        drawings.dedup();
        assert_eq!(drawings.len(), pages.len(), "two pages share a preview");
        let mut paths: Vec<String> = pages.iter().map(image_path).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), pages.len());
    }

    #[test]
    fn everything_is_drawn_inside_the_picture_and_every_line_fits_at_its_size() {
        let (w, h) = FORMAT.size();
        for page in every_page() {
            let ops = LinkPreview::of(&page, content()).ops();
            let mut title_bottom = 0;
            for op in &ops {
                let (x, y, right, bottom) = match op {
                    Op::Fill { x, y, w, h, .. } => (*x, *y, x + w, y + h),
                    Op::Icon { x, y, size, .. } => (*x, *y, x + size, y + size),
                    Op::Text {
                        x,
                        y,
                        size,
                        text,
                        max_width,
                        bold,
                        ..
                    } => {
                        // Every line fits by the card's estimate, which allows for wide
                        // fonts, so none is drawn smaller.
                        let estimated = estimated_width(text, *size, *bold);
                        assert!(estimated <= *max_width, "{page:?}: {text} at {size}px");
                        if *size >= 40 {
                            title_bottom = title_bottom.max(y + size * 6 / 5);
                        }
                        (*x, *y, x + max_width, y + size)
                    }
                };
                assert!(
                    x < w && y < h && right <= w && bottom <= h,
                    "{page:?}: {op:?}"
                );
            }
            // The title ends above the rule over the explainer's name.
            assert!(title_bottom + 24 <= h - 132, "{page:?}: {title_bottom}");
        }
    }

    #[test]
    fn a_shared_results_link_does_not_say_your_results() {
        for lang in Lang::ALL {
            let page = PageAddress::new(lang, Route::Results(String::new()));
            let preview = LinkPreview::of(&page, content());
            assert_eq!(preview.title, q::RESULTS_TITLE_PLAIN.get(lang));
        }
    }

    #[test]
    fn previews_sit_in_their_folder_by_page() {
        let page = PageAddress::new(
            Lang::Id,
            Route::Family {
                family: Family::Motivations,
                node: Some("bandwagon"),
            },
        );
        assert_eq!(image_path(&page), "preview/id/motivations/bandwagon.png");
        assert_eq!(
            image_path(&PageAddress::new(Lang::En, Route::Overview)),
            "preview/en.png"
        );
    }
}
