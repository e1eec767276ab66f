//! Checks content like code: every text in both languages, every reference resolvable,
//! every quotation verbatim, every route backed by content.

use crate::claims::{
    family_names, misworded_citations, sentences, unattributed_influencer_states, uncited_authors,
    INFLUENCER_SIDE_NOTE,
};
use crate::instrument::{Bands, Construct, Instrument};
use crate::lang::Lang;
use crate::model::Quote;
use crate::taxonomy::Family;
use crate::text::{cited_slugs, plain_text, term_slugs, Bilingual};
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

/// Words that show a sentence reports research other than the study (besides a year such
/// as 1956). Such a sentence must cite its source with `[@reference|…]`. Matched
/// case-insensitively on the text without markup.
pub const OUTSIDE_RESEARCH_CUES: [(Lang, &str); 25] = [
    (Lang::En, "survey"),
    (Lang::En, "other research"),
    (Lang::En, "later work"),
    (Lang::En, "researchers"),
    (Lang::En, "media research"),
    (Lang::En, "meta-analy"),
    (Lang::En, "et al."),
    (Lang::En, "social media metrics"),
    (Lang::En, "social learning theory"),
    (Lang::En, "gratifications research"),
    (Lang::En, "gratifications terms"),
    (Lang::En, "gratifications approach"),
    (Lang::En, "in economics"),
    (Lang::Id, "survei"),
    (Lang::Id, "penelitian lain"),
    (Lang::Id, "kajian selanjutnya"),
    (Lang::Id, "para peneliti"),
    (Lang::Id, "kajian media"),
    (Lang::Id, "dkk."),
    (Lang::Id, "metrik media sosial"),
    (Lang::Id, "teori pembelajaran sosial"),
    (Lang::Id, "kajian uses and gratifications"),
    (Lang::Id, "kerangka uses and gratifications"),
    (Lang::Id, "pendekatan uses and gratifications"),
    (Lang::Id, "ilmu ekonomi"),
];

/// What a result text must never say: a fact about the reader's own influencer (the study
/// interviewed followers only), a ranking or statistic, or a label. Matched case-insensitively.
pub const FORBIDDEN_IN_RESULTS: [(Lang, &str); 22] = [
    (Lang::En, "the influencer does not"),
    (Lang::En, "does not feel the same"),
    (Lang::En, "doesn't feel the same"),
    (Lang::En, "felt by one side only"),
    (Lang::En, "is not returned"),
    (Lang::En, "does not reciprocate"),
    (Lang::En, "strongest"),
    (Lang::En, "most people"),
    (Lang::En, "percent"),
    (Lang::En, "%"),
    (Lang::En, "addicted"),
    (Lang::Id, "sang influencer tidak"),
    (Lang::Id, "influencer tidak merasakan"),
    (Lang::Id, "tidak dirasakan sama"),
    (Lang::Id, "tidak dirasakan sebaliknya"),
    (Lang::Id, "hanya dirasakan satu pihak"),
    (Lang::Id, "tidak berbalas"),
    (Lang::Id, "paling kuat"),
    (Lang::Id, "kebanyakan orang"),
    (Lang::Id, "persen"),
    (Lang::Id, "%"),
    (Lang::Id, "kecanduan"),
];

/// The forbidden phrases a result text in `lang` contains.
pub fn forbidden_assertions(text: &str, lang: Lang) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    FORBIDDEN_IN_RESULTS
        .iter()
        .filter(|(l, phrase)| *l == lang && lower.contains(phrase))
        .map(|(_, phrase)| *phrase)
        .collect()
}

/// The sentences of `text` that report other research without citing it.
pub fn uncited_research(text: &str, lang: Lang) -> Vec<&str> {
    sentences(text)
        .into_iter()
        .filter(|sentence| cited_slugs(sentence).is_empty())
        .filter(|sentence| {
            let lower = plain_text(sentence).to_lowercase();
            has_year(sentence)
                || OUTSIDE_RESEARCH_CUES
                    .iter()
                    .any(|(l, cue)| *l == lang && lower.contains(cue))
        })
        .collect()
}

/// Whether `text` holds a year from 1900 to 2099 standing alone (not part of 15.000 or 2023a).
fn has_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3)).any(|i| {
        let digits = bytes[i..i + 4].iter().all(u8::is_ascii_digit);
        let century = matches!(&bytes[i..i + 2], b"19" | b"20");
        let alone = |at: Option<&u8>| at.is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'.');
        digits && century && alone(i.checked_sub(1).map(|j| &bytes[j])) && alone(bytes.get(i + 4))
    })
}

struct Checker<'a> {
    content: &'a Content,
    quiz: &'a Instrument,
    chapter: Option<String>,
    /// Family names of the authors of every reference but the study's own.
    authors: Vec<String>,
    problems: Vec<Problem>,
}

/// Whether `entry` is a heading or a name, which can not carry an attribution; the running
/// text under it does.
fn is_heading(entry: &str) -> bool {
    [".title", ".short", ".term", ".name", ".label"]
        .iter()
        .any(|suffix| entry.ends_with(suffix))
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
            for slug in cited_slugs(value) {
                if self.content.reference(slug).is_none() {
                    self.fail(file, entry, format!("cites unknown reference `{slug}`"));
                }
            }
        }
        for lang in Lang::ALL {
            for sentence in uncited_research(text.get(lang), lang) {
                self.fail(
                    file,
                    entry,
                    format!(
                        "reports other research without citing it with [@reference|…] ({}): “{}”",
                        lang.code(),
                        sentence.trim()
                    ),
                );
            }
        }
        self.claims(file, entry, text);
    }

    /// What a text may only say with its source: what an influencer feels (in the reading
    /// pages' running text), an outside author's name; and "et al." for three or more authors.
    fn claims(&mut self, file: &'static str, entry: &str, text: &Bilingual) {
        let running_text = file != "quiz.json" && !is_heading(entry);
        let content = self.content;
        let authors_of = |slug: &str| content.reference(slug).map(|r| family_names(&r.apa).len());
        let mut found = Vec::new();
        for lang in Lang::ALL {
            let (value, code) = (text.get(lang), lang.code());
            if running_text {
                for sentence in unattributed_influencer_states(value, lang) {
                    found.push(format!("says what an influencer feels without naming Chapter V or a theory ({code}): “{}”", sentence.trim()));
                }
            }
            for (sentence, name) in uncited_authors(value, &self.authors) {
                found.push(format!(
                    "names {name} without citing the work with [@reference|…] ({code}): “{}”",
                    sentence.trim()
                ));
            }
            for words in misworded_citations(value, lang, authors_of) {
                found.push(format!("cites “{words}”: three or more authors are “et al.” / “dkk.”, one or two are named ({code})"));
            }
        }
        for message in found {
            self.fail(file, entry, message);
        }
    }

    /// A high, middle and low result text.
    fn bands(&mut self, file: &'static str, entry: &str, bands: &Bands) {
        for (band, text) in [
            ("high", &bands.high),
            ("middle", &bands.middle),
            ("low", &bands.low),
        ] {
            self.result_text(file, &format!("{entry}.{band}"), text);
        }
    }

    /// A result text: a normal text that also must not assert what the answers can not show.
    fn result_text(&mut self, file: &'static str, entry: &str, text: &Bilingual) {
        self.text(file, entry, text);
        for lang in Lang::ALL {
            for phrase in forbidden_assertions(text.get(lang), lang) {
                self.fail(
                    file,
                    entry,
                    format!("result text says “{phrase}” ({})", lang.code()),
                );
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
        let words = quote.text.trim().trim_matches('…');
        if let Some(chapter) = &self.chapter {
            if !chapter.contains(&normalise(words)) {
                self.fail(file, entry, "quotation is not verbatim in Chapter V");
            }
        }
        // An excerpt that starts or stops mid-sentence says so with "…".
        let text = quote.text.trim();
        let cut_start = words.starts_with(char::is_lowercase) && !text.starts_with('…');
        if cut_start {
            self.fail(
                file,
                entry,
                "quotation starts mid-sentence: begin it with “…”",
            );
        }
        let cut_end = !words.ends_with(['.', '!', '?']) && !text.ends_with('…');
        if cut_end {
            self.fail(file, entry, "quotation stops mid-sentence: end it with “…”");
        }
        // The gloss follows the quotation's ellipses; until those are right it can not.
        if !cut_start && !cut_end {
            self.gloss(file, entry, text, quote.gloss.trim());
        }
    }

    /// Our English translation of a quotation: there, not the Indonesian again, and cut
    /// where the quotation is cut.
    fn gloss(&mut self, file: &'static str, entry: &str, text: &str, gloss: &str) {
        if gloss.is_empty() {
            self.fail(file, entry, "quotation has no English gloss (`gloss`)");
        } else if gloss == text {
            self.fail(
                file,
                entry,
                "gloss repeats the quotation: give our English translation",
            );
        } else if text.starts_with('…') != gloss.starts_with('…')
            || text.ends_with('…') != gloss.ends_with('…')
        {
            self.fail(
                file,
                entry,
                "gloss must begin and end with “…” where the quotation does",
            );
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
    let mut authors: Vec<String> = content
        .references
        .iter()
        .filter(|r| r.slug != content.study.reference)
        .flat_map(|r| family_names(&r.apa))
        .map(str::to_string)
        .collect();
    authors.sort();
    authors.dedup();
    let mut c = Checker {
        content,
        quiz,
        chapter: chapter.map(normalise),
        authors,
        problems: Vec::new(),
    };
    check_findings(&mut c);
    check_cards(&mut c);
    check_study(&mut c);
    check_quiz(&mut c);
    c.problems.extend(crate::names::problems(content, quiz));
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
                    format!("page {}/{node}/ points nowhere", family.slug()),
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
            ("short", &f.short),
            ("term", &f.term),
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
    let sides = [
        (
            "pages[parasocial].body",
            c.content.page("parasocial").map(|p| &*p.body),
        ),
        (
            "families[interactions].intro",
            c.content.family("interactions").map(|f| &*f.intro),
        ),
    ];
    for (entry, texts) in sides {
        for (lang, note) in INFLUENCER_SIDE_NOTE {
            if !texts.is_some_and(|t| t.iter().any(|x| x.get(lang).contains(note))) {
                c.fail(
                    F,
                    entry,
                    format!("must say the influencer's side is theory, with “{note}”"),
                );
            }
        }
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
    let order_key = |apa: &str| plain_text(apa).to_lowercase();
    for pair in c.content.references.windows(2) {
        if order_key(&pair[1].apa) < order_key(&pair[0].apa) {
            c.fail(
                "references.json",
                format!("references[{}]", pair[1].slug),
                format!(
                    "is out of alphabetical order: it comes before `{}`",
                    pair[0].slug
                ),
            );
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
        if !(1..=q.version).contains(&k.since) {
            c.fail(
                F,
                &e,
                format!(
                    "since {} is not a quiz version up to {}",
                    k.since, q.version
                ),
            );
        }
        c.text(F, &format!("{e}.label"), &k.label);
        for item in k.items.iter() {
            c.text(F, &format!("{e}.items[{}]", item.slug), &item.text);
        }
        c.bands(F, &format!("{e}.bands"), &k.bands);
        check_parts(c, k);
    }
}

/// A construct reported as parts: each part a facet of its finding with at least two
/// statements, and every statement in exactly one known part.
fn check_parts(c: &mut Checker, k: &Construct) {
    const F: &str = "quiz.json";
    let e = format!("constructs[{}]", k.slug);
    let facets: Vec<&str> = c
        .content
        .finding(&k.finding)
        .map(|f| f.facets.iter().map(|x| x.slug.as_ref()).collect())
        .unwrap_or_default();
    for part in k.parts() {
        let pe = format!("{e}.parts[{}]", part.slug);
        if !facets.contains(&part.slug.as_ref()) {
            c.fail(F, &pe, format!("is not a facet of finding `{}`", k.finding));
        }
        let items = k
            .items
            .iter()
            .filter(|i| i.part.as_deref() == Some(part.slug.as_ref()));
        if items.count() < 2 {
            c.fail(F, &pe, "needs at least two statements");
        }
        c.text(F, &format!("{pe}.label"), &part.label);
        c.bands(F, &format!("{pe}.bands"), &part.bands);
    }
    for item in k.items.iter() {
        let known = |p: &str| k.parts().iter().any(|x| x.slug == p);
        match (&item.part, k.parts().is_empty()) {
            (None, true) => {}
            (Some(p), false) if known(p.as_ref()) => {}
            _ => c.fail(
                F,
                format!("{e}.items[{}]", item.slug),
                "must name one of its construct's parts, or none when it has none",
            ),
        }
    }
}
