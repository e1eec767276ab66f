//! The card's first-person sentence: for each family, its first place in the reader's
//! answers, in the reader's words ("What draws me to this account: what we have in
//! common"). A family gets a line only when its first place is one the answers support:
//! agreement above the scale's middle, or doing it at least "sometimes"; a first place the
//! reader leaned against, was neutral on or had too few answers for is left out, so the card
//! never names a finding the answers do not point to.

use super::glance::{glance, GLANCE_FAMILIES};
use super::instrument::Scale;
use super::scoring::ConstructScore;
use super::summary::join_names;
use crate::domain::card::CardLine;
use crate::domain::i18n::card as c;
use crate::domain::lang::Lang;

/// Whether a score on `scale` says the reader's answers point towards it.
pub fn supports(score: u8, scale: Scale) -> bool {
    match scale {
        Scale::Agreement => score > 50,
        Scale::Frequency => score >= 50,
    }
}

/// The card's lines in `lang`, one per family whose first place the answers support.
pub fn card_lines(scores: &[ConstructScore], lang: Lang) -> Vec<CardLine> {
    GLANCE_FAMILIES
        .iter()
        .filter_map(|&family| {
            let rows = glance(scores, family);
            let first: Vec<_> = rows
                .iter()
                .filter(|row| row.rank == Some(1))
                .filter(|row| {
                    let scale = scores.iter().find(|s| s.slug == row.construct).map(|s| s.scale);
                    matches!((row.score, scale), (Some(score), Some(scale)) if supports(score, scale))
                })
                .collect();
            let words: Vec<String> = first
                .iter()
                .filter_map(|row| c::phrase(&row.slug).map(|p| p.get(lang).to_string()))
                .collect();
            (!words.is_empty()).then(|| CardLine {
                tone: super::glance::tone(family),
                glyph: first[0].glyph,
                lead: c::lead(family).get(lang).to_string(),
                words: join_names(&words, lang),
            })
        })
        .collect()
}
