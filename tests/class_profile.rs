//! The lecturer's class profile: pasted result links and codes become per-construct
//! counts, means, standard deviations, "ranked first" counts and a safe CSV; codes of
//! version 1 and version 2 are summarised separately, never pooled.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::class_profile::{
    aggregate, one_decimal, to_csv, ClassProfile, ConstructSummary, Duplicate, InvalidLine,
    MAX_LINES,
};
use explainer::domain::content::quiz;
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::code::{encode, CodeError};
use explainer::domain::quiz::form::Forms;
use explainer::domain::quiz::instrument::ConstructFamily;
use explainer::domain::quiz::scoring::score_all;
use explainer::domain::quiz::scoring::ConstructScore;
use proptest::prelude::*;

const HEADER: [&str; 7] = ["version", "construct", "label", "n", "mean", "sd", "first"];

/// Rows of versions 2 and 3: attraction as three parts.
const PART_ROWS: [&str; 12] = [
    "emotional-arousal",
    "attraction/physical",
    "attraction/similarity",
    "attraction/competence",
    "bandwagon",
    "role-model",
    "applause",
    "conversation",
    "amplification",
    "information",
    "entertainment",
    "parasocial",
];

fn aggregate_all(pasted: &str) -> ClassProfile {
    aggregate(&quiz().forms(), pasted)
}

/// The rows of the current version's codes.
fn rows(profile: &ClassProfile) -> &[ConstructSummary] {
    &profile
        .version(quiz().version)
        .expect("codes of the current version")
        .rows
}

/// The answer with scale point `v` (1–5).
fn point(v: u8) -> Answer {
    Answer::Value(Point::new(v).expect("a scale point is 1 to 5"))
}

fn code_of(answers: &[Answer]) -> String {
    encode(quiz().version, answers)
}

fn uniform(v: u8) -> String {
    code_of(&vec![point(v); quiz().item_count()])
}

fn link(code: &str) -> String {
    format!("https://x.org/app/?lang=id#/results/{code}")
}

/// A code whose constructs get the values listed per slug (all items alike); others 1.
fn code_with(values: &[(&str, u8)]) -> String {
    let mut answers = Vec::new();
    for construct in quiz().constructs.iter() {
        let v = values
            .iter()
            .find(|(slug, _)| *slug == construct.slug)
            .map_or(1, |(_, v)| *v);
        answers.extend(std::iter::repeat_n(point(v), construct.items.len()));
    }
    code_of(&answers)
}

fn summary<'a>(profile: &'a ClassProfile, slug: &str) -> &'a ConstructSummary {
    rows(profile)
        .iter()
        .find(|c| c.slug == slug)
        .unwrap_or_else(|| panic!("no construct `{slug}`"))
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

/// Splits RFC 4180 text into records of fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => {
                assert_ne!(c, '\n', "a bare LF ends a record");
                assert_ne!(c, '"', "a stray quote in an unquoted field");
                field.push(c);
            }
        }
    }
    assert!(
        field.is_empty() && record.is_empty() && !quoted,
        "the last record ends with CRLF"
    );
    records
}

#[test]
fn a_mixed_paste_is_sorted_into_valid_invalid_and_duplicate_lines() {
    let a = uniform(5);
    let b = uniform(3);
    let c = uniform(1);
    let mut tampered: Vec<char> = c.chars().collect();
    tampered[5] = if tampered[5] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    let other_version = encode(
        quiz().version.wrapping_add(1),
        &vec![Answer::Value(Point::Two); quiz().item_count()],
    );
    let lines = [
        a.clone(),                                    // 1 valid
        String::new(),                                // 2 blank
        link(&b),                                     // 3 valid, as a full link
        "garbage!".into(),                            // 4 not a code
        "   ".into(),                                 // 5 blank
        a[..20].to_string(),                          // 6 cut off
        format!("  {}  ", link(&a)),                  // 7 same as line 1
        format!("{c}\r"),                             // 8 valid, Windows line ending
        other_version,                                // 9 another quiz version
        tampered,                                     // 10 mistyped
        "A".repeat(41),                               // 11 too long
        "https://x.org/app/#/results/".into(),        // 12 link without a code
        format!("https://x.org/app/#/results/{b}?x"), // 13 same as line 3
    ];
    let profile = aggregate_all(&lines.join("\n"));
    assert_eq!(profile.valid, 5, "identical codes are all counted");
    assert_eq!(
        profile.invalid,
        vec![
            InvalidLine {
                line: 4,
                error: CodeError::NotACode
            },
            InvalidLine {
                line: 6,
                error: CodeError::WrongLength
            },
            InvalidLine {
                line: 9,
                error: CodeError::WrongVersion
            },
            InvalidLine {
                line: 10,
                error: CodeError::Checksum
            },
            InvalidLine {
                line: 11,
                error: CodeError::TooLong
            },
            InvalidLine {
                line: 12,
                error: CodeError::Empty
            },
        ]
    );
    assert_eq!(
        profile.duplicates,
        vec![
            Duplicate { line: 7, first: 1 },
            Duplicate { line: 13, first: 3 },
        ]
    );
    assert!(!profile.truncated);
    for s in rows(&profile) {
        assert_eq!(s.n, 5, "possible duplicates are counted: {}", s.slug);
    }
}

#[test]
fn all_high_middle_and_low_students_give_mean_50_and_sd_50() {
    let pasted = [uniform(5), uniform(3), uniform(1)].join("\n");
    let profile = aggregate_all(&pasted);
    assert_eq!(profile.valid, 3);
    let slugs: Vec<&str> = rows(&profile).iter().map(|r| r.slug.as_str()).collect();
    assert_eq!(slugs, PART_ROWS, "attraction is three rows, one per part");
    for s in rows(&profile) {
        assert_eq!(s.n, 3, "{}", s.slug);
        assert!(close(s.mean, 50.0), "{}: {:?}", s.slug, s.mean);
        assert!(close(s.sd, 50.0), "{}: {:?}", s.slug, s.sd);
    }
}

#[test]
fn mean_and_sample_sd_match_hand_computed_values() {
    // Scores 100, 75 and 25: mean 200/3, sample variance (2 * 2916.67 / 3) / 2 = 4375/3.
    let pasted = [uniform(5), uniform(4), uniform(2)].join("\n");
    let profile = aggregate_all(&pasted);
    let s = summary(&profile, "bandwagon");
    assert!(close(s.mean, 200.0 / 3.0), "{:?}", s.mean);
    assert!(close(s.sd, (4375.0f64 / 3.0).sqrt()), "{:?}", s.sd);
    assert_eq!(one_decimal(s.mean), "66.7");
    assert_eq!(one_decimal(s.sd), "38.2");
}

#[test]
fn one_student_has_a_mean_but_no_sd() {
    let profile = aggregate_all(&uniform(4));
    let s = summary(&profile, "information");
    assert_eq!((s.n, s.mean, s.sd), (1, Some(75.0), None));
    assert_eq!(one_decimal(s.sd), "");
}

#[test]
fn skipped_constructs_are_left_out_of_n_mean_and_sd() {
    let mut answers = vec![Answer::Value(Point::Five); quiz().item_count()];
    // The last construct is parasocial closeness: skip all of its items.
    let closeness = quiz().constructs.last().unwrap();
    assert_eq!(closeness.slug, "parasocial");
    for a in answers.iter_mut().rev().take(closeness.items.len()) {
        *a = Answer::Skipped;
    }
    let pasted = [code_of(&answers), uniform(1)].join("\n");
    let profile = aggregate_all(&pasted);
    let parasocial = summary(&profile, "parasocial");
    assert_eq!(
        (parasocial.n, parasocial.mean, parasocial.sd),
        (1, Some(0.0), None)
    );
    let bandwagon = summary(&profile, "bandwagon");
    assert_eq!(bandwagon.n, 2);
    assert!(close(bandwagon.mean, 50.0));

    let nobody = aggregate_all(&code_of(&vec![Answer::Skipped; quiz().item_count()]));
    assert_eq!(nobody.valid, 1);
    for s in rows(&nobody) {
        assert_eq!(
            (s.n, s.mean, s.sd, s.first),
            (0, None, None, 0),
            "{}",
            s.slug
        );
    }
}

#[test]
fn ranked_first_counts_every_tied_leader() {
    let pasted = [
        // Emotional arousal and attraction tie first; applause leads alone.
        code_with(&[("emotional-arousal", 5), ("attraction", 5), ("applause", 4)]),
        // Bandwagon first; all three interactions tie at 1.
        code_with(&[("bandwagon", 4)]),
        // Attraction first.
        code_with(&[("attraction", 3), ("information", 2), ("parasocial", 5)]),
    ]
    .join("\n");
    let profile = aggregate_all(&pasted);
    let first = |slug: &str| summary(&profile, slug).first;
    assert_eq!(first("emotional-arousal"), 1);
    // Attraction is placed by its highest part: every part at that score counts.
    assert_eq!(first("attraction/physical"), 2);
    assert_eq!(first("attraction/similarity"), 2);
    assert_eq!(first("attraction/competence"), 2);
    assert_eq!(first("bandwagon"), 1);
    assert_eq!(first("role-model"), 0);
    assert_eq!(first("applause"), 3);
    assert_eq!(first("conversation"), 2);
    assert_eq!(first("amplification"), 2);
    assert_eq!(first("information"), 3);
    assert_eq!(first("entertainment"), 2);
    assert_eq!(first("parasocial"), 0, "closeness is not ranked");
}

fn label(slug: &str) -> String {
    match slug {
        "bandwagon" => "=HYPERLINK(\"http://evil\")".into(),
        "role-model" => "Role model, \"idol\"".into(),
        "applause" => "+1 likes".into(),
        "conversation" => "@mention".into(),
        "amplification" => "-share".into(),
        _ => quiz()
            .construct(slug.split('/').next().unwrap_or(slug))
            .map(|c| c.label.en.to_string())
            .unwrap_or_default(),
    }
}

#[test]
fn csv_has_a_header_and_one_row_per_construct_matching_the_profile() {
    let pasted = [uniform(5), uniform(4), uniform(2)].join("\n");
    let profile = aggregate_all(&pasted);
    let csv = to_csv(&profile, HEADER, label);
    let records = parse_csv(&csv);
    assert_eq!(records.len(), 13, "header + 12 rows:\n{csv}");
    assert_eq!(records[0], HEADER.map(String::from).to_vec());
    for (row, s) in records[1..].iter().zip(rows(&profile)) {
        assert_eq!(row.len(), 7, "{row:?}");
        assert_eq!(row[0], quiz().version.to_string());
        assert_eq!(row[1], s.slug);
        assert_eq!(row[3], s.n.to_string());
        assert_eq!(row[4], one_decimal(s.mean));
        assert_eq!(row[5], one_decimal(s.sd));
        let expected_first = if s.family == ConstructFamily::Closeness {
            String::new()
        } else {
            s.first.to_string()
        };
        assert_eq!(row[6], expected_first, "{}", s.slug);
    }
    assert_eq!(records[5][1], "bandwagon");
    assert_eq!(records[5][4], "66.7");
    assert_eq!(records[5][5], "38.2");
}

#[test]
fn csv_quotes_text_and_neutralises_spreadsheet_formulas() {
    let profile = aggregate_all(&uniform(3));
    let csv = to_csv(
        &profile,
        ["v", "=cmd", "name \"as shown\"", "n", "mean", "sd", "first"],
        label,
    );
    let first_line = csv.split("\r\n").next().unwrap();
    assert_eq!(
        first_line,
        "\"v\",\"'=cmd\",\"name \"\"as shown\"\"\",\"n\",\"mean\",\"sd\",\"first\""
    );
    assert!(
        csv.contains(&format!(
            "\"{}\",\"bandwagon\",\"'=HYPERLINK(\"\"http://evil\"\")\",",
            quiz().version
        )),
        "{csv}"
    );
    let records = parse_csv(&csv);
    let label_of = |slug: &str| {
        records
            .iter()
            .find(|r| r[1] == slug)
            .map(|r| r[2].clone())
            .unwrap()
    };
    assert_eq!(label_of("bandwagon"), "'=HYPERLINK(\"http://evil\")");
    assert_eq!(label_of("role-model"), "Role model, \"idol\"");
    assert_eq!(label_of("applause"), "'+1 likes");
    assert_eq!(label_of("conversation"), "'@mention");
    assert_eq!(label_of("amplification"), "'-share");
    assert_eq!(label_of("information"), label("information"));
}

/// One student's answers to every item: unanswered, a point, or skipped.
fn student() -> impl Strategy<Value = Vec<Answer>> {
    prop::collection::vec(
        (0u8..=6).prop_map(|bits| Answer::from_bits(bits).expect("0 to 6 are answers")),
        quiz().item_count(),
    )
}

/// A construct's scores by the oracle: one score, or one per part.
struct OracleConstruct {
    /// The score of a single-score construct (`None` for one reported as parts).
    score: Option<f64>,
    /// The parts' scores, in the instrument's order.
    parts: Vec<Option<f64>>,
}

impl OracleConstruct {
    /// What places it in its family: its score, or its highest part.
    fn placing(&self) -> Option<f64> {
        if self.parts.is_empty() {
            self.score
        } else {
            self.parts
                .iter()
                .flatten()
                .fold(None, |m: Option<f64>, s| Some(m.map_or(*s, |m| m.max(*s))))
        }
    }

    /// Its rows of the class table: the score, or each part's.
    fn rows(&self) -> Vec<Option<f64>> {
        if self.parts.is_empty() {
            vec![self.score]
        } else {
            self.parts.clone()
        }
    }
}

/// The table's row ids, from `quiz.json` (a construct, or `construct/part`).
fn oracle_rows() -> Vec<String> {
    quiz()
        .constructs
        .iter()
        .flat_map(|c| {
            if c.parts().is_empty() {
                vec![c.slug.to_string()]
            } else {
                c.parts()
                    .iter()
                    .map(|p| format!("{}/{}", c.slug, p.slug))
                    .collect()
            }
        })
        .collect()
}

/// The oracle's score of some answers, written apart from `score_all`: the mean scale
/// position in floating point, as a percentage rounded half up; none from fewer than half,
/// or from fewer than both of a two-statement part.
fn oracle_score(answers: &[&Answer]) -> Option<f64> {
    let points: Vec<f64> = answers
        .iter()
        .filter_map(|a| match a {
            Answer::Value(p) => Some(f64::from(p.get())),
            _ => None,
        })
        .collect();
    let enough =
        points.len() * 2 >= answers.len() && (answers.len() > 2 || points.len() == answers.len());
    (!points.is_empty() && enough).then(|| {
        let position = points.iter().map(|p| p - 1.0).sum::<f64>() / (4.0 * points.len() as f64);
        (position * 100.0 + 0.5).floor()
    })
}

/// The oracle's construct scores, in the instrument's order.
fn oracle_scores(answers: &[Answer]) -> Vec<OracleConstruct> {
    let mut offset = 0;
    quiz()
        .constructs
        .iter()
        .map(|c| {
            let own = &answers[offset..offset + c.items.len()];
            offset += c.items.len();
            let parts: Vec<Option<f64>> = c
                .parts()
                .iter()
                .map(|part| {
                    let of_part: Vec<&Answer> = c
                        .items
                        .iter()
                        .zip(own)
                        .filter(|(item, _)| item.part.as_deref() == Some(part.slug.as_ref()))
                        .map(|(_, a)| a)
                        .collect();
                    oracle_score(&of_part)
                })
                .collect();
            let score = if parts.is_empty() {
                oracle_score(&own.iter().collect::<Vec<_>>())
            } else {
                None
            };
            OracleConstruct { score, parts }
        })
        .collect()
}

/// A small deterministic generator, so the test needs no randomness crate.
fn generated_answers(seed: u64, items: usize) -> Vec<Answer> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..items)
        .map(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            match (state >> 33) % 7 {
                0 => Answer::Skipped,
                6 => Answer::Unanswered,
                v => point(v as u8),
            }
        })
        .collect()
}

#[test]
fn a_thousand_generated_codes_aggregate_correctly() {
    let items = quiz().item_count();
    let students: Vec<Vec<Answer>> = (0..1000).map(|i| generated_answers(i, items)).collect();
    let pasted = students
        .iter()
        .enumerate()
        .map(|(i, a)| {
            if i % 2 == 0 {
                code_of(a)
            } else {
                link(&code_of(a))
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let profile = aggregate_all(&pasted);
    assert_eq!(profile.valid, 1000);
    assert!(profile.invalid.is_empty(), "{:?}", &profile.invalid[..1]);
    assert!(profile.duplicates.is_empty());

    let form = quiz().form();
    let scores: Vec<_> = students.iter().map(|a| score_all(&form, a)).collect();
    for s in rows(&profile) {
        let values: Vec<f64> = scores
            .iter()
            .filter_map(|student| row_score(student, &s.slug).map(f64::from))
            .collect();
        assert_eq!(s.n, values.len(), "{}", s.slug);
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        assert!(
            s.mean.is_some_and(|m| (m - mean).abs() < 1e-9),
            "{}",
            s.slug
        );
    }
}

/// Mean and sample standard deviation by Welford's one-pass method (the app uses two passes).
fn welford(values: &[f64]) -> (Option<f64>, Option<f64>) {
    let (mut n, mut mean, mut m2) = (0.0, 0.0, 0.0);
    for v in values {
        n += 1.0;
        let delta = v - mean;
        mean += delta / n;
        m2 += delta * (v - mean);
    }
    let sd = (n >= 2.0).then(|| (m2 / (n - 1.0)).sqrt());
    ((n >= 1.0).then_some(mean), sd)
}

/// How often each row is (jointly) first in its family, from the oracle's scores. A
/// construct reported as parts is placed by its highest part; a part counts as first when its
/// construct is first and the part is (one of) its highest.
fn oracle_first(students: &[Vec<OracleConstruct>]) -> Vec<usize> {
    let constructs = &quiz().constructs;
    let mut first = vec![0; oracle_rows().len()];
    for scores in students {
        let mut row = 0;
        for (c, own) in constructs.iter().zip(scores) {
            let best = constructs
                .iter()
                .zip(scores)
                .filter(|(other, _)| other.family == c.family)
                .filter_map(|(_, s)| s.placing())
                .fold(None, |m: Option<f64>, s| Some(m.map_or(s, |m| m.max(s))));
            let leads = c.family != ConstructFamily::Closeness
                && own.placing().is_some()
                && own.placing() == best;
            if own.parts.is_empty() {
                first[row] += usize::from(leads);
                row += 1;
            }
            for part in &own.parts {
                first[row] += usize::from(leads && *part == own.placing());
                row += 1;
            }
        }
    }
    first
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_class_aggregates_as_an_independent_computation_says(
        students in prop::collection::vec(student(), 1..40),
        as_links in prop::collection::vec(any::<bool>(), 40),
    ) {
        let mut distinct: Vec<&Vec<Answer>> = Vec::new();
        for s in &students {
            if !distinct.contains(&s) {
                distinct.push(s);
            }
        }
        let pasted = students
            .iter()
            .zip(&as_links)
            .map(|(a, link_it)| if *link_it { link(&code_of(a)) } else { code_of(a) })
            .collect::<Vec<_>>()
            .join("\n");
        let profile = aggregate_all(&pasted);
        prop_assert_eq!(profile.valid, students.len());
        prop_assert!(profile.invalid.is_empty());
        prop_assert_eq!(profile.duplicates.len(), students.len() - distinct.len());

        let scores: Vec<Vec<OracleConstruct>> = students.iter().map(|a| oracle_scores(a)).collect();
        let first = oracle_first(&scores);
        let table = rows(&profile);
        prop_assert_eq!(table.len(), oracle_rows().len());
        for (i, s) in table.iter().enumerate() {
            prop_assert_eq!(&s.slug, &oracle_rows()[i]);
            let values: Vec<f64> = scores
                .iter()
                .filter_map(|student| student.iter().flat_map(OracleConstruct::rows).nth(i).flatten())
                .collect();
            let (mean, sd) = welford(&values);
            prop_assert_eq!(s.n, values.len(), "{}", s.slug);
            let near = |a: Option<f64>, b: Option<f64>| match (a, b) {
                (Some(a), Some(b)) => (a - b).abs() < 1e-9,
                (a, b) => a == b,
            };
            prop_assert!(near(s.mean, mean), "{} mean {:?} vs {:?}", s.slug, s.mean, mean);
            prop_assert!(near(s.sd, sd), "{} sd {:?} vs {:?}", s.slug, s.sd, sd);
            prop_assert_eq!(s.first, first[i], "{}", s.slug);
        }
    }
}

/// A student's score for a row id: a construct's score, or a part's.
fn row_score(student: &[ConstructScore], row: &str) -> Option<u8> {
    let (construct, part) = row.split_once('/').unwrap_or((row, ""));
    let score = student.iter().find(|s| s.slug == construct)?;
    if part.is_empty() {
        score.score
    } else {
        score.parts.iter().find(|(p, _)| *p == part)?.1.score
    }
}

#[test]
fn lines_past_the_limit_are_ignored_and_flagged() {
    let mut lines = vec![String::new(); MAX_LINES + 1];
    lines[0] = uniform(5);
    lines[MAX_LINES] = uniform(1);
    let profile = aggregate_all(&lines.join("\n"));
    assert!(profile.truncated);
    assert_eq!(profile.valid, 1);
    assert!(close(summary(&profile, "bandwagon").mean, 100.0));

    let within = aggregate_all(&lines[..MAX_LINES].join("\n"));
    assert!(!within.truncated);
}

#[test]
fn codes_of_each_version_are_counted_and_summarised_separately() {
    let v1_all = |v: u8| encode(1, &[point(v); 43]);
    let v2_all = |v: u8| encode(2, &[point(v); 44]);
    let pasted = [
        uniform(5),
        v1_all(5),
        uniform(1),
        v1_all(1),
        v1_all(3),
        link(&v1_all(3)), // a duplicate of the line before, as a link
        v2_all(4),
    ]
    .join("\n");
    let profile = aggregate_all(&pasted);
    assert_eq!(profile.valid, 7);
    assert_eq!(profile.duplicates, vec![Duplicate { line: 6, first: 5 }]);
    let versions: Vec<(u8, usize)> = profile
        .versions
        .iter()
        .map(|v| (v.version, v.codes))
        .collect();
    assert_eq!(
        versions,
        vec![(3, 2), (2, 1), (1, 4)],
        "current version first"
    );
    // Version 3: two students, attraction as parts.
    let v3 = profile.version(3).unwrap();
    assert_eq!(
        v3.rows.iter().map(|r| r.slug.as_str()).collect::<Vec<_>>(),
        PART_ROWS
    );
    assert!(v3.rows.iter().all(|r| r.n == 2 && r.mean == Some(50.0)));
    // Version 2: its own table, never pooled with version 3, whose statements partly differ.
    let v2 = profile.version(2).unwrap();
    assert!(v2.rows.iter().all(|r| r.n == 1 && r.mean == Some(75.0)));
    assert_eq!(v2.rows.len(), 12);
    // Version 1: four students (two made the same code), attraction one number, never pooled
    // with the later versions.
    let v1 = profile.version(1).unwrap();
    assert_eq!(v1.rows.len(), 10);
    let attraction = v1.rows.iter().find(|r| r.slug == "attraction").unwrap();
    assert_eq!((attraction.n, attraction.mean), (4, Some(50.0)));
    assert!(v1.rows.iter().all(|r| r.n == 4), "{:?}", v1.rows);
    // The CSV keeps the versions apart too.
    let csv = parse_csv(&to_csv(&profile, HEADER, label));
    assert_eq!(csv.len(), 1 + 12 + 12 + 10);
    assert!(csv[1..13].iter().all(|r| r[0] == "3"));
    assert!(csv[13..25].iter().all(|r| r[0] == "2"));
    assert!(csv[25..].iter().all(|r| r[0] == "1"));
}

#[test]
fn only_version_1_codes_give_only_a_version_1_summary() {
    let profile = aggregate_all(&encode(1, &[point(4); 43]));
    assert_eq!(profile.valid, 1);
    assert_eq!(profile.versions.len(), 1);
    assert!(profile.version(2).is_none());
    let v1 = profile.version(1).unwrap();
    assert_eq!(
        v1.rows.iter().find(|r| r.slug == "bandwagon").unwrap().mean,
        Some(75.0)
    );
}
