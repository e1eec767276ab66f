//! Which interaction index holds which statement, so nothing the course recorded is ever
//! written over by another statement.
//!
//! SCORM 1.2 interactions are write-only: content cannot read back what an index holds, and
//! it may write only at indexes below `cmi.interactions._count` (an update) or exactly at it
//! (a new entry). So the quiz keeps its own map, saved in `cmi.suspend_data` next to the
//! progress: index `i` holds statement `n`, the result code, or something the quiz did not
//! write (an earlier version's journal, another package). With it, every statement answered
//! in an attempt has one interaction, updated in place when the answer changes, plus one for
//! the result code.
//!
//! The decision at launch ([`Slots::at_launch`]):
//! - the LMS reports a count and the saved map fits in it: continue the map; indexes the
//!   map does not know are kept as foreign and never written;
//! - the LMS reports a count and nothing usable was saved: every index below the count is
//!   foreign; new entries start at the count;
//! - the count cannot be read, or is lower than the map says was written (an LMS that did
//!   not keep or does not report them): no interaction is written in this session. Any
//!   index might hold an earlier answer, and an overwrite is silent data loss; the answers
//!   and the result code still reach the course in `cmi.suspend_data`, with the status and
//!   score.

/// What one interaction index holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The answer to the statement at this position in the quiz.
    Item(usize),
    /// The result code.
    ResultCode,
    /// Something the quiz did not write (or cannot vouch for): never written over.
    Foreign,
}

/// The interactions of this attempt, index by index.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Slots(Vec<Slot>);

impl Slots {
    /// Where this session may write, from the interaction count the LMS reported (`None`
    /// when it could not be read) and the map saved with the progress (`None` when there
    /// was none, or it was damaged). `None`: write no interactions in this session.
    pub fn at_launch(count: Option<usize>, saved: Option<Slots>) -> Option<Slots> {
        let count = count?;
        let mut slots = saved.unwrap_or_default();
        if slots.0.len() > count {
            return None;
        }
        slots.0.resize(count, Slot::Foreign);
        Some(slots)
    }

    /// The index to write `slot` at: where it already is, or a new entry after the last.
    pub fn index_of(&mut self, slot: Slot) -> usize {
        match self.0.iter().position(|s| *s == slot) {
            Some(index) if slot != Slot::Foreign => index,
            _ => {
                self.0.push(slot);
                self.0.len() - 1
            }
        }
    }

    /// How many interactions the LMS holds, as far as this map knows.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The map as saved: comma-separated, `12` for a statement, `r` for the result code,
    /// `x5` for five foreign indexes in a row (`x5,0,1,2,r`).
    pub fn encode(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut foreign = 0usize;
        let flush = |parts: &mut Vec<String>, foreign: &mut usize| {
            if *foreign > 0 {
                parts.push(format!("x{foreign}"));
                *foreign = 0;
            }
        };
        for slot in &self.0 {
            match slot {
                Slot::Foreign => foreign += 1,
                Slot::Item(n) => {
                    flush(&mut parts, &mut foreign);
                    parts.push(n.to_string());
                }
                Slot::ResultCode => {
                    flush(&mut parts, &mut foreign);
                    parts.push("r".into());
                }
            }
        }
        flush(&mut parts, &mut foreign);
        parts.join(",")
    }

    /// Reads a saved map for a quiz of `items` statements. `None` when anything is off: a
    /// statement out of range or named twice, two result codes, an unknown token.
    pub fn decode(saved: &str, items: usize) -> Option<Slots> {
        /// A map longer than this is not one of ours (SCORM's suspend data holds 4,096).
        const MAX_INDEXES: usize = 4096;
        let mut slots = Vec::new();
        for token in saved.split(',').filter(|t| !t.is_empty()) {
            if let Some(run) = token.strip_prefix('x') {
                let run: usize = run.parse().ok().filter(|n| *n > 0 && *n <= MAX_INDEXES)?;
                slots.extend(std::iter::repeat_n(Slot::Foreign, run));
            } else if token == "r" {
                slots.push(Slot::ResultCode);
            } else {
                let n: usize = token.parse().ok().filter(|n| *n < items)?;
                slots.push(Slot::Item(n));
            }
            if slots.len() > MAX_INDEXES {
                return None;
            }
        }
        // Each statement and the result code once at most: a flag each (the result code's
        // last), which spares the quiz's WebAssembly a hash set and its hasher (about 1 KB).
        let mut seen = vec![false; items + 1];
        let unique = slots.iter().all(|s| match *s {
            Slot::Item(n) => !std::mem::replace(&mut seen[n], true),
            Slot::ResultCode => !std::mem::replace(&mut seen[items], true),
            Slot::Foreign => true,
        });
        unique.then_some(Slots(slots))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(slots: &[Slot]) -> Option<Slots> {
        Some(Slots(slots.to_vec()))
    }

    #[test]
    fn a_first_launch_starts_at_the_count() {
        let mut slots = Slots::at_launch(Some(0), None).unwrap();
        assert_eq!(slots.index_of(Slot::Item(0)), 0);
        assert_eq!(slots.index_of(Slot::Item(1)), 1);
        // A changed answer updates its own entry.
        assert_eq!(slots.index_of(Slot::Item(0)), 0);
        assert_eq!(slots.index_of(Slot::ResultCode), 2);
        assert_eq!(slots.encode(), "0,1,r");
    }

    #[test]
    fn a_relaunch_continues_after_what_the_lms_holds() {
        // Moodle reports 22 (as a number) after the first session wrote 22 answers.
        let saved = Slots::decode(
            &(0..22).map(|n| n.to_string()).collect::<Vec<_>>().join(","),
            44,
        );
        let mut slots = Slots::at_launch(Some(22), saved).unwrap();
        assert_eq!(slots.index_of(Slot::Item(22)), 22);
        assert_eq!(slots.index_of(Slot::Item(3)), 3, "statement 4's own entry");
    }

    #[test]
    fn indexes_the_quiz_did_not_write_are_never_written() {
        // An earlier version's journal: 23 entries and no map.
        let mut slots = Slots::at_launch(Some(23), None).unwrap();
        assert_eq!(slots.index_of(Slot::Item(0)), 23);
        assert_eq!(slots.encode(), "x23,0");
        // More entries than the map knows (a write the map missed): kept as foreign.
        let mut slots = Slots::at_launch(Some(4), map(&[Slot::Item(5), Slot::Item(6)])).unwrap();
        assert_eq!(slots.encode(), "5,6,x2");
        assert_eq!(slots.index_of(Slot::Item(7)), 4);
        assert_eq!(slots.index_of(Slot::Item(6)), 1);
    }

    #[test]
    fn no_interactions_when_the_count_is_unknown_or_too_low() {
        assert_eq!(Slots::at_launch(None, None), None);
        assert_eq!(Slots::at_launch(None, map(&[Slot::Item(0)])), None);
        // The LMS says it holds fewer than were written: it did not keep them, or does not
        // say, and any index might be an earlier answer.
        assert_eq!(
            Slots::at_launch(Some(0), map(&[Slot::Item(0), Slot::Item(1)])),
            None
        );
    }

    #[test]
    fn maps_round_trip_and_damaged_ones_are_refused() {
        let slots = Slots(vec![
            Slot::Foreign,
            Slot::Foreign,
            Slot::Item(4),
            Slot::ResultCode,
            Slot::Foreign,
            Slot::Item(0),
        ]);
        assert_eq!(slots.encode(), "x2,4,r,x1,0");
        assert_eq!(Slots::decode(&slots.encode(), 44), Some(slots));
        assert_eq!(Slots::decode("", 44), Some(Slots::default()));
        for bad in [
            "44", "1,1", "r,r", "x0", "x", "y", "-1", "1.5", "x99999", "0,,1,zz",
        ] {
            assert_eq!(Slots::decode(bad, 44), None, "{bad}");
        }
    }
}
