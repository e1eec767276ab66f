//! Scores per construct (0–100), sub-scores per part, and each family's order by score.
//!
//! A score needs answers to at least half of its statements, and to both statements of a
//! two-statement part (one answer would be a single statement's word, then ranked beside
//! four-statement scores): fewer say too little to report.

use super::answers::Answer;
use super::form::{Form, FormConstruct};
use super::instrument::{ConstructFamily, Scale};

/// A score from the reader's answers to some statements.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    /// 0–100, or `None` with fewer answers than [`needed`] ("not enough answers").
    pub score: Option<u8>,
    /// Statements answered with a value.
    pub answered: usize,
    /// Statements counted.
    pub total: usize,
}

/// A construct's score from the reader's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstructScore {
    /// The construct's slug, as in `quiz.json`.
    pub slug: &'static str,
    /// The part of Chapter V the construct belongs to.
    pub family: ConstructFamily,
    /// Which five-point scale its statements are answered on.
    pub scale: Scale,
    /// 0–100, or `None` when fewer than half the statements were answered, and always `None`
    /// for a construct reported as parts (it has no single number).
    pub score: Option<u8>,
    /// Statements answered with a value.
    pub answered: usize,
    /// Statements in the construct.
    pub total: usize,
    /// Sub-scores by part slug, in instrument order; empty for a single-score construct.
    pub parts: Vec<(&'static str, Tally)>,
}

impl ConstructScore {
    /// The score that places it in its family's order: its score, or for a construct
    /// reported as parts, its highest part.
    pub fn placing(&self) -> Option<u8> {
        if self.parts.is_empty() {
            self.score
        } else {
            self.parts.iter().filter_map(|(_, t)| t.score).max()
        }
    }
}

/// Where a score falls, for the sentence connecting it to the study.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// 67–100.
    High,
    /// 34–66 (on the agreement scale 51–66 only).
    Middle,
    /// 34–49 on the agreement scale: the answers lean towards disagreeing, so "plays some
    /// part" would say the opposite of what they say.
    LeansDisagree,
    /// 0–33.
    Low,
    /// Exactly 50 on the agreement scale: neutral answers, or agreeing and disagreeing
    /// equally. Not "plays some part": the answers point neither way.
    NeutralOrMixed,
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

    /// The band of a score on `scale`. On the frequency scale the midpoint means
    /// "sometimes", a real answer, so only agreement has a neutral band and a band for
    /// leaning towards disagreeing.
    pub fn on_scale(score: u8, scale: Scale) -> Band {
        match (scale, score) {
            (Scale::Agreement, 50) => Band::NeutralOrMixed,
            (Scale::Agreement, 34..=49) => Band::LeansDisagree,
            _ => Band::of(score),
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

/// How many of `total` statements need an answer for a score: at least half, and all of
/// them when there are two or fewer (half of two is one statement's word alone).
pub fn needed(total: usize) -> usize {
    total.min(2).max(total.div_ceil(2))
}

/// The tally of the statements at `indexes` of `answers`: no score with fewer answers than
/// [`needed`].
pub fn tally(answers: &[Answer], indexes: impl Iterator<Item = usize>) -> Tally {
    let mut total = 0;
    let mut values = Vec::new();
    for i in indexes {
        total += 1;
        values.extend(answers.get(i).and_then(|a| a.value()));
    }
    let enough = values.len() >= needed(total) && !values.is_empty();
    Tally {
        score: if enough { score_values(&values) } else { None },
        answered: values.len(),
        total,
    }
}

fn score_construct(construct: &FormConstruct, answers: &[Answer], offset: usize) -> ConstructScore {
    let whole = tally(answers, offset..offset + construct.items);
    let parts: Vec<(&'static str, Tally)> = construct
        .parts
        .iter()
        .map(|(slug, items)| (*slug, tally(answers, items.iter().map(|i| offset + i))))
        .collect();
    ConstructScore {
        slug: construct.slug,
        family: construct.family,
        scale: construct.scale,
        score: if parts.is_empty() { whole.score } else { None },
        answered: whole.answered,
        total: whole.total,
        parts,
    }
}

/// Scores every construct of `form`. `answers` is in answering order; missing slots count
/// as unanswered.
pub fn score_all(form: &Form, answers: &[Answer]) -> Vec<ConstructScore> {
    let mut offset = 0;
    form.constructs
        .iter()
        .map(|construct| {
            let score = score_construct(construct, answers, offset);
            offset += construct.items;
            score
        })
        .collect()
}

/// Constructs sharing one place in a family's order (a tie when more than one).
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// 1 for the first; tied constructs share a place.
    pub rank: usize,
    /// The shared placing score, or `None` for constructs without enough answers (always last).
    pub score: Option<u8>,
    /// Construct slugs, in instrument order.
    pub slugs: Vec<String>,
}

/// Sorts `items` by `key`, highest first, keeping the order of items with equal keys. An
/// insertion sort: the lists ranked here hold a handful of items, and the standard library's
/// stable sort cost the quiz's WebAssembly about 2.8 KB of code for each type it sorted.
pub fn sort_high_first<T>(items: &mut [T], key: impl Fn(&T) -> i16) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) < key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Orders one family's constructs by their placing score, highest first; equal scores tie,
/// and constructs without a score come last.
pub fn rank_family(scores: &[ConstructScore], family: ConstructFamily) -> Vec<Place> {
    let mut members: Vec<&ConstructScore> = scores.iter().filter(|s| s.family == family).collect();
    // Instrument order stays inside a tie.
    sort_high_first(&mut members, |s| s.placing().map(i16::from).unwrap_or(-1));
    let mut places: Vec<Place> = Vec::new();
    for (seen, member) in members.into_iter().enumerate() {
        match places.last_mut() {
            Some(place) if place.score == member.placing() => {
                place.slugs.push(member.slug.to_string())
            }
            _ => places.push(Place {
                rank: seen + 1,
                score: member.placing(),
                slugs: vec![member.slug.to_string()],
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_high_first_keeps_equal_keys_in_their_order() {
        let mut items = [
            (3, 'a'),
            (7, 'b'),
            (3, 'c'),
            (-1, 'd'),
            (7, 'e'),
            (0, 'f'),
            (3, 'g'),
        ];
        sort_high_first(&mut items, |&(k, _)| k);
        let order: String = items.iter().map(|&(_, c)| c).collect();
        assert_eq!(order, "beacgfd");
        let mut none: [(i16, char); 0] = [];
        sort_high_first(&mut none, |&(k, _)| k);
        let mut reversed: Vec<i16> = (0..20).collect();
        sort_high_first(&mut reversed, |&k| k);
        assert_eq!(reversed, (0..20).rev().collect::<Vec<_>>());
    }

    #[test]
    fn agreement_below_the_midpoint_leans_towards_disagreeing() {
        for score in 34..=49 {
            assert_eq!(Band::on_scale(score, Scale::Agreement), Band::LeansDisagree);
            assert_eq!(Band::on_scale(score, Scale::Frequency), Band::Middle);
        }
        assert_eq!(Band::on_scale(50, Scale::Agreement), Band::NeutralOrMixed);
        assert_eq!(Band::on_scale(51, Scale::Agreement), Band::Middle);
        assert_eq!(Band::on_scale(33, Scale::Agreement), Band::Low);
    }

    #[test]
    fn a_part_of_two_needs_both_and_longer_ones_half() {
        assert_eq!(
            [1, 2, 3, 4, 5, 6].map(needed),
            [1, 2, 2, 2, 3, 3],
            "statements needed for 1 to 6"
        );
    }
}
