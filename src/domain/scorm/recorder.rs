//! What to record for each quiz event, as the list of `LMSSetValue` calls to make, in order.
//!
//! Each statement answered in an attempt has one interaction, at the index the map of
//! interactions (`super::slots`) gives it: a changed answer updates it, a new one is added
//! after everything the LMS holds. The result code has one more. The map is saved with the
//! progress in `cmi.suspend_data`, so a later session knows which index is whose.

use super::format::{identifier, is_feedback, timespan, ClockTime};
use super::score;
use super::slots::{Slot, Slots};
use super::suspend;
use crate::domain::quiz::answers::Answer;

/// The interaction id under which the result code is recorded.
pub const RESULT_CODE_ID: &str = "result-code";

/// One `LMSSetValue(element, value)` call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    /// The data-model element, e.g. `cmi.core.lesson_status`.
    pub element: String,
    /// Its new value.
    pub value: String,
}

fn write(element: impl Into<String>, value: impl Into<String>) -> Write {
    Write {
        element: element.into(),
        value: value.into(),
    }
}

/// What the LMS said at launch, each value read as `domain::scorm::value` reads it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Launch<'a> {
    /// `cmi.core.lesson_status`, empty when unreadable.
    pub lesson_status: &'a str,
    /// `cmi.interactions._count`; `None` when the LMS reported an error.
    pub interaction_count: Option<&'a str>,
    /// `cmi.suspend_data`, empty when unreadable.
    pub suspend_data: &'a str,
    /// How many statements the quiz has.
    pub items: usize,
    /// The quiz version the package asks: a map saved with another version's progress
    /// names other statements, so it is not followed.
    pub version: u8,
}

/// The recording state of one session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorder {
    /// The map of interactions, kept and saved even when no interaction may be written.
    slots: Slots,
    /// Whether this session may write interactions (see `Slots::at_launch`).
    writes_interactions: bool,
    completed: bool,
    /// The last progress string saved, written again with the map when only the map changes.
    progress: String,
}

impl Recorder {
    /// Starts from what the LMS reported at launch and returns the first writes: the lesson
    /// is `incomplete` and suspended, unless an earlier session already completed it.
    pub fn start(launch: Launch) -> (Recorder, Vec<Write>) {
        let completed = matches!(
            launch.lesson_status.trim(),
            "completed" | "passed" | "failed"
        );
        let count = launch
            .interaction_count
            .and_then(|c| c.trim().parse::<usize>().ok());
        let saved = suspend::read_slots(launch.suspend_data, launch.items, launch.version);
        let slots = Slots::at_launch(count, saved.clone());
        let recorder = Recorder {
            writes_interactions: slots.is_some(),
            slots: slots.or(saved).unwrap_or_default(),
            completed,
            progress: String::new(),
        };
        let writes = if completed {
            Vec::new()
        } else {
            vec![
                write("cmi.core.lesson_status", "incomplete"),
                write("cmi.core.exit", "suspend"),
            ]
        };
        (recorder, writes)
    }

    /// Whether this session writes interactions (the LMS's count could be trusted).
    pub fn writes_interactions(&self) -> bool {
        self.writes_interactions
    }

    fn interaction(
        &mut self,
        slot: Slot,
        id: &str,
        kind: &str,
        response: &str,
        at: ClockTime,
    ) -> Vec<Write> {
        let (true, Some(id), true) = (
            self.writes_interactions,
            identifier(id),
            is_feedback(response),
        ) else {
            return Vec::new();
        };
        let n = self.slots.index_of(slot);
        let element = |field: &str| format!("cmi.interactions.{n}.{field}");
        vec![
            write(element("id"), id),
            write(element("type"), kind),
            write(element("student_response"), response),
            write(element("time"), at.to_cmi()),
        ]
    }

    /// An answer to the statement at `index` (its id `item`): a `likert` interaction whose
    /// response is the scale point, or empty for "prefer not to answer"; then the progress.
    pub fn answer(
        &mut self,
        index: usize,
        item: &str,
        answer: Answer,
        at: ClockTime,
        progress: Option<&str>,
    ) -> Vec<Write> {
        let response = match answer {
            Answer::Unanswered => return self.progress(progress),
            Answer::Value(v) => v.get().to_string(),
            Answer::Skipped => String::new(),
        };
        let mut writes = self.interaction(Slot::Item(index), item, "likert", &response, at);
        writes.extend(self.progress(progress));
        writes
    }

    /// The progress string with the map, and `exit` = `suspend` while the quiz is unfinished.
    /// `None` keeps the last progress (the map may still have changed).
    pub fn progress(&mut self, progress: Option<&str>) -> Vec<Write> {
        if let Some(progress) = progress {
            self.progress = progress.to_string();
        }
        let mut writes = vec![write(
            "cmi.suspend_data",
            suspend::with_slots(&self.progress, &self.slots),
        )];
        if !self.completed {
            writes.push(write("cmi.core.exit", "suspend"));
        }
        writes
    }

    /// The quiz was finished with `answers`: the result code as a `fill-in` interaction,
    /// the final progress, the score (see `super::score`), the lesson `completed` and a
    /// normal exit.
    pub fn finish(
        &mut self,
        code: &str,
        answers: &[Answer],
        at: ClockTime,
        progress: Option<&str>,
    ) -> Vec<Write> {
        let mut writes = self.interaction(Slot::ResultCode, RESULT_CODE_ID, "fill-in", code, at);
        self.completed = true;
        writes.extend(self.progress(progress));
        writes.extend([
            write("cmi.core.score.min", score::MIN.to_string()),
            write("cmi.core.score.max", score::MAX.to_string()),
            write(
                "cmi.core.score.raw",
                score::share_responded(answers).to_string(),
            ),
            write("cmi.core.lesson_status", "completed"),
            write("cmi.core.exit", ""),
        ]);
        writes
    }

    /// The reader cleared their answers: the course forgets the progress, but keeps the map,
    /// so answers given again update their own interactions.
    pub fn clear(&mut self) -> Vec<Write> {
        self.progress(Some(""))
    }

    /// The time spent in this session, written before every commit.
    pub fn session_time(&self, millis: u64) -> Write {
        write("cmi.core.session_time", timespan(millis))
    }
}

/// The items whose answer changed from `before` to `after` and are now answered or skipped,
/// with the new answer: what a reader did since the last look.
pub fn changed(before: &[Answer], after: &[Answer]) -> Vec<(usize, Answer)> {
    after
        .iter()
        .enumerate()
        .filter(|(i, a)| a.is_settled() && before.get(*i) != Some(*a))
        .map(|(i, a)| (i, *a))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quiz::answers::Point;

    #[test]
    fn only_new_settled_answers_count_as_changes() {
        let before = [
            Answer::Value(Point::Two),
            Answer::Unanswered,
            Answer::Skipped,
        ];
        let after = [
            Answer::Value(Point::Two),
            Answer::Value(Point::Four),
            Answer::Value(Point::One),
        ];
        assert_eq!(
            changed(&before, &after),
            [
                (1, Answer::Value(Point::Four)),
                (2, Answer::Value(Point::One))
            ]
        );
        assert_eq!(changed(&after, &after), []);
        assert_eq!(changed(&after, &[Answer::Unanswered; 3]), []);
    }
}
