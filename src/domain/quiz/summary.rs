//! The one-sentence summary that opens the results: the first place of each family at a
//! glance, named, with ties kept (a long tie is shortened to "and N more"). It names only
//! results that have a score, so it never says more than the answers do.

use super::glance::{glance, row_label, GLANCE_FAMILIES};
use super::instrument::Instrument;
use super::scoring::ConstructScore;
use crate::domain::i18n::{quiz as q, Tr};
use crate::domain::lang::Lang;

/// How many tied names the sentence spells out before "and N more".
const NAMED: usize = 2;

/// `names` as a list in `lang`: "A", "A and B", "A, B and 3 more".
pub fn join_names(names: &[String], lang: Lang) -> String {
    let and = q::AND.get(lang);
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} {and} {b}"),
        _ => {
            let more = q::AND_MORE.fill(lang, &[&(names.len() - NAMED).to_string()]);
            format!("{}{more}", names[..NAMED].join(", "))
        }
    }
}

/// The summary sentence in `lang`, given each family's name (in the order of
/// [`GLANCE_FAMILIES`]).
pub fn summary(
    scores: &[ConstructScore],
    instrument: &Instrument,
    lang: Lang,
    families: [Tr; 3],
) -> String {
    let pieces: Vec<String> = GLANCE_FAMILIES
        .iter()
        .zip(families)
        .filter_map(|(family, name)| {
            let first: Vec<String> = glance(scores, *family)
                .iter()
                .filter(|row| row.rank == Some(1))
                .map(|row| row_label(row, instrument, lang))
                .collect();
            (!first.is_empty()).then(|| {
                let names = join_names(&first, lang);
                q::SUMMARY_AMONG.fill(lang, &[&names, &name.get(lang).to_lowercase()])
            })
        })
        .collect();
    if pieces.is_empty() {
        q::SUMMARY_NONE.get(lang).to_string()
    } else {
        q::SUMMARY.fill(lang, &[&pieces.join("; ")])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("N{i}")).collect()
    }

    #[test]
    fn lists_read_naturally_in_both_languages() {
        assert_eq!(join_names(&names(1), Lang::En), "N1");
        assert_eq!(join_names(&names(2), Lang::En), "N1 and N2");
        assert_eq!(join_names(&names(2), Lang::Id), "N1 dan N2");
        assert_eq!(join_names(&names(4), Lang::En), "N1, N2 and 2 more");
        assert_eq!(join_names(&names(3), Lang::Id), "N1, N2, dan 1 lainnya");
    }
}
