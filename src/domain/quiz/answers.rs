//! A reader's answers: one slot per item, in answering order.

/// The answer to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Answer {
    /// Not reached yet.
    #[default]
    Unanswered,
    /// "Prefer not to answer".
    Skipped,
    /// A point on the five-point scale, 1 to 5.
    Value(u8),
}

impl Answer {
    /// The 3-bit code used in result codes: 0 unanswered, 1–5 a value, 6 skipped.
    pub fn to_bits(self) -> u8 {
        match self {
            Answer::Unanswered => 0,
            Answer::Value(v) => v.clamp(1, 5),
            Answer::Skipped => 6,
        }
    }

    /// Reads a 3-bit code; 7 (or more) is not an answer.
    pub fn from_bits(bits: u8) -> Option<Answer> {
        match bits {
            0 => Some(Answer::Unanswered),
            1..=5 => Some(Answer::Value(bits)),
            6 => Some(Answer::Skipped),
            _ => None,
        }
    }

    /// The scale point, if the reader gave one.
    pub fn value(self) -> Option<u8> {
        match self {
            Answer::Value(v) => Some(v),
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
