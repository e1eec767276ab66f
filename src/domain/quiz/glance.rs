//! The results at a glance: each family's results as one flat, ordered list with icons,
//! for the compact overview on the results page and the shareable card's first places.
//!
//! Attraction is listed as its three parts (physical appeal, similarity, competence), as
//! Chapter V names them, each with its own score; the other constructs are one result each.
//! Equal scores share a place and are marked tied, so a tie is never hidden by the order.

use super::instrument::{ConstructFamily, Instrument};
use super::scoring::{sort_high_first, ConstructScore};
use crate::domain::card::Tone;
use crate::domain::glyph::Glyph;
use crate::domain::lang::Lang;

/// One result in a family's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlanceRow {
    /// The construct's slug, or the part's slug for a part of attraction.
    pub slug: String,
    /// The construct it belongs to (itself for a construct without parts).
    pub construct: String,
    /// Its icon.
    pub glyph: Option<Glyph>,
    /// 1 for the first; equal scores share a place. `None` without enough answers.
    pub rank: Option<usize>,
    /// Whether another result shares its place.
    pub tied: bool,
    /// 0–100, `None` without enough answers.
    pub score: Option<u8>,
}

/// The three families shown at a glance, in the chapter's order.
pub const GLANCE_FAMILIES: [ConstructFamily; 3] = [
    ConstructFamily::Motivations,
    ConstructFamily::Interactions,
    ConstructFamily::Benefits,
];

/// The results of `family`, highest score first; instrument order inside a tie, results
/// without enough answers last.
pub fn glance(scores: &[ConstructScore], family: ConstructFamily) -> Vec<GlanceRow> {
    let mut rows: Vec<GlanceRow> = scores
        .iter()
        .filter(|s| s.family == family)
        .flat_map(|s| {
            let whole = (s.parts.is_empty()).then(|| GlanceRow {
                slug: s.slug.to_string(),
                construct: s.slug.to_string(),
                glyph: Glyph::of_finding(s.slug),
                rank: None,
                tied: false,
                score: s.score,
            });
            let parts = s.parts.iter().map(|(part, tally)| GlanceRow {
                slug: part.to_string(),
                construct: s.slug.to_string(),
                glyph: Glyph::of_attraction_facet(part),
                rank: None,
                tied: false,
                score: tally.score,
            });
            whole.into_iter().chain(parts).collect::<Vec<_>>()
        })
        .collect();
    // Instrument order stays inside a tie.
    sort_high_first(&mut rows, |r| r.score.map(i16::from).unwrap_or(-1));
    for i in 0..rows.len() {
        let Some(score) = rows[i].score else { continue };
        let first = rows
            .iter()
            .position(|r| r.score == Some(score))
            .unwrap_or(i);
        let shared = rows.iter().filter(|r| r.score == Some(score)).count();
        rows[i].rank = Some(first + 1);
        rows[i].tied = shared > 1;
    }
    rows
}

/// A row's name in `lang`: the construct's label, or the part's.
pub fn row_label(row: &GlanceRow, instrument: &Instrument, lang: Lang) -> String {
    let Some(construct) = instrument.construct(&row.construct) else {
        return row.slug.clone();
    };
    if row.slug == row.construct {
        return construct.label.get(lang).to_string();
    }
    construct
        .parts()
        .iter()
        .find(|p| p.slug.as_ref() == row.slug)
        .map(|p| p.label.get(lang).to_string())
        .unwrap_or_else(|| row.slug.clone())
}

/// The card's colour for a family.
pub fn tone(family: ConstructFamily) -> Tone {
    match family {
        ConstructFamily::Interactions => Tone::Interactions,
        ConstructFamily::Benefits => Tone::Benefits,
        _ => Tone::Motivations,
    }
}
