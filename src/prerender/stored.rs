//! The groups' files of each reader's stored texts (`explainer_content::stored`), which
//! `build.rs` wrote for both languages, written next to each reader, and the preloads a
//! page's head names for the groups it needs (`domain::content::needs`), so a page opened
//! directly fetches them beside the reader and hydrates without waiting for another round trip.

use crate::domain::address::{Document, PageAddress};
use crate::domain::content::{needs, Expect, Group};
use crate::domain::lang::Lang;

/// The text of `group`'s file in `lang`.
fn text(lang: Lang, group: Group) -> &'static str {
    macro_rules! file {
        ($lang:literal, $group:literal) => {
            include_str!(concat!(
                env!("OUT_DIR"),
                "/text-",
                $lang,
                "-",
                $group,
                ".txt"
            ))
        };
    }
    match (lang, group) {
        (Lang::Id, Group::Motivations) => file!("id", "motivations"),
        (Lang::Id, Group::Interactions) => file!("id", "interactions"),
        (Lang::Id, Group::Benefits) => file!("id", "benefits"),
        (Lang::Id, Group::Actions) => file!("id", "actions"),
        (Lang::Id, Group::Parasocial) => file!("id", "parasocial"),
        (Lang::Id, Group::Recommendations) => file!("id", "recommendations"),
        (Lang::Id, Group::Study) => file!("id", "study"),
        (Lang::En, Group::Motivations) => file!("en", "motivations"),
        (Lang::En, Group::Interactions) => file!("en", "interactions"),
        (Lang::En, Group::Benefits) => file!("en", "benefits"),
        (Lang::En, Group::Actions) => file!("en", "actions"),
        (Lang::En, Group::Parasocial) => file!("en", "parasocial"),
        (Lang::En, Group::Recommendations) => file!("en", "recommendations"),
        (Lang::En, Group::Study) => file!("en", "study"),
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

/// The preloads of the groups `page` needs, relative to the page (`prefix` leads to the
/// site root).
pub fn preloads(page: &PageAddress, prefix: &str) -> String {
    if Document::of(&page.route) != Document::Reader {
        return String::new();
    }
    needs(&page.route)
        .iter()
        .map(|group| {
            let href = format!("{prefix}{}", path(page.lang, *group));
            format!("<link rel=\"preload\" href=\"{href}\" as=\"fetch\" crossorigin=\"anonymous\">")
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
                assert!(texts.len() > 2, "{lang:?} {group:?}");
            }
        }
        assert!(path(Lang::En, Group::Study).starts_with("reader-en/text-en-study-"));
        assert!(path(Lang::Id, Group::Study).starts_with("text-id-study-"));
    }

    #[test]
    fn a_family_page_preloads_its_groups_from_its_depth() {
        let page = PageAddress::new(
            Lang::En,
            Route::Family {
                family: Family::Motivations,
                node: Some("bandwagon"),
            },
        );
        let head = preloads(&page, "../../../");
        assert_eq!(head.matches("rel=\"preload\"").count(), 1);
        assert!(head.contains("href=\"../../../reader-en/text-en-motivations-"));
        assert!(preloads(&PageAddress::new(Lang::Id, Route::Overview), "../").is_empty());
    }
}
