//! A reader's answers: one slot per item, in answering order.

/// A point on a five-point scale. There is no 0 or 6: such a value cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Point {
    /// Strongly disagree / never.
    One = 1,
    /// Disagree / rarely.
    Two = 2,
    /// Neutral / sometimes.
    Three = 3,
    /// Agree / often.
    Four = 4,
    /// Strongly agree / very often.
    Five = 5,
}

impl Point {
    /// The five points, lowest first.
    pub const ALL: [Point; 5] = [
        Point::One,
        Point::Two,
        Point::Three,
        Point::Four,
        Point::Five,
    ];

    /// The point numbered `n` (1–5), if any.
    pub fn new(n: u8) -> Option<Point> {
        Point::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// Its number, 1–5.
    pub fn get(self) -> u8 {
        self as u8
    }
}

/// The answer to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Answer {
    /// Not reached yet.
    #[default]
    Unanswered,
    /// "Prefer not to answer".
    Skipped,
    /// A point on the five-point scale.
    Value(Point),
}

impl Answer {
    /// The 3-bit code used in result codes: 0 unanswered, 1–5 a value, 6 skipped.
    pub fn to_bits(self) -> u8 {
        match self {
            Answer::Unanswered => 0,
            Answer::Value(point) => point.get(),
            Answer::Skipped => 6,
        }
    }

    /// Reads a 3-bit code; 7 (or more) is not an answer.
    pub fn from_bits(bits: u8) -> Option<Answer> {
        match bits {
            0 => Some(Answer::Unanswered),
            6 => Some(Answer::Skipped),
            _ => Point::new(bits).map(Answer::Value),
        }
    }

    /// The scale point (1–5), if the reader gave one.
    pub fn value(self) -> Option<u8> {
        match self {
            Answer::Value(point) => Some(point.get()),
            _ => None,
        }
    }

    /// Whether the reader has dealt with this item (answered or skipped).
    pub fn is_settled(self) -> bool {
        !matches!(self, Answer::Unanswered)
    }
}

/// The first item the reader has not dealt with yet, or `len` when all are settled.
pub fn first_unsettled(answers: &[Answer]) -> usize {
    answers
        .iter()
        .position(|a| !a.is_settled())
        .unwrap_or(answers.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_exist_only_from_one_to_five() {
        assert_eq!(Point::new(0), None);
        assert_eq!(Point::new(6), None);
        for n in 1..=5 {
            assert_eq!(Point::new(n).map(Point::get), Some(n));
        }
    }

    #[test]
    fn bits_round_trip_and_seven_is_no_answer() {
        for bits in 0..=6 {
            let answer = Answer::from_bits(bits).expect("0–6 are answers");
            assert_eq!(answer.to_bits(), bits);
        }
        assert_eq!(Answer::from_bits(7), None);
    }
}
