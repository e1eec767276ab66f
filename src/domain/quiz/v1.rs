//! Version 1 of the quiz, frozen: the constructs and statement counts that result codes of
//! version 1 were answered with. Never edit this file; `tests/v1_codes.rs` checks it against
//! the copy of version 1's `quiz.json` in `tests/fixtures/quiz-v1.json` and against codes
//! made by the build that shipped version 1.

use super::form::{Form, FormConstruct};
use super::instrument::{ConstructFamily, Scale};

/// A construct of version 1: slug, family, scale and how many statements it asked, in
/// answering order. The statements themselves (slugs and texts, both languages) are kept in
/// `tests/fixtures/quiz-v1.json`; the app needs only where each construct's answers sit.
pub type FrozenConstruct = (&'static str, &'static str, &'static str, usize);

/// The version number version-1 codes carry.
pub const VERSION: u8 = 1;

/// Version 1's constructs in answering order (43 statements; attraction scored as one number).
pub const CONSTRUCTS: [FrozenConstruct; 10] = [
    ("emotional-arousal", "motivations", "agreement", 4),
    ("attraction", "motivations", "agreement", 6),
    ("bandwagon", "motivations", "agreement", 4),
    ("role-model", "motivations", "agreement", 4),
    ("applause", "interactions", "frequency", 4),
    ("conversation", "interactions", "frequency", 4),
    ("amplification", "interactions", "frequency", 4),
    ("information", "benefits", "agreement", 4),
    ("entertainment", "benefits", "agreement", 4),
    ("parasocial", "closeness", "agreement", 5),
];

/// Version 1 as scoring sees it: every construct one score, no parts.
pub fn form() -> Form {
    Form {
        version: VERSION,
        constructs: CONSTRUCTS
            .iter()
            .map(|&(slug, family, scale, items)| FormConstruct {
                slug,
                family: ConstructFamily::from_slug(family).expect("a known family"),
                scale: Scale::from_slug(scale).expect("a known scale"),
                items,
                parts: Vec::new(),
            })
            .collect(),
    }
}
