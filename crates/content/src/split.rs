//! Which texts a reader of one language keeps in a group's file rather than in its
//! WebAssembly (see [`crate::stored`]): what the overview and the header never show.
//!
//! Compiled in stay every name a page shows of another (headings, the diagrams' labels, the
//! pager, titles), what a tap on an overview node answers with (each finding's summary and
//! quotation), the overview's own text and the glossary (its definitions open in place on
//! almost every page). The app's `domain::content::needs` says which groups each page needs.

use crate::model::Quote;
use crate::stored::{Group, Text};
use crate::text::Bilingual;
use crate::Content;
use std::collections::HashMap;

/// The group of each stored text, by the text's address in `content`.
pub fn assign(content: &Content) -> HashMap<usize, Group> {
    let mut groups = Groups::default();
    let findings = &content.findings;
    for family in findings.families.iter() {
        groups.all(Group::Findings, &family.intro);
        groups.quote(Group::Findings, family.quote.as_ref());
    }
    for finding in findings.findings.iter() {
        groups.all(Group::Findings, &finding.body);
        for facet in finding.facets.iter() {
            if let Some(detail) = &facet.detail {
                groups.bilingual(Group::Findings, detail);
            }
        }
    }
    for action in findings.actions.iter() {
        groups.bilingual(Group::Findings, &action.why);
    }
    for page in findings.pages.iter().filter(|p| p.slug != "overview") {
        groups.all(Group::Pages, &page.body);
        groups.quote(Group::Pages, page.quote.as_ref());
    }
    for rec in findings.recommendations.iter() {
        groups.bilingual(Group::Pages, &rec.title);
        groups.all(Group::Pages, &rec.points);
        groups.quote(Group::Pages, rec.quote.as_ref());
    }
    for theory in content.theories.iter() {
        groups.bilingual(Group::Library, &theory.summary);
        groups.bilingual(Group::Library, &theory.use_in_chapter);
    }
    for reference in content.references.iter() {
        groups.text(Group::Library, &reference.apa);
        if let Some(url) = &reference.url {
            groups.text(Group::Library, url);
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
    groups.0
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
