//! The lecturer's class profile: many result codes summarised per construct.
//!
//! Codes of different quiz versions are summarised separately, never pooled: version 2
//! changed some statements and reports attraction as three parts, so only like is compared
//! with like.
//!
//! Identical codes are all counted: two students who answered alike make the same code,
//! and the code cannot tell them from one student pasted twice. They are listed as possible
//! duplicates, so the lecturer decides, rather than merged silently.

use super::number::decimal;
use super::quiz::code::{extract_code, CodeError};
use super::quiz::form::{decode_any, Form};
use super::quiz::instrument::ConstructFamily;
use super::quiz::scoring::{leaders, score_all, ConstructScore};

/// The most lines aggregated at once, so a huge paste can not freeze the page.
pub const MAX_LINES: usize = 5000;

/// One row of a version's table: a construct, or one part of a construct reported as parts.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstructSummary {
    /// Row id: the construct slug, or `construct/part` for a part.
    pub slug: String,
    /// The part of Chapter V it belongs to (closeness is never ranked first).
    pub family: ConstructFamily,
    /// How many students have a score for it.
    pub n: usize,
    /// Mean score, if anyone has one.
    pub mean: Option<f64>,
    /// Sample standard deviation, with two or more scores.
    pub sd: Option<f64>,
    /// How many students have it first (or tied first) in its family; for a part, first
    /// with this part as (one of) its construct's highest.
    pub first: usize,
}

/// The summary of one quiz version's codes.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionProfile {
    /// The quiz version.
    pub version: u8,
    /// Valid codes of this version, identical ones included.
    pub codes: usize,
    /// Rows in instrument order.
    pub rows: Vec<ConstructSummary>,
}

/// A line that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidLine {
    /// 1-based line number.
    pub line: usize,
    /// Why.
    pub error: CodeError,
}

/// A line with the same code as an earlier one: the same student twice, or two students
/// who answered alike. Counted, and listed for the lecturer to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    /// 1-based line number.
    pub line: usize,
    /// The first line with the same code.
    pub first: usize,
}

/// The whole class profile.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassProfile {
    /// Valid codes, all versions, identical ones included.
    pub valid: usize,
    /// Lines that were not codes.
    pub invalid: Vec<InvalidLine>,
    /// Codes identical to an earlier line's (counted, as possible duplicates).
    pub duplicates: Vec<Duplicate>,
    /// One summary per version that has codes, current version first.
    pub versions: Vec<VersionProfile>,
    /// Whether lines past [`MAX_LINES`] were ignored.
    pub truncated: bool,
}

impl ClassProfile {
    /// The summary of `version`'s codes, if there were any.
    pub fn version(&self, version: u8) -> Option<&VersionProfile> {
        self.versions.iter().find(|v| v.version == version)
    }
}

/// Summarises pasted text: one result link or code per line, of any version in `forms`
/// (the current one first); blank lines are ignored.
pub fn aggregate(forms: &[Form], pasted: &str) -> ClassProfile {
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut invalid = Vec::new();
    let mut duplicates = Vec::new();
    let mut students: Vec<(u8, Vec<ConstructScore>)> = Vec::new();
    let lines: Vec<&str> = pasted.lines().collect();
    let truncated = lines.len() > MAX_LINES;
    for (index, raw) in lines.iter().take(MAX_LINES).enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let code = extract_code(raw);
        let (form, answers) = match decode_any(code, forms) {
            Ok(decoded) => decoded,
            Err(error) => {
                invalid.push(InvalidLine { line, error });
                continue;
            }
        };
        match seen.iter().find(|(c, _)| c == code) {
            Some((_, earlier)) => duplicates.push(Duplicate {
                line,
                first: *earlier,
            }),
            None => seen.push((code.to_string(), line)),
        }
        students.push((form.version, score_all(form, &answers)));
    }
    let versions = forms
        .iter()
        .filter_map(|form| {
            let scores: Vec<&Vec<ConstructScore>> = students
                .iter()
                .filter(|(v, _)| *v == form.version)
                .map(|(_, s)| s)
                .collect();
            (!scores.is_empty()).then(|| summarise(form, &scores))
        })
        .collect();
    ClassProfile {
        valid: students.len(),
        invalid,
        duplicates,
        versions,
        truncated,
    }
}

/// One version's rows from its students' scores.
fn summarise(form: &Form, students: &[&Vec<ConstructScore>]) -> VersionProfile {
    let mut rows = Vec::new();
    for (i, construct) in form.constructs.iter().enumerate() {
        let leads = |s: &[ConstructScore]| {
            construct.family != ConstructFamily::Closeness
                && leaders(s, construct.family)
                    .iter()
                    .any(|slug| slug == construct.slug)
        };
        if construct.parts.is_empty() {
            let of = |s: &[ConstructScore]| (s[i].score, leads(s));
            rows.push(row(
                construct.slug.to_string(),
                construct.family,
                students,
                &of,
            ));
        }
        for (p, (part, _)) in construct.parts.iter().enumerate() {
            // A part counts as first when its construct leads and it is (one of) the highest.
            let of = |s: &[ConstructScore]| {
                let score = s[i].parts[p].1.score;
                (score, leads(s) && score == s[i].placing())
            };
            let slug = format!("{}/{part}", construct.slug);
            rows.push(row(slug, construct.family, students, &of));
        }
    }
    VersionProfile {
        version: form.version,
        codes: students.len(),
        rows,
    }
}

/// A student's score for a row, and whether the row is first in its family for them.
type RowOf<'a> = dyn Fn(&[ConstructScore]) -> (Option<u8>, bool) + 'a;

/// A row from each student's score for it and whether it is first in its family.
fn row(
    slug: String,
    family: ConstructFamily,
    students: &[&Vec<ConstructScore>],
    of: &RowOf,
) -> ConstructSummary {
    let mut values = Vec::new();
    let mut first = 0;
    for student in students {
        let (score, leads) = of(student);
        values.extend(score.map(f64::from));
        first += usize::from(leads);
    }
    ConstructSummary {
        slug,
        family,
        n: values.len(),
        mean: mean(&values),
        sd: sample_sd(&values),
        first,
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

fn sample_sd(values: &[f64]) -> Option<f64> {
    let m = mean(values)?;
    (values.len() >= 2).then(|| {
        let squares: f64 = values.iter().map(|v| (v - m).powi(2)).sum();
        (squares / (values.len() - 1) as f64).sqrt()
    })
}

/// A number with one decimal, or empty when missing: the form used in the table and CSV.
pub fn one_decimal(value: Option<f64>) -> String {
    value.map(|v| decimal(v, 1, false)).unwrap_or_default()
}

/// The profile as CSV (RFC 4180): one row per version and row id, with the given column
/// names (version, id, label, n, mean, sd, first) and row labels.
pub fn to_csv(profile: &ClassProfile, header: [&str; 7], label: impl Fn(&str) -> String) -> String {
    let mut out = header.map(csv_field).join(",");
    out.push_str("\r\n");
    for version in &profile.versions {
        for c in &version.rows {
            let first = if c.family == ConstructFamily::Closeness {
                String::new()
            } else {
                c.first.to_string()
            };
            let row = [
                version.version.to_string(),
                c.slug.clone(),
                label(&c.slug),
                c.n.to_string(),
                one_decimal(c.mean),
                one_decimal(c.sd),
                first,
            ]
            .map(|field| csv_field(&field));
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

fn csv_field(value: &str) -> String {
    // Quote always, and neutralise spreadsheet formulas (CSV injection).
    let guarded = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}
