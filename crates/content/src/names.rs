//! One name per finding. Each finding has one short name (`Friends follow too`) and the
//! technical term Chapter V uses for it (`bandwagon effect`). Everything that names the
//! finding uses the pair the same way: its heading (and so the pagers and page titles) is
//! made from them, and the check below holds its glossary entry, the quiz construct that
//! maps onto it and the quiz parts that are its facets to them. A student revising for an
//! exam meets one name, not four.

use crate::instrument::{Construct, Instrument};
use crate::lang::Lang;
use crate::model::Finding;
use crate::validate::Problem;
use crate::Content;

/// Between a finding's name and its technical term in a heading.
pub const SEPARATOR: &str = " · ";

/// The heading of a finding called `name` whose technical term is `term`: the name alone
/// when the term is the same words (`Role model`), otherwise `name · term`.
pub fn heading(name: &str, term: &str) -> String {
    if same_words(name, term) {
        name.to_string()
    } else {
        format!("{name}{SEPARATOR}{term}")
    }
}

/// Whether a glossary entry's words (`Applause (interaksi singkat)`) name `term`, as the
/// entry itself or as its parenthesised gloss.
pub fn names_term(entry: &str, term: &str) -> bool {
    let (main, gloss) = match entry.split_once(" (") {
        Some((main, rest)) => (main, rest.strip_suffix(')')),
        None => (entry, None),
    };
    same_words(main, term) || gloss.is_some_and(|g| same_words(g, term))
}

/// The same words whatever their case. Names and terms are plain Latin letters, and ASCII
/// folding keeps Unicode's case tables out of the app, which builds headings with it.
fn same_words(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Every place where a finding's names disagree.
pub fn problems(content: &Content, quiz: &Instrument) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut fail = |file: &'static str, entry: String, message: String| {
        out.push(Problem {
            file,
            entry,
            message,
        })
    };
    for f in content.findings.findings.iter() {
        let e = format!("findings[{}]", f.slug);
        for other in content.findings.findings.iter() {
            if other.slug < f.slug
                && Lang::ALL
                    .iter()
                    .any(|l| same_words(other.short.get(*l), f.short.get(*l)))
            {
                fail(
                    "findings.json",
                    format!("{e}.short"),
                    format!("is also the name of finding `{}`", other.slug),
                );
            }
        }
        glossary_entry(content, f, &mut fail);
        // A reader of one language finds the entry by that language's words alone.
        for t in content.glossary.iter() {
            if names_term(&t.term.id, &f.term.id) && !names_term(&t.term.en, &f.term.en) {
                fail(
                    "glossary.json",
                    format!("terms[{}].term", t.slug),
                    format!(
                        "names the technical term “{}” of finding `{}` in Indonesian but not “{}” (en)",
                        f.term.id, f.slug, f.term.en
                    ),
                );
            }
        }
    }
    for k in quiz.constructs.iter() {
        if let Some(f) = content.finding(&k.finding) {
            construct_names(k, f, &mut fail);
        }
    }
    out
}

/// A technical term that is not the finding's name is explained in the glossary, by an
/// entry that names it in both languages.
fn glossary_entry(
    content: &Content,
    f: &Finding,
    fail: &mut impl FnMut(&'static str, String, String),
) {
    let Some(entry) = content.term_of_finding(f) else {
        if !same_words(&f.short.en, &f.term.en) {
            fail(
                "findings.json",
                format!("findings[{}].term", f.slug),
                format!("“{}” has no glossary entry that names it (en)", f.term.en),
            );
        }
        return;
    };
    if !names_term(&entry.term.id, &f.term.id) {
        fail(
            "glossary.json",
            format!("terms[{}].term", entry.slug),
            format!(
                "names finding `{}` but not its technical term “{}” (id)",
                f.slug, f.term.id
            ),
        );
    }
}

/// A construct that maps onto a finding carries its heading; its parts, its facets' names.
fn construct_names(
    k: &Construct,
    f: &Finding,
    fail: &mut impl FnMut(&'static str, String, String),
) {
    let e = format!("constructs[{}]", k.slug);
    // A missing text is reported as such; comparing with it would only repeat that.
    let complete = |lang: Lang| {
        [&k.label, &f.short, &f.term]
            .iter()
            .all(|t| !t.get(lang).trim().is_empty())
    };
    for lang in Lang::ALL.into_iter().filter(|l| complete(*l)) {
        let (label, heading) = (k.label.get(lang), f.heading(lang));
        if label != heading {
            fail(
                "quiz.json",
                format!("{e}.label"),
                format!(
                    "must be “{heading}”, the name of finding `{}` ({})",
                    f.slug,
                    lang.code()
                ),
            );
        }
    }
    for part in k.parts() {
        let Some(facet) = f.facets.iter().find(|x| x.slug == part.slug) else {
            continue; // the content check reports a part that is no facet
        };
        for lang in Lang::ALL {
            if part.label.get(lang) != facet.label.get(lang) {
                fail(
                    "quiz.json",
                    format!("{e}.parts[{}].label", part.slug),
                    format!(
                        "must be “{}”, the name of the facet ({})",
                        facet.label.get(lang),
                        lang.code()
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_adds_the_term_only_when_it_says_something_else() {
        assert_eq!(
            heading("Friends follow too", "bandwagon effect"),
            "Friends follow too · bandwagon effect"
        );
        assert_eq!(heading("Role model", "role model"), "Role model");
    }

    #[test]
    fn a_glossary_entry_names_the_term_itself_or_in_its_gloss() {
        assert!(names_term("Applause (interaksi singkat)", "applause"));
        assert!(names_term(
            "Rangsangan emosi positif (positive emotional arousal)",
            "positive emotional arousal"
        ));
        assert!(names_term("Bandwagon effect", "bandwagon effect"));
        assert!(!names_term("Interpersonal attraction", "personal appeal"));
    }
}
