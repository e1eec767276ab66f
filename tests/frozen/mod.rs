//! Reading the fixed lists of result codes made by earlier builds (`tests/fixtures/v*-codes.txt`),
//! shared by the tests that keep every earlier version's codes opening.
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use explainer::domain::quiz::answers::Answer;

/// Reads one answer digit of a fixture (0 no answer, 1–5 a value, 6 "prefer not to answer").
pub fn answer(digit: char) -> Answer {
    match digit {
        '0' => Answer::Unanswered,
        '6' => Answer::Skipped,
        '1'..='5' => Answer::from_bits(digit as u8 - b'0').expect("1 to 5 are points"),
        other => panic!("fixture has an unknown answer digit {other:?}"),
    }
}

/// A fixture's codes with their expected answers: `<code> <answers>` lines; `#` starts a
/// comment.
pub fn codes(fixture: &'static str) -> Vec<(&'static str, Vec<Answer>)> {
    fixture
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (code, digits) = line.split_once(' ').expect("`<code> <answers>`");
            (code, digits.chars().map(answer).collect())
        })
        .collect()
}
