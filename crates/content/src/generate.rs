//! The build step: reads `assets/content/*.json`, checks it, and writes it out as Rust.
//!
//! A malformed file fails with its name, the JSON path of the bad value and serde's
//! reason (`quiz.json: constructs[4].scale: unknown variant `sometimes`…`), so an editor
//! who only touched the JSON knows where to look.

use crate::emit::{Emit, Out};
use crate::instrument::Instrument;
use crate::lang::Lang;
use crate::model::{FindingsFile, GlossaryFile, ReferencesFile, Study, TheoriesFile};
use crate::stored::{encode, Expect, Group};
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
/// binary links only what it uses; and the groups' files of stored texts.
pub struct Generated {
    /// An expression of type [`Content`].
    pub content: String,
    /// An expression of type [`Instrument`].
    pub quiz: String,
    /// An expression of type `[Option<Expect>; 4]`: what the reader expects of each group's
    /// file, in [`Group::ALL`]'s order (`None`: the group is compiled in).
    pub expect: String,
    /// Each group's file in each language a reader of one language loads (both languages
    /// when the content is built with both, for the prerenderer to write out).
    pub files: Vec<GroupFile>,
}

/// One group's file of stored texts in one language.
#[derive(Debug)]
pub struct GroupFile {
    /// Its language.
    pub lang: Lang,
    /// Its group.
    pub group: Group,
    /// What it holds.
    pub text: String,
    /// What a reader expects of it.
    pub expect: Expect,
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
    let (content, quiz) = parse(&borrowed)?;
    let problems = validate(&content, &quiz, chapter);
    if !problems.is_empty() {
        return Err(BuildError::Invalid(problems));
    }
    let quiz = {
        let mut out = Out::new(only);
        quiz.emit(&mut out);
        out.code
    };
    let Some(lang) = only else {
        // Both languages compiled in (host binaries, the quiz, the kit): the groups' files
        // of both readers are written for the prerenderer.
        let mut out = Out::new(None);
        content.emit(&mut out);
        let mut files = reader_out(&content, Lang::Id)?.1;
        files.extend(reader_out(&content, Lang::En)?.1);
        return Ok(Generated {
            content: out.code,
            quiz,
            expect: format!("[None; {}]", Group::ALL.len()),
            files,
        });
    };
    let (out, files) = reader_out(&content, lang)?;
    let expect = files
        .iter()
        .map(|f| {
            let Expect { count, hash } = f.expect;
            format!("Some(::explainer_content::stored::Expect{{count:{count},hash:{hash}}})")
        })
        .collect::<Vec<_>>()
        .join(",");
    Ok(Generated {
        content: out.code,
        quiz,
        expect: format!("[{expect}]"),
        files,
    })
}

/// The content of a reader of `lang` and its groups' files.
fn reader_out(content: &Content, lang: Lang) -> Result<(Out, Vec<GroupFile>), BuildError> {
    // A reader of one language gets its glossary in the order the glossary page lists it, so
    // the page needs no sort (whose code is about 1.4 KB brotli of a reader's first load).
    let mut content = content.clone();
    content
        .glossary
        .to_mut()
        .sort_by_cached_key(|t| t.order_key(lang));
    let mut out = Out::new(Some(lang));
    out.groups = crate::split::assign(&content).map_err(|message| {
        BuildError::Invalid(vec![Problem {
            file: "assets/content",
            entry: format!("the {} reader's groups of texts", lang.code()),
            message,
        }])
    })?;
    content.emit(&mut out);
    let files = Group::ALL
        .into_iter()
        .map(|group| {
            let texts: Vec<&str> = out.stored[group as usize]
                .iter()
                .map(String::as_str)
                .collect();
            let (text, expect) = encode(&texts).map_err(|message| {
                BuildError::Invalid(vec![Problem {
                    file: "assets/content",
                    entry: format!("{} texts ({})", group.name(), lang.code()),
                    message,
                }])
            })?;
            Ok(GroupFile {
                lang,
                group,
                text,
                expect,
            })
        })
        .collect::<Result<_, BuildError>>()?;
    Ok((out, files))
}
