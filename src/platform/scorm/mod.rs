//! The course connection of a packaged copy (a SCORM 1.2 SCO): finds the LMS's `API`,
//! records what `domain::scorm::recorder` says, commits without holding up the reader, and
//! finishes when the page is left.
//!
//! Only a copy marked by the packager (`<meta name="mie-lms">`) looks for an LMS, so the
//! public site never touches another course's API. Any failed call ends recording for the
//! session; the reader keeps a working explainer and is told progress is not recorded.

mod api;
mod commit;
mod report;

use commit::{commit_now, schedule_commit};
pub use report::{report, subscribe, Subscription};
use report::{set_report, set_status};

use crate::domain::content::quiz;
use crate::domain::quiz::answers::Answer;
use crate::domain::quiz::progress::Progress;
use crate::domain::scorm::commit::CommitPolicy;
use crate::domain::scorm::format::ClockTime;
use crate::domain::scorm::recorder::{Launch, Recorder, Write};
use crate::domain::scorm::suspend::{self, Saved};
use crate::domain::scorm::{LmsReport, LmsStatus};
use api::{Api, ApiFailed};
use std::cell::RefCell;

/// One LMS session, from `LMSInitialize` to `LMSFinish`.
struct Session {
    api: Api,
    recorder: Recorder,
    policy: CommitPolicy,
    started: f64,
    /// The scheduled commit, numbered so a later, sooner one can replace it.
    commit_pending: Option<u32>,
    commits_scheduled: u32,
    saved: Option<Progress>,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    static PAGE_EVENTS: RefCell<Vec<gloo::events::EventListener>> = const { RefCell::new(Vec::new()) };
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn clock() -> ClockTime {
    let date = js_sys::Date::new_0();
    ClockTime::new(date.get_hours(), date.get_minutes(), date.get_seconds())
        .unwrap_or(ClockTime::MIDNIGHT)
}

/// Whether this copy was packaged for an LMS.
fn is_package() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name='mie-lms']").ok().flatten())
        .is_some()
}

/// Opens the session: `LMSInitialize`, then reads only the lesson status, the interaction
/// count and the saved progress (never the learner's name or id), and records the start.
fn open(api: Api) -> Result<(Session, bool), ApiFailed> {
    api.initialize()?;
    let status = api.get("cmi.core.lesson_status").unwrap_or_default();
    let count = api.get("cmi.interactions._count").ok();
    let suspend_data = api.get("cmi.suspend_data").unwrap_or_default();
    let quiz = quiz();
    let (saved, unreadable) = match suspend::read(&suspend_data, quiz.version, quiz.item_count()) {
        Saved::Nothing => (None, false),
        Saved::Progress(progress) => (Some(progress), false),
        Saved::Unreadable => (None, true),
    };
    let (recorder, writes) = Recorder::start(Launch {
        lesson_status: &status,
        interaction_count: count.as_deref(),
        suspend_data: &suspend_data,
        items: quiz.item_count(),
        version: quiz.version,
    });
    for w in &writes {
        api.set(&w.element, &w.value)?;
    }
    let session = Session {
        api,
        recorder,
        policy: CommitPolicy::default(),
        started: now(),
        commit_pending: None,
        commits_scheduled: 0,
        saved,
    };
    Ok((session, unreadable))
}

/// Starts the course connection of a packaged copy; does nothing on the public site.
pub fn start() {
    if !is_package() {
        return;
    }
    let opened = Api::find().ok_or(ApiFailed).and_then(open);
    match opened {
        Ok((session, unreadable)) => {
            SESSION.with(|s| *s.borrow_mut() = Some(session));
            set_report(LmsReport {
                status: LmsStatus::Recording,
                unreadable_progress: unreadable,
            });
            schedule_commit(false);
        }
        Err(ApiFailed) => set_status(LmsStatus::NotRecording),
    }
    listen_for_leaving();
}

/// Ends recording after a failed call: the session is dropped and the reader told.
fn fail() {
    SESSION.with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            *s = None;
        }
    });
    set_status(LmsStatus::NotRecording);
}

/// Runs `f` on the open session; `Err` when a call failed (recording then stops).
fn with_session<T>(f: impl FnOnce(&mut Session) -> Result<T, ApiFailed>) -> Option<T> {
    let result = SESSION.with(|s| {
        let mut s = s.try_borrow_mut().ok()?;
        Some(f(s.as_mut()?))
    })?;
    match result {
        Ok(value) => Some(value),
        Err(ApiFailed) => {
            fail();
            None
        }
    }
}

fn apply(api: &Api, writes: &[Write]) -> Result<(), ApiFailed> {
    writes
        .iter()
        .try_for_each(|w| api.set(&w.element, &w.value))
}

/// Records with the recorder, then schedules a commit (`urgent`: right away even for a
/// slow LMS, for what must not wait, like finishing the quiz).
fn record(urgent: bool, f: impl FnOnce(&mut Recorder) -> Vec<Write>) {
    let recorded = with_session(|s| apply(&s.api, &f(&mut s.recorder)));
    if recorded.is_some() {
        schedule_commit(urgent);
    }
}

/// Leaving the page: session time, commit and `LMSFinish`.
fn leave() {
    commit_now();
    let session = SESSION.with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.take()));
    if let Some(session) = session {
        let _ = session.api.finish();
    }
}

fn listen_for_leaving() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hide = gloo::events::EventListener::new(&window, "pagehide", |_| leave());
    // A page restored from the back-forward cache was finished when it was hidden, and
    // SCORM 1.2 does not reopen a finished session: say so.
    let show = gloo::events::EventListener::new(&window, "pageshow", |event| {
        let restored = js_sys::Reflect::get(event, &"persisted".into())
            .map(|p| p.is_truthy())
            .unwrap_or(false);
        if restored && report().status == LmsStatus::Recording {
            set_status(LmsStatus::NotRecording);
        }
    });
    PAGE_EVENTS.with(|e| *e.borrow_mut() = vec![hide, show]);
}

/// Whether the course keeps the quiz progress (instead of this device's storage).
pub fn keeps_progress() -> bool {
    report().status == LmsStatus::Recording
}

/// The progress the course had saved for this reader, checked, if any.
pub fn saved_progress() -> Option<Progress> {
    SESSION.with(|s| s.try_borrow().ok()?.as_ref()?.saved.clone())
}

/// An answer to the statement at `index` (id `item`), with the progress string after it.
pub fn record_answer(index: usize, item: &str, answer: Answer, progress: Option<&str>) {
    let at = clock();
    record(false, |r| r.answer(index, item, answer, at, progress));
}

/// A move to another statement: the progress string only.
pub fn record_progress(progress: &str) {
    with_session(|s| {
        let writes = s.recorder.progress(Some(progress));
        apply(&s.api, &writes)
    });
}

/// The quiz was finished with `answers`, whose result is `code`.
pub fn record_finish(code: &str, answers: &[Answer], progress: Option<&str>) {
    let at = clock();
    record(true, |r| r.finish(code, answers, at, progress));
}

/// The reader cleared their answers.
pub fn record_clear() {
    record(false, |r| r.clear());
}
