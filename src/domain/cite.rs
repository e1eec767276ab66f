//! Citations of the explainer and of the study, in APA 7 and BibTeX.

use super::content::model::Study;

/// The explainer's title, as cited.
pub const EXPLAINER_TITLE: &str =
    "Why followers follow micro influencers: Findings from 12 interviews";
/// The year of this version of the explainer.
pub const EXPLAINER_YEAR: &str = "2026";

/// APA 7 citation of the explainer at `url`.
pub fn explainer_apa(url: &str) -> String {
    format!("Micro Influencer Explainer contributors. ({EXPLAINER_YEAR}). *{EXPLAINER_TITLE}* [Interactive web explainer]. {url}")
}

/// BibTeX entry of the explainer at `url`.
pub fn explainer_bibtex(url: &str) -> String {
    format!(
        "@misc{{micro_influencer_explainer_{EXPLAINER_YEAR},\n  author = {{{{Micro Influencer Explainer contributors}}}},\n  title = {{{EXPLAINER_TITLE}}},\n  year = {{{EXPLAINER_YEAR}}},\n  howpublished = {{\\url{{{url}}}}},\n  note = {{Interactive web explainer}}\n}}"
    )
}

/// "Family, I. I." for APA from a full name (given names first).
fn apa_name(full: &str) -> String {
    let parts: Vec<&str> = full.split_whitespace().collect();
    let Some((family, given)) = parts.split_last() else {
        return String::new();
    };
    let initials: Vec<String> = given
        .iter()
        .map(|g| {
            let first = g.trim_end_matches('.').chars().next().unwrap_or(' ');
            format!("{first}.")
        })
        .collect();
    format!("{family}, {}", initials.join(" "))
}

/// BibTeX "Family, Given" form.
fn bibtex_name(full: &str) -> String {
    match full.rsplit_once(' ') {
        Some((given, family)) => format!("{family}, {given}"),
        None => full.to_string(),
    }
}

/// BibTeX entry of the study's journal article.
pub fn study_bibtex(study: &Study) -> String {
    let authors: Vec<String> = study.authors.iter().map(|a| bibtex_name(a)).collect();
    format!(
        "@article{{hapsari2023memahami,\n  author = {{{}}},\n  title = {{{}}},\n  journal = {{Interaksi Online}},\n  volume = {{11}},\n  number = {{1}},\n  year = {{2023}}\n}}",
        authors.join(" and "),
        study.title
    )
}

/// APA author list ("A, B., & C, D.") from full names; used to check the stored reference.
pub fn apa_authors<S: AsRef<str>>(names: &[S]) -> String {
    let names: Vec<String> = names.iter().map(|n| apa_name(n.as_ref())).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}, & {}", init.join(", "), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apa_authors_use_initials_and_ampersand() {
        let names = [
            "Desynta Kurnia Hapsari",
            "S. Rouli Manalu",
            "Lintang Ratri Rahmiaji",
        ];
        assert_eq!(
            apa_authors(&names),
            "Hapsari, D. K., Manalu, S. R., & Rahmiaji, L. R."
        );
    }

    #[test]
    fn explainer_citations_carry_the_url() {
        assert!(explainer_apa("https://x.org/").ends_with("https://x.org/"));
        assert!(explainer_bibtex("https://x.org/").contains("\\url{https://x.org/}"));
    }
}
