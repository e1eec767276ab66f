//! Which texts a reader of one language keeps in a group's file rather than in its
//! WebAssembly (see [`crate::stored`]): what the overview and the header never show.
//!
//! Compiled in stay every name a page shows of another (headings, the diagrams' labels, the
//! pager, titles, theory names), what a tap on an overview node answers with (each
//! finding's summary and quotation), the overview's own text and the glossary (its
//! definitions open in place on almost every page). A family's group holds what its page and
//! its findings' pages show besides: the family's introduction and the findings' full texts;
//! their theory cards and the works those cite are in a group of their own beside it
//! ([`Group::theories`]), which the references page needs without the rest. The works no
//! card cites are the references page's own group. The app's `domain::content::needs` says
//! which groups each page needs; the rules it relies on (a theory card shown on the pages of
//! one group only) are checked here.

use crate::model::Quote;
use crate::stored::{Group, Text};
use crate::text::Bilingual;
use crate::Content;
use std::collections::HashMap;

/// The theory card the parasocial page shows (`ui::pages::parasocial`).
pub const PARASOCIAL_THEORY: &str = "parasocial-relationship";

/// The group of each stored text, by the text's address in `content`, or why a theory card
/// or a work would be needed by pages of two groups.
pub fn assign(content: &Content) -> Result<HashMap<usize, Group>, String> {
    let mut groups = Groups::default();
    let findings = &content.findings;
    for family in findings.families.iter() {
        let Some(group) = crate::taxonomy::Family::from_slug(&family.slug).map(Group::of_family)
        else {
            continue;
        };
        groups.all(group, &family.intro);
        groups.quote(group, family.quote.as_ref());
    }
    // Each theory card and the works it cites go with the pages that show it (beside their
    // other texts, in the group of their theory cards).
    let mut theory_groups: HashMap<&str, Group> = HashMap::new();
    theory_groups.insert(PARASOCIAL_THEORY, Group::Parasocial);
    for finding in findings.findings.iter() {
        let group = Group::of_family(finding.family);
        groups.all(group, &finding.body);
        for facet in finding.facets.iter() {
            if let Some(detail) = &facet.detail {
                groups.bilingual(group, detail);
            }
        }
        match theory_groups.insert(&finding.theory, group) {
            Some(other) if other != group => {
                return Err(format!(
                    "the theory card {} is shown on pages of two groups ({} and {}): \
                     crates/content/src/split.rs and domain::content::needs must say which",
                    finding.theory,
                    other.name(),
                    group.name()
                ))
            }
            _ => {}
        }
    }
    for action in findings.actions.iter() {
        groups.bilingual(Group::Actions, &action.why);
    }
    for page in findings.pages.iter() {
        let group = match &*page.slug {
            "parasocial" => Group::Parasocial,
            "recommendations" => Group::Recommendations,
            _ => continue,
        };
        groups.all(group, &page.body);
        groups.quote(group, page.quote.as_ref());
    }
    for rec in findings.recommendations.iter() {
        groups.bilingual(Group::Recommendations, &rec.title);
        groups.all(Group::Recommendations, &rec.points);
        groups.quote(Group::Recommendations, rec.quote.as_ref());
    }
    let mut work_groups: HashMap<&str, Group> = HashMap::new();
    for theory in content.theories.iter() {
        let Some(&group) = theory_groups.get(&*theory.slug) else {
            // Shown on the references page alone.
            continue;
        };
        let group = group.theories();
        groups.bilingual(group, &theory.summary);
        groups.bilingual(group, &theory.use_in_chapter);
        for work in theory.citations.iter() {
            match work_groups.insert(work, group) {
                Some(other) if other != group => {
                    return Err(format!(
                        "the work {work} is cited on theory cards of two groups ({} and {})",
                        other.name(),
                        group.name()
                    ))
                }
                _ => {}
            }
        }
    }
    for theory in content.theories.iter() {
        if !theory_groups.contains_key(&*theory.slug) {
            groups.bilingual(Group::References, &theory.summary);
            groups.bilingual(Group::References, &theory.use_in_chapter);
        }
    }
    for reference in content.references.iter() {
        // A work no theory card cites is listed on the references page only.
        let group = work_groups
            .get(&*reference.slug)
            .copied()
            .unwrap_or(Group::References);
        groups.text(group, &reference.apa);
        if let Some(url) = &reference.url {
            groups.text(group, url);
        }
    }
    let study = &content.study;
    for text in [
        &study.title_translation,
        &study.outlet,
        &study.institution,
        &study.method,
        &study.informants,
        &study.micro_influencer_definition,
        &study.aim,
    ] {
        groups.bilingual(Group::Study, text);
    }
    groups.all(Group::Study, &study.does_not_claim);
    groups.all(Group::Study, &study.unknowns);
    for source in study.sources.iter() {
        groups.text(Group::Study, source);
    }
    Ok(groups.0)
}

/// The assignment being made.
#[derive(Default)]
struct Groups(HashMap<usize, Group>);

impl Groups {
    fn text(&mut self, group: Group, text: &Text) {
        self.0.insert(text as *const Text as usize, group);
    }

    fn bilingual(&mut self, group: Group, text: &Bilingual) {
        self.text(group, &text.id);
        self.text(group, &text.en);
    }

    fn all(&mut self, group: Group, texts: &[Bilingual]) {
        for text in texts {
            self.bilingual(group, text);
        }
    }

    fn quote(&mut self, group: Group, quote: Option<&Quote>) {
        if let Some(quote) = quote {
            self.text(group, &quote.text);
            self.text(group, &quote.gloss);
        }
    }
}
