//! The study's content, compiled in: `build.rs` turns `assets/content/*.json` into a
//! `static` [`Content`] and a `static` quiz [`Instrument`], so the app parses nothing and
//! allocates nothing for them at start-up, and a binary without the quiz carries none of its
//! text. A reader built for one language keeps the texts its first loads do not show in
//! groups' files next to it ([`explainer_content::stored`]): [`needs`] says which groups
//! each page needs, [`missing`] which of them are still to be loaded.

use crate::domain::address::route::Route;
pub use explainer_content::instrument::Instrument;
pub use explainer_content::model;
pub use explainer_content::stored::{Expect, Group};
pub use explainer_content::validate;
pub use explainer_content::Content;

/// The content, generated from `assets/content/` and checked when the app was built.
static CONTENT: Content = include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The compiled-in content of the reading pages.
pub fn content() -> &'static Content {
    &CONTENT
}

/// The quiz, generated from `assets/content/quiz.json` and checked when the app was built.
static QUIZ: Instrument = include!(concat!(env!("OUT_DIR"), "/quiz.rs"));

/// The compiled-in quiz.
pub fn quiz() -> &'static Instrument {
    &QUIZ
}

/// What this build expects of each group's file, in [`Group::ALL`]'s order: `None` where
/// the group is compiled in (every build but a reader of one language).
static EXPECT: [Option<Expect>; Group::ALL.len()] =
    include!(concat!(env!("OUT_DIR"), "/stored.rs"));

/// What this build expects of `group`'s file, or `None` when its texts are compiled in.
pub fn expect(group: Group) -> Option<Expect> {
    EXPECT[group as usize]
}

/// The groups of texts the page `route` shows, whatever is picked on it (a finding's page
/// and its theory card are a tap away on its family's diagram, so they come with it;
/// `explainer_content::split` checks that each theory card is in the group of its pages).
/// The interactions and parasocial pages hold the post explorable, which says why each
/// action falls where it does.
pub fn needs(route: &Route) -> &'static [Group] {
    use crate::domain::address::route::Family;
    match route {
        Route::Family { family, .. } => match family {
            Family::Motivations => &[Group::Motivations, Group::MotivationsTheories],
            Family::Interactions => &[
                Group::Interactions,
                Group::InteractionsTheories,
                Group::Actions,
            ],
            Family::Benefits => &[Group::Benefits, Group::BenefitsTheories],
        },
        Route::Parasocial => &[Group::Parasocial, Group::ParasocialTheories, Group::Actions],
        Route::Recommendations => &[Group::Recommendations],
        Route::About => &[Group::Study],
        // Every theory card and every work, and none of the pages' other texts.
        Route::References => &[
            Group::MotivationsTheories,
            Group::InteractionsTheories,
            Group::BenefitsTheories,
            Group::ParasocialTheories,
            Group::References,
        ],
        Route::Overview | Route::Glossary(_) | Route::Quiz | Route::Results(_) | Route::Teach => {
            &[]
        }
    }
}

/// The groups `route` needs that are neither compiled in nor loaded yet, with what is
/// expected of their files.
pub fn missing(route: &Route) -> Vec<(Group, Expect)> {
    let mut missing = Vec::new();
    for &group in needs(route) {
        match expect(group) {
            Some(expect) if !explainer_content::stored::is_loaded(group) => {
                missing.push((group, expect))
            }
            _ => {}
        }
    }
    missing
}
