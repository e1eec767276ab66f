//! The real content files parse and validate, and the validator names file and entry for each kind of mistake.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::address::route::{Family, Route};
use explainer::domain::cite::apa_authors;
use explainer::domain::content::validate::validate;
use explainer::domain::text::plain_text;
use explainer_content::generate::BuildError;

mod common;
use common::*;

#[test]
fn real_content_parses_and_has_no_problems() {
    let content = real_content();
    let problems = problems_of(&content);
    assert!(
        problems.is_empty(),
        "{} content problem(s):{}",
        problems.len(),
        listing(&problems)
    );
}

#[test]
fn the_chapter_fixture_is_the_text_quotations_are_checked_against() {
    // Without the chapter, only the quotations could differ; with a wrong chapter every
    // quotation must fail, so the fixture is really what makes the quotations pass.
    let content = real_content();
    let quotes = content
        .findings
        .findings
        .iter()
        .filter(|f| f.quote.is_some())
        .count();
    assert!(quotes > 0, "the findings carry quotations");
    let problems = validate(&content, &content.quiz, Some("Bab V tidak ada di sini."));
    let not_verbatim = problems
        .iter()
        .filter(|p| p.message.contains("verbatim"))
        .count();
    assert!(
        not_verbatim >= quotes,
        "{not_verbatim} < {quotes}:{}",
        listing(&problems)
    );
}

#[test]
fn blank_english_summary_is_reported_in_findings_json_for_that_finding() {
    let mut content = real_content();
    finding_mut(&mut content, "bandwagon").summary.en = "   ".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "findings.json",
        "findings[bandwagon]",
        "missing en",
    );
    assert_eq!(problems[0].entry, "findings[bandwagon].summary");
}

#[test]
fn blank_indonesian_text_is_reported_too() {
    let mut content = real_content();
    finding_mut(&mut content, "information").short.id = "".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "findings.json",
        "findings[information].short",
        "missing id",
    );
}

#[test]
fn glossary_link_to_unknown_term_in_a_body_paragraph_is_reported() {
    let mut content = real_content();
    finding_mut(&mut content, "attraction").body.to_mut()[0]
        .en
        .to_mut()
        .push_str(" See [[no-such-term|this idea]].");
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "findings.json",
        "findings[attraction].body[0]",
        "`no-such-term`",
    );
}

#[test]
fn glossary_link_to_unknown_term_in_a_quiz_item_is_reported() {
    let mut content = real_content();
    content.quiz.constructs.to_mut()[2].items.to_mut()[1]
        .text
        .id = "[[tidak-ada|istilah]] ini".into();
    let slug = content.quiz.constructs[2].slug.clone();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "quiz.json",
        &format!("constructs[{slug}].items["),
        "`tidak-ada`",
    );
}

#[test]
fn unknown_chapter_section_is_reported() {
    let mut content = real_content();
    finding_mut(&mut content, "entertainment").section = "5.9".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "findings.json",
        "findings[entertainment]",
        "`5.9`",
    );
}

#[test]
fn theory_citing_unknown_reference_is_reported() {
    let mut content = real_content();
    let theory = &mut content.theories.to_mut()[0];
    theory.citations.to_mut().push("nobody-2099".into());
    let entry = format!("theories[{}]", theory.slug);
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(&problems, "theories.json", &entry, "`nobody-2099`");
}

#[test]
fn quotation_not_in_the_chapter_is_reported() {
    let mut content = real_content();
    let quote = finding_mut(&mut content, "role-model")
        .quote
        .as_mut()
        .expect("the role-model finding quotes the chapter");
    quote.text = "Follower selalu dibalas oleh micro influencer yang diikutinya.".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "findings.json",
        "findings[role-model]",
        "verbatim",
    );
    assert!(
        validate(&content, &content.quiz, None).is_empty(),
        "without the chapter, quotations are not checked"
    );
}

#[test]
fn quotation_with_different_line_breaks_still_counts_as_verbatim() {
    let mut content = real_content();
    let quote = finding_mut(&mut content, "bandwagon")
        .quote
        .as_mut()
        .expect("the bandwagon finding quotes the chapter");
    quote.text = quote.text.replace(' ', " \n  ").into();
    let problems = problems_of(&content);
    assert!(problems.is_empty(), "{}", listing(&problems));
}

#[test]
fn removing_a_finding_a_route_needs_is_reported_with_the_route() {
    let mut content = real_content();
    content
        .findings
        .findings
        .to_mut()
        .retain(|f| f.slug != "role-model");
    let problems = problems_of(&content);
    assert_reported(
        &problems,
        "findings.json",
        "findings[role-model]",
        "page motivations/role-model/ points nowhere",
    );
}

#[test]
fn finding_filed_under_the_wrong_family_is_reported() {
    let mut content = real_content();
    finding_mut(&mut content, "applause").family = Family::Benefits;
    let problems = problems_of(&content);
    assert_reported(
        &problems,
        "findings.json",
        "findings[applause].family",
        "`interactions`",
    );
}

#[test]
fn quiz_construct_with_three_items_is_reported() {
    let mut content = real_content();
    let construct = construct_mut(&mut content, "bandwagon");
    construct.items.to_mut().truncate(3);
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "quiz.json",
        "constructs[bandwagon]",
        "has 3 items",
    );
}

#[test]
fn quiz_constructs_out_of_order_are_reported() {
    let mut content = real_content();
    content.quiz.constructs.to_mut().swap(0, 1);
    let problems = problems_of(&content);
    assert_reported(&problems, "quiz.json", "constructs", "in order");
}

#[test]
fn non_https_reference_urls_are_reported() {
    let mut content = real_content();
    let first = content.references[0].slug.clone();
    let second = content.references[1].slug.clone();
    let references = content.references.to_mut();
    references[0].url = Some("http://example.org/article".into());
    references[1].url = Some("javascript:alert(1)".into());
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 2, "{}", listing(&problems));
    assert_reported(
        &problems,
        "references.json",
        &format!("references[{first}]"),
        "`http://example.org/article`",
    );
    assert_reported(
        &problems,
        "references.json",
        &format!("references[{second}]"),
        "`javascript:alert(1)`",
    );
}

#[test]
fn every_stable_link_has_content_behind_it() {
    let content = real_content();
    for route in Route::stable_links() {
        match route {
            Route::Family {
                family,
                node: Some(node),
            } => {
                let finding = content
                    .finding(node)
                    .unwrap_or_else(|| panic!("{} has no finding", route.path()));
                assert_eq!(finding.family, family, "{}", route.path());
            }
            Route::Family { family, node: None } => assert!(
                content.family(family.slug()).is_some(),
                "{} has no family text",
                route.path()
            ),
            Route::Parasocial => assert!(content.page("parasocial").is_some()),
            Route::Recommendations => assert!(content.page("recommendations").is_some()),
            Route::Overview => assert!(content.page("overview").is_some()),
            _ => {}
        }
    }
}

/// Every string in the content files, with its JSON path.
fn content_strings() -> Vec<(String, String)> {
    let mut strings = Vec::new();
    for (file, text) in files() {
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        all_strings(&value, file.to_string(), &mut strings);
    }
    strings
}

#[test]
fn content_texts_contain_no_html() {
    let found: Vec<String> = content_strings()
        .into_iter()
        .filter(|(_, s)| s.contains(['<', '>']))
        .map(|(path, s)| format!("{path}: {s}"))
        .collect();
    assert!(
        found.is_empty(),
        "texts with `<` or `>`:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_broken_file_is_named_in_the_parse_error() {
    let mut files = files();
    files[2].1 = "{\"terms\": [".into();
    let error = parse_files(&files).expect_err("truncated JSON must not parse");
    assert!(
        matches!(&error, BuildError::Parse { file, .. } if file == "glossary.json"),
        "{error}"
    );
    assert!(error.to_string().starts_with("glossary.json: "), "{error}");
}

fn all_strings(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(s) => out.push((path, s.clone())),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                all_strings(item, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                all_strings(item, format!("{path}.{key}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn inline_markup_never_shows_up_as_raw_brackets_or_asterisks() {
    let raw: Vec<String> = content_strings()
        .into_iter()
        .map(|(path, s)| (path, plain_text(&s)))
        .filter(|(_, shown)| shown.contains("[[") || shown.contains("]]") || shown.contains('*'))
        .map(|(path, shown)| format!("{path}: {shown}"))
        .collect();
    assert!(raw.is_empty(), "malformed markup:\n{}", raw.join("\n"));
}

#[test]
fn the_study_reference_lists_the_study_authors_in_apa_form() {
    let content = real_content();
    let reference = content
        .reference(&content.study.reference)
        .expect("the study's reference exists");
    let authors = apa_authors(&content.study.authors);
    assert_eq!(authors, "Hapsari, D. K., Manalu, S. R., & Rahmiaji, L. R.");
    assert!(
        reference.apa.starts_with(&format!("{authors} (")),
        "{}",
        reference.apa
    );
}

#[test]
fn the_overview_draws_no_arrow_between_families() {
    use explainer::domain::diagram::id::BoxId;
    use explainer::domain::diagram::layout::{layout, Orientation};
    use explainer::domain::diagram::specs::{arrows_between_families, spec, Diagram};
    // The compiled-in content: the same files, checked by the build.
    let overview = spec(Diagram::Overview, explainer::domain::content::content());
    for orientation in [Orientation::Wide, Orientation::Narrow] {
        let drawn = arrows_between_families(&layout(&overview, orientation));
        assert!(drawn.is_empty(), "{orientation:?}: {drawn:?}");
    }
    // The rule fires: the old overview joined the families with arrows.
    let mut joined = layout(&overview, Orientation::Wide);
    for (from, to) in [
        (Family::Motivations, Family::Interactions),
        (Family::Interactions, Family::Benefits),
    ] {
        joined
            .brackets
            .push(explainer::domain::diagram::layout::Arrow {
                from: BoxId::Family(from),
                to: BoxId::Family(to),
                path: "M0 0H1".into(),
            });
    }
    assert_eq!(
        arrows_between_families(&joined),
        vec![
            (
                BoxId::Family(Family::Motivations),
                BoxId::Family(Family::Interactions)
            ),
            (
                BoxId::Family(Family::Interactions),
                BoxId::Family(Family::Benefits)
            )
        ]
    );
}

#[test]
fn a_sentence_about_other_research_without_a_citation_is_reported() {
    let mut content = real_content();
    let theory = &mut content.theories.to_mut()[0];
    let entry = format!("theories[{}].summary", theory.slug);
    theory
        .summary
        .en
        .to_mut()
        .push_str(" A 2022 survey found that replies make the illusion more convincing.");
    theory
        .summary
        .id
        .to_mut()
        .push_str(" Penelitian lain menunjukkan bahwa balasan membuat ilusinya makin meyakinkan.");
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 2, "{}", listing(&problems));
    assert_reported(&problems, "theories.json", &entry, "(en): “A 2022 survey");
    assert_reported(&problems, "theories.json", &entry, "(id): “Penelitian lain");
}

#[test]
fn the_same_sentence_with_a_citation_passes_and_an_unknown_citation_is_reported() {
    let mut content = real_content();
    content.theories.to_mut()[0]
        .summary
        .en
        .to_mut()
        .push_str(" A 2022 survey ([@xu-2022|Xu et al., 2022]) measured perceived reciprocity.");
    assert!(problems_of(&content).is_empty());
    content.theories.to_mut()[0]
        .summary
        .id
        .to_mut()
        .push_str(" Sebuah survei ([@nobody-2099|Nobody, 2099]) lain.");
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(&problems, "theories.json", "summary", "`nobody-2099`");
}

#[test]
fn result_texts_asserting_facts_about_the_readers_influencer_are_reported() {
    let mut content = real_content();
    let parasocial = construct_mut(&mut content, "parasocial");
    // The texts of the first build, before this rule.
    parasocial.bands.high.en = "You seem to feel quite close to this influencer, even though the influencer does not feel the same closeness.".into();
    parasocial.bands.middle.id = "Rasa dekat semacam itu hanya dirasakan satu pihak.".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 3, "{}", listing(&problems));
    let entry = "constructs[parasocial].bands";
    assert_reported(
        &problems,
        "quiz.json",
        &format!("{entry}.high"),
        "“the influencer does not” (en)",
    );
    assert_reported(
        &problems,
        "quiz.json",
        &format!("{entry}.high"),
        "“does not feel the same” (en)",
    );
    assert_reported(
        &problems,
        "quiz.json",
        &format!("{entry}.middle"),
        "“hanya dirasakan satu pihak” (id)",
    );
}

#[test]
fn part_result_texts_and_interface_result_texts_pass_the_same_list() {
    use explainer::domain::content::validate::forbidden_assertions;
    use explainer::domain::i18n::quiz as q;
    use explainer::domain::lang::Lang;
    let mut content = real_content();
    first_attraction_part(&mut content).bands.low.id =
        "Penampilan paling kuat bagi kebanyakan orang.".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 2, "{}", listing(&problems));
    assert_reported(
        &problems,
        "quiz.json",
        "parts[physical].bands.low",
        "“paling kuat”",
    );
    for text in [
        q::NEUTRAL_OR_MIXED,
        q::NOT_ENOUGH_NOTE,
        q::PARTS_NOTE,
        q::EARLIER_VERSION,
    ] {
        for lang in Lang::ALL {
            assert!(
                forbidden_assertions(text.get(lang), lang).is_empty(),
                "{text:?}"
            );
        }
    }
}

#[test]
fn a_quotation_cut_mid_sentence_without_an_ellipsis_is_reported() {
    let mut content = real_content();
    let quote = finding_mut(&mut content, "emotional-arousal")
        .quote
        .as_mut()
        .expect("the emotional-arousal finding quotes the chapter");
    quote.text = quote.text.trim_matches('…').to_string().into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 2, "{}", listing(&problems));
    assert_reported(
        &problems,
        "findings.json",
        "findings[emotional-arousal]",
        "starts mid-sentence",
    );
    assert_reported(
        &problems,
        "findings.json",
        "findings[emotional-arousal]",
        "stops mid-sentence",
    );
}

#[test]
fn a_quiz_part_that_is_not_a_facet_of_its_finding_is_reported() {
    let mut content = real_content();
    first_attraction_part(&mut content).slug = "charm".into();
    let problems = problems_of(&content);
    assert_reported(
        &problems,
        "quiz.json",
        "parts[charm]",
        "not a facet of finding `attraction`",
    );
    assert_reported(
        &problems,
        "quiz.json",
        "items[attraction-1]",
        "must name one of",
    );
}
