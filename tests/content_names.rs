//! One name per finding: the content check fails, naming file and entry, wherever a
//! finding's short name and technical term are used differently.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;

use explainer::domain::content::Content;
use explainer::domain::lang::Lang;

fn glossary_term_mut<'a>(
    content: &'a mut Content,
    slug: &str,
) -> &'a mut explainer::domain::content::model::Term {
    content
        .glossary
        .to_mut()
        .iter_mut()
        .find(|t| t.slug == slug)
        .unwrap_or_else(|| panic!("the glossary has no term `{slug}`"))
}

#[test]
fn every_finding_has_one_name_and_its_term_in_both_languages() {
    let content = real_content();
    for f in content.findings.findings.iter() {
        for text in [&f.short, &f.term] {
            assert!(
                !text.id.trim().is_empty() && !text.en.trim().is_empty(),
                "{}",
                f.slug
            );
        }
    }
    let bandwagon = content.finding("bandwagon").expect("bandwagon");
    assert_eq!(
        bandwagon.heading(Lang::En),
        "Friends follow too · bandwagon effect"
    );
    assert_eq!(
        bandwagon.heading(Lang::Id),
        "Teman juga mengikuti · efek bandwagon"
    );
    // Where Chapter V has no other word, the name is the term and is said once.
    let role_model = content.finding("role-model").expect("role-model");
    assert_eq!(role_model.heading(Lang::En), "Role model");
}

#[test]
fn renaming_a_finding_on_its_node_alone_is_reported_where_the_old_name_stays() {
    let mut content = real_content();
    // The name the bandwagon page had while its node said "Friends follow too".
    finding_mut(&mut content, "bandwagon").short.en = "Doing what many others do".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "quiz.json",
        "constructs[bandwagon].label",
        "must be “Doing what many others do · bandwagon effect”, the name of finding `bandwagon` (en)",
    );
}

#[test]
fn a_quiz_construct_named_otherwise_than_its_finding_is_reported() {
    let mut content = real_content();
    construct_mut(&mut content, "bandwagon").label.en =
        "Friends follow too (bandwagon effect)".into();
    construct_mut(&mut content, "emotional-arousal").label.id = "Rangsangan emosi positif".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 2, "{}", listing(&problems));
    assert_reported(
        &problems,
        "quiz.json",
        "constructs[bandwagon].label",
        "must be “Friends follow too · bandwagon effect”, the name of finding `bandwagon` (en)",
    );
    assert_reported(
        &problems,
        "quiz.json",
        "constructs[emotional-arousal].label",
        "(id)",
    );
}

#[test]
fn a_quiz_part_named_otherwise_than_its_facet_is_reported() {
    let mut content = real_content();
    first_attraction_part(&mut content).label.en = "Looks".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "quiz.json",
        "constructs[attraction].parts[physical].label",
        "must be “Physical appeal”",
    );
}

#[test]
fn a_glossary_entry_that_does_not_name_the_term_is_reported() {
    let mut content = real_content();
    glossary_term_mut(&mut content, "applause").term.id = "Interaksi singkat".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "glossary.json",
        "terms[applause].term",
        "names finding `applause` but not its technical term “applause” (id)",
    );
}

#[test]
fn a_term_without_its_glossary_entry_and_a_name_used_twice_are_reported() {
    let mut content = real_content();
    glossary_term_mut(&mut content, "bandwagon-effect").term.en = "Herd behaviour".into();
    let information = finding_mut(&mut content, "information");
    information.short.en = "Entertainment".into();
    information.term.en = "Entertainment".into();
    let problems = problems_of(&content);
    assert_reported(
        &problems,
        "findings.json",
        "findings[bandwagon].term",
        "“bandwagon effect” has no glossary entry that names it (en)",
    );
    assert_reported(
        &problems,
        "findings.json",
        "findings[information].short",
        "is also the name of finding `entertainment`",
    );
}

#[test]
fn the_glossary_shows_each_findings_icon_through_its_term() {
    let content = real_content();
    let named = |term: &str| content.finding_of_term(term).map(|f| f.slug.to_string());
    assert_eq!(named("bandwagon-effect").as_deref(), Some("bandwagon"));
    assert_eq!(
        named("interpersonal-attraction").as_deref(),
        Some("attraction")
    );
    assert_eq!(named("phenomenology"), None);
}

#[test]
fn a_glossary_entry_naming_a_term_in_indonesian_alone_is_reported() {
    let mut content = real_content();
    let applause = content.finding("applause").unwrap().term.clone();
    glossary_term_mut(&mut content, "phenomenology").term.id = applause.id.clone();
    let problems = problems_of(&content);
    assert_reported(
        &problems,
        "glossary.json",
        "terms[phenomenology].term",
        &format!(
            "names the technical term “{}” of finding `applause` in Indonesian but not “{}” (en)",
            applause.id, applause.en
        ),
    );
}

#[test]
fn a_reader_with_the_indonesian_text_alone_finds_the_same_icons() {
    // What a reader built with feature `only-id` holds: every English text empty.
    let content = real_content();
    let mut indonesian = real_content();
    for t in indonesian.glossary.to_mut() {
        t.term.en = "".into();
    }
    for f in indonesian.findings.findings.to_mut() {
        f.term.en = "".into();
    }
    for t in content.glossary.iter() {
        let slug = |c: &Content| c.finding_of_term(&t.slug).map(|f| f.slug.to_string());
        assert_eq!(slug(&indonesian), slug(&content), "{}", t.slug);
    }
}
