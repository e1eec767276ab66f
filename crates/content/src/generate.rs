//! The build step: reads `assets/content/*.json`, checks it, and writes it out as Rust.
//!
//! A malformed file fails with its name, the JSON path of the bad value and serde's
//! reason (`quiz.json: constructs[4].scale: unknown variant `sometimes`…`), so an editor
//! who only touched the JSON knows where to look.

use crate::emit::{Emit, Out};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::model::{FindingsFile, GlossaryFile, ReferencesFile, Study, TheoriesFile};
use crate::validate::{validate, Problem};
use crate::Content;
use serde::de::DeserializeOwned;
use std::fmt;
use std::path::Path;

/// The content files, in the order the app's [`Content`] lists them.
pub const FILE_NAMES: [&str; 6] = [
    "findings.json",
    "theories.json",
    "glossary.json",
    "references.json",
    "study.json",
    "quiz.json",
];

/// Why content could not be built.
#[derive(Debug, PartialEq, Eq)]
pub enum BuildError {
    /// A file could not be read.
    Read {
        /// The file's path.
        file: String,
        /// The system's reason.
        reason: String,
    },
    /// A file is not JSON of the expected shape.
    Parse {
        /// The file's name, e.g. `quiz.json`.
        file: String,
        /// Where in the file, e.g. `constructs[4].scale` (`.` for the whole file).
        path: String,
        /// serde's reason, with line and column.
        reason: String,
    },
    /// The files parse but break a content rule.
    Invalid(Vec<Problem>),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Read { file, reason } => write!(f, "{file}: cannot read: {reason}"),
            BuildError::Parse { file, path, reason } => write!(f, "{file}: {path}: {reason}"),
            BuildError::Invalid(problems) => {
                writeln!(f, "{} content problem(s):", problems.len())?;
                for problem in problems {
                    writeln!(f, "  {problem}")?;
                }
                Ok(())
            }
        }
    }
}

/// Parses one file's text as `T`, naming the file and the JSON path on failure.
pub fn parse_file<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, BuildError> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|error| BuildError::Parse {
        file: file.to_string(),
        path: error.path().to_string(),
        reason: error.inner().to_string(),
    })
}

/// Parses the six files, given as `(name, text)` in any order: the reading content and the
/// quiz.
pub fn parse(files: &[(&str, &str)]) -> Result<(Content, Instrument), BuildError> {
    let text = |name: &str| {
        files
            .iter()
            .find(|(file, _)| *file == name)
            .map(|(_, text)| *text)
            .ok_or_else(|| BuildError::Read {
                file: name.to_string(),
                reason: "missing".to_string(),
            })
    };
    let content = Content {
        findings: parse_file::<FindingsFile>("findings.json", text("findings.json")?)?,
        theories: parse_file::<TheoriesFile>("theories.json", text("theories.json")?)?.theories,
        glossary: parse_file::<GlossaryFile>("glossary.json", text("glossary.json")?)?.terms,
        references: parse_file::<ReferencesFile>("references.json", text("references.json")?)?
            .references,
        study: parse_file::<Study>("study.json", text("study.json")?)?,
    };
    Ok((
        content,
        parse_file::<Instrument>("quiz.json", text("quiz.json")?)?,
    ))
}

#[derive(Debug)]
/// The generated Rust: one expression for the reading content, one for the quiz, so each
/// binary links only what it uses.
pub struct Generated {
    /// An expression of type [`Content`].
    pub content: String,
    /// An expression of type [`Instrument`].
    pub quiz: String,
}

/// Reads the six files from `dir` as `(name, text)`.
pub fn read_dir(dir: &Path) -> Result<Vec<(&'static str, String)>, BuildError> {
    FILE_NAMES
        .iter()
        .map(|name| {
            let path = dir.join(name);
            std::fs::read_to_string(&path)
                .map(|text| (*name, text))
                .map_err(|error| BuildError::Read {
                    file: path.display().to_string(),
                    reason: error.to_string(),
                })
        })
        .collect()
}

/// Reads, parses and checks the content in `dir` (quotations against `chapter` when
/// given) and returns it as Rust expressions, with both languages' texts.
pub fn generate(dir: &Path, chapter: Option<&str>) -> Result<Generated, BuildError> {
    generate_for(dir, chapter, None)
}

/// [`generate`], keeping only the texts of `only` when it is given (a reader built for one
/// language): the other language's texts are empty strings. The content is checked with
/// both languages all the same.
pub fn generate_for(
    dir: &Path,
    chapter: Option<&str>,
    only: Option<Lang>,
) -> Result<Generated, BuildError> {
    let files = read_dir(dir)?;
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let (mut content, quiz) = parse(&borrowed)?;
    let problems = validate(&content, &quiz, chapter);
    if !problems.is_empty() {
        return Err(BuildError::Invalid(problems));
    }
    // A reader of one language gets its glossary in the order the glossary page lists it, so
    // the page needs no sort (whose code is about 1.4 KB brotli of a reader's first load).
    if let Some(lang) = only {
        content
            .glossary
            .to_mut()
            .sort_by_cached_key(|t| t.order_key(lang));
    }
    let emit = |value: &dyn Emit| {
        let mut out = Out::new(only);
        value.emit(&mut out);
        out.code
    };
    Ok(Generated {
        content: emit(&content),
        quiz: emit(&quiz),
    })
}
