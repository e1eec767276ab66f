//! The post explorable: a mock Instagram-style post, drawn for this explainer (no Instagram
//! logo or artwork), whose action row the reader uses. Each action says which interaction
//! form of 5.1.2 it belongs to and its direction (from the content's actions), and moves the
//! follower's felt closeness one step; the influencer's reply moves it further while the
//! influencer's own side stays flat: the parasocial gap, felt rather than read.

use super::diagram::parasocial::{Gap, Step};
use super::glyph::Glyph;

/// A button in the post's action row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostAction {
    /// The heart.
    Like,
    /// The speech bubble.
    Comment,
    /// The paper plane: send to someone by direct message.
    Send,
    /// Share onwards.
    Share,
    /// The bookmark.
    Save,
    /// Tag someone.
    Tag,
    /// Answer the story's question sticker.
    StoryQuestion,
}

impl PostAction {
    /// The row, in the order the post shows it.
    pub const ROW: [PostAction; 7] = [
        PostAction::Like,
        PostAction::Comment,
        PostAction::Send,
        PostAction::Share,
        PostAction::Save,
        PostAction::Tag,
        PostAction::StoryQuestion,
    ];

    /// The Instagram action in the content (`findings.json` › `actions`) that this button is:
    /// its label, form and direction come from there, so they are said in one place.
    pub fn action_slug(self) -> &'static str {
        match self {
            PostAction::Like => "like",
            PostAction::Comment => "comment",
            PostAction::Send => "direct-message",
            PostAction::Share => "share",
            PostAction::Save => "save",
            PostAction::Tag => "tag",
            PostAction::StoryQuestion => "story-answer",
        }
    }

    /// The button's icon.
    pub fn glyph(self) -> Glyph {
        match self {
            PostAction::Like => Glyph::Applause,
            PostAction::Comment => Glyph::Conversation,
            PostAction::Send => Glyph::Send,
            PostAction::Share => Glyph::Share,
            PostAction::Save => Glyph::Save,
            PostAction::Tag => Glyph::Tag,
            PostAction::StoryQuestion => Glyph::StoryQuestion,
        }
    }
}

/// The latest thing that happened, for the brief announcement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// The reader used an action.
    Acted(PostAction),
    /// The influencer replied.
    Replied,
}

/// The explorable's state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Post {
    /// The action used last, whose form and words are shown.
    pub last: Option<PostAction>,
    /// The latest move.
    pub latest: Option<Move>,
    /// Both sides' closeness.
    pub gap: Gap,
}

impl Post {
    /// After the reader uses `action`.
    pub fn act(self, action: PostAction) -> Post {
        Post {
            last: Some(action),
            latest: Some(Move::Acted(action)),
            gap: self.gap.apply(Step::FollowerAction),
        }
    }

    /// After the influencer replies.
    pub fn reply(self) -> Post {
        Post {
            latest: Some(Move::Replied),
            gap: self.gap.apply(Step::Reply),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_moves_only_the_followers_side_by_the_same_step() {
        let start = Post::default();
        for action in PostAction::ROW {
            let after = start.act(action);
            assert_eq!(after.last, Some(action));
            assert_eq!(after.gap.follower, start.act(PostAction::Like).gap.follower);
            assert!(after.gap.follower > start.gap.follower);
            assert_eq!(after.gap.influencer, start.gap.influencer);
        }
    }

    #[test]
    fn a_reply_moves_the_follower_further_and_keeps_the_last_action() {
        let liked = Post::default().act(PostAction::Like);
        let replied = liked.reply();
        assert_eq!(replied.last, Some(PostAction::Like));
        assert_eq!(replied.latest, Some(Move::Replied));
        assert!(
            replied.gap.follower - liked.gap.follower
                > liked.gap.follower - Post::default().gap.follower
        );
        assert_eq!(replied.gap.influencer, liked.gap.influencer);
    }

    #[test]
    fn every_button_is_an_action_of_the_content() {
        let content = crate::domain::content::content();
        for button in PostAction::ROW {
            assert!(
                content
                    .findings
                    .actions
                    .iter()
                    .any(|a| a.slug == button.action_slug()),
                "{button:?}"
            );
        }
    }

    #[test]
    fn buttons_name_distinct_actions_and_icons() {
        let mut slugs: Vec<&str> = PostAction::ROW.iter().map(|a| a.action_slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), PostAction::ROW.len());
        let glyphs: Vec<Glyph> = PostAction::ROW.iter().map(|a| a.glyph()).collect();
        assert!(glyphs
            .iter()
            .enumerate()
            .all(|(i, g)| !glyphs[i + 1..].contains(g)));
    }
}
