//! Bilingual text and the tiny inline markup content files may use.
//!
//! Markup is parsed into segments, never into HTML, so content can not inject markup.

use crate::lang::Lang;
use crate::Text;

/// A text in both languages. Content files must give both. Written without
/// `content_struct!` for one reason: a reader built for one language gets only that
/// language's text ([`crate::emit::Out::only`]), so its `Emit` is its own.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "build",
    derive(serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Bilingual {
    /// Bahasa Indonesia.
    pub id: Text,
    /// English.
    pub en: Text,
}

#[cfg(feature = "build")]
impl crate::emit::Emit for Bilingual {
    fn emit(&self, out: &mut crate::emit::Out) {
        out.push_str("::explainer_content::text::Bilingual{");
        for (lang, name, text) in [(Lang::Id, "id", &self.id), (Lang::En, "en", &self.en)] {
            out.push_str(name);
            out.push_str(": ");
            // The kept text is written from its place in the content, which says its group.
            if out.keeps(lang) {
                text.emit(out);
            } else {
                Text::Static("").emit(out);
            }
            out.push(',');
        }
        out.push('}');
    }
}

impl Bilingual {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }

    /// The languages in which this text is missing (empty or blank).
    pub fn missing_langs(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|lang| self.get(*lang).trim().is_empty())
            .collect()
    }
}

/// One run of inline content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    /// Plain text.
    Text(&'a str),
    /// `*words*`: italic, for titles of works.
    Italic(&'a str),
    /// `[[slug|words]]`: words linking a glossary term.
    Term {
        /// The glossary slug.
        slug: &'a str,
        /// The words shown.
        text: &'a str,
    },
    /// `[@slug|words]`: a citation of the reference `slug`, e.g. `[@xu-2022|Xu et al., 2022]`.
    /// Sentences about research other than the study carry one (checked by the validator).
    Cite {
        /// The reference slug.
        slug: &'a str,
        /// The words shown.
        text: &'a str,
    },
}

/// The kinds of inline markup, by the marker that opens them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Marker {
    Term,
    Cite,
    Italic,
}

impl Marker {
    fn opening(self) -> &'static str {
        match self {
            Marker::Term => "[[",
            Marker::Cite => "[@",
            Marker::Italic => "*",
        }
    }

    /// Parses what follows the opening marker; `None` when it is not markup after all.
    fn parse(self, after: &str) -> Option<(Inline<'_>, usize)> {
        match self {
            Marker::Term => parse_link(after, "]]")
                .map(|(slug, text, used)| (Inline::Term { slug, text }, used)),
            Marker::Cite => {
                parse_link(after, "]").map(|(slug, text, used)| (Inline::Cite { slug, text }, used))
            }
            Marker::Italic => parse_italic(after),
        }
    }
}

/// The earliest markup marker in `rest`, with its position.
fn next_marker(rest: &str) -> Option<(usize, Marker)> {
    let mut next: Option<(usize, Marker)> = None;
    for marker in [Marker::Term, Marker::Cite, Marker::Italic] {
        if let Some(at) = rest.find(marker.opening()) {
            if next.is_none_or(|(best, _)| at < best) {
                next = Some((at, marker));
            }
        }
    }
    next
}

/// Splits `[[slug|words]]`, `[@slug|words]` and `*words*` out of a text. Unclosed markup
/// stays plain text.
pub fn parse_inline(source: &str) -> Vec<Inline<'_>> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some((start, marker)) = next_marker(rest) {
        let open = marker.opening().len();
        match marker.parse(&rest[start + open..]) {
            Some((inline, consumed)) => {
                if start > 0 {
                    out.push(Inline::Text(&rest[..start]));
                }
                out.push(inline);
                rest = &rest[start + open + consumed..];
            }
            None => {
                // Not markup after all: keep the marker as text and move past it.
                out.push(Inline::Text(&rest[..start + open]));
                rest = &rest[start + open..];
            }
        }
    }
    if !rest.is_empty() {
        out.push(Inline::Text(rest));
    }
    drop_empty_runs(out)
}

/// `slug|words` up to `close`: the slug, the words and the length used (with `close`).
fn parse_link<'a>(after: &'a str, close: &str) -> Option<(&'a str, &'a str, usize)> {
    let end = after.find(close)?;
    let inner = &after[..end];
    let (slug, text) = inner.split_once('|')?;
    if slug.is_empty() || text.is_empty() || inner.contains('[') {
        return None;
    }
    Some((slug, text, end + close.len()))
}

fn parse_italic(after: &str) -> Option<(Inline<'_>, usize)> {
    let end = after.find('*')?;
    if end == 0 {
        return None;
    }
    Some((Inline::Italic(&after[..end]), end + 1))
}

fn drop_empty_runs(parts: Vec<Inline<'_>>) -> Vec<Inline<'_>> {
    // Adjacent text runs come from rejected markers; keeping them separate is harmless
    // (they render side by side), so only empty runs are dropped.
    parts
        .into_iter()
        .filter(|part| !matches!(part, Inline::Text(t) if t.is_empty()))
        .collect()
}

/// The text without markup, for titles, alt text and search.
pub fn plain_text(source: &str) -> String {
    parse_inline(source)
        .into_iter()
        .map(|part| match part {
            Inline::Text(t) | Inline::Italic(t) => t,
            Inline::Term { text, .. } | Inline::Cite { text, .. } => text,
        })
        .collect()
}

/// The reference slugs a text cites.
pub fn cited_slugs(source: &str) -> Vec<&str> {
    parse_inline(source)
        .into_iter()
        .filter_map(|part| match part {
            Inline::Cite { slug, .. } => Some(slug),
            _ => None,
        })
        .collect()
}

/// The glossary slugs a text links to.
pub fn term_slugs(source: &str) -> Vec<&str> {
    parse_inline(source)
        .into_iter()
        .filter_map(|part| match part {
            Inline::Term { slug, .. } => Some(slug),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_terms_and_italics() {
        let parts = parse_inline("A [[parasocial-relationship|parasocial bond]] in *Psychiatry*.");
        assert_eq!(
            parts,
            vec![
                Inline::Text("A "),
                Inline::Term {
                    slug: "parasocial-relationship",
                    text: "parasocial bond"
                },
                Inline::Text(" in "),
                Inline::Italic("Psychiatry"),
                Inline::Text("."),
            ]
        );
    }

    #[test]
    fn unclosed_markup_stays_text() {
        assert_eq!(plain_text("5 * 3 and [[x"), "5 * 3 and [[x");
        assert_eq!(plain_text("[[no-pipe]] ok"), "[[no-pipe]] ok");
        assert_eq!(plain_text("**"), "**");
    }

    #[test]
    fn plain_text_drops_markers() {
        assert_eq!(plain_text("see [[a|this]] *now*"), "see this now");
        assert_eq!(term_slugs("[[a|x]] and [[b|y]]"), vec!["a", "b"]);
    }

    #[test]
    fn parses_citations_beside_terms() {
        let parts = parse_inline("A survey ([@xu-2022|Xu et al., 2022]) on [[a|b]].");
        assert_eq!(
            parts,
            vec![
                Inline::Text("A survey ("),
                Inline::Cite {
                    slug: "xu-2022",
                    text: "Xu et al., 2022"
                },
                Inline::Text(") on "),
                Inline::Term {
                    slug: "a",
                    text: "b"
                },
                Inline::Text("."),
            ]
        );
        assert_eq!(cited_slugs("[@a|x] and [@b|y]"), vec!["a", "b"]);
        assert_eq!(plain_text("[@no-pipe] [@x"), "[@no-pipe] [@x");
    }

    #[test]
    fn reports_missing_languages() {
        let text = Bilingual {
            id: " ".into(),
            en: "x".into(),
        };
        assert_eq!(text.missing_langs(), vec![Lang::Id]);
    }
}
