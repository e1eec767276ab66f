//! When commits are made: one shared by records in quick succession, after a pause that the
//! commit policy lengthens for a slow LMS, or right away for what must not wait.

use super::{now, with_session};
use crate::domain::scorm::commit::SETTLE_MS;

/// Commits now: the session time first, so the LMS always has it.
pub(super) fn commit_now() {
    with_session(|s| {
        s.commit_pending = None;
        let time = s.recorder.session_time((now() - s.started).max(0.0) as u64);
        s.api.set(&time.element, &time.value)?;
        let started = now();
        let result = s.api.commit();
        s.policy.record(started, now());
        result
    });
}

/// Schedules one commit for whatever has been recorded; later records share it, unless an
/// urgent one replaces it with a sooner commit.
pub(super) fn schedule_commit(urgent: bool) {
    let scheduled = with_session(|s| {
        if s.commit_pending.is_some() && !urgent {
            return Ok(None);
        }
        let delay = if urgent {
            SETTLE_MS as u32
        } else {
            s.policy.delay(now())
        };
        s.commits_scheduled = s.commits_scheduled.wrapping_add(1);
        s.commit_pending = Some(s.commits_scheduled);
        Ok(Some((delay, s.commits_scheduled)))
    })
    .flatten();
    if let Some((delay, number)) = scheduled {
        gloo::timers::callback::Timeout::new(delay, move || {
            // A commit that was replaced, or already made, is skipped.
            if with_session(|s| Ok(s.commit_pending == Some(number))) == Some(true) {
                commit_now();
            }
        })
        .forget();
    }
}
