//! The score sent to the gradebook (`cmi.core.score.raw`, from 0 to 100).
//!
//! The quiz is a reflection, not a test: nothing in it is right or wrong. But Moodle's
//! default grading method (*Highest grade*) reads `cmi.core.score.raw`, and without one a
//! completed reflection shows as 0 %. So the score says how much of the reflection was done:
//! the share of statements the reader responded to, with a point on the scale or "prefer
//! not to answer". Going through every statement gives 100, whatever the answers.

use crate::domain::quiz::answers::Answer;

/// The lowest score (`cmi.core.score.min`).
pub const MIN: u32 = 0;
/// The highest score (`cmi.core.score.max`).
pub const MAX: u32 = 100;

/// The share of statements responded to, in whole percent, rounded down so that 100 means
/// every one.
pub fn share_responded(answers: &[Answer]) -> u32 {
    if answers.is_empty() {
        return MIN;
    }
    let responded = answers.iter().filter(|a| a.is_settled()).count();
    (responded * MAX as usize / answers.len()) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::answers::Point;

    #[test]
    fn every_statement_responded_to_is_100_whatever_the_answers() {
        let all_low = vec![Answer::Value(Point::One); 44];
        let all_skipped = vec![Answer::Skipped; 44];
        assert_eq!(share_responded(&all_low), 100);
        assert_eq!(share_responded(&all_skipped), 100);
    }

    #[test]
    fn statements_left_unanswered_lower_it() {
        let mut answers = vec![Answer::Value(Point::Four); 44];
        answers[43] = Answer::Unanswered;
        assert_eq!(share_responded(&answers), 97);
        let half: Vec<Answer> = (0..44)
            .map(|i| {
                if i < 22 {
                    Answer::Skipped
                } else {
                    Answer::Unanswered
                }
            })
            .collect();
        assert_eq!(share_responded(&half), 50);
        assert_eq!(share_responded(&[Answer::Unanswered; 44]), 0);
        assert_eq!(share_responded(&[]), 0);
    }
}
