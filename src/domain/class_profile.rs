//! The lecturer's class profile: many result codes summarised per construct.

use super::number::decimal;
use super::quiz::code::{decode, extract_code, CodeError};
use super::quiz::instrument::{ConstructFamily, Instrument};
use super::quiz::scoring::{leaders, score_all};

/// The most lines aggregated at once, so a huge paste can not freeze the page.
pub const MAX_LINES: usize = 5000;

/// One construct across the class.
#[derive(Clone, Debug, PartialEq)]
pub struct ConstructSummary {
    /// The construct's slug, as in `quiz.json` and the CSV.
    pub slug: String,
    /// The part of Chapter V it belongs to (closeness is never ranked first).
    pub family: ConstructFamily,
    /// How many students have a score for it.
    pub n: usize,
    /// Mean score, if anyone has one.
    pub mean: Option<f64>,
    /// Sample standard deviation, with two or more scores.
    pub sd: Option<f64>,
    /// How many students have it first (or tied first) in its family.
    pub first: usize,
}

/// A line that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidLine {
    /// 1-based line number.
    pub line: usize,
    /// Why.
    pub error: CodeError,
}

/// A line that repeats an earlier one.
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
    /// Distinct valid codes.
    pub valid: usize,
    /// Lines that were not codes.
    pub invalid: Vec<InvalidLine>,
    /// Repeated codes (counted once).
    pub duplicates: Vec<Duplicate>,
    /// Per construct, in instrument order.
    pub constructs: Vec<ConstructSummary>,
    /// Whether lines past [`MAX_LINES`] were ignored.
    pub truncated: bool,
}

/// Summarises pasted text: one result link or code per line; blank lines are ignored.
pub fn aggregate(instrument: &Instrument, pasted: &str) -> ClassProfile {
    let items = instrument.item_count();
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut invalid = Vec::new();
    let mut duplicates = Vec::new();
    let mut sums: Vec<Vec<f64>> = vec![Vec::new(); instrument.constructs.len()];
    let mut first = vec![0usize; instrument.constructs.len()];
    let lines: Vec<&str> = pasted.lines().collect();
    let truncated = lines.len() > MAX_LINES;
    for (index, raw) in lines.iter().take(MAX_LINES).enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let code = extract_code(raw);
        let answers = match decode(code, instrument.version, items) {
            Ok(answers) => answers,
            Err(error) => {
                invalid.push(InvalidLine { line, error });
                continue;
            }
        };
        if let Some((_, earlier)) = seen.iter().find(|(c, _)| c == code) {
            duplicates.push(Duplicate {
                line,
                first: *earlier,
            });
            continue;
        }
        seen.push((code.to_string(), line));
        let scores = score_all(instrument, &answers);
        for (i, score) in scores.iter().enumerate() {
            if let Some(value) = score.score {
                sums[i].push(f64::from(value));
            }
        }
        for family in ConstructFamily::ALL {
            for slug in leaders(&scores, family) {
                if let Some(i) = instrument.constructs.iter().position(|c| c.slug == slug) {
                    first[i] += 1;
                }
            }
        }
    }
    let constructs = instrument
        .constructs
        .iter()
        .zip(sums.iter().zip(first))
        .map(|(construct, (values, first))| ConstructSummary {
            slug: construct.slug.to_string(),
            family: construct.family,
            n: values.len(),
            mean: mean(values),
            sd: sample_sd(values),
            first: if construct.family == ConstructFamily::Closeness {
                0
            } else {
                first
            },
        })
        .collect();
    ClassProfile {
        valid: seen.len(),
        invalid,
        duplicates,
        constructs,
        truncated,
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

/// The profile as CSV (RFC 4180), with the given column names and construct labels.
pub fn to_csv(profile: &ClassProfile, header: [&str; 6], label: impl Fn(&str) -> String) -> String {
    let mut out = header.map(csv_field).join(",");
    out.push_str("\r\n");
    for c in &profile.constructs {
        let first = if c.family == ConstructFamily::Closeness {
            String::new()
        } else {
            c.first.to_string()
        };
        let row = [
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
