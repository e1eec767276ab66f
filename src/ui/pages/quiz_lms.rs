//! The quiz's side of the course connection: what each answer, move, clear and finish
//! records, and where saved progress comes from when the course keeps it.

use super::quiz_state::Phase;
use crate::domain::content::quiz;
use crate::domain::quiz::answers::Answer;
use crate::domain::quiz::progress::Progress;
use crate::domain::scorm::recorder::changed;
use crate::domain::scorm::suspend;
use crate::platform::scorm;

/// The progress string for the course, if it fits SCORM 1.2's limit.
fn stored(position: usize, answers: &[Answer]) -> Option<String> {
    let progress = Progress {
        position,
        answers: answers.to_vec(),
    };
    suspend::write(&progress, quiz().version)
}

/// The saved progress when the course keeps it (`Some`, possibly with nothing saved);
/// `None` when this device's storage applies.
pub fn course_progress() -> Option<Option<Progress>> {
    scorm::keeps_progress().then(scorm::saved_progress)
}

/// Whether the course, not this device, keeps the quiz progress.
pub fn course_keeps_progress() -> bool {
    scorm::keeps_progress()
}

fn record_changes(before: &[Answer], answers: &[Answer], position: usize) {
    let items = quiz().flat_items();
    let progress = stored(position, answers);
    let changes = changed(before, answers);
    if changes.is_empty() {
        if let Some(progress) = &progress {
            scorm::record_progress(progress);
        }
    }
    for (index, answer) in changes {
        if let Some((_, item)) = items.get(index) {
            scorm::record_answer(index, &item.slug, answer, progress.as_deref());
        }
    }
}

/// What the course has been told, to record only what changed since.
#[derive(Default)]
pub struct LmsRecording {
    last: Option<(Phase, Vec<Answer>)>,
}

impl LmsRecording {
    /// Called after every change of the quiz state: new answers become interactions, moves
    /// and clears change the progress. Answers present when the reader starts or resumes are
    /// not recorded again: they came from the course.
    pub fn after_change(&mut self, phase: Phase, answers: &[Answer], cleared: bool) {
        let previous = self.last.replace((phase, answers.to_vec()));
        // Answering (a statement or the pause between parts) continues from the answers
        // before; arriving from the intro starts from the course's.
        let before = previous.filter(|(p, _)| p.position().is_some());
        match (before, phase.position()) {
            (_, None) => {
                if cleared {
                    scorm::record_clear();
                }
            }
            (Some((_, before)), Some(position)) => record_changes(&before, answers, position),
            (None, Some(position)) => {
                if let Some(progress) = stored(position, answers) {
                    scorm::record_progress(&progress);
                }
            }
        }
    }
}

/// The reader finished the quiz with `answers`, whose result is `code`.
pub fn record_finish(code: &str, answers: &[Answer], progress: Option<&Progress>) {
    let stored = progress.and_then(|p| suspend::write(p, quiz().version));
    scorm::record_finish(code, answers, stored.as_deref());
}
