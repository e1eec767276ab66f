//! `cmi.suspend_data`: the quiz's own progress string (position and checksummed answers), so
//! a reader who relaunches on another device continues where they stopped.

use super::format::MAX_SUSPEND_DATA;
use crate::domain::quiz::progress::Progress;

/// What a course had saved for this reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Nothing: a first launch, or progress that was cleared.
    Nothing,
    /// Progress that passed its checksum and fits this quiz.
    Progress(Progress),
    /// Something that failed its checksum, was cut off or came from another quiz version:
    /// ignored, never trusted, and reported to the reader.
    Unreadable,
}

/// Reads what the LMS returned for `cmi.suspend_data`.
pub fn read(raw: &str, version: u8, items: usize) -> Saved {
    let raw = raw.trim();
    if raw.is_empty() {
        return Saved::Nothing;
    }
    if raw.len() > MAX_SUSPEND_DATA {
        return Saved::Unreadable;
    }
    match Progress::from_stored(raw, version, items) {
        Some(progress) => Saved::Progress(progress),
        None => Saved::Unreadable,
    }
}

/// The value to write, or `None` when it would exceed the 4,096 characters SCORM 1.2 allows
/// (an LMS may cut it off, which the checksum would then reject anyway).
pub fn write(progress: &Progress, version: u8) -> Option<String> {
    let stored = progress.to_stored(version);
    (stored.len() <= MAX_SUSPEND_DATA).then_some(stored)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::answers::{Answer, Point};

    fn progress() -> Progress {
        Progress {
            position: 2,
            answers: vec![
                Answer::Value(Point::Four),
                Answer::Skipped,
                Answer::Unanswered,
            ],
        }
    }

    #[test]
    fn round_trips() {
        let stored = write(&progress(), 1).unwrap();
        assert_eq!(read(&stored, 1, 3), Saved::Progress(progress()));
        assert_eq!(read("", 1, 3), Saved::Nothing);
    }

    #[test]
    fn damaged_or_foreign_data_is_unreadable() {
        let stored = write(&progress(), 1).unwrap();
        let mut damaged = stored.clone().into_bytes();
        let last = damaged.len() - 3;
        damaged[last] = if damaged[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            read(&String::from_utf8(damaged).unwrap(), 1, 3),
            Saved::Unreadable
        );
        assert_eq!(read(&stored, 2, 3), Saved::Unreadable);
        assert_eq!(read("{\"lesson\":3}", 1, 3), Saved::Unreadable);
        assert_eq!(read(&"9".repeat(5000), 1, 3), Saved::Unreadable);
    }
}
