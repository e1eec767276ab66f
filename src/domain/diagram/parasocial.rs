//! The parasocial gap illustration: the follower's felt closeness grows with each
//! interaction, most after a reply, while the influencer's side stays where it was.
//!
//! An illustration of the finding in 5.1.2, not a measurement: the steps are ours.

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

    /// The step's name in the `data-step` attribute.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Like => "like",
            Step::Comment => "comment",
            Step::DirectMessage => "directmessage",
            Step::Reply => "reply",
        }
    }

    /// How much felt closeness this adds, out of 100. A reply adds the most, as 5.1.2 notes.
    pub fn closeness_gain(self) -> u8 {
        match self {
            Step::Like => 4,
            Step::Comment => 8,
            Step::DirectMessage => 10,
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
    fn reply_grows_closeness_most_and_influencer_never_moves() {
        assert!(Step::ALL
            .iter()
            .all(|s| s.closeness_gain() <= Step::Reply.closeness_gain()));
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
