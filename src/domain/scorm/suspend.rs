//! `cmi.suspend_data`: the quiz's own progress string (position and checksummed answers), so
//! a reader who relaunches on another device continues where they stopped, followed by the
//! map of interactions (`super::slots`).

use super::format::MAX_SUSPEND_DATA;
use super::slots::Slots;
use crate::domain::quiz::code::peek_version;
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

/// Between the progress and the map of interactions in `cmi.suspend_data`
/// (`22:AjnKU5Sn…|0,1,2`); neither the progress nor the map ever holds it.
const MAP_SEPARATOR: char = '|';

/// The progress and the map of a stored value; the map is absent in values written by
/// earlier versions of the package.
fn split(raw: &str) -> (&str, Option<&str>) {
    match raw.trim().split_once(MAP_SEPARATOR) {
        Some((progress, map)) => (progress, Some(map)),
        None => (raw.trim(), None),
    }
}

/// Reads the progress in what the LMS returned for `cmi.suspend_data`.
pub fn read(raw: &str, version: u8, items: usize) -> Saved {
    if raw.trim().len() > MAX_SUSPEND_DATA {
        return Saved::Unreadable;
    }
    let (progress, _) = split(raw);
    if progress.is_empty() {
        return Saved::Nothing;
    }
    match Progress::from_stored(progress, version, items) {
        Some(progress) => Saved::Progress(progress),
        None => Saved::Unreadable,
    }
}

/// Reads the map of interactions saved with the progress; `None` when there is none, it is
/// damaged, or it was saved with progress of another quiz version than `version` (its
/// indexes hold answers to that version's statements: a reworded statement answered now
/// gets an interaction of its own rather than overwriting the old one).
pub fn read_slots(raw: &str, items: usize, version: u8) -> Option<Slots> {
    let (progress, map) = split(raw);
    let code = progress.split_once(':').map_or(progress, |(_, code)| code);
    if !progress.is_empty() && peek_version(code) != Some(version) {
        return None;
    }
    map.and_then(|map| Slots::decode(map, items))
}

/// The progress string to write, or `None` when it would exceed the 4,096 characters SCORM
/// 1.2 allows (an LMS may cut it off, which the checksum would then reject anyway).
pub fn write(progress: &Progress, version: u8) -> Option<String> {
    let stored = progress.to_stored(version);
    (stored.len() <= MAX_SUSPEND_DATA).then_some(stored)
}

/// The value of `cmi.suspend_data`: the progress string (empty once cleared) and the map.
/// Should both not fit, the map is left out: a later session then treats every index as
/// foreign, which can repeat a statement but never writes over one.
pub fn with_slots(progress: &str, slots: &Slots) -> String {
    let full = format!("{progress}{MAP_SEPARATOR}{}", slots.encode());
    if slots.is_empty() || full.len() > MAX_SUSPEND_DATA {
        progress.to_string()
    } else {
        full
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::answers::{Answer, Point};
    use crate::domain::scorm::slots::Slot;

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

    #[test]
    fn the_map_travels_with_the_progress() {
        let mut slots = Slots::default();
        slots.index_of(Slot::Item(1));
        slots.index_of(Slot::ResultCode);
        let stored = with_slots(&write(&progress(), 1).unwrap(), &slots);
        assert!(stored.ends_with("|1,r"), "{stored}");
        assert_eq!(read(&stored, 1, 3), Saved::Progress(progress()));
        assert_eq!(read_slots(&stored, 3, 1), Some(slots.clone()));
        // Cleared progress keeps the map; an earlier package's value has none.
        assert_eq!(read("|1,r", 1, 3), Saved::Nothing);
        assert_eq!(read_slots("|1,r", 3, 1), Some(slots));
        assert_eq!(read_slots(&write(&progress(), 1).unwrap(), 3, 1), None);
        assert_eq!(read_slots("2:AAAA|9,9", 3, 1), None);
        // A map saved with another version's progress indexes that version's statements.
        assert_eq!(read_slots(&stored, 3, 2), None);
    }
}
