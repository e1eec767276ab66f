//! The time the first screen gives for reading the findings, measured from the content's
//! word counts rather than guessed (the quiz's time is the one its intro gives,
//! [`crate::domain::quiz::length`]).
//!
//! The first screen's strings carry the minutes (`i18n::home`), so the reader's code counts
//! nothing: `tests/estimates.rs` measures the compiled-in content with these functions and
//! fails, naming the right number, when a string is off.

use crate::domain::lang::Lang;
use crate::domain::text::Bilingual;
use explainer_content::Content;

/// Silent reading speed assumed for the estimates, in words per minute: a careful pace for
/// explanatory text (adults average about 238 for English non-fiction; Brysbaert, 2019).
pub const WORDS_PER_MINUTE: usize = 200;

/// Minutes to read `words` at [`WORDS_PER_MINUTE`], rounded up, at least one.
pub fn reading_minutes(words: usize) -> usize {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

/// The words a reader reads when exploring the findings in `lang`: the introductions of
/// the three families, each finding (summary and explanation), why each Instagram action is
/// the form it is, and the overview and parasocial pages. Inline markup counts as the words
/// around it, which is near enough for minutes.
pub fn findings_words(content: &Content, lang: Lang) -> usize {
    let words = |text: &Bilingual| text.get(lang).split_whitespace().count();
    let all = |texts: &[Bilingual]| texts.iter().map(words).sum::<usize>();
    let f = &content.findings;
    let families: usize = f.families.iter().map(|x| all(&x.intro)).sum();
    let findings: usize = f
        .findings
        .iter()
        .map(|x| words(&x.summary) + all(&x.body))
        .sum();
    let actions: usize = f.actions.iter().map(|a| words(&a.why)).sum();
    let pages: usize = f
        .pages
        .iter()
        .filter(|p| p.slug != "recommendations")
        .map(|p| all(&p.body))
        .sum();
    families + findings + actions + pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_round_up_and_never_say_zero() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(200), 1);
        assert_eq!(reading_minutes(201), 2);
        assert_eq!(reading_minutes(1_900), 10);
    }
}
