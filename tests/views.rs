//! Views rendered to HTML on the host with yew's server renderer: what each route shows,
//! in both languages, without a browser.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::{content, quiz};
use explainer::domain::lang::Lang;
use explainer::domain::link::Document;
use explainer::domain::post::PostAction;
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::code::encode;
use explainer::domain::route::{Family, Route};
use explainer::ui::app::AppProps;
use explainer::ui::kit::KitApp;
use explainer::ui::quiz_doc::QuizApp;
use explainer::ui::reader::ReaderApp;
use explainer::ui::state::AppState;
use yew::LocalServerRenderer;

/// Renders `route` in the document it belongs to (the quiz for `#/quiz` and results, the
/// lecturer kit for `#/teach`).
async fn render(route: Route, lang: Lang, embed: bool) -> String {
    let document = Document::of(&route);
    let initial = AppState {
        route,
        lang,
        embed,
        document,
        ..AppState::default()
    };
    match document {
        Document::Reader => {
            LocalServerRenderer::<ReaderApp>::with_props(AppProps { initial })
                .render()
                .await
        }
        Document::Quiz => {
            LocalServerRenderer::<QuizApp>::with_props(AppProps { initial })
                .render()
                .await
        }
        Document::Kit => {
            LocalServerRenderer::<KitApp>::with_props(AppProps { initial })
                .render()
                .await
        }
    }
}

/// Renders `route` in the reader app whatever document it belongs to.
async fn render_in_reader(route: Route, lang: Lang) -> String {
    let initial = AppState {
        route,
        lang,
        ..AppState::default()
    };
    LocalServerRenderer::<ReaderApp>::with_props(AppProps { initial })
        .render()
        .await
}

/// The text inside the first element whose opening tag contains `attribute` (no nesting).
fn element_text(html: &str, attribute: &str) -> String {
    let at = html
        .find(attribute)
        .unwrap_or_else(|| panic!("no element with {attribute}"));
    let start = at + html[at..].find('>').expect("the tag closes") + 1;
    let end = start + html[start..].find("</").expect("the element closes");
    html[start..end].to_string()
}

fn h1(html: &str) -> String {
    let start = html
        .find("<h1")
        .map(|i| i + html[i..].find('>').unwrap() + 1)
        .expect("an h1");
    let end = start + html[start..].find("</h1>").unwrap();
    html[start..end].to_string()
}

#[tokio::test]
async fn every_stable_route_renders_a_heading_in_both_languages() {
    for route in Route::stable_links() {
        let en = render(route.clone(), Lang::En, false).await;
        let id = render(route.clone(), Lang::Id, false).await;
        assert!(
            !h1(&en).is_empty(),
            "{} has no English heading",
            route.to_hash()
        );
        assert!(
            !h1(&id).is_empty(),
            "{} has no Indonesian heading",
            route.to_hash()
        );
        if route != Route::Overview {
            assert_ne!(
                h1(&en),
                h1(&id),
                "{} heading is not translated",
                route.to_hash()
            );
        }
    }
}

#[tokio::test]
async fn deep_link_renders_the_selected_node_and_its_finding() {
    let route = Route::Family {
        family: Family::Motivations,
        node: Some("bandwagon"),
    };
    let html = render(route, Lang::Id, false).await;
    let finding = content().finding("bandwagon").unwrap();
    assert!(html.contains(r#"data-node="bandwagon" data-selected="true" aria-pressed="true""#));
    assert!(html.contains(r#"data-finding="bandwagon""#));
    assert!(html.contains(&*finding.title.id));
    assert!(html.contains("Bab V, subbab 5.1.1.c"));
}

#[tokio::test]
async fn diagrams_have_fixed_aspect_ratio_and_a_text_alternative() {
    for family in Family::ALL {
        let html = render(Route::Family { family, node: None }, Lang::En, false).await;
        assert!(html.contains("aspect-ratio:"), "{family:?}");
        assert!(html.contains("diagram__text-body"), "{family:?}");
        assert!(html.contains(r#"role="group""#), "{family:?}");
        for node in family.nodes() {
            assert!(html.contains(&format!(r#"data-node="{node}""#)), "{node}");
        }
    }
}

#[tokio::test]
async fn unknown_route_and_unknown_term_show_not_found_with_a_way_back() {
    // The way back is a link to the overview, relative to the page's folder.
    for (route, back) in [
        (Route::parse("#/nope"), r#"href="../../id/""#),
        (
            Route::Glossary(Some("no-such-term".into())),
            r#"href="../../../id/""#,
        ),
    ] {
        let html = render(route, Lang::Id, false).await;
        assert!(html.contains(r#"data-testid="not-found""#));
        assert!(html.contains("Kembali ke ikhtisar"));
        assert!(html.contains(back), "{html}");
    }
}

#[tokio::test]
async fn embed_mode_drops_header_and_footer_and_links_to_the_full_explainer() {
    let html = render(Route::Parasocial, Lang::En, true).await;
    assert!(!html.contains("site-header"));
    assert!(!html.contains("site-footer"));
    assert!(html.contains(r#"target="_blank""#));
    assert!(html.contains("Open the full explainer"));
}

#[tokio::test]
async fn quiz_intro_shows_the_disclaimer_before_the_start() {
    let html = render(Route::Quiz, Lang::En, false).await;
    let disclaimer = element_text(&html, r#"data-testid="disclaimer""#);
    assert!(
        disclaimer.contains("12 "),
        "the disclaimer names the 12-person study: {disclaimer}"
    );
    assert!(html.contains(r#"data-testid="quiz-start""#));
}

#[tokio::test]
async fn results_list_every_construct_in_the_order_of_the_answers() {
    let quiz = quiz();
    let mut answers = vec![Answer::Skipped; quiz.item_count()];
    // bandwagon (items 10..14) strongest; emotional arousal (0..4) and role model (14..18)
    // tie in the middle; attraction (4..10) unanswered.
    for slot in &mut answers[10..14] {
        *slot = Answer::Value(Point::Five);
    }
    for index in (0..4).chain(14..18) {
        answers[index] = Answer::Value(Point::Three);
    }
    let html = render(
        Route::Results(encode(quiz.version, &answers)),
        Lang::En,
        false,
    )
    .await;
    let position = |slug: &str| {
        html.find(&format!(r#"<li data-construct="{slug}""#))
            .unwrap_or_else(|| panic!("{slug} missing"))
    };
    let mut order = ["attraction", "role-model", "bandwagon", "emotional-arousal"];
    order.sort_by_key(|slug| position(slug));
    assert_eq!(
        order,
        ["bandwagon", "emotional-arousal", "role-model", "attraction"]
    );
    assert!(html.contains(r#"data-construct="emotional-arousal" data-rank="2" data-score="50""#));
    assert!(html.contains(r#"data-construct="role-model" data-rank="2" data-score="50""#));
    assert!(html.contains(r#"data-construct="attraction" data-rank="4" data-score="""#));
    assert!(html.contains("not enough answers"));
    // The tie badge marks the two constructs sharing second place, not the unscored ones.
    assert_eq!(html.matches(r#"<span class="tie">tied</span>"#).count(), 2);
}

#[tokio::test]
async fn broken_results_code_explains_itself() {
    let html = render(Route::Results("x".repeat(60)), Lang::Id, false).await;
    assert!(html.contains(r#"data-testid="code-error""#));
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("terlalu panjang"));
}

#[tokio::test]
async fn teach_page_offers_snippet_link_and_qr_code() {
    let html = render(Route::Teach, Lang::En, false).await;
    assert!(html.contains(r#"data-testid="teach-snippet""#));
    assert!(
        html.contains("&lt;iframe src="),
        "the snippet is shown as text, escaped"
    );
    assert!(html.contains(r#"loading="lazy""#));
    assert!(html.contains(r#"data-testid="qr""#));
    assert!(html.contains("embed.js"));
}

/// The fixture's first version-1 code: every statement answered 5.
const V1_ALL_FIVES: &str = "AbbbbbbbbbbbbbbbbbbbbbaAM6I";

#[tokio::test]
async fn a_version_1_results_link_opens_marked_as_an_earlier_version_in_both_languages() {
    for (lang, words) in [
        (Lang::En, "from an earlier version of the quiz (version 1)"),
        (
            Lang::Id,
            "berasal dari versi kuis yang lebih lama (versi 1)",
        ),
    ] {
        let html = render(Route::Results(V1_ALL_FIVES.into()), lang, false).await;
        assert!(
            html.contains(r#"data-testid="earlier-version""#),
            "{lang:?}"
        );
        assert!(html.contains(words), "{lang:?}");
        assert!(html.contains(r#"data-version="1""#));
        // Scored with version 1's statements: attraction is one number, as it was then.
        assert!(html.contains(r#"data-construct="attraction" data-rank="1" data-score="100""#));
        assert!(!html.contains("data-part="));
    }
    let current = encode(quiz().version, &[Answer::Value(Point::Five); 44]);
    let html = render(Route::Results(current), Lang::En, false).await;
    assert!(!html.contains(r#"data-testid="earlier-version""#));
}

#[tokio::test]
async fn results_report_attraction_as_three_parts_in_the_order_of_the_answers() {
    let quiz = quiz();
    let mut answers = vec![Answer::Skipped; quiz.item_count()];
    // Attraction (items 4..10): looks 5 5, similarity 1 1, competence 3 3.
    for (slot, v) in answers[4..10].iter_mut().zip([5, 5, 1, 1, 3, 3]) {
        *slot = Answer::Value(Point::new(v).expect("a scale point"));
    }
    let html = render(
        Route::Results(encode(quiz.version, &answers)),
        Lang::En,
        false,
    )
    .await;
    assert!(html.contains("Motivations: in the order of your answers"));
    assert!(!html.contains("strongest first"));
    assert!(html.contains(r#"data-part="physical" data-score="100""#));
    assert!(html.contains(r#"data-part="similarity" data-score="0""#));
    assert!(html.contains(r#"data-part="competence" data-score="50""#));
    assert!(html.contains("See “Similarity” in the finding"));
    // Competence at 50 is neutral or mixed, not "plays some part".
    assert!(html.contains("Your answers on this are neutral or mixed"));
}

#[tokio::test]
async fn a_results_address_without_a_code_offers_the_quiz_instead_of_an_error() {
    let html = render(Route::parse("#/results/"), Lang::En, false).await;
    assert!(html.contains(r#"data-testid="no-results""#));
    assert!(html.contains("There are no results in this link"));
    assert!(html.contains(r##"href="#/quiz""##));
    assert!(!html.contains(r#"role="alert""#));
}

#[tokio::test]
async fn an_unknown_glossary_term_does_not_mark_the_glossary_as_current() {
    use explainer::domain::titles::document_title;
    let route = Route::Glossary(Some("no-such-term".into()));
    let html = render(route.clone(), Lang::En, false).await;
    assert!(
        !html.contains(r#"aria-current="page""#),
        "no nav item is current"
    );
    assert!(document_title(&route, content(), Lang::En).starts_with("Page not found — "));
    let known = render(Route::Glossary(Some("follower".into())), Lang::En, false).await;
    assert!(known.contains(r#"href="../../../en/glossary/" aria-current="page""#));
}

#[tokio::test]
async fn every_diagram_is_a_figure_named_by_its_caption() {
    for route in [
        Route::Overview,
        Route::Family {
            family: Family::Benefits,
            node: None,
        },
    ] {
        let html = render(route, Lang::En, false).await;
        assert_eq!(html.matches(r#"class="diagram-wrap""#).count(), 1);
        let name = html
            .split(r#"<figure aria-labelledby=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the figure names its caption");
        assert!(
            html.contains(&format!(r#"<figcaption id="{name}""#)),
            "{name}"
        );
    }
}

#[tokio::test]
async fn the_reader_app_shows_teach_as_a_link_into_the_kit_not_the_kit_itself() {
    let html = render_in_reader(Route::Teach, Lang::En).await;
    assert_eq!(h1(&html), "For lecturers");
    assert!(html.contains(r#"href="../../en/teach/""#), "{html}");
    assert!(
        !html.contains("data-testid=\"qr\""),
        "the reader app has no QR code"
    );
    assert!(
        !html.contains("teach-snippet"),
        "the reader app has no link builder"
    );
}

#[tokio::test]
async fn the_kit_links_back_into_the_reader_app_keeping_the_language() {
    let html = render(Route::Teach, Lang::Id, false).await;
    assert!(html.contains(r#"href="../../id/motivations/""#), "{html}");
    assert!(html.contains(r#"href="../../id/teach/""#), "{html}");
}

#[tokio::test]
async fn the_reader_app_sends_the_quiz_and_results_to_the_quiz_document() {
    let html = render_in_reader(Route::Quiz, Lang::Id).await;
    assert!(html.contains(r#"href="../../id/quiz/""#), "{html}");
    assert!(!html.contains("quiz-start"), "the reader app has no quiz");
    let results = render_in_reader(Route::Results("AbC".into()), Lang::En).await;
    assert!(
        results.contains(r#"href="../../en/results/#AbC""#),
        "{results}"
    );
}

// The post explorable, on the pages that show it.

#[tokio::test]
async fn the_post_shows_every_action_as_a_named_button_in_both_languages() {
    for lang in Lang::ALL {
        let html = render_in_reader(Route::Parasocial, lang).await;
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
    assert!(with(
        &render_in_reader(family(Family::Interactions), Lang::En).await
    ));
    assert!(with(&render_in_reader(Route::Parasocial, Lang::En).await));
    assert!(!with(
        &render_in_reader(family(Family::Motivations), Lang::En).await
    ));
    assert!(!with(
        &render_in_reader(family(Family::Benefits), Lang::En).await
    ));
}
