//! The post explorable: a mock Instagram post, drawn for this explainer (no Instagram logo,
//! no real account, no photo of a person), that the reader uses as on Instagram. The heart
//! and the bookmark switch on and off; a comment appears under the post, and only then can
//! the influencer reply to it; the paper plane shares; DM and the story's question sit on
//! the profile line, the tag in the comments. Each action says which interaction form of
//! 5.1.2 it is and its direction (from the content's actions).
//!
//! Two meters illustrate the parasocial gap: the follower's felt closeness rises one equal
//! step for each thing done on the post (Chapter V ranks none above another) and more after
//! the influencer's reply ("terlebih lagi apabila follower mendapatkan umpan balik", 5.1.2),
//! while the influencer's side stays where both started. The steps are ours and are never
//! shown as numbers: the meters say where they are in words.

use super::content::content;
use super::content::model::{Action, Direction};
use super::i18n::{post as p, shell as s, Tr};
use super::lang::Lang;

/// Something the reader can do with the post; each is an Instagram action of the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PostAction {
    /// The heart (a toggle).
    Like,
    /// The speech bubble: a comment appears under the post.
    Comment,
    /// The paper plane: share the post with a friend or to a story.
    Share,
    /// The bookmark (a toggle).
    Save,
    /// "DM" on the profile line: a direct message to the influencer.
    Message,
    /// The story ring around the profile picture: answer the story's question.
    StoryAnswer,
    /// "@ Tag a friend" in the comments.
    Tag,
}

impl PostAction {
    /// Every action, in the order the post shows them: the profile line, the action row,
    /// the comments.
    pub const ALL: [PostAction; 7] = [
        PostAction::StoryAnswer,
        PostAction::Message,
        PostAction::Like,
        PostAction::Comment,
        PostAction::Share,
        PostAction::Save,
        PostAction::Tag,
    ];

    /// The row under the photo, as Instagram has it: heart, comment, paper plane, and the
    /// bookmark at the far end.
    pub const ROW: [PostAction; 4] = [
        PostAction::Like,
        PostAction::Comment,
        PostAction::Share,
        PostAction::Save,
    ];

    /// The Instagram action in the content (`findings.json` › `actions`) that this is: its
    /// label, form, direction and reading come from there, so they are said in one place.
    pub fn action_slug(self) -> &'static str {
        match self {
            PostAction::Like => "like",
            PostAction::Comment => "comment",
            PostAction::Share => "share",
            PostAction::Save => "save",
            PostAction::Message => "direct-message",
            PostAction::StoryAnswer => "story-answer",
            PostAction::Tag => "tag",
        }
    }

    /// The content's action.
    pub fn action(self) -> Option<&'static Action> {
        content()
            .findings
            .actions
            .iter()
            .find(|a| a.slug == self.action_slug())
    }

    /// Whether a second use undoes the first (the heart and the bookmark); the others stay
    /// done once done, as a sent comment or message does.
    pub fn is_toggle(self) -> bool {
        matches!(self, PostAction::Like | PostAction::Save)
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// The latest thing that happened, for the announcement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// The reader did something new on the post.
    Did(PostAction),
    /// The reader switched the heart or the bookmark off again.
    Undid(PostAction),
    /// The reader used something already done (a second comment is not added).
    Again(PostAction),
    /// The influencer replied to the reader's comment.
    Replied,
}

/// The explorable's state: what is on the post.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Post {
    /// What is done, one bit per [`PostAction`].
    done: u8,
    /// Whether the influencer has replied to the reader's comment.
    replied: bool,
    /// The action used last, whose form and words are shown.
    pub last: Option<PostAction>,
    /// The latest move.
    pub latest: Option<Move>,
}

/// Felt closeness a reply adds, in follower steps: more than any one action, as 5.1.2 says.
const REPLY_STEPS: u8 = 3;

impl Post {
    /// Whether `action` is on the post (the heart red, the comment under the post, …).
    pub fn has(&self, action: PostAction) -> bool {
        self.done & action.bit() != 0
    }

    /// Whether the influencer's reply is under the reader's comment.
    pub fn replied(&self) -> bool {
        self.replied
    }

    /// The influencer can reply once there is a comment to reply to, and once only.
    pub fn can_reply(&self) -> bool {
        self.has(PostAction::Comment) && !self.replied
    }

    /// After the reader uses `action`: a toggle flips; anything else is done once.
    pub fn act(self, action: PostAction) -> Post {
        let (done, latest) = if !self.has(action) {
            (self.done | action.bit(), Move::Did(action))
        } else if action.is_toggle() {
            (self.done & !action.bit(), Move::Undid(action))
        } else {
            (self.done, Move::Again(action))
        };
        Post {
            done,
            last: Some(action),
            latest: Some(latest),
            ..self
        }
    }

    /// After the influencer replies: only to a comment, and only once.
    pub fn reply(self) -> Post {
        if !self.can_reply() {
            return self;
        }
        Post {
            replied: true,
            latest: Some(Move::Replied),
            ..self
        }
    }

    /// The follower's felt closeness: where both start, one step per thing done, more for
    /// the reply.
    pub fn follower(&self) -> Closeness {
        let reply = if self.replied { REPLY_STEPS } else { 0 };
        Closeness(Closeness::START.0 + self.done.count_ones() as u8 + reply)
    }

    /// The influencer's side: it stays where both started.
    pub fn influencer(&self) -> Closeness {
        Closeness::START
    }

    /// Where the follower's meter is, in words against the influencer's side, which stays
    /// put (never a number).
    pub fn follower_words(&self, lang: Lang) -> String {
        let level = match self.follower().0 - self.influencer().0 {
            0 => p::LEVEL_EQUAL,
            1..=3 => p::LEVEL_ABOVE,
            _ => p::LEVEL_FAR,
        };
        p::GAP_NOW.fill(lang, &[level.get(lang)])
    }

    /// What the latest move was, said briefly: the action, its form (Chapter V's term) and
    /// direction (our reading); or the reply.
    pub fn headline(&self, lang: Lang) -> String {
        match self.latest {
            None => p::POST_PICK.get(lang).to_string(),
            Some(Move::Replied) => p::POST_REPLIED.get(lang).to_string(),
            Some(Move::Undid(a)) => p::POST_UNDONE.fill(lang, &[label(a, lang)]),
            Some(Move::Did(a) | Move::Again(a)) => {
                let Some(action) = a.action() else {
                    return String::new();
                };
                let form = content()
                    .finding(&action.form)
                    .map(|f| f.term.get(lang))
                    .unwrap_or_default();
                let direction = direction(action).get(lang);
                p::POST_STATUS.fill(lang, &[action.label.get(lang), form, direction])
            }
        }
    }
}

/// The content's label of `action`.
pub fn label(action: PostAction, lang: Lang) -> &'static str {
    action
        .action()
        .map(|a| a.label.get(lang))
        .unwrap_or_default()
}

/// An action's direction, the explainer's reading.
fn direction(action: &Action) -> Tr {
    if action.direction == Direction::TwoWay {
        s::TWO_WAY
    } else {
        s::ONE_WAY
    }
}

/// One side's closeness in the illustration, in our steps: not a measurement, so it is drawn
/// as a bar and said in words, never shown as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Closeness(u8);

impl Closeness {
    /// Where both sides start: level, and low.
    pub const START: Closeness = Closeness(1);

    /// How much of its track the meter fills, in per cent (a CSS width): the start is
    /// visible, everything done and the reply nearly fill it.
    pub fn width(self) -> u8 {
        self.0 * 9
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_an_action_of_the_content_once() {
        for action in PostAction::ALL {
            assert!(action.action().is_some(), "{action:?}");
        }
        let mut slugs: Vec<&str> = PostAction::ALL.iter().map(|a| a.action_slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), PostAction::ALL.len());
        assert!(PostAction::ROW.iter().all(|a| PostAction::ALL.contains(a)));
    }
}
