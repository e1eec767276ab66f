//! Claims the reading pages may only make with their source named: what an influencer
//! feels (the study interviewed followers only, so such a sentence says it is Chapter V's
//! conclusion or a theory's), and what outside authors wrote (a sentence naming one cites
//! the work). Also the form of in-text citations: "et al." / "dkk." for three or more authors.

use crate::lang::Lang;
use crate::text::{parse_inline, plain_text, Inline};

/// Words showing that a sentence states what an influencer (or a media figure) feels.
/// Matched case-insensitively on the text without markup.
pub const INFLUENCER_STATE_CUES: [(Lang, &str); 16] = [
    (Lang::En, "influencer does not feel"),
    (Lang::En, "influencer doesn't feel"),
    (Lang::En, "figure does not feel"),
    (Lang::En, "does not feel the same"),
    (Lang::En, "does not feel that closeness"),
    (Lang::En, "from one side only"),
    (Lang::En, "felt by one side"),
    (Lang::En, "stays one-sided"),
    (Lang::Id, "tidak dirasakan sebaliknya"),
    (Lang::Id, "tidak dirasakan dengan cara yang sama"),
    (Lang::Id, "tidak merasakan kedekatan"),
    (Lang::Id, "tidak merasakan hal yang sama"),
    (Lang::Id, "dari satu pihak"),
    (Lang::Id, "dirasakan satu pihak"),
    (Lang::Id, "tetap sepihak"),
    (Lang::Id, "tidak merasakan perasaan"),
];

/// Words that attribute a sentence to Chapter V or to a theory; a `[@…]` citation counts too.
pub const ATTRIBUTIONS: [(Lang, &str); 6] = [
    (Lang::En, "chapter v"),
    (Lang::En, "section 5."),
    (Lang::En, "theory"),
    (Lang::Id, "bab v"),
    (Lang::Id, "bagian 5."),
    (Lang::Id, "teori"),
];

/// The words that say, where the interactions are introduced and on the parasocial page,
/// that the influencer's side is theory as Chapter V applies it, not something the
/// informants (all followers) could report.
pub const INFLUENCER_SIDE_NOTE: [(Lang, &str); 2] = [
    (Lang::Id, "bukan pada wawancara dengan influencer"),
    (Lang::En, "not on interviews with influencers"),
];

/// The sentences of `text`: it breaks after ". " only before a capital letter, a digit,
/// markup or a quotation mark, so "dkk. (1985)" and "et al. (2022)" stay inside their sentence.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices(". ") {
        let next = text[at + 2..].chars().next();
        if next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "[*“\"".contains(c)) {
            out.push(&text[start..at + 1]);
            start = at + 2;
        }
    }
    out.push(&text[start..]);
    out
}

/// The sentences of `text` that state what an influencer feels without saying whose
/// conclusion it is.
pub fn unattributed_influencer_states(text: &str, lang: Lang) -> Vec<&str> {
    sentences(text)
        .into_iter()
        .filter(|sentence| {
            let plain = plain_text(sentence).to_lowercase();
            let says = |list: &[(Lang, &str)]| {
                list.iter()
                    .any(|(l, cue)| *l == lang && plain.contains(cue))
            };
            says(&INFLUENCER_STATE_CUES) && !says(&ATTRIBUTIONS) && !sentence.contains("[@")
        })
        .collect()
}

/// The sentences of `text` that name one of `authors` without citing anything.
pub fn uncited_authors<'a>(text: &'a str, authors: &[String]) -> Vec<(&'a str, String)> {
    sentences(text)
        .into_iter()
        .filter(|sentence| !sentence.contains("[@"))
        .filter_map(|sentence| {
            let plain = plain_text(sentence);
            authors
                .iter()
                .find(|name| names_word(&plain, name))
                .map(|name| (sentence, name.clone()))
        })
        .collect()
}

/// Whether `name` stands in `text` as a word of its own ("Xu", not "Xuan").
fn names_word(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The authors' family names of an APA reference (`Katz, E., Blumler, J. G., & Gurevitch,
/// M. (1973). …` gives Katz, Blumler, Gurevitch).
pub fn family_names(apa: &str) -> Vec<&str> {
    let authors = apa.split(" (").next().unwrap_or("");
    authors
        .split("., ")
        .filter_map(|person| person.trim_start_matches("& ").split(", ").next())
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .collect()
}

/// The in-text citations of `text` whose words break APA 7's rule for `authors_of` the
/// cited work: "et al." (English) or "dkk." (Indonesian) for three or more authors, the
/// names themselves for one or two.
pub fn misworded_citations(
    text: &str,
    lang: Lang,
    authors_of: impl Fn(&str) -> Option<usize>,
) -> Vec<&str> {
    let short = match lang {
        Lang::En => "et al.",
        Lang::Id => "dkk.",
    };
    parse_inline(text)
        .into_iter()
        .filter_map(|part| match part {
            Inline::Cite { slug, text } => Some((slug, text)),
            _ => None,
        })
        .filter(|(slug, words)| authors_of(slug).is_some_and(|n| (n >= 3) != words.contains(short)))
        .map(|(_, words)| words)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_do_not_break_inside_citations() {
        assert_eq!(
            sentences("Skala disusun [@rubin-1985|Rubin dkk. (1985)] dan lainnya. Bab V lain."),
            vec![
                "Skala disusun [@rubin-1985|Rubin dkk. (1985)] dan lainnya.",
                "Bab V lain."
            ]
        );
    }

    #[test]
    fn an_influencers_feeling_needs_chapter_v_or_a_theory() {
        let bare =
            "Followers feel close. But the influencer does not feel that closeness in return.";
        assert_eq!(
            unattributed_influencer_states(bare, Lang::En),
            vec!["But the influencer does not feel that closeness in return."]
        );
        let owned =
            "But according to Chapter V, the influencer does not feel that closeness in return.";
        assert!(unattributed_influencer_states(owned, Lang::En).is_empty());
        let id = "Namun, kedekatan itu tidak dirasakan sebaliknya oleh sang influencer.";
        assert_eq!(unattributed_influencer_states(id, Lang::Id).len(), 1);
        let theory = "Menurut teori hubungan parasosial, kedekatan itu tidak dirasakan sebaliknya.";
        assert!(unattributed_influencer_states(theory, Lang::Id).is_empty());
    }

    #[test]
    fn naming_an_author_needs_a_citation() {
        let authors = vec!["Bandura".to_string(), "Xu".to_string()];
        assert_eq!(
            uncited_authors("The idea was developed by Bandura. Xuan agreed.", &authors),
            vec![("The idea was developed by Bandura.", "Bandura".to_string())]
        );
        assert!(
            uncited_authors("Developed by [@bandura-1977|Bandura (1977)].", &authors).is_empty()
        );
    }

    #[test]
    fn family_names_come_from_the_apa_author_list() {
        let katz =
            "Katz, E., Blumler, J. G., & Gurevitch, M. (1973). Uses and gratifications research.";
        assert_eq!(family_names(katz), vec!["Katz", "Blumler", "Gurevitch"]);
        let xu = "Xu, Y., Vanden Abeele, M., Hou, M., & Antheunis, M. (2022). Do parasocial…";
        assert_eq!(
            family_names(xu),
            vec!["Xu", "Vanden Abeele", "Hou", "Antheunis"]
        );
        assert_eq!(
            family_names("Rakhmat, J. (2007). *Psikologi komunikasi*."),
            vec!["Rakhmat"]
        );
    }

    #[test]
    fn three_authors_are_cited_with_et_al() {
        let count = |slug: &str| Some(if slug == "katz-1973" { 3 } else { 2 });
        let text =
            "([@katz-1973|Katz, Blumler, & Gurevitch, 1973]) and ([@horton|Horton & Wohl, 1956])";
        assert_eq!(
            misworded_citations(text, Lang::En, count),
            vec!["Katz, Blumler, & Gurevitch, 1973"]
        );
        assert!(misworded_citations("([@katz-1973|Katz dkk., 1973])", Lang::Id, count).is_empty());
        assert_eq!(
            misworded_citations("([@horton|Horton dkk., 1956])", Lang::Id, count),
            vec!["Horton dkk., 1956"]
        );
    }
}
