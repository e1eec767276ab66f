//! What the reading pages say, rendered on the host: one name per finding, the influencer's
//! side given as theory, our English gloss beside each Indonesian quotation, the study's
//! title once, references in alphabetical order.
#![cfg(not(target_arch = "wasm32"))]

mod render;
use render::*;

use explainer::domain::address::{Family, Route};
use explainer::domain::content::content;
use explainer::domain::lang::Lang;
use explainer::domain::titles::document_title;

fn finding(node: &'static str, family: Family) -> Route {
    Route::Family {
        family,
        node: Some(node),
    }
}

#[tokio::test]
async fn a_finding_is_called_by_its_name_and_term_in_heading_pager_node_and_title() {
    let page = render(finding("bandwagon", Family::Motivations), Lang::En, false).await;
    assert!(
        page.contains(">Friends follow too · bandwagon effect</h2>"),
        "heading"
    );
    assert!(
        page.contains(">Friends follow too<"),
        "the node says the short name"
    );
    assert!(
        !page.contains("Doing what many others do"),
        "no second name"
    );
    let before = render(finding("attraction", Family::Motivations), Lang::Id, false).await;
    assert!(
        before.contains("Teman juga mengikuti · efek bandwagon"),
        "the pager names the next finding the same way"
    );
    assert_eq!(
        document_title(&finding("bandwagon", Family::Motivations), content(), Lang::En),
        "Friends follow too · bandwagon effect · Motivations — Why followers follow micro influencers"
    );
}

#[tokio::test]
async fn an_action_falls_under_its_forms_technical_term() {
    let page = render(finding("applause", Family::Interactions), Lang::En, false).await;
    assert!(page.contains("Like falls under applause and is one-way."));
    let id = render(finding("applause", Family::Interactions), Lang::Id, false).await;
    assert!(id.contains("Like termasuk applause dan bersifat satu arah."));
}

#[tokio::test]
async fn english_readers_get_our_gloss_beside_the_verbatim_quotation() {
    let en = render(Route::Parasocial, Lang::En, false).await;
    assert!(en.contains("<blockquote lang=\"id\"><p>“…perasaan kedekatan dan keakraban"));
    assert!(en.contains("Our translation: </span>“…the feeling of closeness and familiarity the fans have is only an illusion"));
    let id = render(Route::Parasocial, Lang::Id, false).await;
    assert!(id.contains("“…perasaan kedekatan dan keakraban"));
    assert!(
        !id.contains("quote__gloss"),
        "Indonesian readers read the original"
    );
}

#[tokio::test]
async fn the_parasocial_page_says_the_influencers_side_is_theory() {
    let en = render(Route::Parasocial, Lang::En, false).await;
    assert!(en.contains(
        "But according to Chapter V, the influencer does not feel that closeness in return"
    ));
    assert!(en.contains("rests on parasocial relationship theory as Chapter V applies it, not on interviews with influencers"));
    let id = render(Route::Parasocial, Lang::Id, false).await;
    assert!(id.contains("bukan pada wawancara dengan influencer"));
}

#[tokio::test]
async fn the_about_page_gives_the_study_title_once_in_indonesian() {
    let title = &*content().study.title;
    let id = render(Route::About, Lang::Id, false).await;
    assert_eq!(id.matches(title).count(), 1, "the title, not its copy");
    assert!(id.contains("Januari 2023") && !id.contains("January"));
    assert!(id.contains("Sumber publik"));
    let en = render(Route::About, Lang::En, false).await;
    assert!(
        en.contains("Understanding Followers&#x27; Motivations")
            || en.contains("Understanding Followers' Motivations")
    );
    assert!(en.contains("January 2023"));
}

#[tokio::test]
async fn references_are_listed_alphabetically_and_dated() {
    let page = render(Route::References, Lang::En, false).await;
    let list = &page[page.find("class=\"references\"").expect("the list")..];
    let at = |name: &str| {
        list.find(name)
            .unwrap_or_else(|| panic!("{name} is listed"))
    };
    assert!(at("Aronson, E.") < at("Hapsari, D. K.") && at("Hapsari, D. K.") < at("Xu, Y."));
    assert!(at("Kaushik, A. (2011)") < at("Leibenstein, H."));
    assert!(!page.contains("(n.d.)"));
    assert!(
        page.contains("Katz et al., 1973")
            && !page.contains("Katz, Blumler, &amp; Gurevitch, 1973")
    );
}
