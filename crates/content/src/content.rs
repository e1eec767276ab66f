//! Everything the explainer says about the study, with lookups by slug.

use crate::model::*;
use crate::List;

content_struct! {
    /// Everything the reading pages say about the study: one field per content file. The
    /// quiz (`quiz.json`, an [`crate::instrument::Instrument`]) is separate, so the reader
    /// app does not carry its text.
    pub struct Content {
        /// `findings.json`: families, findings, actions, pages, recommendations.
        pub findings: FindingsFile,
        /// `theories.json`.
        pub theories: List<Theory>,
        /// `glossary.json`.
        pub glossary: List<Term>,
        /// `references.json`.
        pub references: List<Reference>,
        /// `study.json`.
        pub study: Study,
    }
}

impl Content {
    /// The finding with `slug`.
    pub fn finding(&self, slug: &str) -> Option<&Finding> {
        self.findings.findings.iter().find(|f| f.slug == slug)
    }

    /// A family's introduction.
    pub fn family(&self, slug: &str) -> Option<&FamilyText> {
        self.findings.families.iter().find(|f| f.slug == slug)
    }

    /// A page of running text.
    pub fn page(&self, slug: &str) -> Option<&Page> {
        self.findings.pages.iter().find(|p| p.slug == slug)
    }

    /// A theory card.
    pub fn theory(&self, slug: &str) -> Option<&Theory> {
        self.theories.iter().find(|t| t.slug == slug)
    }

    /// The finding whose technical term the glossary entry `term` explains.
    pub fn finding_of_term(&self, term: &str) -> Option<&Finding> {
        let words = &self.term(term)?.term;
        self.findings
            .findings
            .iter()
            .find(|f| names(words, &f.term))
    }

    /// The glossary entry that explains the technical term of `finding`.
    pub fn term_of_finding(&self, finding: &Finding) -> Option<&Term> {
        self.glossary.iter().find(|t| names(&t.term, &finding.term))
    }

    /// A glossary term.
    pub fn term(&self, slug: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.slug == slug)
    }

    /// A reference.
    pub fn reference(&self, slug: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.slug == slug)
    }

    /// The actions of one interaction form.
    pub fn actions_of<'a>(&'a self, form: &'a str) -> impl Iterator<Item = &'a Action> + 'a {
        self.findings.actions.iter().filter(move |a| a.form == form)
    }
}

/// Whether the glossary entry's words `entry` name the technical `term`: compared in English,
/// or in Indonesian in a reader built with the Indonesian text alone, whose English is empty
/// (the content check holds both languages to the same answer).
fn names(entry: &crate::text::Bilingual, term: &crate::text::Bilingual) -> bool {
    use crate::lang::Lang;
    let lang = if entry.en.is_empty() && term.en.is_empty() {
        Lang::Id
    } else {
        Lang::En
    };
    crate::names::names_term(entry.get(lang), term.get(lang))
}
