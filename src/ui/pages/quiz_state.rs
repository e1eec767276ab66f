//! The quiz screen's state machine. Pure: storage is read and written by the page's effects.

use crate::domain::content::quiz;
use crate::domain::quiz::answers::Answer;
use crate::domain::quiz::form::Forms;
use crate::domain::quiz::parts::{after, parts, Step};
use crate::domain::quiz::progress::Progress;
use std::rc::Rc;
use yew::prelude::*;

/// Which screen of the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Disclaimer, instructions, start or resume.
    Intro,
    /// Answering the item at this index.
    Item(usize),
    /// The pause before the part at this index (of [`parts`]), whose first statement is
    /// at `start`.
    Pause {
        /// The part about to start.
        part: usize,
        /// Its first statement.
        start: usize,
    },
}

impl Phase {
    /// The statement this screen stands at (a pause: the next part's first), for progress.
    pub fn position(self) -> Option<usize> {
        match self {
            Phase::Intro => None,
            Phase::Item(index) => Some(index),
            Phase::Pause { start, .. } => Some(start),
        }
    }
}

/// The quiz state.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizState {
    /// Current screen.
    pub phase: Phase,
    /// One slot per item.
    pub answers: Vec<Answer>,
    /// Progress found on the device, offered for resuming.
    pub saved: Option<Progress>,
    /// Whether progress can be kept on this device.
    pub storage_ok: bool,
    /// Set after "clear my answers", to confirm it.
    pub cleared: bool,
    /// Progress of an earlier quiz version was found and discarded: say so.
    pub outdated: bool,
}

impl QuizState {
    /// A fresh quiz with `items` items; storage is assumed usable until checked.
    pub fn new(items: usize) -> QuizState {
        QuizState {
            phase: Phase::Intro,
            answers: vec![Answer::Unanswered; items],
            saved: None,
            storage_ok: true,
            cleared: false,
            outdated: false,
        }
    }

    /// The progress to store, while answering.
    pub fn progress(&self) -> Option<Progress> {
        self.phase.position().map(|position| Progress {
            position,
            answers: self.answers.clone(),
        })
    }
}

/// Something the reader (or the page's effects) did.
#[derive(Clone, Debug, PartialEq)]
pub enum QuizAction {
    /// Storage was checked on mount.
    Loaded {
        /// Progress found, if any.
        saved: Option<Progress>,
        /// Whether storage works.
        storage_ok: bool,
        /// Whether progress of an earlier quiz version was found (and discarded).
        outdated: bool,
    },
    /// Writing progress failed (blocked or full).
    StorageFailed,
    /// Start from the first item with no answers.
    StartOver,
    /// Continue the saved progress.
    Resume,
    /// Set the answer of item `index`.
    Answer(usize, Answer),
    /// Show item `index` (back, and continuing after a pause).
    Go(usize),
    /// Move on from item `index` (a choice, Next or Skip): to the next statement, or to the
    /// pause before the next part. Nothing happens when the reader is no longer at `index`
    /// (a delayed move after a tap the reader has already overtaken with Back).
    Advance(usize),
    /// Remove everything stored and start fresh.
    Clear,
}

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let mut s = (*self).clone();
        let last = s.answers.len().saturating_sub(1);
        match action {
            QuizAction::Loaded {
                saved,
                storage_ok,
                outdated,
            } => {
                s.saved = saved.filter(|p| p.has_answers() && p.answers.len() == s.answers.len());
                s.storage_ok = storage_ok;
                s.outdated = outdated;
            }
            QuizAction::StorageFailed => s.storage_ok = false,
            QuizAction::StartOver => {
                s.answers = vec![Answer::Unanswered; s.answers.len()];
                s.saved = None;
                s.cleared = false;
                s.phase = Phase::Item(0);
            }
            QuizAction::Resume => {
                if let Some(saved) = s.saved.take() {
                    let position = saved.position.min(last);
                    s.answers = saved.answers;
                    s.phase = Phase::Item(position);
                }
            }
            QuizAction::Answer(index, answer) => {
                if let Some(slot) = s.answers.get_mut(index) {
                    *slot = answer;
                }
            }
            QuizAction::Go(index) => s.phase = Phase::Item(index.min(last)),
            QuizAction::Advance(index) => {
                if s.phase == Phase::Item(index) {
                    let parts = parts(&quiz().form());
                    match after(&parts, index) {
                        Some(Step::Statement(next)) => s.phase = Phase::Item(next),
                        Some(Step::Pause(part)) => {
                            s.phase = Phase::Pause {
                                part,
                                start: parts[part].start,
                            }
                        }
                        None => {}
                    }
                }
            }
            QuizAction::Clear => {
                s = QuizState::new(s.answers.len());
                s.storage_ok = self.storage_ok;
                s.cleared = true;
            }
        }
        Rc::new(s)
    }
}
