//! Version 2 of the quiz, frozen: the constructs, statement counts and parts that result codes
//! of version 2 were answered with. Never edit this file; `tests/v2_codes.rs` checks it
//! against the copy of version 2's `quiz.json` in `tests/fixtures/quiz-v2.json` and against
//! codes made by the build that shipped version 2.

use super::form::{Form, FormConstruct};
use super::instrument::{ConstructFamily, Scale};
use super::v1::CONSTRUCTS as V1_CONSTRUCTS;

/// The version number version-2 codes carry.
pub const VERSION: u8 = 2;

/// Version 2's statement counts in answering order (entertainment had gained a fifth
/// statement since version 1: 44 in all).
const ITEMS: [usize; 10] = [4, 6, 4, 4, 4, 4, 4, 4, 5, 5];

/// Attraction's parts in version 2, each with the indexes of its two statements.
const ATTRACTION_PARTS: [(&str, [usize; 2]); 3] = [
    ("physical", [0, 1]),
    ("similarity", [2, 3]),
    ("competence", [4, 5]),
];

/// Version 2 as scoring sees it: version 1's constructs, entertainment with five statements,
/// attraction reported as three parts.
pub fn form() -> Form {
    Form {
        version: VERSION,
        constructs: V1_CONSTRUCTS
            .iter()
            .zip(ITEMS)
            .map(|(&(slug, family, scale, _), items)| FormConstruct {
                slug,
                family: ConstructFamily::from_slug(family).expect("a known family"),
                scale: Scale::from_slug(scale).expect("a known scale"),
                items,
                parts: if slug == "attraction" {
                    ATTRACTION_PARTS
                        .iter()
                        .map(|(part, indexes)| (*part, indexes.to_vec()))
                        .collect()
                } else {
                    Vec::new()
                },
            })
            .collect(),
    }
}
