//! The study's content, parsed from the JSON files in `assets/content/`.

pub mod model;
pub mod validate;

use crate::domain::quiz::instrument::Instrument;
use model::*;
use std::sync::OnceLock;

/// A content file's name and text, as compiled into the app.
pub type SourceFile = (&'static str, &'static str);

/// The content files, compiled in so the first paint needs no extra request.
pub const FILES: [SourceFile; 6] = [
    (
        "findings.json",
        include_str!("../../../assets/content/findings.json"),
    ),
    (
        "theories.json",
        include_str!("../../../assets/content/theories.json"),
    ),
    (
        "glossary.json",
        include_str!("../../../assets/content/glossary.json"),
    ),
    (
        "references.json",
        include_str!("../../../assets/content/references.json"),
    ),
    (
        "study.json",
        include_str!("../../../assets/content/study.json"),
    ),
    (
        "quiz.json",
        include_str!("../../../assets/content/quiz.json"),
    ),
];

/// Everything the explainer says about the study.
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    /// Families, findings, actions, pages, recommendations.
    pub findings: FindingsFile,
    /// Theory cards.
    pub theories: Vec<Theory>,
    /// Glossary.
    pub glossary: Vec<Term>,
    /// References.
    pub references: Vec<Reference>,
    /// About the study.
    pub study: Study,
    /// The quiz.
    pub quiz: Instrument,
}

/// A file that did not parse, with serde's message (line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// The file.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

fn parse_file<T: miniserde::Deserialize>(
    files: &[SourceFile],
    name: &str,
) -> Result<T, ParseError> {
    let text = files
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, text)| *text)
        .unwrap_or("");
    miniserde::json::from_str(text).map_err(|_| ParseError {
        file: name.to_string(),
        message: "is not valid JSON of the expected shape (a field may be missing or mistyped)"
            .to_string(),
    })
}

impl Content {
    /// Parses the content files.
    pub fn parse(files: &[SourceFile]) -> Result<Content, ParseError> {
        Ok(Content {
            findings: parse_file(files, "findings.json")?,
            theories: parse_file::<TheoriesFile>(files, "theories.json")?.theories,
            glossary: parse_file::<GlossaryFile>(files, "glossary.json")?.terms,
            references: parse_file::<ReferencesFile>(files, "references.json")?.references,
            study: parse_file(files, "study.json")?,
            quiz: parse_file(files, "quiz.json")?,
        })
    }

    /// The finding with `slug`.
    pub fn finding(&self, slug: &str) -> Option<&Finding> {
        self.findings.findings.iter().find(|f| f.slug == slug)
    }

    /// A family's introduction.
    pub fn family(&self, slug: &str) -> Option<&FamilyText> {
        self.findings.families.iter().find(|f| f.slug == slug)
    }

    /// A page of running text.
    pub fn page(&self, slug: &str) -> Option<&Page> {
        self.findings.pages.iter().find(|p| p.slug == slug)
    }

    /// A theory card.
    pub fn theory(&self, slug: &str) -> Option<&Theory> {
        self.theories.iter().find(|t| t.slug == slug)
    }

    /// A glossary term.
    pub fn term(&self, slug: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.slug == slug)
    }

    /// A reference.
    pub fn reference(&self, slug: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.slug == slug)
    }

    /// The actions of one interaction form.
    pub fn actions_of<'a>(&'a self, form: &'a str) -> impl Iterator<Item = &'a Action> + 'a {
        self.findings.actions.iter().filter(move |a| a.form == form)
    }
}

/// The compiled-in content, parsed once.
///
/// The files are compiled into the binary and checked by `cargo test`
/// (`tests/content.rs`), so a parse failure here is a build defect, not reader input.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT
        .get_or_init(|| Content::parse(&FILES).expect("content files are validated by cargo test"))
}
