//! SCORM 1.2 across sessions: what a course holds after leaving half-way, relaunching,
//! resuming, changing answers, starting over, clearing and finishing, against an LMS that
//! stores writes the way Moodle does (an index may be updated or added at the count, never
//! beyond it) and reports its values the way Moodle's `eval` does (the count as a number).
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::quiz;
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::progress::Progress;
use explainer::domain::scorm::format::ClockTime;
use explainer::domain::scorm::recorder::{Launch, Recorder, Write, RESULT_CODE_ID};
use explainer::domain::scorm::suspend;
use explainer::domain::scorm::value::{self, Returned};
use std::collections::{BTreeMap, HashSet};

/// The course's record of one attempt.
#[derive(Default)]
struct Course {
    values: BTreeMap<String, String>,
    interactions: Vec<BTreeMap<String, String>>,
}

impl Course {
    /// Stores writes as Moodle's `LMSSetValue` does; an index beyond the count is error 201.
    fn store(&mut self, writes: &[Write]) {
        for w in writes {
            if let Some(rest) = w.element.strip_prefix("cmi.interactions.") {
                let (n, field) = rest.split_once('.').unwrap();
                let n: usize = n.parse().unwrap();
                assert!(
                    n <= self.interactions.len(),
                    "201: {} beyond the count",
                    w.element
                );
                if n == self.interactions.len() {
                    self.interactions.push(BTreeMap::new());
                }
                self.interactions[n].insert(field.into(), w.value.clone());
            } else {
                self.values.insert(w.element.clone(), w.value.clone());
            }
        }
    }

    fn value(&self, element: &str) -> String {
        self.values.get(element).cloned().unwrap_or_default()
    }

    /// The ids of the interactions, in index order.
    fn ids(&self) -> Vec<String> {
        self.interactions.iter().map(|i| i["id"].clone()).collect()
    }

    fn response(&self, id: &str) -> Vec<String> {
        let of = self.interactions.iter().filter(|i| i["id"] == id);
        of.map(|i| i["student_response"].clone()).collect()
    }

    /// A relaunch: Moodle returns the restored count as a JavaScript number, read as
    /// `String()` reads it; `count_error` makes `LMSGetLastError` report an error instead.
    fn launch(&self, count_error: Option<&str>) -> Recorder {
        let error = Returned::Text(count_error.unwrap_or("0").into());
        let count = value::read(
            &Returned::Printed(self.interactions.len().to_string()),
            Some(&error),
        );
        let status = self.value("cmi.core.lesson_status");
        let data = self.value("cmi.suspend_data");
        let (recorder, writes) = Recorder::start(Launch {
            lesson_status: &status,
            interaction_count: count.as_deref().ok(),
            suspend_data: &data,
            items: quiz().item_count(),
            version: quiz().version,
        });
        let _ = writes;
        recorder
    }

    /// The progress saved in the course, as the quiz would resume it.
    fn saved(&self) -> Option<Progress> {
        match suspend::read(
            &self.value("cmi.suspend_data"),
            quiz().version,
            quiz().item_count(),
        ) {
            suspend::Saved::Progress(p) => Some(p),
            _ => None,
        }
    }
}

fn at() -> ClockTime {
    ClockTime::new(10, 0, 0).unwrap()
}

fn slug(i: usize) -> String {
    quiz().flat_items()[i].1.slug.to_string()
}

fn point(i: usize) -> Answer {
    Answer::Value(Point::ALL[i % 5])
}

/// A reader in one session: their answers, each recorded as the quiz page records it.
struct Reader<'a> {
    course: &'a mut Course,
    recorder: Recorder,
    answers: Vec<Answer>,
}

impl Reader<'_> {
    fn answer(&mut self, i: usize, answer: Answer) {
        self.answers[i] = answer;
        let progress = Progress {
            position: i,
            answers: self.answers.clone(),
        };
        let stored = suspend::write(&progress, quiz().version);
        let writes = self
            .recorder
            .answer(i, &slug(i), answer, at(), stored.as_deref());
        self.course.store(&writes);
    }

    fn finish(&mut self) {
        let code = "CODE";
        let writes = self.recorder.finish(code, &self.answers, at(), None);
        self.course.store(&writes);
    }

    fn clear(&mut self) {
        self.answers = vec![Answer::Unanswered; self.answers.len()];
        let writes = self.recorder.clear();
        self.course.store(&writes);
    }
}

fn session<'a>(course: &'a mut Course, count_error: Option<&str>, resume: bool) -> Reader<'a> {
    let recorder = course.launch(count_error);
    let answers = match (resume, course.saved()) {
        (true, Some(saved)) => saved.answers,
        _ => vec![Answer::Unanswered; quiz().item_count()],
    };
    Reader {
        course,
        recorder,
        answers,
    }
}

fn assert_unique(course: &Course) {
    let ids = course.ids();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "duplicate interaction ids: {ids:?}"
    );
}

#[test]
fn leaving_half_way_and_resuming_keeps_the_first_session_and_adds_the_rest() {
    let n = quiz().item_count();
    let half = n / 2;
    let mut course = Course::default();
    let mut first = session(&mut course, None, false);
    (0..half).for_each(|i| first.answer(i, point(i)));
    let after_first: Vec<_> = course.interactions.clone();
    assert_eq!(after_first.len(), half);

    let mut second = session(&mut course, None, true);
    assert_eq!(second.answers[half - 1], point(half - 1), "resumed");
    (half..n).for_each(|i| second.answer(i, point(i)));
    second.finish();
    assert_unique(&course);
    assert_eq!(
        &course.interactions[..half],
        &after_first[..],
        "session 1 intact"
    );
    assert_eq!(course.interactions.len(), n + 1);
    assert_eq!(course.ids()[n], RESULT_CODE_ID);
    assert_eq!(course.value("cmi.core.score.raw"), "100");
    assert_eq!(course.value("cmi.core.lesson_status"), "completed");
}

#[test]
fn a_changed_answer_updates_its_own_interaction_even_from_an_earlier_session() {
    let mut course = Course::default();
    let mut first = session(&mut course, None, false);
    (0..5).for_each(|i| first.answer(i, point(i)));
    let mut second = session(&mut course, None, true);
    second.answer(2, Answer::Skipped);
    second.answer(5, point(5));
    second.answer(5, Answer::Value(Point::One));
    assert_unique(&course);
    assert_eq!(course.interactions.len(), 6);
    assert_eq!(course.response(&slug(2)), [""]);
    assert_eq!(course.response(&slug(5)), ["1"]);
}

#[test]
fn starting_over_and_clearing_never_add_a_second_interaction_for_a_statement() {
    let n = quiz().item_count();
    let mut course = Course::default();
    let mut first = session(&mut course, None, false);
    (0..10).for_each(|i| first.answer(i, point(i)));
    first.clear();
    (0..3).for_each(|i| first.answer(i, Answer::Value(Point::Five)));
    // Start over in a new session: the saved answers are not taken up.
    let mut second = session(&mut course, None, false);
    (0..n).for_each(|i| second.answer(i, Answer::Value(Point::Two)));
    second.finish();
    assert_unique(&course);
    assert_eq!(course.interactions.len(), n + 1);
    assert!((0..n).all(|i| course.response(&slug(i)) == ["2"]));
    // A reader who finishes again later updates the one result code.
    let mut third = session(&mut course, None, true);
    third.finish();
    assert_unique(&course);
    assert_eq!(course.interactions.len(), n + 1);
    assert_eq!(course.value("cmi.core.lesson_status"), "completed");
}

#[test]
fn an_unreadable_count_writes_no_interaction_but_keeps_progress_and_the_map() {
    let n = quiz().item_count();
    let mut course = Course::default();
    let mut first = session(&mut course, None, false);
    (0..4).for_each(|i| first.answer(i, point(i)));
    let before = course.interactions.clone();

    let mut second = session(&mut course, Some("301"), true);
    assert!(!second.recorder.writes_interactions());
    (4..n).for_each(|i| second.answer(i, point(i)));
    second.finish();
    assert_eq!(
        course.interactions, before,
        "nothing written over, nothing added"
    );
    assert_eq!(course.saved().unwrap().answers.len(), n);
    assert_eq!(course.value("cmi.core.score.raw"), "100");
    assert_eq!(course.value("cmi.core.lesson_status"), "completed");
    assert!(course.value("cmi.suspend_data").ends_with("|0,1,2,3"));

    // The next session can read the count again and continues the map.
    let mut third = session(&mut course, None, true);
    third.answer(1, Answer::Skipped);
    third.answer(6, point(6));
    assert_unique(&course);
    assert_eq!(course.interactions.len(), 5);
}

#[test]
fn an_earlier_package_journal_is_kept_and_a_count_too_low_is_not_trusted() {
    let mut course = Course::default();
    // What the earlier package left: a journal of 3 entries, progress without a map.
    course.store(&[
        Write {
            element: "cmi.interactions.0.id".into(),
            value: slug(0),
        },
        Write {
            element: "cmi.interactions.1.id".into(),
            value: slug(0),
        },
        Write {
            element: "cmi.interactions.2.id".into(),
            value: slug(1),
        },
    ]);
    let old = course.interactions.clone();
    let mut reader = session(&mut course, None, false);
    reader.answer(0, point(0));
    assert_eq!(&course.interactions[..3], &old[..], "the journal stays");
    assert_eq!(course.interactions.len(), 4);

    // An LMS that reports fewer interactions than were written: nothing is written.
    let map = course.value("cmi.suspend_data");
    course.interactions.truncate(1);
    let mut reader = session(&mut course, None, true);
    assert!(!reader.recorder.writes_interactions());
    reader.answer(5, point(5));
    assert_eq!(course.interactions.len(), 1);
    assert!(course
        .value("cmi.suspend_data")
        .ends_with(map.split('|').nth(1).unwrap()));
}
