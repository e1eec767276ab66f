//! The post explorable's state: the heart and the bookmark are toggles, everything else is
//! done once, the influencer replies only to a comment, and the meters move as the
//! illustration says (one equal step per thing done, more for the reply, the influencer's
//! side never) without ever being put in numbers.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::lang::Lang;
use explainer::domain::post::{label, Move, Post, PostAction};

fn did(actions: &[PostAction]) -> Post {
    actions.iter().fold(Post::default(), |post, &a| post.act(a))
}

#[test]
fn the_heart_and_the_bookmark_switch_on_and_off() {
    for action in [PostAction::Like, PostAction::Save] {
        assert!(action.is_toggle());
        let on = Post::default().act(action);
        assert!(on.has(action));
        assert_eq!(on.latest, Some(Move::Did(action)));
        assert!(on.follower() > Post::default().follower());
        let off = on.act(action);
        assert!(!off.has(action));
        assert_eq!(off.latest, Some(Move::Undid(action)));
        assert_eq!(off.follower(), Post::default().follower(), "{action:?}");
        assert_eq!(off.last, Some(action), "its explanation stays");
    }
}

#[test]
fn anything_else_is_done_once() {
    for action in PostAction::ALL.into_iter().filter(|a| !a.is_toggle()) {
        let once = Post::default().act(action);
        let twice = once.act(action);
        assert!(twice.has(action), "{action:?}");
        assert_eq!(twice.latest, Some(Move::Again(action)));
        assert_eq!(twice.follower(), once.follower());
    }
}

#[test]
fn every_action_is_one_equal_step_for_the_follower_and_none_for_the_influencer() {
    let start = Post::default();
    assert_eq!(start.follower(), start.influencer(), "both start level");
    let one = start.act(PostAction::Like).follower();
    for action in PostAction::ALL {
        let after = start.act(action);
        assert_eq!(after.follower(), one, "{action:?}");
        assert_eq!(after.influencer(), start.influencer(), "{action:?}");
    }
    let all = did(&PostAction::ALL);
    assert!(PostAction::ALL.iter().all(|&a| all.has(a)));
    assert!(all.follower().width() > one.width());
    assert_eq!(all.influencer(), start.influencer());
}

#[test]
fn the_influencer_replies_only_to_a_comment_and_once() {
    for action in PostAction::ALL
        .into_iter()
        .filter(|&a| a != PostAction::Comment)
    {
        let post = Post::default().act(action);
        assert!(!post.can_reply(), "{action:?}");
        assert_eq!(post.reply(), post, "no reply without a comment");
    }
    let commented = did(&[PostAction::Like, PostAction::Comment]);
    assert!(commented.can_reply());
    let replied = commented.reply();
    assert!(replied.replied());
    assert!(!replied.can_reply());
    assert_eq!(replied.reply(), replied, "once");
    assert_eq!(replied.latest, Some(Move::Replied));
    assert_eq!(
        replied.last,
        Some(PostAction::Comment),
        "its explanation stays"
    );
    // A reply moves the follower further than any one action, and the influencer not at all.
    let step = commented.follower().width() - commented.act(PostAction::Like).follower().width();
    assert!(replied.follower().width() - commented.follower().width() > step);
    assert_eq!(replied.influencer(), Post::default().influencer());
}

#[test]
fn the_meters_fit_their_track_and_start_low() {
    let full = did(&PostAction::ALL).reply();
    assert!(full.follower().width() <= 100);
    let start = Post::default().follower().width();
    assert!(start > 0 && start < 20, "{start}");
}

/// Every state the reader can reach: each set of actions, with and without a reply.
fn every_state() -> Vec<Post> {
    let mut out = Vec::new();
    for mask in 0u32..1 << PostAction::ALL.len() {
        let actions: Vec<PostAction> = PostAction::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, a)| a)
            .collect();
        let post = did(&actions);
        out.push(post);
        out.push(post.reply());
        if let Some(&last) = actions.last() {
            out.push(post.act(last));
        }
    }
    out
}

#[test]
fn the_meters_and_announcements_never_carry_a_number() {
    for post in every_state() {
        for lang in Lang::ALL {
            let said = [post.headline(lang), post.follower_words(lang)];
            for text in said {
                assert!(
                    !text.chars().any(|c| c.is_ascii_digit()),
                    "{lang:?}: {text}"
                );
            }
        }
    }
}

#[test]
fn the_follower_meter_says_how_far_above_the_influencer_in_words() {
    let words = |post: Post| post.follower_words(Lang::En);
    let said = |level: &str| {
        format!("The follower's side is now {level} the influencer's side, which stays put.")
    };
    assert_eq!(words(Post::default()), said("level with"));
    assert_eq!(words(Post::default().act(PostAction::Like)), said("above"));
    assert_eq!(words(did(&PostAction::ALL).reply()), said("far above"));
}

#[test]
fn announcements_name_the_action_its_form_and_direction_as_our_reading() {
    let post = Post::default().act(PostAction::Share);
    assert_eq!(
        post.headline(Lang::En),
        "Share: amplification, one-way (our reading)."
    );
    let post = Post::default().act(PostAction::Comment);
    assert_eq!(
        post.headline(Lang::Id),
        format!(
            "{}: conversation, dua arah (tafsiran kami).",
            label(PostAction::Comment, Lang::Id)
        )
    );
    let liked = post.act(PostAction::Like).act(PostAction::Like);
    assert_eq!(liked.headline(Lang::En), "Like undone.");
    assert_eq!(
        post.reply().headline(Lang::En),
        "The influencer replied to your comment."
    );
}
