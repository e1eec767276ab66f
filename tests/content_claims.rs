//! Say only what the sources say: each test puts back a wording an independent review
//! found (what an influencer feels stated as observed, outside research without its
//! citation, "Katz, Blumler, & Gurevitch" in text, an untranslated quotation…) and expects
//! the content check to name the file and entry.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::*;

use explainer::domain::content::Content;

fn page_body_mut<'a>(
    content: &'a mut Content,
    slug: &str,
    at: usize,
) -> &'a mut explainer::domain::text::Bilingual {
    &mut content
        .findings
        .pages
        .to_mut()
        .iter_mut()
        .find(|p| p.slug == slug)
        .unwrap_or_else(|| panic!("no page `{slug}`"))
        .body
        .to_mut()[at]
}

#[test]
fn the_influencers_feelings_stated_as_observed_are_reported() {
    let mut content = real_content();
    // The parasocial page before the review: no "according to Chapter V", no note on theory.
    *page_body_mut(&mut content, "parasocial", 1) = explainer::domain::text::Bilingual {
        id: "Namun, kedekatan itu tidak dirasakan sebaliknya oleh sang influencer. Karena itu, Bab V menyebut rasa dekat dan akrab yang dimiliki follower sebagai perasaan ilusi.".into(),
        en: "But the influencer does not feel that closeness in return. Chapter V therefore calls the follower's sense of closeness and familiarity an illusion.".into(),
    };
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 4, "{}", listing(&problems));
    let entry = "pages[parasocial].body[1]";
    assert_reported(
        &problems,
        "findings.json",
        entry,
        "(id): “Namun, kedekatan itu tidak dirasakan",
    );
    assert_reported(
        &problems,
        "findings.json",
        entry,
        "(en): “But the influencer does not feel",
    );
    assert_reported(
        &problems,
        "findings.json",
        "pages[parasocial].body",
        "“bukan pada wawancara dengan influencer”",
    );
    assert_reported(
        &problems,
        "findings.json",
        "pages[parasocial].body",
        "“not on interviews with influencers”",
    );
}

#[test]
fn the_interactions_introduction_must_say_the_influencers_side_is_theory() {
    let mut content = real_content();
    let interactions = content
        .findings
        .families
        .to_mut()
        .iter_mut()
        .find(|f| f.slug == "interactions")
        .expect("interactions");
    interactions.intro.to_mut()[1].en = "Whatever the form, Chapter V describes the interaction as parasocial. Followers feel close to the influencer they follow, but the influencer does not feel that closeness in the same way.".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 2, "{}", listing(&problems));
    assert_reported(
        &problems,
        "findings.json",
        "families[interactions].intro[1]",
        "(en): “Followers feel close",
    );
    assert_reported(
        &problems,
        "findings.json",
        "families[interactions].intro",
        "“not on interviews with influencers”",
    );
}

#[test]
fn outside_research_on_finding_pages_without_a_citation_is_reported() {
    let mut content = real_content();
    // Three of the sentences the review found without their source.
    finding_mut(&mut content, "applause").body.to_mut()[1].en =
        "The label comes from social media metrics, where applause means likes and favourites."
            .into();
    finding_mut(&mut content, "role-model").body.to_mut()[1].id =
        "Temuan ini sejalan dengan teori [[social-learning|pembelajaran sosial]]: banyak perilaku dipelajari dengan mengamati orang lain.".into();
    finding_mut(&mut content, "entertainment").body.to_mut()[1].en =
        "Entertainment is one of the classic needs in [[uses-and-gratifications|uses and gratifications]] research, alongside information.".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 3, "{}", listing(&problems));
    assert_reported(
        &problems,
        "findings.json",
        "findings[applause].body[1]",
        "without citing it",
    );
    assert_reported(
        &problems,
        "findings.json",
        "findings[role-model].body[1]",
        "(id)",
    );
    assert_reported(
        &problems,
        "findings.json",
        "findings[entertainment].body[1]",
        "(en)",
    );
}

#[test]
fn a_sentence_naming_an_author_without_citing_the_work_is_reported() {
    let mut content = real_content();
    let term = content
        .glossary
        .to_mut()
        .iter_mut()
        .find(|t| t.slug == "social-learning")
        .expect("social-learning");
    term.definition.en =
        "Learning behaviour by watching others. The idea was developed by Bandura.".into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "glossary.json",
        "terms[social-learning].definition",
        "names Bandura without citing",
    );
}

#[test]
fn three_authors_cited_by_name_instead_of_et_al_are_reported() {
    let mut content = real_content();
    let theory = content
        .theories
        .to_mut()
        .iter_mut()
        .find(|t| t.slug == "uses-and-gratifications")
        .expect("uses-and-gratifications");
    let en = theory
        .summary
        .en
        .replace("Katz et al., 1973", "Katz, Blumler, & Gurevitch, 1973");
    theory.summary.en = en.into();
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "theories.json",
        "theories[uses-and-gratifications].summary",
        "cites “Katz, Blumler, & Gurevitch, 1973”",
    );
}

#[test]
fn references_out_of_alphabetical_order_are_reported() {
    let mut content = real_content();
    content.references.to_mut().swap(0, 1);
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_reported(
        &problems,
        "references.json",
        "references[aronson-1966]",
        "out of alphabetical order",
    );
}

#[test]
fn every_quotation_carries_our_english_gloss() {
    let mut content = real_content();
    let quote = |content: &mut Content, slug: &str| {
        finding_mut(content, slug)
            .quote
            .as_mut()
            .expect("a quotation")
            .clone()
    };
    let mut missing = quote(&mut content, "bandwagon");
    missing.gloss = " ".into();
    finding_mut(&mut content, "bandwagon").quote = Some(missing);
    let mut repeated = quote(&mut content, "role-model");
    repeated.gloss = repeated.text.clone();
    finding_mut(&mut content, "role-model").quote = Some(repeated);
    let mut uncut = quote(&mut content, "attraction");
    uncut.gloss = uncut.gloss.trim_start_matches('…').to_string().into();
    finding_mut(&mut content, "attraction").quote = Some(uncut);
    let problems = problems_of(&content);
    assert_eq!(problems.len(), 3, "{}", listing(&problems));
    assert_reported(
        &problems,
        "findings.json",
        "findings[bandwagon]",
        "no English gloss",
    );
    assert_reported(
        &problems,
        "findings.json",
        "findings[role-model]",
        "repeats the quotation",
    );
    assert_reported(
        &problems,
        "findings.json",
        "findings[attraction]",
        "begin and end with “…”",
    );
}
