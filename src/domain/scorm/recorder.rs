//! What to record for each quiz event, as the list of `LMSSetValue` calls to make, in order.
//!
//! Interactions in SCORM 1.2 are write-only and must be added at index
//! `cmi.interactions._count`, so the recorder continues from the count the LMS reports at
//! launch. Each answer is a new entry: the interactions form a journal, and the result code
//! recorded at the end holds the final answers.

use super::format::{identifier, is_feedback, timespan, ClockTime};
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

/// The recording state of one session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorder {
    next_interaction: usize,
    completed: bool,
}

impl Recorder {
    /// Starts from what the LMS reported at launch (`cmi.interactions._count` and
    /// `cmi.core.lesson_status`; empty when unreadable) and returns the first writes: the
    /// lesson is `incomplete` and suspended, unless an earlier session already completed it.
    pub fn start(interaction_count: &str, lesson_status: &str) -> (Recorder, Vec<Write>) {
        let completed = matches!(lesson_status.trim(), "completed" | "passed" | "failed");
        let recorder = Recorder {
            next_interaction: interaction_count.trim().parse().unwrap_or(0),
            completed,
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

    fn interaction(&mut self, id: &str, kind: &str, response: &str, at: ClockTime) -> Vec<Write> {
        let (Some(id), true) = (identifier(id), is_feedback(response)) else {
            return Vec::new();
        };
        let n = self.next_interaction;
        self.next_interaction += 1;
        let element = |field: &str| format!("cmi.interactions.{n}.{field}");
        vec![
            write(element("id"), id),
            write(element("type"), kind),
            write(element("student_response"), response),
            write(element("time"), at.to_cmi()),
        ]
    }

    /// An answer to the item `item` (its id): a `likert` interaction whose response is the
    /// scale point, or empty for "prefer not to answer"; then the progress string.
    pub fn answer(
        &mut self,
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
        let mut writes = self.interaction(item, "likert", &response, at);
        writes.extend(self.progress(progress));
        writes
    }

    /// The progress string, and `exit` = `suspend` while the quiz is unfinished.
    pub fn progress(&self, progress: Option<&str>) -> Vec<Write> {
        let mut writes: Vec<Write> = progress
            .map(|p| write("cmi.suspend_data", p))
            .into_iter()
            .collect();
        if !self.completed {
            writes.push(write("cmi.core.exit", "suspend"));
        }
        writes
    }

    /// The quiz was finished: the result code as a `fill-in` interaction, the final progress,
    /// the lesson `completed` and a normal exit.
    pub fn finish(&mut self, code: &str, at: ClockTime, progress: Option<&str>) -> Vec<Write> {
        let mut writes = self.interaction(RESULT_CODE_ID, "fill-in", code, at);
        self.completed = true;
        writes.extend(self.progress(progress));
        writes.push(write("cmi.core.lesson_status", "completed"));
        writes.push(write("cmi.core.exit", ""));
        writes
    }

    /// The reader cleared their answers: the course forgets the progress too.
    pub fn clear(&self) -> Vec<Write> {
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
