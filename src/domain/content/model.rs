//! The shape of the content data files in `assets/content/` (see `SCHEMA.md` there).

use crate::domain::text::Bilingual;
use miniserde::Deserialize;

/// A verbatim Indonesian quotation from Chapter V with its section.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Quote {
    /// The words, exactly as in the chapter.
    pub text: String,
    /// The section, e.g. `5.1.1.a`.
    pub section: String,
}

/// `findings.json`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct FindingsFile {
    /// Motivations, interactions, benefits.
    pub families: Vec<FamilyText>,
    /// The nine findings.
    pub findings: Vec<Finding>,
    /// The Instagram actions named in 5.1.2.
    pub actions: Vec<Action>,
    /// Overview, parasocial and recommendations pages.
    pub pages: Vec<Page>,
    /// The two recommendations of 5.2.
    pub recommendations: Vec<Recommendation>,
}

/// Introductory text of a family of findings.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct FamilyText {
    /// `motivations`, `interactions` or `benefits`.
    pub slug: String,
    /// Chapter section.
    pub section: String,
    /// Heading.
    pub title: Bilingual,
    /// Paragraphs.
    pub intro: Vec<Bilingual>,
    /// Optional quotation.
    pub quote: Option<Quote>,
}

/// One finding of Chapter V.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Finding {
    /// Stable id, used in links.
    pub slug: String,
    /// Family slug.
    pub family: String,
    /// Chapter section, e.g. `5.1.1.b`.
    pub section: String,
    /// Heading.
    pub title: Bilingual,
    /// Diagram label.
    pub short: Bilingual,
    /// The finding in one sentence.
    pub summary: Bilingual,
    /// Explanation in our own words.
    pub body: Vec<Bilingual>,
    /// Facets named in the chapter.
    pub facets: Vec<Facet>,
    /// Optional verbatim quotation.
    pub quote: Option<Quote>,
    /// Theory card slug.
    pub theory: String,
}

/// A facet of a finding, maybe with sub-facets.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Facet {
    /// Id within the finding.
    pub slug: String,
    /// Label.
    pub label: Bilingual,
    /// Optional explanation.
    pub detail: Option<Bilingual>,
    /// Sub-facets.
    pub children: Vec<FacetChild>,
}

/// A sub-facet (e.g. one kind of similarity).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct FacetChild {
    /// Id within the facet.
    pub slug: String,
    /// Label.
    pub label: Bilingual,
}

/// An Instagram action and where it falls.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Action {
    /// Id.
    pub slug: String,
    /// `applause`, `conversation` or `amplification`.
    pub form: String,
    /// `one-way` or `two-way`.
    pub direction: String,
    /// Label.
    pub label: Bilingual,
    /// Why it falls where it does.
    pub why: Bilingual,
}

/// A page of running text.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Page {
    /// `overview`, `parasocial` or `recommendations`.
    pub slug: String,
    /// Chapter section.
    pub section: String,
    /// Heading.
    pub title: Bilingual,
    /// Paragraphs.
    pub body: Vec<Bilingual>,
    /// Optional quotation.
    pub quote: Option<Quote>,
}

/// A recommendation of 5.2.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Recommendation {
    /// `theoretical` or `practical`.
    pub slug: String,
    /// Chapter section.
    pub section: String,
    /// Heading.
    pub title: Bilingual,
    /// The points made.
    pub points: Vec<Bilingual>,
    /// Optional quotation.
    pub quote: Option<Quote>,
}

/// `theories.json`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct TheoriesFile {
    /// Theory cards.
    pub theories: Vec<Theory>,
}

/// A theory card.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Theory {
    /// Id.
    pub slug: String,
    /// Name.
    pub name: Bilingual,
    /// Plain summary.
    pub summary: Bilingual,
    /// What Chapter V uses it for.
    pub use_in_chapter: Bilingual,
    /// Chapter section.
    pub section: String,
    /// Reference slugs.
    pub citations: Vec<String>,
}

/// `glossary.json`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GlossaryFile {
    /// Terms.
    pub terms: Vec<Term>,
}

/// A glossary term.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Term {
    /// Id, linked as `[[slug|words]]`.
    pub slug: String,
    /// The term.
    pub term: Bilingual,
    /// Definition.
    pub definition: Bilingual,
    /// Optional theory card.
    pub theory: Option<String>,
}

/// `references.json`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ReferencesFile {
    /// References.
    pub references: Vec<Reference>,
}

/// An APA 7 reference.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Reference {
    /// Id.
    pub slug: String,
    /// APA text with `*italic*` markup.
    pub apa: String,
    /// Optional https link.
    pub url: Option<String>,
}

/// `study.json`: what is known about the study.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Study {
    /// Original title.
    pub title: String,
    /// Title note or translation.
    pub title_translation: Bilingual,
    /// Authors in order.
    pub authors: Vec<String>,
    /// Journal, volume, issue, date.
    pub outlet: String,
    /// Institution.
    pub institution: Bilingual,
    /// Method.
    pub method: Bilingual,
    /// Informants.
    pub informants: Bilingual,
    /// Definition of micro influencer used.
    pub micro_influencer_definition: Bilingual,
    /// The study's aim.
    pub aim: Bilingual,
    /// What it does not claim.
    pub does_not_claim: Vec<Bilingual>,
    /// What is not publicly known.
    pub unknowns: Vec<Bilingual>,
    /// Reference slug of the article.
    pub reference: String,
    /// Public records.
    pub sources: Vec<String>,
}
