//! The card's first-person lines name only first places the answers support, in both
//! languages; and a friend viewing shared results is never told "your" under a score.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::quiz;
use explainer::domain::i18n::card as c;
use explainer::domain::lang::Lang;
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::card_lines::{card_lines, supports};
use explainer::domain::quiz::form::Forms;
use explainer::domain::quiz::glance::{glance, GLANCE_FAMILIES};
use explainer::domain::quiz::instrument::Scale;
use explainer::domain::quiz::scoring::score_all;
use explainer::domain::quiz::viewer::{band_words, Viewer};
use proptest::prelude::*;

fn all(v: u8) -> Vec<Answer> {
    vec![Answer::Value(Point::new(v).unwrap()); quiz().item_count()]
}

fn lines_of(answers: &[Answer], lang: Lang) -> Vec<(String, String)> {
    let scores = score_all(&quiz().form(), answers);
    card_lines(&scores, lang)
        .into_iter()
        .map(|l| (l.lead, l.words))
        .collect()
}

#[test]
fn agreeing_with_everything_gives_a_line_per_family_with_the_ties_named() {
    let lines = lines_of(&all(5), Lang::En);
    assert_eq!(
        lines,
        [
            (
                "What draws me to this account".to_string(),
                "the good feeling their presence gives me, their looks and 4 more".to_string()
            ),
            (
                "How I interact with it most".to_string(),
                "quick reactions (likes, emoji), talking with them (comments, DMs) and 1 more"
                    .to_string()
            ),
            (
                "What I get from it".to_string(),
                "information and recommendations and entertainment".to_string()
            ),
        ]
    );
    let id = lines_of(&all(5), Lang::Id);
    assert_eq!(id[2].0, "Yang saya dapat darinya");
    assert_eq!(id[2].1, "informasi dan rekomendasi dan hiburan");
}

#[test]
fn first_places_the_answers_do_not_support_get_no_line() {
    // Disagreeing or never: nothing on the card names a finding.
    assert!(lines_of(&all(1), Lang::En).is_empty());
    assert!(lines_of(&all(2), Lang::Id).is_empty());
    // Neutral agreement is not support; doing something "sometimes" is.
    let neutral = lines_of(&all(3), Lang::En);
    assert_eq!(neutral.len(), 1, "{neutral:?}");
    assert_eq!(neutral[0].0, "How I interact with it most");
    assert!(supports(51, Scale::Agreement) && !supports(50, Scale::Agreement));
    assert!(supports(50, Scale::Frequency) && !supports(49, Scale::Frequency));
}

#[test]
fn every_construct_and_part_has_its_words_in_both_languages_and_they_claim_nothing_more() {
    use explainer::domain::content::validate::forbidden_assertions;
    for construct in quiz().constructs.iter() {
        let slugs: Vec<&str> = if construct.parts().is_empty() {
            vec![construct.slug.as_ref()]
        } else {
            construct.parts().iter().map(|p| p.slug.as_ref()).collect()
        };
        for slug in slugs {
            if construct.slug == "parasocial" {
                assert!(c::phrase(slug).is_none(), "closeness is not on the card");
                continue;
            }
            let phrase = c::phrase(slug).unwrap_or_else(|| panic!("{slug} has words"));
            for lang in Lang::ALL {
                assert!(!phrase.get(lang).is_empty());
                assert!(
                    forbidden_assertions(phrase.get(lang), lang).is_empty(),
                    "{slug}"
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_line_names_only_first_places_the_answers_support(
        answers in prop::collection::vec(0u8..7, 44)
    ) {
        let answers: Vec<Answer> = answers.into_iter().map(|b| Answer::from_bits(b).unwrap()).collect();
        let scores = score_all(&quiz().form(), &answers);
        let lines = card_lines(&scores, Lang::En);
        for family in GLANCE_FAMILIES {
            let lead = c::lead(family).get(Lang::En);
            let line = lines.iter().find(|l| l.lead == lead);
            for row in glance(&scores, family) {
                let words = c::phrase(&row.slug).unwrap().get(Lang::En);
                let scale = scores.iter().find(|s| s.slug == row.construct).unwrap().scale;
                let backed = row.rank == Some(1) && row.score.is_some_and(|s| supports(s, scale));
                let named = line.is_some_and(|l| l.words.contains(words));
                // Every place the line names is backed; a backed first place is named, or
                // counted in "and N more" beyond the first two.
                prop_assert!(!named || backed, "{} named without support", row.slug);
                if backed {
                    prop_assert!(line.is_some(), "{} backed but no line", row.slug);
                }
            }
        }
    }
}

#[test]
fn a_friend_is_never_told_your_under_a_score_the_owner_keeps_the_texts_about_them() {
    for construct in quiz().constructs.iter() {
        let bands =
            std::iter::once(&construct.bands).chain(construct.parts().iter().map(|p| &p.bands));
        for bands in bands {
            for score in 0..=100 {
                for viewer in [Some(Viewer::Friend), None] {
                    let en = band_words(bands, score, construct.scale, viewer, Lang::En);
                    let id = band_words(bands, score, construct.scale, viewer, Lang::Id);
                    assert!(
                        !en.to_lowercase()
                            .split(|c: char| !c.is_alphabetic())
                            .any(|w| w == "your"),
                        "{en}"
                    );
                    assert!(!id.contains("Anda"), "{id}");
                }
            }
            // The owner reads the construct's own text where the answers point one way.
            let high = band_words(bands, 100, construct.scale, Some(Viewer::Owner), Lang::En);
            assert_eq!(high, bands.high.get(Lang::En));
        }
    }
}
