//! Result codes made by version 2 of the quiz keep opening, with the answers they were made
//! from and scored with version 2's statements: the fixture was made by answering the quiz
//! in the release build that shipped version 2, and is never edited.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::quiz;
use explainer::domain::quiz::answers::Answer;
use explainer::domain::quiz::code::{decode, encode};
use explainer::domain::quiz::form::{decode_any, Forms};
use explainer::domain::quiz::scoring::{score_all, score_values};
use serde_json::Value;

mod frozen;

/// Version 2's codes with the answers they were made from.
fn fixture() -> Vec<(&'static str, Vec<Answer>)> {
    frozen::codes(include_str!("fixtures/v2-codes.txt"))
}

/// Version 2's `quiz.json`, as it shipped.
fn frozen_quiz() -> Value {
    serde_json::from_str(include_str!("fixtures/quiz-v2.json")).expect("valid JSON")
}

/// Items in version 2 of the quiz.
const V2_ITEMS: usize = 44;

#[test]
fn the_fixture_holds_twelve_whole_version_2_answer_sets() {
    let codes = fixture();
    assert_eq!(codes.len(), 12);
    for (code, answers) in &codes {
        assert_eq!(answers.len(), V2_ITEMS, "{code}");
    }
}

#[test]
fn every_version_2_code_decodes_to_its_answers_and_is_made_again_by_the_encoder() {
    for (code, answers) in fixture() {
        assert_eq!(decode(code, 2, V2_ITEMS).as_ref(), Ok(&answers), "{code}");
        assert_eq!(encode(2, &answers), code);
    }
}

/// The score of `answers` at `indexes`, counted straight from the frozen JSON's statements:
/// `None` unless at least half are answered, and both of a two-statement part.
fn expected(answers: &[Answer], indexes: &[usize]) -> Option<u8> {
    let values: Vec<u8> = indexes.iter().filter_map(|&i| answers[i].value()).collect();
    let needed = if indexes.len() <= 2 {
        indexes.len()
    } else {
        indexes.len().div_ceil(2)
    };
    (values.len() >= needed)
        .then(|| score_values(&values))
        .flatten()
}

#[test]
fn every_version_2_code_opens_as_version_2_scored_with_its_own_statements() {
    let forms = quiz().forms();
    let frozen = frozen_quiz();
    for (code, answers) in fixture() {
        let (form, decoded) = decode_any(code, &forms).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        assert_eq!(form.version, 2, "{code}");
        assert_eq!(decoded, answers, "{code}");
        let scores = score_all(form, &decoded);
        let mut first = 0;
        for (json, score) in frozen["constructs"].as_array().unwrap().iter().zip(&scores) {
            assert_eq!(json["slug"], score.slug, "{code}");
            let items = json["items"].as_array().unwrap();
            let all: Vec<usize> = (first..first + items.len()).collect();
            match json["parts"].as_array() {
                // Attraction: three parts, each from its own statements, no single number.
                Some(parts) => {
                    assert_eq!(score.score, None, "{code} {}", score.slug);
                    for (part, (slug, tally)) in parts.iter().zip(&score.parts) {
                        assert_eq!(part["slug"], *slug);
                        let of_part: Vec<usize> = items
                            .iter()
                            .enumerate()
                            .filter(|(_, item)| item["part"] == part["slug"])
                            .map(|(i, _)| first + i)
                            .collect();
                        assert_eq!(tally.score, expected(&answers, &of_part), "{code} {slug}");
                    }
                }
                None => assert_eq!(
                    score.score,
                    expected(&answers, &all),
                    "{code} {}",
                    score.slug
                ),
            }
            first += items.len();
        }
        assert_eq!(first, V2_ITEMS);
    }
}

#[test]
fn the_version_2_form_matches_the_copy_of_its_quiz_json() {
    let forms = quiz().forms();
    let form = forms
        .iter()
        .find(|f| f.version == 2)
        .expect("version 2 opens");
    let frozen = frozen_quiz();
    assert_eq!(frozen["version"], 2);
    let constructs = frozen["constructs"].as_array().expect("constructs");
    assert_eq!(constructs.len(), form.constructs.len());
    for (json, construct) in constructs.iter().zip(&form.constructs) {
        assert_eq!(json["slug"], construct.slug);
        assert_eq!(
            json["family"],
            construct.family.slug(),
            "{}",
            construct.slug
        );
        assert_eq!(json["scale"], construct.scale.slug(), "{}", construct.slug);
        let items = json["items"].as_array().expect("items");
        assert_eq!(items.len(), construct.items, "{}", construct.slug);
        let parts: Vec<(String, Vec<usize>)> = json["parts"]
            .as_array()
            .map(|parts| {
                parts
                    .iter()
                    .map(|p| {
                        let of_part = items.iter().enumerate();
                        let indexes = of_part
                            .filter(|(_, item)| item["part"] == p["slug"])
                            .map(|(i, _)| i)
                            .collect();
                        (p["slug"].as_str().unwrap().to_string(), indexes)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let form_parts: Vec<(String, Vec<usize>)> = construct
            .parts
            .iter()
            .map(|(slug, indexes)| (slug.to_string(), indexes.clone()))
            .collect();
        assert_eq!(form_parts, parts, "{}", construct.slug);
    }
}

#[test]
fn constructs_since_version_2_or_earlier_still_ask_exactly_version_2_statements() {
    // A construct marked as unchanged since version 2 (or 1) must really ask version 2's
    // statements, word for word, in both languages; one that changed must say so.
    let frozen = frozen_quiz();
    for construct in quiz().constructs.iter() {
        let old = frozen["constructs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["slug"] == construct.slug.as_ref())
            .expect("every construct existed in version 2");
        let old_items: Vec<(&str, &str)> = old["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["text"]["id"].as_str().unwrap(),
                    i["text"]["en"].as_str().unwrap(),
                )
            })
            .collect();
        let new_items: Vec<(&str, &str)> = construct
            .items
            .iter()
            .map(|i| (i.text.id.as_ref(), i.text.en.as_ref()))
            .collect();
        assert_eq!(
            old_items == new_items,
            construct.since <= 2,
            "{}: since {}",
            construct.slug,
            construct.since
        );
    }
}
