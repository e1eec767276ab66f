//! Quiz progress as stored on the reader's device: the answers' code and the current item.
//!
//! Stored as `{position}:{code}`, reusing the checksummed result code so a corrupted
//! entry is detected and ignored instead of loading nonsense.

use super::answers::Answer;
use super::code;
use super::form::{decode_any, Form};

/// What is kept between visits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The item shown when the reader left.
    pub position: usize,
    /// All answers so far.
    pub answers: Vec<Answer>,
}

impl Progress {
    /// The stored form.
    pub fn to_stored(&self, version: u8) -> String {
        format!("{}:{}", self.position, code::encode(version, &self.answers))
    }

    /// Reads the stored form; anything corrupted, or from another quiz version, is `None`.
    pub fn from_stored(stored: &str, version: u8, items: usize) -> Option<Progress> {
        let (position, code) = stored.split_once(':')?;
        let position: usize = position.parse().ok()?;
        let answers = code::decode(code, version, items).ok()?;
        Some(Progress {
            position: position.min(items.saturating_sub(1)),
            answers,
        })
    }

    /// The earlier quiz version a stored entry was made with, if it is an intact entry of a
    /// version other than the current one (`forms[0]`). Such progress is not resumed: its
    /// statements are no longer asked, so the page discards it and says so.
    pub fn outdated_version(stored: &str, forms: &[Form]) -> Option<u8> {
        let (position, code) = stored.split_once(':')?;
        position.parse::<usize>().ok()?;
        let (form, _) = decode_any(code, forms).ok()?;
        (Some(form.version) != forms.first().map(|f| f.version)).then_some(form.version)
    }

    /// Whether anything worth resuming is in it.
    pub fn has_answers(&self) -> bool {
        self.answers.iter().any(|a| a.is_settled())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::answers::Point;

    #[test]
    fn round_trips_and_rejects_corruption() {
        let progress = Progress {
            position: 7,
            answers: vec![
                Answer::Value(Point::Three),
                Answer::Skipped,
                Answer::Unanswered,
                Answer::Value(Point::Five),
            ],
        };
        let stored = progress.to_stored(1);
        assert_eq!(
            Progress::from_stored(&stored, 1, 4),
            Some(Progress {
                position: 3,
                ..progress.clone()
            })
        );
        assert_eq!(Progress::from_stored("7:garbage", 1, 4), None);
        assert_eq!(Progress::from_stored("{\"json\":1}", 1, 4), None);
        assert_eq!(Progress::from_stored(&stored, 2, 4), None);
        assert!(progress.has_answers());
    }
}
