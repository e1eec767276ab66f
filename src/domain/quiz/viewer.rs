//! Whose results a results page shows: the reader's own, or results someone shared.
//!
//! The code in the address carries answers, not a person. The page can only tell whether
//! the answers saved where this reader answers (this device, or the course that records
//! the quiz) make the same code: then these are the reader's own results and the page says
//! "your"; otherwise someone shared them, and the page says so and invites the reader to
//! take the quiz themselves.

use super::answers::Answer;
use super::code::encode;
use super::instrument::{Bands, Scale};
use super::scoring::Band;
use crate::domain::i18n::quiz as q;
use crate::domain::lang::Lang;

/// Who is looking at a results page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewer {
    /// The saved answers make this very code: the reader's own results.
    Owner,
    /// No saved answers, or answers that make another code: results shared with the reader.
    Friend,
}

/// Decides who views the results of `code`, given the answers saved on the reader's side
/// (`saved`, made with quiz `version`). Equal answers always make equal codes, so comparing
/// codes compares the answers and their version at once.
pub fn viewer(code: &str, saved: Option<&[Answer]>, version: u8) -> Viewer {
    match saved {
        Some(answers) if encode(version, answers) == code.trim() => Viewer::Owner,
        _ => Viewer::Friend,
    }
}

/// The sentence under a score on `scale`. The reader's own results get the construct's band
/// text, which speaks to "you" and connects to the study; results shared with the reader, or
/// whose owner is not known yet, get a plain sentence about "these answers", so a friend is
/// never told "your".
pub fn band_words(
    bands: &Bands,
    score: u8,
    scale: Scale,
    viewer: Option<Viewer>,
    lang: Lang,
) -> &str {
    let own = viewer == Some(Viewer::Owner);
    let tr = match (Band::on_scale(score, scale), own) {
        (Band::High, true) => return bands.high.get(lang),
        (Band::Middle, true) => return bands.middle.get(lang),
        (Band::Low, true) => return bands.low.get(lang),
        (Band::LeansDisagree, _) => q::LEANS_DISAGREE,
        (Band::NeutralOrMixed, _) => q::NEUTRAL_OR_MIXED,
        (Band::High, false) => q::SHARED_HIGH,
        (Band::Middle, false) => q::SHARED_MIDDLE,
        (Band::Low, false) => q::SHARED_LOW,
    };
    tr.get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::answers::Point;

    fn answers(first: Answer) -> Vec<Answer> {
        let mut all = vec![Answer::Value(Point::Three); 44];
        all[0] = first;
        all
    }

    #[test]
    fn the_same_saved_answers_make_the_owner() {
        let mine = answers(Answer::Value(Point::Five));
        let code = encode(2, &mine);
        assert_eq!(viewer(&code, Some(&mine), 2), Viewer::Owner);
    }

    #[test]
    fn no_saved_answers_other_answers_or_another_version_make_a_friend() {
        let mine = answers(Answer::Value(Point::Five));
        let code = encode(2, &mine);
        assert_eq!(viewer(&code, None, 2), Viewer::Friend);
        let other = answers(Answer::Skipped);
        assert_eq!(viewer(&code, Some(&other), 2), Viewer::Friend);
        assert_eq!(viewer(&code, Some(&mine), 3), Viewer::Friend);
        assert_eq!(viewer("garbage", Some(&mine), 2), Viewer::Friend);
    }
}
