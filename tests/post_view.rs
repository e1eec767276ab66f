//! The post explorable rendered with yew's server renderer on the pages that show it.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::content;
use explainer::domain::lang::Lang;
use explainer::domain::post::PostAction;
use explainer::domain::route::{Family, Route};
use explainer::ui::app::AppProps;
use explainer::ui::reader::ReaderApp;
use explainer::ui::state::AppState;
use yew::LocalServerRenderer;

async fn render(route: Route, lang: Lang) -> String {
    let initial = AppState {
        route,
        lang,
        ..AppState::default()
    };
    LocalServerRenderer::<ReaderApp>::with_props(AppProps { initial })
        .render()
        .await
}

#[tokio::test]
async fn the_post_shows_every_action_as_a_named_button_in_both_languages() {
    for lang in Lang::ALL {
        let html = render(Route::Parasocial, lang).await;
        let post = &html[html.find(r#"data-testid="post""#).expect("the post")..];
        for button in PostAction::ROW {
            let action = content()
                .findings
                .actions
                .iter()
                .find(|a| a.slug == button.action_slug())
                .unwrap();
            let markup = format!(
                r#"data-action="{}" aria-label="{}""#,
                button.action_slug(),
                action.label.get(lang)
            );
            assert!(post.contains(&markup), "{lang:?}: {markup}");
        }
        // Both meters start level, and the page says it is an illustration.
        assert_eq!(post.matches(r#"aria-valuenow="10""#).count(), 2, "{lang:?}");
        assert!(post.contains(r#"data-step="reply""#));
        let label = match lang {
            Lang::Id => "bukan data yang diukur",
            Lang::En => "not measured data",
        };
        assert!(post.contains(label), "{lang:?}");
    }
}

#[tokio::test]
async fn only_the_interactions_diagram_and_the_parasocial_page_have_the_post() {
    let with = |html: &str| html.contains(r#"data-testid="post""#);
    let family = |family| Route::Family { family, node: None };
    assert!(with(&render(family(Family::Interactions), Lang::En).await));
    assert!(with(&render(Route::Parasocial, Lang::En).await));
    assert!(!with(&render(family(Family::Motivations), Lang::En).await));
    assert!(!with(&render(family(Family::Benefits), Lang::En).await));
}
