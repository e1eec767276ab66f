//! Version 2 of the quiz: the statements that result codes of version 2 were answered with.
//! Version 3 reworded statements but kept every construct's and part's statement count, so
//! version 2 is scored on the current layout under its own number. `tests/v2_codes.rs`
//! checks that layout against the copy of version 2's `quiz.json` in
//! `tests/fixtures/quiz-v2.json` and against codes made by the build that shipped version 2:
//! a later version that changes the layout fails there until version 2 is frozen here in
//! full, as [`super::v1`] is.

use super::form::Form;

/// The version number version-2 codes carry.
pub const VERSION: u8 = 2;

/// Version 2 as scoring sees it, given (a fresh copy of) the current version's form.
pub fn form(layout: Form) -> Form {
    Form {
        version: VERSION,
        ..layout
    }
}
