//! The study's content, compiled in: `build.rs` turns `assets/content/*.json` into a
//! `static` [`Content`] and a `static` quiz [`Instrument`], so the app parses nothing and
//! allocates nothing for them at start-up, and a binary without the quiz carries none of its
//! text.

pub use explainer_content::instrument::Instrument;
pub use explainer_content::model;
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
