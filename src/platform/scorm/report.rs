//! What the reader is told about the course connection, and who listens for changes.

use crate::domain::scorm::{LmsReport, LmsStatus};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

type Listener = Rc<dyn Fn(LmsReport)>;

thread_local! {
    static REPORT: Cell<LmsReport> = Cell::new(LmsReport::default());
    static LISTENERS: RefCell<Vec<(usize, Listener)>> = const { RefCell::new(Vec::new()) };
    static NEXT_LISTENER: Cell<usize> = const { Cell::new(0) };
}

pub(super) fn set_report(report: LmsReport) {
    REPORT.with(|r| r.set(report));
    // Listeners run after every borrow is released: they may record in turn.
    let listeners: Vec<Listener> =
        LISTENERS.with(|l| l.borrow().iter().map(|(_, f)| f.clone()).collect());
    for listener in listeners {
        listener(report);
    }
}

pub(super) fn set_status(status: LmsStatus) {
    let report = REPORT.with(|r| r.get());
    if report.status != status {
        set_report(LmsReport { status, ..report });
    }
}

/// What the reader is told now.
pub fn report() -> LmsReport {
    REPORT.with(|r| r.get())
}

/// Keeps a listener registered until dropped.
pub struct Subscription(usize);

impl Drop for Subscription {
    fn drop(&mut self) {
        let id = self.0;
        LISTENERS.with(|l| {
            if let Ok(mut l) = l.try_borrow_mut() {
                l.retain(|(i, _)| *i != id);
            }
        });
    }
}

/// Calls `listener` whenever the report changes.
pub fn subscribe(listener: impl Fn(LmsReport) + 'static) -> Subscription {
    let id = NEXT_LISTENER.with(|n| n.replace(n.get() + 1));
    LISTENERS.with(|l| l.borrow_mut().push((id, Rc::new(listener))));
    Subscription(id)
}
