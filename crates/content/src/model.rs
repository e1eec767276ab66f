//! The shape of the content data files in `assets/content/` (see `SCHEMA.md` there).

use crate::lang::Lang;
use crate::taxonomy::Family;
use crate::text::Bilingual;
use crate::{List, Text};

/// A verbatim Indonesian quotation from Chapter V with its section. Written without
/// `content_struct!` for one reason: its English gloss is English text, which a reader built
/// with the Indonesian text alone leaves out (its `Emit` is its own).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Quote {
    /// The words, exactly as in the chapter (shown in both languages).
    pub text: Text,
    /// The section, e.g. `5.1.1.a`.
    pub section: Text,
    /// Our English translation, shown to English readers labelled as ours.
    pub gloss: Text,
}

#[cfg(feature = "build")]
impl crate::emit::Emit for Quote {
    fn emit(&self, out: &mut crate::emit::Out) {
        let empty = Text::Static("");
        // The gloss is written from its place in the content, which says its group.
        let gloss = if out.keeps(Lang::En) {
            &self.gloss
        } else {
            &empty
        };
        crate::emit::emit_struct(
            out,
            "::explainer_content::model::Quote",
            &[
                ("text", &self.text),
                ("section", &self.section),
                ("gloss", gloss),
            ],
        );
    }
}

content_struct! {
    /// `findings.json`.
    pub struct FindingsFile {
        /// Motivations, interactions, benefits.
        pub families: List<FamilyText>,
        /// The nine findings.
        pub findings: List<Finding>,
        /// The Instagram actions named in 5.1.2.
        pub actions: List<Action>,
        /// Overview, parasocial and recommendations pages.
        pub pages: List<Page>,
        /// The two recommendations of 5.2.
        pub recommendations: List<Recommendation>,
    }
}

content_struct! {
    /// Introductory text of a family of findings.
    pub struct FamilyText {
        /// `motivations`, `interactions` or `benefits`.
        pub slug: Text,
        /// The Chapter V section it summarises, e.g. `5.1.1`.
        pub section: Text,
        /// The heading, in both languages.
        pub title: Bilingual,
        /// Paragraphs of running text, with inline markup.
        pub intro: List<Bilingual>,
        /// Optional quotation.
        pub quote: Option<Quote>,
    }
}

content_struct! {
    /// One finding of Chapter V.
    pub struct Finding {
        /// Stable id, used in links.
        pub slug: Text,
        /// The family whose diagram shows it.
        pub family: Family,
        /// Chapter section, e.g. `5.1.1.b`.
        pub section: Text,
        /// The finding's one short name (`Friends follow too`): diagram nodes, and with
        /// its term, headings, pagers and results (see [`Finding::heading`]).
        pub short: Bilingual,
        /// The technical term Chapter V uses for it (`bandwagon effect`; the short name
        /// again when the chapter has no other).
        pub term: Bilingual,
        /// The finding in one sentence.
        pub summary: Bilingual,
        /// Explanation in our own words.
        pub body: List<Bilingual>,
        /// Facets named in the chapter.
        pub facets: List<Facet>,
        /// Optional verbatim quotation.
        pub quote: Option<Quote>,
        /// Theory card slug.
        pub theory: Text,
    }
}

impl Finding {
    /// The heading: the short name, then the technical term when it says something else
    /// (`Friends follow too · bandwagon effect`, but `Role model`). Computed, not stored,
    /// so the two can not drift apart.
    pub fn heading(&self, lang: Lang) -> String {
        crate::names::heading(self.short.get(lang), self.term.get(lang))
    }
}

content_struct! {
    /// A facet of a finding, maybe with sub-facets.
    pub struct Facet {
        /// Id within the finding.
        pub slug: Text,
        /// The words shown in the facet's diagram box.
        pub label: Bilingual,
        /// Optional explanation.
        pub detail: Option<Bilingual>,
        /// Sub-facets.
        pub children: List<FacetChild>,
    }
}

content_struct! {
    /// A sub-facet (e.g. one kind of similarity).
    pub struct FacetChild {
        /// Id within the facet.
        pub slug: Text,
        /// The words shown for the sub-facet.
        pub label: Bilingual,
    }
}

content_struct! {
    /// An Instagram action and where it falls.
    pub struct Action {
        /// Stable id within the interaction diagram.
        pub slug: Text,
        /// The interaction form it belongs to: `applause`, `conversation` or `amplification`.
        pub form: Text,
        /// Whether the follower expects an answer.
        pub direction: Direction,
        /// The action's name, as shown in the interaction diagram.
        pub label: Bilingual,
        /// Why it falls where it does.
        pub why: Bilingual,
    }
}

content_struct! {
    /// A page of running text.
    pub struct Page {
        /// `overview`, `parasocial` or `recommendations`.
        pub slug: Text,
        /// The Chapter V section it summarises, e.g. `5.1.1`.
        pub section: Text,
        /// The heading, in both languages.
        pub title: Bilingual,
        /// Paragraphs of running text, with inline markup.
        pub body: List<Bilingual>,
        /// Optional quotation.
        pub quote: Option<Quote>,
    }
}

content_struct! {
    /// A recommendation of 5.2.
    pub struct Recommendation {
        /// `theoretical` or `practical`.
        pub slug: Text,
        /// The Chapter V section it summarises, e.g. `5.1.1`.
        pub section: Text,
        /// The heading, in both languages.
        pub title: Bilingual,
        /// The points made.
        pub points: List<Bilingual>,
        /// Optional quotation.
        pub quote: Option<Quote>,
    }
}

content_enum! {
    /// Which way an Instagram action goes (5.1.2).
    pub enum Direction {
        /// The follower acts and expects nothing back (a like, a share).
        OneWay = "one-way",
        /// The follower starts a conversation (a comment, a direct message).
        TwoWay = "two-way",
    }
}

content_struct! {
    /// `theories.json`.
    pub struct TheoriesFile {
        /// Every theory card, in the order the library lists them.
        pub theories: List<Theory>,
    }
}

content_struct! {
    /// A theory card.
    pub struct Theory {
        /// Stable id: findings and glossary terms point at it.
        pub slug: Text,
        /// The theory's name.
        pub name: Bilingual,
        /// Plain summary.
        pub summary: Bilingual,
        /// What Chapter V uses it for.
        pub use_in_chapter: Bilingual,
        /// The Chapter V section it summarises, e.g. `5.1.1`.
        pub section: Text,
        /// Reference slugs.
        pub citations: List<Text>,
    }
}

content_struct! {
    /// `glossary.json`.
    pub struct GlossaryFile {
        /// Every glossary term.
        pub terms: List<Term>,
    }
}

content_struct! {
    /// A glossary term.
    pub struct Term {
        /// Id, linked as `[[slug|words]]`.
        pub slug: Text,
        /// The term.
        pub term: Bilingual,
        /// Definition.
        pub definition: Bilingual,
        /// Optional theory card.
        pub theory: Option<Text>,
    }
}

impl Term {
    /// What the glossary page orders terms by in `lang`: the term, ASCII case folded (enough
    /// for these Latin-script terms, and it keeps Unicode's case tables out of the binary).
    pub fn order_key(&self, lang: Lang) -> String {
        self.term.get(lang).to_ascii_lowercase()
    }
}

content_struct! {
    /// `references.json`.
    pub struct ReferencesFile {
        /// Every reference, in APA order.
        pub references: List<Reference>,
    }
}

content_struct! {
    /// An APA 7 reference.
    pub struct Reference {
        /// Stable id: theory cards and the study point at it.
        pub slug: Text,
        /// APA text with `*italic*` markup.
        pub apa: Text,
        /// Optional https link.
        pub url: Option<Text>,
    }
}

content_struct! {
    /// `study.json`: what is known about the study.
    pub struct Study {
        /// Original title.
        pub title: Text,
        /// Title note or translation.
        pub title_translation: Bilingual,
        /// Authors in order.
        pub authors: List<Text>,
        /// Journal, volume, issue, date (month names differ by language).
        pub outlet: Bilingual,
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
        pub does_not_claim: List<Bilingual>,
        /// What is not publicly known.
        pub unknowns: List<Bilingual>,
        /// Reference slug of the article.
        pub reference: Text,
        /// Public records.
        pub sources: List<Text>,
    }
}
