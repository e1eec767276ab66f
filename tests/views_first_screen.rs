//! The overview's first screen and the header, rendered on the host: the hook as the page's
//! heading, what the study is, the two ways on (the findings, the quiz) with their times,
//! then the diagram and the study's introduction below it; a compact header whose menu holds
//! every page, the pages about the study in a group of their own.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::address::Route;
use explainer::domain::i18n::home as h;
use explainer::domain::lang::Lang;

mod render;
use render::*;

/// The `<a …>…</a>` whose text starts with `text`, from its opening tag.
fn link_with<'a>(html: &'a str, text: &str) -> &'a str {
    let at = html.find(text).unwrap_or_else(|| panic!("no {text}"));
    let start = html[..at].rfind("<a ").unwrap();
    &html[start..start + html[start..].find("</a>").unwrap()]
}

#[tokio::test]
async fn the_overview_opens_with_a_hook_and_two_ways_on_over_the_diagram() {
    for lang in Lang::ALL {
        let html = render(Route::Overview, lang, false).await;
        // The hook is the page's heading; the site's title stays in the header.
        assert_eq!(h1(&html), h::HOOK.get(lang));
        let code = lang.code();
        let explore = link_with(&html, h::EXPLORE.get(lang));
        assert!(
            explore.contains(&format!(r#"href="../{code}/motivations/""#)),
            "{explore}"
        );
        assert!(explore.contains(&format!("<small>{}</small>", h::EXPLORE_TIME.get(lang))));
        let quiz = link_with(&html, h::TAKE_QUIZ.get(lang));
        assert!(
            quiz.contains(&format!(r#"href="../{code}/quiz/""#)),
            "{quiz}"
        );
        assert!(quiz.contains(&format!("<small>{}</small>", h::QUIZ_TIME.get(lang))));
        // What the study is comes before the ways on, the diagram after them, and the
        // introduction moved below the diagram.
        let dek = html.find(h::DEK.get(lang)).unwrap();
        let ways = html.find("hero__ways").unwrap();
        let diagram = html.find(r#"data-diagram="overview""#).unwrap();
        let intro = html.find(h::INTRO_HEADING.get(lang)).unwrap();
        assert!(dek < ways && ways < diagram && diagram < intro, "{lang:?}");
    }
}

#[tokio::test]
async fn the_header_has_the_title_the_other_language_and_a_menu_of_every_page() {
    for lang in Lang::ALL {
        let html = render(Route::About, lang, false).await;
        let header = &html[html.find("<header").unwrap()..html.find("</header>").unwrap()];
        // The other language by its code, named in full for screen readers, in its language.
        let other = lang.other();
        let switch = link_with(header, h::SWITCH_CODE.get(lang));
        assert!(
            switch.contains(&format!(r#"lang="{}""#, other.code())),
            "{switch}"
        );
        assert!(switch.contains(r#"class="sr-only""#), "{switch}");
        // The menu opens without the app (a details element) and holds the eleven pages: the
        // reading order and the quiz, then the four about the study and for lecturers.
        let menu = &header[header.find("<details").unwrap()..];
        assert!(menu.contains(&format!(
            r#"<summary id="menu-button">{}</summary>"#,
            h::MENU.get(lang)
        )));
        let lists: Vec<usize> = menu
            .split("<ul")
            .skip(1)
            .map(|list| list.matches("<li>").count())
            .collect();
        assert_eq!(lists, [7, 4], "{lang:?}");
        assert!(
            menu.contains(r#"aria-current="page""#),
            "the page shown is marked"
        );
    }
}
