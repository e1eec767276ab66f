//! Version 1 of the quiz, frozen: the constructs and statements that result codes of
//! version 1 were answered with. Never edit this file; `tests/v1_codes.rs` checks it against
//! the copy of version 1's `quiz.json` in `tests/fixtures/quiz-v1.json` and against codes
//! made by the build that shipped version 1.

use super::form::{Form, FormConstruct};

/// A construct of version 1: slug, family, scale and its statements' slugs, in order.
pub type FrozenConstruct = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

/// The version number version-1 codes carry.
pub const VERSION: u8 = 1;

/// Version 1's constructs in answering order (43 statements; attraction scored as one number).
pub const CONSTRUCTS: [FrozenConstruct; 10] = [
    (
        "emotional-arousal",
        "motivations",
        "agreement",
        &[
            "emotional-arousal-1",
            "emotional-arousal-2",
            "emotional-arousal-3",
            "emotional-arousal-4",
        ],
    ),
    (
        "attraction",
        "motivations",
        "agreement",
        &[
            "attraction-1",
            "attraction-2",
            "attraction-3",
            "attraction-4",
            "attraction-5",
            "attraction-6",
        ],
    ),
    (
        "bandwagon",
        "motivations",
        "agreement",
        &["bandwagon-1", "bandwagon-2", "bandwagon-3", "bandwagon-4"],
    ),
    (
        "role-model",
        "motivations",
        "agreement",
        &[
            "role-model-1",
            "role-model-2",
            "role-model-3",
            "role-model-4",
        ],
    ),
    (
        "applause",
        "interactions",
        "frequency",
        &["applause-1", "applause-2", "applause-3", "applause-4"],
    ),
    (
        "conversation",
        "interactions",
        "frequency",
        &[
            "conversation-1",
            "conversation-2",
            "conversation-3",
            "conversation-4",
        ],
    ),
    (
        "amplification",
        "interactions",
        "frequency",
        &[
            "amplification-1",
            "amplification-2",
            "amplification-3",
            "amplification-4",
        ],
    ),
    (
        "information",
        "benefits",
        "agreement",
        &[
            "information-1",
            "information-2",
            "information-3",
            "information-4",
        ],
    ),
    (
        "entertainment",
        "benefits",
        "agreement",
        &[
            "entertainment-1",
            "entertainment-2",
            "entertainment-3",
            "entertainment-4",
        ],
    ),
    (
        "parasocial",
        "closeness",
        "agreement",
        &[
            "parasocial-1",
            "parasocial-2",
            "parasocial-3",
            "parasocial-4",
            "parasocial-5",
        ],
    ),
];

/// Version 1 as scoring sees it: every construct one score, no parts.
pub fn form() -> Form {
    Form {
        version: VERSION,
        constructs: CONSTRUCTS
            .iter()
            .map(|(slug, family, scale, items)| FormConstruct {
                slug: slug.to_string(),
                family: family.to_string(),
                scale: scale.to_string(),
                items: items.len(),
                parts: Vec::new(),
            })
            .collect(),
    }
}
