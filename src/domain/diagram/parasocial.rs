//! The parasocial gap illustration: the follower's felt closeness grows with each
//! interaction, more after a reply, while the influencer's side stays where it was.
//!
//! An illustration of the finding in 5.1.2, not a measurement: the steps are ours. Every
//! follower action adds the same step, because Chapter V ranks none of them above another;
//! only the influencer's reply adds more, the one effect the chapter names.

/// Something the reader can do in the illustration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Like a post (applause).
    Like,
    /// Write a comment (conversation).
    Comment,
    /// Send a direct message (conversation).
    DirectMessage,
    /// The influencer replies.
    Reply,
}

impl Step {
    /// Every step, in the order the buttons appear.
    pub const ALL: [Step; 4] = [Step::Like, Step::Comment, Step::DirectMessage, Step::Reply];

    /// How much felt closeness this adds, out of 100: the same for every follower action,
    /// more for a reply ("terlebih lagi apabila … mendapatkan umpan balik", 5.1.2).
    pub fn closeness_gain(self) -> u8 {
        match self {
            Step::Like | Step::Comment | Step::DirectMessage => 5,
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
    fn follower_actions_step_alike_a_reply_more_and_influencer_never_moves() {
        let follower_steps = [Step::Like, Step::Comment, Step::DirectMessage];
        assert!(follower_steps
            .iter()
            .all(|s| s.closeness_gain() == Step::Like.closeness_gain()));
        assert!(Step::Reply.closeness_gain() > Step::Like.closeness_gain());
        let mut gap = Gap::default();
        for _ in 0..20 {
            for step in Step::ALL {
                gap = gap.apply(step);
            }
        }
        assert_eq!(gap.follower, 100);
        assert_eq!(gap.influencer, START);
        assert_eq!(gap.gap(), 100 - START);
        assert_eq!(gap.steps, 80);
    }
}
