//! Checks content like code: every text in both languages, every reference resolvable,
//! every quotation verbatim, every route backed by content.

use crate::instrument::Instrument;
use crate::model::Quote;
use crate::taxonomy::Family;
use crate::text::{term_slugs, Bilingual};
use crate::Content;

/// A problem in a content file, naming the file and the entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, e.g. `findings.json`.
    pub file: &'static str,
    /// The entry, e.g. `findings[bandwagon].summary`.
    pub entry: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.entry, self.message)
    }
}

/// Chapter V section labels a statement may cite.
pub const SECTIONS: [&str; 14] = [
    "5.1", "5.1.1", "5.1.1.a", "5.1.1.b", "5.1.1.c", "5.1.1.d", "5.1.2", "5.1.3", "5.1.3.a",
    "5.1.3.b", "5.2", "5.2.1", "5.2.2", "5",
];

/// The ten quiz constructs, in order, as the markup contract names them.
pub const CONSTRUCTS: [&str; 10] = [
    "emotional-arousal",
    "attraction",
    "bandwagon",
    "role-model",
    "applause",
    "conversation",
    "amplification",
    "information",
    "entertainment",
    "parasocial",
];

struct Checker<'a> {
    content: &'a Content,
    quiz: &'a Instrument,
    chapter: Option<String>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn fail(&mut self, file: &'static str, entry: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            file,
            entry: entry.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, file: &'static str, entry: &str, text: &Bilingual) {
        for lang in text.missing_langs() {
            self.fail(file, entry, format!("missing {} text", lang.code()));
        }
        for value in [&text.id, &text.en] {
            for slug in term_slugs(value) {
                if self.content.term(slug).is_none() {
                    self.fail(file, entry, format!("links unknown glossary term `{slug}`"));
                }
            }
        }
    }

    fn texts(&mut self, file: &'static str, entry: &str, texts: &[Bilingual]) {
        if texts.is_empty() {
            self.fail(file, entry, "is empty");
        }
        for (i, text) in texts.iter().enumerate() {
            self.text(file, &format!("{entry}[{i}]"), text);
        }
    }

    fn section(&mut self, file: &'static str, entry: &str, section: &str) {
        if !SECTIONS.contains(&section) {
            self.fail(
                file,
                entry,
                format!("unknown Chapter V section `{section}`"),
            );
        }
    }

    fn quote(&mut self, file: &'static str, entry: &str, quote: &Option<Quote>) {
        let Some(quote) = quote else { return };
        self.section(file, entry, &quote.section);
        if let Some(chapter) = &self.chapter {
            if !chapter.contains(&normalise(&quote.text)) {
                self.fail(file, entry, "quotation is not verbatim in Chapter V");
            }
        }
    }

    fn url(&mut self, file: &'static str, entry: &str, url: &str) {
        if !url.starts_with("https://") || url.contains(char::is_whitespace) {
            self.fail(file, entry, format!("`{url}` is not an https URL"));
        }
    }
}

/// Collapses whitespace so quotations match the chapter across its line breaks.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every problem in `content` and `quiz`. With `chapter` (the text of Chapter V),
/// quotations are checked to be verbatim.
pub fn validate(content: &Content, quiz: &Instrument, chapter: Option<&str>) -> Vec<Problem> {
    let mut c = Checker {
        content,
        quiz,
        chapter: chapter.map(normalise),
        problems: Vec::new(),
    };
    check_findings(&mut c);
    check_cards(&mut c);
    check_study(&mut c);
    check_quiz(&mut c);
    c.problems
}

fn check_findings(c: &mut Checker) {
    check_families(c);
    check_finding_entries(c);
    check_actions(c);
    check_pages(c);
}

/// Every family has its text and every node of its diagram a finding filed under it.
fn check_families(c: &mut Checker) {
    const F: &str = "findings.json";
    for family in Family::ALL {
        match c.content.family(family.slug()) {
            None => c.fail(F, format!("families[{}]", family.slug()), "missing"),
            Some(text) => {
                let e = format!("families[{}]", text.slug);
                c.section(F, &e, &text.section);
                c.text(F, &format!("{e}.title"), &text.title);
                c.texts(F, &format!("{e}.intro"), &text.intro);
                c.quote(F, &e, &text.quote);
            }
        }
        for node in family.nodes() {
            match c.content.finding(node) {
                None => c.fail(
                    F,
                    format!("findings[{node}]"),
                    format!("route #/{}/{node} points nowhere", family.slug()),
                ),
                Some(f) if f.family != family => c.fail(
                    F,
                    format!("findings[{node}].family"),
                    format!("should be `{}`", family.slug()),
                ),
                Some(_) => {}
            }
        }
    }
}

/// Each finding: a stable route, a known section and theory, texts in both languages.
fn check_finding_entries(c: &mut Checker) {
    const F: &str = "findings.json";
    for f in c.content.findings.findings.iter() {
        let e = format!("findings[{}]", f.slug);
        if Family::of_node(&f.slug).is_none() {
            c.fail(F, &e, "has no stable route");
        }
        c.section(F, &e, &f.section);
        for (name, text) in [
            ("title", &f.title),
            ("short", &f.short),
            ("summary", &f.summary),
        ] {
            c.text(F, &format!("{e}.{name}"), text);
        }
        c.texts(F, &format!("{e}.body"), &f.body);
        for facet in f.facets.iter() {
            let fe = format!("{e}.facets[{}]", facet.slug);
            c.text(F, &fe, &facet.label);
            if let Some(detail) = &facet.detail {
                c.text(F, &format!("{fe}.detail"), detail);
            }
            for child in facet.children.iter() {
                c.text(F, &format!("{fe}.children[{}]", child.slug), &child.label);
            }
        }
        c.quote(F, &e, &f.quote);
        if c.content.theory(&f.theory).is_none() {
            c.fail(
                F,
                format!("{e}.theory"),
                format!("unknown theory `{}`", f.theory),
            );
        }
    }
}

/// Each action belongs to an interaction form and says why, in both languages.
fn check_actions(c: &mut Checker) {
    const F: &str = "findings.json";
    for a in c.content.findings.actions.iter() {
        let e = format!("actions[{}]", a.slug);
        if !Family::Interactions.nodes().contains(&a.form.as_ref()) {
            c.fail(F, &e, format!("unknown interaction form `{}`", a.form));
        }
        c.text(F, &format!("{e}.label"), &a.label);
        c.text(F, &format!("{e}.why"), &a.why);
    }
}

/// The three pages of running text and the recommendations.
fn check_pages(c: &mut Checker) {
    const F: &str = "findings.json";
    for slug in ["overview", "parasocial", "recommendations"] {
        if c.content.page(slug).is_none() {
            c.fail(F, format!("pages[{slug}]"), "missing");
        }
    }
    for p in c.content.findings.pages.iter() {
        let e = format!("pages[{}]", p.slug);
        c.section(F, &e, &p.section);
        c.text(F, &format!("{e}.title"), &p.title);
        c.texts(F, &format!("{e}.body"), &p.body);
        c.quote(F, &e, &p.quote);
    }
    for r in c.content.findings.recommendations.iter() {
        let e = format!("recommendations[{}]", r.slug);
        c.section(F, &e, &r.section);
        c.text(F, &format!("{e}.title"), &r.title);
        c.texts(F, &format!("{e}.points"), &r.points);
        c.quote(F, &e, &r.quote);
    }
}

fn check_cards(c: &mut Checker) {
    for t in c.content.theories.iter() {
        let e = format!("theories[{}]", t.slug);
        c.text("theories.json", &format!("{e}.name"), &t.name);
        c.text("theories.json", &format!("{e}.summary"), &t.summary);
        c.text(
            "theories.json",
            &format!("{e}.use_in_chapter"),
            &t.use_in_chapter,
        );
        c.section("theories.json", &e, &t.section);
        for cite in t.citations.iter() {
            if c.content.reference(cite).is_none() {
                c.fail(
                    "theories.json",
                    &e,
                    format!("cites unknown reference `{cite}`"),
                );
            }
        }
    }
    for t in c.content.glossary.iter() {
        let e = format!("terms[{}]", t.slug);
        c.text("glossary.json", &format!("{e}.term"), &t.term);
        c.text("glossary.json", &format!("{e}.definition"), &t.definition);
        if let Some(theory) = &t.theory {
            if c.content.theory(theory).is_none() {
                c.fail("glossary.json", &e, format!("unknown theory `{theory}`"));
            }
        }
    }
    for r in c.content.references.iter() {
        let e = format!("references[{}]", r.slug);
        if r.apa.trim().is_empty() {
            c.fail("references.json", &e, "empty APA text");
        }
        if let Some(url) = &r.url {
            c.url("references.json", &e, url);
        }
    }
}

fn check_study(c: &mut Checker) {
    const F: &str = "study.json";
    let s = &c.content.study;
    for (name, text) in [
        ("title_translation", &s.title_translation),
        ("institution", &s.institution),
        ("method", &s.method),
        ("informants", &s.informants),
        (
            "micro_influencer_definition",
            &s.micro_influencer_definition,
        ),
        ("aim", &s.aim),
    ] {
        c.text(F, name, text);
    }
    c.texts(F, "does_not_claim", &s.does_not_claim);
    c.texts(F, "unknowns", &s.unknowns);
    if c.content.reference(&s.reference).is_none() {
        c.fail(
            F,
            "reference",
            format!("unknown reference `{}`", s.reference),
        );
    }
    for url in s.sources.iter() {
        c.url(F, "sources", url);
    }
}

fn check_quiz(c: &mut Checker) {
    const F: &str = "quiz.json";
    let q = c.quiz;
    c.text(F, "disclaimer", &q.disclaimer);
    c.text(F, "intro", &q.intro);
    c.text(F, "reflection", &q.reflection);
    for (name, scale) in [
        ("agreement", &q.scales.agreement),
        ("frequency", &q.scales.frequency),
    ] {
        if scale.len() != 5 {
            c.fail(F, format!("scales.{name}"), "needs five labels");
        }
        c.texts(F, &format!("scales.{name}"), scale);
    }
    let slugs: Vec<&str> = q.constructs.iter().map(|k| k.slug.as_ref()).collect();
    if slugs != CONSTRUCTS {
        c.fail(
            F,
            "constructs",
            format!("must be {CONSTRUCTS:?} in order, found {slugs:?}"),
        );
    }
    for k in q.constructs.iter() {
        let e = format!("constructs[{}]", k.slug);
        if !(4..=6).contains(&k.items.len()) {
            c.fail(F, &e, format!("has {} items; needs 4 to 6", k.items.len()));
        }
        if c.content.finding(&k.finding).is_none() && k.finding != "parasocial" {
            c.fail(F, &e, format!("maps onto unknown finding `{}`", k.finding));
        }
        c.text(F, &format!("{e}.label"), &k.label);
        for item in k.items.iter() {
            c.text(F, &format!("{e}.items[{}]", item.slug), &item.text);
        }
        for (band, text) in [
            ("high", &k.bands.high),
            ("middle", &k.bands.middle),
            ("low", &k.bands.low),
        ] {
            c.text(F, &format!("{e}.bands.{band}"), text);
        }
    }
}
