//! Result codes, property-tested: every answer set of version 2 and of version 1 round-trips
//! and is read with the form it was made with, and pasted junk, typos and cut-off codes are
//! rejected without panicking (19,000 generated cases in total).
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::quiz;
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::code::{decode, encode, CodeError, MAX_CODE_LEN};
use explainer::domain::quiz::form::{decode_any, Form, Forms};
use proptest::prelude::*;

/// Items in the real instrument (version 2).
const ITEMS: usize = 44;

/// Items in version 1, frozen.
const V1_ITEMS: usize = 43;

fn forms() -> Vec<Form> {
    quiz().forms()
}

/// The URL-safe base64 alphabet that codes are written in.
const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn version() -> u8 {
    quiz().version
}

/// Unanswered, a value from 1 to 5, or skipped, equally likely.
fn answer() -> impl Strategy<Value = Answer> {
    (0u8..=6).prop_map(|bits| match bits {
        0 => Answer::Unanswered,
        6 => Answer::Skipped,
        v => Answer::Value(Point::new(v).expect("1 to 5")),
    })
}

fn answer_set() -> impl Strategy<Value = Vec<Answer>> {
    prop::collection::vec(answer(), ITEMS)
}

fn v1_answer_set() -> impl Strategy<Value = Vec<Answer>> {
    prop::collection::vec(answer(), V1_ITEMS)
}

/// Any character, or one a code could contain.
fn replacement() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(ALPHABET.chars().collect::<Vec<_>>()),
        any::<char>(),
    ]
}

/// What a reader might paste instead of a code.
fn pasted() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        ".{0,64}",
        "[A-Za-z0-9_-]{0,48}",
        "\\s{0,3}[A-Za-z0-9_-]{27}\\s{0,3}",
        "[A-Za-z0-9+/=_-]{20,40}",
        ".{40,600}",
    ]
}

fn is_url_safe(code: &str) -> bool {
    code.chars().all(|c| ALPHABET.contains(c))
}

#[test]
fn the_codes_are_made_for_the_real_forty_four_item_quiz_and_the_frozen_versions() {
    assert_eq!(quiz().item_count(), ITEMS);
    assert_eq!(forms()[0].item_count(), ITEMS);
    assert_eq!((forms()[1].version, forms()[1].item_count()), (2, ITEMS));
    assert_eq!((forms()[2].version, forms()[2].item_count()), (1, V1_ITEMS));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_answer_set_round_trips(answers in answer_set()) {
        let code = encode(version(), &answers);
        prop_assert_eq!(decode(&code, version(), ITEMS), Ok(answers));
    }

    #[test]
    fn pasted_junk_is_rejected_without_panicking(text in pasted()) {
        match decode(&text, version(), ITEMS) {
            Err(_) => {}
            // Only a real code may be accepted: it must be exactly what its answers encode to.
            Ok(answers) => prop_assert_eq!(encode(version(), &answers), text.trim()),
        }
        let forms = forms();
        if let Ok((form, answers)) = decode_any(&text, &forms) {
            prop_assert_eq!(encode(form.version, &answers), text.trim());
        }
    }

    #[test]
    fn a_changed_character_is_rejected(
        answers in answer_set(),
        at in any::<prop::sample::Index>(),
        with in replacement(),
    ) {
        let code = encode(version(), &answers);
        let mut chars: Vec<char> = code.chars().collect();
        let at = at.index(chars.len());
        chars[at] = with;
        let changed: String = chars.into_iter().collect();
        match decode(&changed, version(), ITEMS) {
            Ok(decoded) => {
                prop_assert_eq!(&changed, &code, "a changed code was accepted");
                prop_assert_eq!(decoded, answers);
            }
            Err(error) => {
                prop_assert_ne!(&changed, &code);
                if ALPHABET.contains(with) {
                    // A typo inside the alphabet is caught by the checksum, or by base64
                    // when it only touches the last character's unused bits.
                    prop_assert!(
                        matches!(error, CodeError::Checksum | CodeError::NotACode),
                        "{:?} for {}", error, changed
                    );
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn a_current_code_is_read_as_the_current_version(answers in answer_set()) {
        let forms = forms();
        let code = encode(version(), &answers);
        let (form, decoded) = decode_any(&code, &forms).expect("a current code");
        prop_assert_eq!(form.version, 3);
        prop_assert_eq!(decoded, answers);
    }

    #[test]
    fn a_version_2_code_is_read_as_version_2_never_as_the_current_one(answers in answer_set()) {
        let forms = forms();
        let code = encode(2, &answers);
        let (form, decoded) = decode_any(&code, &forms).expect("a version 2 code");
        prop_assert_eq!(form.version, 2);
        prop_assert_eq!(form.item_count(), ITEMS);
        prop_assert_eq!(decoded, answers);
        prop_assert_eq!(decode(&code, version(), ITEMS), Err(CodeError::WrongVersion));
    }

    #[test]
    fn a_version_1_code_is_read_as_version_1_with_its_43_answers(answers in v1_answer_set()) {
        let forms = forms();
        let code = encode(1, &answers);
        prop_assert_eq!(code.len(), 27);
        let (form, decoded) = decode_any(&code, &forms).expect("a version 1 code");
        prop_assert_eq!(form.version, 1);
        prop_assert_eq!(form.item_count(), V1_ITEMS);
        prop_assert_eq!(decoded, answers);
        // Read as the current version it is refused, never mis-scored.
        prop_assert_eq!(decode(&code, version(), ITEMS), Err(CodeError::WrongVersion));
    }

    #[test]
    fn a_changed_character_in_a_version_1_code_is_rejected(
        answers in v1_answer_set(),
        at in any::<prop::sample::Index>(),
        with in prop::sample::select(ALPHABET.chars().collect::<Vec<_>>()),
    ) {
        let forms = forms();
        let code = encode(1, &answers);
        let mut chars: Vec<char> = code.chars().collect();
        let at = at.index(chars.len());
        chars[at] = with;
        let changed: String = chars.into_iter().collect();
        match decode_any(&changed, &forms) {
            Ok((form, decoded)) => {
                // Only the unchanged code may be accepted, as what it is.
                prop_assert_eq!(&changed, &code);
                prop_assert_eq!(form.version, 1);
                prop_assert_eq!(decoded, answers);
            }
            Err(error) => prop_assert!(
                matches!(error, CodeError::Checksum | CodeError::NotACode),
                "{:?}", error
            ),
        }
    }

    #[test]
    fn a_cut_off_code_is_rejected(answers in answer_set()) {
        let code = encode(version(), &answers);
        for len in 0..code.len() {
            let cut = &code[..len];
            let result = decode(cut, version(), ITEMS);
            prop_assert!(
                matches!(
                    result,
                    Err(CodeError::Empty | CodeError::NotACode | CodeError::WrongLength)
                ),
                "{:?} for {:?}", result, cut
            );
        }
    }

    #[test]
    fn codes_are_short_and_url_safe(answers in prop::collection::vec(answer(), 0..=ITEMS)) {
        let code = encode(version(), &answers);
        prop_assert!(code.len() <= MAX_CODE_LEN, "{} chars: {}", code.len(), code);
        prop_assert!(is_url_safe(&code), "{}", code);
        prop_assert_eq!(decode(&code, version(), answers.len()), Ok(answers));
    }
}

#[test]
fn a_whole_quiz_code_is_twenty_seven_characters() {
    let code = encode(version(), &[Answer::Value(Point::Five); ITEMS]);
    assert_eq!(code.len(), 27, "{code}");
}

#[test]
fn a_code_from_another_quiz_version_says_so() {
    let code = encode(
        version().wrapping_add(1),
        &[Answer::Value(Point::Three); ITEMS],
    );
    assert_eq!(
        decode(&code, version(), ITEMS),
        Err(CodeError::WrongVersion)
    );
}

#[test]
fn spaces_around_a_pasted_code_are_ignored() {
    let answers = vec![Answer::Value(Point::Two); ITEMS];
    let code = encode(version(), &answers);
    assert_eq!(
        decode(&format!("  {code}\t\n"), version(), ITEMS),
        Ok(answers)
    );
}

/// Answer lists covering every 3-bit value in every position, and the edge lengths.
fn cross_check_cases() -> Vec<Vec<u8>> {
    let mut cases: Vec<Vec<u8>> = (0..=6).map(|v| vec![v; ITEMS]).collect();
    for shift in 0..7 {
        cases.push((0..ITEMS).map(|i| ((i + shift) % 7) as u8).collect());
    }
    cases.push(Vec::new());
    cases.push(vec![5]);
    cases
}

#[test]
fn the_javascript_encoder_in_scripts_agrees_with_the_rust_encoder() {
    let cases = cross_check_cases();
    let json: Vec<String> = cases
        .iter()
        .map(|c| {
            format!(
                "[{}]",
                c.iter().map(u8::to_string).collect::<Vec<_>>().join(",")
            )
        })
        .collect();
    let script = format!(
        "import {{ encodeAnswers }} from {:?};\n\
         for (const a of [{}]) console.log(encodeAnswers(a, {}));",
        concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/result-codes.mjs"),
        json.join(","),
        version()
    );
    let output = std::process::Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .output()
        .expect("node runs (scripts/bootstrap.sh checks it is installed)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let js: Vec<String> = String::from_utf8(output.stdout)
        .expect("codes are ASCII")
        .lines()
        .map(str::to_string)
        .collect();
    let rust: Vec<String> = cases
        .iter()
        .map(|c| {
            let answers: Vec<Answer> = c
                .iter()
                .map(|bits| Answer::from_bits(*bits).expect("0 to 6 are answers"))
                .collect();
            encode(version(), &answers)
        })
        .collect();
    assert_eq!(js, rust);
}
