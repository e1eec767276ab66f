//! When to call `LMSCommit`. The call is synchronous, and an LMS that saves over a slow
//! network blocks the page while it runs, so a commit is never made inside the reader's
//! click: it is scheduled just after, several answers in quick succession share one, and once
//! a commit has been slow the next ones wait at least [`SLOW_INTERVAL_MS`]. Finishing the
//! quiz and leaving the page always commit.

/// A commit slower than this marks the LMS as slow.
pub const SLOW_COMMIT_MS: f64 = 500.0;
/// How long a slow LMS is left alone between commits.
pub const SLOW_INTERVAL_MS: f64 = 30_000.0;
/// The pause between an answer and its commit, so the page updates first.
pub const SETTLE_MS: f64 = 50.0;

/// What the commits so far have shown about the LMS.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CommitPolicy {
    /// When the last slow commit ended, in milliseconds on the page's clock.
    slow_since: Option<f64>,
}

impl CommitPolicy {
    /// Milliseconds to wait, at time `now`, before committing what was just recorded.
    pub fn delay(&self, now: f64) -> u32 {
        let wait = match self.slow_since {
            Some(ended) => (ended + SLOW_INTERVAL_MS - now).max(SETTLE_MS),
            None => SETTLE_MS,
        };
        wait.min(SLOW_INTERVAL_MS).ceil() as u32
    }

    /// Notes a commit that ran from `started` to `ended`.
    pub fn record(&mut self, started: f64, ended: f64) {
        self.slow_since = (ended - started > SLOW_COMMIT_MS).then_some(ended);
    }

    /// Whether the last commit was slow.
    pub fn is_slow(&self) -> bool {
        self.slow_since.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fast_lms_commits_right_after_each_answer() {
        let mut policy = CommitPolicy::default();
        assert_eq!(policy.delay(1_000.0), 50);
        policy.record(1_050.0, 1_080.0);
        assert!(!policy.is_slow());
        assert_eq!(policy.delay(2_000.0), 50);
    }

    #[test]
    fn a_slow_lms_is_left_alone_for_a_while() {
        let mut policy = CommitPolicy::default();
        policy.record(1_000.0, 3_000.0);
        assert!(policy.is_slow());
        assert_eq!(policy.delay(3_000.0), 30_000);
        assert_eq!(policy.delay(23_000.0), 10_000);
        assert_eq!(policy.delay(40_000.0), 50);
        // A fast commit later clears the mark.
        policy.record(40_000.0, 40_010.0);
        assert_eq!(policy.delay(40_020.0), 50);
    }
}
