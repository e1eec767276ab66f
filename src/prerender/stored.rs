//! The groups' files of each reader's stored texts (`explainer_content::stored`), which
//! `build.rs` wrote for both languages, written next to each reader, and the copies of the
//! groups a page needs (`domain::content::needs`) that its head carries ([`inline`]), so a
//! page opened directly has them with its HTML and hydrates without another request. The
//! page's HTML shows most of those texts already, so their copy costs little once the page
//! is compressed (far less than the files: 3 KB less for the references page); the files
//! serve the moves within the app, and a copy that is damaged.

use crate::domain::address::{Document, PageAddress};
use crate::domain::content::{needs, Expect, Group};
use crate::domain::lang::Lang;

/// The text of `group`'s file in `lang`.
fn text(lang: Lang, group: Group) -> &'static str {
    macro_rules! file {
        ($group:literal) => {
            match lang {
                Lang::Id => {
                    include_str!(concat!(env!("OUT_DIR"), "/text-id-", $group, ".txt"))
                }
                Lang::En => {
                    include_str!(concat!(env!("OUT_DIR"), "/text-en-", $group, ".txt"))
                }
            }
        };
    }
    match group {
        Group::Motivations => file!("motivations"),
        Group::MotivationsTheories => file!("motivations-theories"),
        Group::Interactions => file!("interactions"),
        Group::InteractionsTheories => file!("interactions-theories"),
        Group::Benefits => file!("benefits"),
        Group::BenefitsTheories => file!("benefits-theories"),
        Group::Actions => file!("actions"),
        Group::Parasocial => file!("parasocial"),
        Group::ParasocialTheories => file!("parasocial-theories"),
        Group::Recommendations => file!("recommendations"),
        Group::Study => file!("study"),
        Group::References => file!("references"),
    }
}

/// The path of `group`'s file in `lang` from the site root (`reader-en/text-en-…txt`).
pub fn path(lang: Lang, group: Group) -> String {
    let text = text(lang, group);
    let folder = Document::Reader.app_folder(lang);
    format!("{folder}{}", Expect::of(text).file_name(lang, group))
}

/// Every group's file of both readers: its path from the site root and its text.
pub fn files() -> Vec<(String, &'static str)> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| Group::ALL.map(|group| (path(lang, group), text(lang, group))))
        .collect()
}

/// The copies of the groups `page` needs, for its head: each group's file as the text of a
/// data block (`<script type="text/plain">`, which browsers neither run nor hold to the
/// policy's script hashes) whose `id` is the file's name, so the compressed page finds the
/// words it shows already. A file holds no `</script` nor `<!--`
/// (`explainer_content::stored::encode` refuses them).
pub fn inline(page: &PageAddress) -> String {
    if Document::of(&page.route) != Document::Reader {
        return String::new();
    }
    needs(&page.route)
        .iter()
        .map(|&group| {
            let file = text(page.lang, group);
            let id = Expect::of(file).file_name(page.lang, group);
            format!("<script type=\"text/plain\" id=\"{id}\">{file}</script>")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::address::route::{Family, Route};

    #[test]
    fn each_reader_file_is_what_a_reader_decodes() {
        for lang in Lang::ALL {
            for group in Group::ALL {
                let text = text(lang, group);
                let texts = explainer_content::stored::decode(text, Expect::of(text)).unwrap();
                assert!(!texts.is_empty(), "{lang:?} {group:?}");
            }
        }
        assert!(path(Lang::En, Group::Study).starts_with("reader-en/text-en-study-"));
        assert!(path(Lang::Id, Group::Study).starts_with("text-id-study-"));
    }

    #[test]
    fn a_page_carries_the_groups_it_needs_in_its_head() {
        let page = PageAddress::new(
            Lang::En,
            Route::Family {
                family: Family::Motivations,
                node: Some("bandwagon"),
            },
        );
        let head = inline(&page);
        assert_eq!(head.matches("<script").count(), 2);
        // Each the group's file as it is: what a reader reads back is the file itself.
        let file = text(Lang::En, Group::Motivations);
        let id = Expect::of(file).file_name(Lang::En, Group::Motivations);
        assert!(head.starts_with(&format!(
            "<script type=\"text/plain\" id=\"{id}\">{file}</script>"
        )));
        assert!(id.starts_with("text-en-motivations-"));
        assert!(head.contains("<script type=\"text/plain\" id=\"text-en-motivations-theories-"));
        assert!(head.ends_with("</script>"));
        assert!(inline(&PageAddress::new(Lang::Id, Route::Overview)).is_empty());
    }
}
