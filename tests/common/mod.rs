//! Helpers shared by the content tests: the real content as the build step parses it, to
//! break and check, and assertions on the problems the validator reports.
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use explainer::domain::content::model::Finding;
use explainer::domain::content::validate::{validate, Problem};
use explainer::domain::content::{Content, Instrument};
use explainer::domain::quiz::instrument::{Construct, Part};
use explainer_content::generate::{parse, read_dir, BuildError};
use std::path::Path;

pub const CHAPTER: &str = include_str!("../fixtures/chapter-5-conclusion.id.txt");

pub fn content_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/content"))
}

/// The content files as they are on disk, `(name, text)`.
pub fn files() -> Vec<(&'static str, String)> {
    read_dir(content_dir()).unwrap_or_else(|e| panic!("{e}"))
}

/// Parses `files` as the build step does.
pub fn parse_files(files: &[(&'static str, String)]) -> Result<(Content, Instrument), BuildError> {
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    parse(&borrowed)
}

/// The content and the quiz as the build step parses them, to break and check.
pub struct Whole {
    pub content: Content,
    pub quiz: Instrument,
}

impl std::ops::Deref for Whole {
    type Target = Content;
    fn deref(&self) -> &Content {
        &self.content
    }
}

impl std::ops::DerefMut for Whole {
    fn deref_mut(&mut self) -> &mut Content {
        &mut self.content
    }
}

pub fn real_content() -> Whole {
    let (content, quiz) =
        parse_files(&files()).unwrap_or_else(|e| panic!("content does not parse: {e}"));
    Whole { content, quiz }
}

pub fn problems_of(whole: &Whole) -> Vec<Problem> {
    validate(&whole.content, &whole.quiz, Some(CHAPTER))
}

pub fn listing(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    format!("\n  {}", lines.join("\n  "))
}

pub fn finding_mut<'a>(content: &'a mut Content, slug: &str) -> &'a mut Finding {
    content
        .findings
        .findings
        .to_mut()
        .iter_mut()
        .find(|f| f.slug == slug)
        .unwrap_or_else(|| panic!("the real content has no finding `{slug}`"))
}

pub fn construct_mut<'a>(whole: &'a mut Whole, slug: &str) -> &'a mut Construct {
    whole
        .quiz
        .constructs
        .to_mut()
        .iter_mut()
        .find(|c| c.slug == slug)
        .unwrap_or_else(|| panic!("the quiz has no construct `{slug}`"))
}

/// The first part of the attraction construct (physical appeal), the one reported in parts.
pub fn first_attraction_part(whole: &mut Whole) -> &mut Part {
    &mut construct_mut(whole, "attraction")
        .parts
        .as_mut()
        .expect("attraction has parts")
        .to_mut()[0]
}

/// Asserts that one problem names `file`, an entry containing `entry` and a message containing `message`.
pub fn assert_reported(problems: &[Problem], file: &str, entry: &str, message: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.file == file && p.entry.contains(entry) && p.message.contains(message)),
        "expected a problem `{file}: …{entry}…: …{message}…`, got:{}",
        listing(problems)
    );
}
