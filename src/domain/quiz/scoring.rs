//! Scores per construct (0–100) and the strongest-to-weakest order within each family.

use super::answers::Answer;
use super::instrument::{ConstructFamily, Instrument};

/// A construct's score from the reader's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstructScore {
    /// The construct's slug, as in `quiz.json`.
    pub slug: String,
    /// The part of Chapter V the construct belongs to.
    pub family: ConstructFamily,
    /// 0–100, or `None` when no item was answered ("not enough answers").
    pub score: Option<u8>,
    /// Items answered with a value.
    pub answered: usize,
    /// Items in the construct.
    pub total: usize,
}

/// Where a score falls, for the sentence connecting it to the study.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// 67–100.
    High,
    /// 34–66.
    Middle,
    /// 0–33.
    Low,
}

impl Band {
    /// The band of a 0–100 score.
    pub fn of(score: u8) -> Band {
        match score {
            67.. => Band::High,
            34..=66 => Band::Middle,
            _ => Band::Low,
        }
    }
}

/// Converts answers on a 1–5 scale to 0–100: the mean position on the scale, rounded.
pub fn score_values(values: &[u8]) -> Option<u8> {
    if values.is_empty() {
        return None;
    }
    let steps: u32 = values.iter().map(|v| u32::from(v.clamp(&1, &5) - 1)).sum();
    let max = 4 * values.len() as u32;
    // Round half up in integers so the same answers give the same score everywhere.
    Some(((steps * 200 + max) / (2 * max)) as u8)
}

/// Scores every construct. `answers` is in answering order; missing slots count as unanswered.
pub fn score_all(instrument: &Instrument, answers: &[Answer]) -> Vec<ConstructScore> {
    let mut offset = 0;
    instrument
        .constructs
        .iter()
        .map(|construct| {
            let total = construct.items.len();
            let values: Vec<u8> = (offset..offset + total)
                .filter_map(|i| answers.get(i).and_then(|a| a.value()))
                .collect();
            offset += total;
            ConstructScore {
                slug: construct.slug.to_string(),
                family: construct.family,
                score: score_values(&values),
                answered: values.len(),
                total,
            }
        })
        .collect()
}

/// Constructs sharing one place in a family's order (a tie when more than one).
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// 1 for the strongest; tied constructs share a place.
    pub rank: usize,
    /// The shared score, or `None` for constructs without enough answers (always last).
    pub score: Option<u8>,
    /// Construct slugs, in instrument order.
    pub slugs: Vec<String>,
}

/// Orders one family's constructs from strongest to weakest; equal scores tie,
/// and constructs without a score come last.
pub fn rank_family(scores: &[ConstructScore], family: ConstructFamily) -> Vec<Place> {
    let mut members: Vec<&ConstructScore> = scores.iter().filter(|s| s.family == family).collect();
    // Stable sort keeps instrument order inside a tie.
    members.sort_by(|a, b| {
        b.score
            .map(i16::from)
            .unwrap_or(-1)
            .cmp(&a.score.map(i16::from).unwrap_or(-1))
    });
    let mut places: Vec<Place> = Vec::new();
    for (seen, member) in members.into_iter().enumerate() {
        match places.last_mut() {
            Some(place) if place.score == member.score => place.slugs.push(member.slug.clone()),
            _ => places.push(Place {
                rank: seen + 1,
                score: member.score,
                slugs: vec![member.slug.clone()],
            }),
        }
    }
    places
}

/// The slugs in first place of a family, if any construct has a score.
pub fn leaders(scores: &[ConstructScore], family: ConstructFamily) -> Vec<String> {
    rank_family(scores, family)
        .into_iter()
        .next()
        .filter(|place| place.score.is_some())
        .map(|place| place.slugs)
        .unwrap_or_default()
}
