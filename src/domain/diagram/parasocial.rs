//! The parasocial gap illustration: the follower's felt closeness grows with each
//! interaction, more after a reply, while the influencer's side stays where it was.
//!
//! An illustration of the finding in 5.1.2, not a measurement: the steps are ours. Every
//! follower action adds the same step, because Chapter V ranks none of them above another;
//! only the influencer's reply adds more, the one effect the chapter names.

/// What moves the follower's felt closeness in the illustration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The follower likes, comments, sends, shares, saves, tags or answers a story: Chapter
    /// V ranks none of these above another, so each adds the same step.
    FollowerAction,
    /// The influencer replies.
    Reply,
}

impl Step {
    /// How much felt closeness this adds, out of 100: the same for every follower action,
    /// more for a reply ("terlebih lagi apabila … mendapatkan umpan balik", 5.1.2).
    pub fn closeness_gain(self) -> u8 {
        match self {
            Step::FollowerAction => 5,
            Step::Reply => 20,
        }
    }
}

/// The state of the illustration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    /// The follower's felt closeness, 0–100.
    pub follower: u8,
    /// The influencer's closeness to this follower, 0–100: it does not move.
    pub influencer: u8,
    /// How many steps the reader has taken.
    pub steps: u32,
}

/// Where both sides start.
pub const START: u8 = 10;

impl Default for Gap {
    fn default() -> Self {
        Gap {
            follower: START,
            influencer: START,
            steps: 0,
        }
    }
}

impl Gap {
    /// The state after `step`.
    pub fn apply(self, step: Step) -> Gap {
        Gap {
            follower: self.follower.saturating_add(step.closeness_gain()).min(100),
            influencer: self.influencer,
            steps: self.steps + 1,
        }
    }

    /// The distance between what the follower feels and what the influencer feels.
    pub fn gap(&self) -> u8 {
        self.follower - self.influencer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_adds_more_than_a_follower_action_and_the_influencer_never_moves() {
        assert!(Step::Reply.closeness_gain() > Step::FollowerAction.closeness_gain());
        let mut gap = Gap::default();
        gap = gap.apply(Step::FollowerAction);
        assert_eq!(gap.follower, START + Step::FollowerAction.closeness_gain());
        gap = gap.apply(Step::Reply);
        assert_eq!(
            gap.follower,
            START + Step::FollowerAction.closeness_gain() + Step::Reply.closeness_gain()
        );
        for _ in 0..40 {
            gap = gap.apply(Step::FollowerAction).apply(Step::Reply);
        }
        assert_eq!(gap.follower, 100, "capped");
        assert_eq!(gap.influencer, START);
        assert_eq!(gap.gap(), 100 - START);
        assert_eq!(gap.steps, 82);
    }
}
