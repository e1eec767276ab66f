//! The build step: the compiled-in content is the JSON, and malformed content fails the
//! generator (what `build.rs` runs) with the file, the JSON path and the reason.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::{content, quiz};
use explainer_content::generate::{
    generate, generate_for, parse, read_dir, BuildError, FILE_NAMES,
};
use explainer_content::lang::Lang;
use explainer_content::stored::Group;
use std::path::{Path, PathBuf};

const CHAPTER: &str = include_str!("fixtures/chapter-5-conclusion.id.txt");

fn content_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/content"))
}

/// A copy of the content files in a fresh folder, with `file` changed by `edit`: a broken
/// fixture made from the real content, so it never drifts from the schema.
fn broken_copy(name: &str, file: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("explainer-content-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    for (file_name, text) in read_dir(content_dir()).expect("content files are readable") {
        let text = if file_name == file { edit(&text) } else { text };
        std::fs::write(dir.join(file_name), text).expect("temp dir is writable");
    }
    dir
}

/// Runs the generator on a copy with `from` replaced by `to` once in `file`.
fn generate_with(name: &str, file: &str, from: &str, to: &str) -> BuildError {
    let dir = broken_copy(name, file, |text| {
        assert!(text.contains(from), "{file} has no `{from}`");
        text.replacen(from, to, 1)
    });
    let result = generate(&dir, Some(CHAPTER));
    std::fs::remove_dir_all(&dir).ok();
    result.expect_err("broken content must not generate")
}

#[test]
fn the_compiled_in_content_is_the_json_on_disk() {
    let files = read_dir(content_dir()).expect("content files are readable");
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let (parsed, parsed_quiz) = parse(&borrowed).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        *content() == parsed,
        "build.rs output differs from assets/content"
    );
    assert!(
        *quiz() == parsed_quiz,
        "build.rs output differs from quiz.json"
    );
}

#[test]
fn the_generator_accepts_the_real_content_and_emits_static_expressions() {
    let code = generate(content_dir(), Some(CHAPTER)).unwrap_or_else(|e| panic!("{e}"));
    let (content, quiz) = (&code.content, &code.quiz);
    assert!(
        content.starts_with("::explainer_content::content::Content{"),
        "{}",
        &content[..80]
    );
    assert!(content.contains("::explainer_content::Text::Static(\"bandwagon\")"));
    // With both languages (host binaries, the quiz, the kit) every text is compiled in, and
    // both readers' groups' files are made for the prerenderer.
    assert!(!content.contains("Text::Stored("));
    assert_eq!(code.files.len(), 2 * Group::ALL.len());
    assert!(
        quiz.starts_with("::explainer_content::instrument::Instrument{"),
        "{}",
        &quiz[..80]
    );
    assert!(quiz.contains("::explainer_content::instrument::Scale::Frequency"));
    assert!(
        !content.contains("Instrument{"),
        "the reading content carries no quiz"
    );
}

#[test]
fn a_reader_of_one_language_gets_the_glossary_in_that_languages_order() {
    // The glossary page sorts only when both languages are compiled in; a reader built for
    // one language relies on the build step's order.
    for lang in Lang::ALL {
        let code = generate_for(content_dir(), Some(CHAPTER), Some(lang))
            .unwrap_or_else(|e| panic!("{e}"))
            .content;
        let mut expected: Vec<_> = content().glossary.iter().collect();
        expected.sort_by_cached_key(|t| t.order_key(lang));
        let glossary = &code[code.find("glossary:").expect("a glossary field")..];
        let at = |slug: &str| {
            glossary
                .find(&format!(
                    "slug: ::explainer_content::Text::Static({slug:?})"
                ))
                .unwrap_or_else(|| panic!("{slug} is emitted"))
        };
        let positions: Vec<_> = expected.iter().map(|t| at(&t.slug)).collect();
        assert!(positions.is_sorted(), "{lang:?}: {positions:?}");
    }
}

#[test]
fn an_unknown_answer_scale_fails_with_file_path_and_reason() {
    let error = generate_with(
        "scale",
        "quiz.json",
        "\"scale\": \"agreement\"",
        "\"scale\": \"sometimes\"",
    );
    let message = error.to_string();
    assert!(message.starts_with("quiz.json: "), "{message}");
    assert!(message.contains(".scale: "), "{message}");
    assert!(message.contains("unknown variant `sometimes`"), "{message}");
    assert!(
        matches!(&error, BuildError::Parse { path, .. } if path.starts_with("constructs[")),
        "{message}"
    );
}

#[test]
fn an_unknown_action_direction_fails_with_its_path() {
    let error = generate_with("direction", "findings.json", "\"one-way\"", "\"sideways\"");
    let message = error.to_string();
    assert!(message.starts_with("findings.json: actions["), "{message}");
    assert!(
        message.contains("].direction: unknown variant `sideways`"),
        "{message}"
    );
}

#[test]
fn a_misspelt_key_fails_instead_of_being_ignored() {
    let error = generate_with("key", "findings.json", "\"theory\":", "\"theroy\":");
    let message = error.to_string();
    assert!(message.starts_with("findings.json: findings["), "{message}");
    assert!(message.contains("unknown field `theroy`"), "{message}");
}

#[test]
fn a_missing_translation_fails_the_generator_naming_file_and_entry() {
    let dir = broken_copy("blank", "study.json", |text| {
        let start = text.find("\"aim\"").expect("study.json has an aim");
        let en = start + text[start..].find("\"en\": \"").expect("aim has en") + 7;
        let end = en + text[en..].find('"').expect("closing quote");
        format!("{}{}", &text[..en], &text[end..])
    });
    let result = generate(&dir, Some(CHAPTER));
    std::fs::remove_dir_all(&dir).ok();
    let message = result.expect_err("a blank text must fail").to_string();
    assert!(
        message.contains("study.json: aim: missing en text"),
        "{message}"
    );
}

#[test]
fn a_missing_file_is_named() {
    let dir = std::env::temp_dir().join(format!("explainer-content-{}-empty", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir is writable");
    let error = generate(&dir, None).expect_err("no files, no content");
    std::fs::remove_dir_all(&dir).ok();
    assert!(error.to_string().contains(FILE_NAMES[0]), "{error}");
}

#[test]
fn a_quiz_item_in_an_unknown_part_fails_the_generator_naming_file_and_entry() {
    // Issue 11's parts are checked when content is built, not only in tests.
    let error = generate_with(
        "part",
        "quiz.json",
        "\"part\": \"physical\"",
        "\"part\": \"charm\"",
    );
    let message = error.to_string();
    assert!(matches!(error, BuildError::Invalid(_)), "{message}");
    assert!(
        message.contains("quiz.json: constructs[attraction].items[attraction-"),
        "{message}"
    );
    assert!(
        message.contains("must name one of its construct's parts"),
        "{message}"
    );
}

#[test]
fn a_construct_without_its_since_version_fails_with_its_path() {
    let error = generate_with("since", "quiz.json", "\"since\": 1,", "");
    let message = error.to_string();
    assert!(message.starts_with("quiz.json: constructs["), "{message}");
    assert!(message.contains("missing field `since`"), "{message}");
}

#[test]
fn a_reader_of_one_language_keeps_what_its_overview_never_shows_in_groups_files() {
    for lang in Lang::ALL {
        let code = generate_for(content_dir(), Some(CHAPTER), Some(lang))
            .unwrap_or_else(|e| panic!("{e}"));
        let finding = content().finding("bandwagon").unwrap();
        let file = |group: Group| {
            let file = code.files.iter().find(|f| f.group == group).unwrap();
            assert_eq!(file.lang, lang);
            explainer_content::stored::decode(&file.text, file.expect).unwrap()
        };
        // A finding's full text is in its family's file, not in the reader.
        let body = finding.body[0].get(lang);
        assert!(file(Group::Motivations).contains(&body));
        assert!(!code.content.contains(&format!("{body:?}")));
        // Its summary and quotation answer a tap on the overview: compiled in.
        let summary = finding.summary.get(lang);
        assert!(code.content.contains(&format!("{summary:?}")));
        assert!(code
            .content
            .contains(&format!("{:?}", &*finding.quote.as_ref().unwrap().text)));
        assert!(!file(Group::Motivations).contains(&summary));
        // Its theory card and the work it cites beside it, in a file of their own (which
        // the references page needs without the family's texts).
        let theory = content().theory(&finding.theory).unwrap();
        assert!(file(Group::MotivationsTheories).contains(&theory.summary.get(lang)));
        assert!(!file(Group::Motivations).contains(&theory.summary.get(lang)));
        let work = content().reference(&theory.citations[0]).unwrap();
        assert!(file(Group::MotivationsTheories).contains(&&*work.apa));
        assert!(!file(Group::Motivations).contains(&&*work.apa));
        // The study in its file; the works no theory card cites in the references page's.
        assert!(file(Group::Study).contains(&content().study.aim.get(lang)));
        let thesis = content().reference(&content().study.reference).unwrap();
        assert!(file(Group::References).contains(&&*thesis.apa));
        assert!(!file(Group::Study).contains(&&*thesis.apa));
        let stored = code.content.matches("Text::Stored(").count();
        let files: usize = Group::ALL.into_iter().map(|g| file(g).len()).sum();
        assert!(
            stored >= files,
            "{stored} stored texts, {files} in the files"
        );
        assert_eq!(
            code.expect
                .matches("Some(::explainer_content::stored::Expect")
                .count(),
            Group::ALL.len()
        );
    }
}
