//! Views rendered to HTML on the host with yew's server renderer: what each route shows,
//! in both languages, without a browser.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::address::{Family, Route};
use explainer::domain::content::{content, quiz};
use explainer::domain::lang::Lang;
use explainer::domain::post::{label, Post, PostAction};
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::code::encode;

mod render;
use render::*;

#[tokio::test]
async fn every_stable_route_renders_a_heading_in_both_languages() {
    for route in Route::stable_links() {
        let en = render(route.clone(), Lang::En, false).await;
        let id = render(route.clone(), Lang::Id, false).await;
        assert!(
            !h1(&en).is_empty(),
            "{} has no English heading",
            route.path()
        );
        assert!(
            !h1(&id).is_empty(),
            "{} has no Indonesian heading",
            route.path()
        );
        if route != Route::Overview {
            assert_ne!(
                h1(&en),
                h1(&id),
                "{} heading is not translated",
                route.path()
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
    // The node is a link to its own page (here, this page), marked as the one shown.
    assert!(html.contains(
        r#"href="../../../id/motivations/bandwagon/" data-node="bandwagon" data-selected="true" aria-current="true""#
    ));
    // Every other motivation is a link to its own page too, so the diagram navigates without
    // JavaScript.
    for other in ["emotional-arousal", "attraction", "role-model"] {
        assert!(html.contains(&format!(
            r#"href="../../../id/motivations/{other}/" data-node="{other}" data-selected="false""#
        )));
    }
    assert!(html.contains(r#"data-finding="bandwagon""#));
    assert!(html.contains(&finding.heading(Lang::Id)));
    assert!(html.contains("Bab V, subbab 5.1.1.c"));
}

#[tokio::test]
async fn diagrams_have_fixed_aspect_ratio_and_a_text_alternative() {
    for family in Family::ALL {
        let html = render(Route::Family { family, node: None }, Lang::En, false).await;
        // Both arrangements' aspect ratios; the stylesheet picks one by viewport width.
        assert!(
            html.contains("--wr:") && html.contains(";--nr:"),
            "{family:?}"
        );
        assert!(html.contains("diagram__text-body"), "{family:?}");
        assert!(html.contains(r#"role="group""#), "{family:?}");
        for node in family.nodes() {
            assert!(html.contains(&format!(r#"data-node="{node}""#)), "{node}");
        }
    }
}

#[tokio::test]
async fn an_unknown_term_shows_not_found_with_a_way_back() {
    // The way back is a link to the overview, relative to the page's folder.
    for (route, back) in [(
        Route::Glossary(Some("no-such-term".into())),
        r#"href="../../../id/""#,
    )] {
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
    // Each finding is one page load away: its canonical page, from the results' folder.
    assert!(html.contains(r#"href="../../en/motivations/bandwagon/""#));
    assert!(html.contains(r#"href="../../en/motivations/attraction/""#));
    assert!(html.contains(r#"href="../../en/parasocial/""#));
    assert!(!html.contains("#/") && !html.contains("?lang="));
}

#[tokio::test]
async fn broken_results_code_explains_itself() {
    let html = render(Route::Results("x".repeat(60)), Lang::Id, false).await;
    assert!(html.contains(r#"data-testid="code-error""#));
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("terlalu panjang"));
}

#[tokio::test]
async fn teach_page_opens_with_embed_code_that_needs_no_script_and_moodle_steps() {
    let html = render(Route::Teach, Lang::En, false).await;
    assert!(html.contains(r#"data-testid="teach-snippet""#));
    assert!(
        html.contains("&lt;iframe src="),
        "the snippet is shown as text, escaped"
    );
    assert!(
        html.contains("?embed=widget"),
        "the overview's diagram alone"
    );
    assert!(html.contains(r#"loading="lazy""#));
    assert!(
        !html.contains("&lt;script"),
        "the resizer script is optional"
    );
    assert!(html.contains("Copy embed code"));
    assert!(html.contains("Tools › Source code"));
    assert!(
        !html.contains(r#"data-testid="qr""#),
        "the QR code goes with the link"
    );
    let id = render(Route::Teach, Lang::Id, false).await;
    assert!(id.contains("Salin kode sematan") && !id.contains("Copy embed code"));
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

/// The version 2 fixture's first code: every statement answered 5.
const V2_ALL_FIVES: &str = "ArbbbbbbbbbbbbbbbbbbbbbQaSU";

#[tokio::test]
async fn a_version_2_results_link_opens_marked_as_an_earlier_version_in_both_languages() {
    for (lang, words) in [
        (Lang::En, "from an earlier version of the quiz (version 2)"),
        (
            Lang::Id,
            "berasal dari versi kuis yang lebih lama (versi 2)",
        ),
    ] {
        let html = render(Route::Results(V2_ALL_FIVES.into()), lang, false).await;
        assert!(
            html.contains(r#"data-testid="earlier-version""#),
            "{lang:?}"
        );
        assert!(html.contains(words), "{lang:?}");
        assert!(html.contains(r#"data-version="2""#));
        // Scored with version 2's statements: attraction in its three parts.
        assert!(html.contains(r#"data-part="physical" data-score="100""#));
        assert!(html.contains(r#"data-construct="parasocial" data-rank="1" data-score="100""#));
    }
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
    assert!(html.contains("Motivations: in the order of the answers"));
    assert!(!html.contains("strongest first"));
    assert!(html.contains(r#"data-part="physical" data-score="100""#));
    assert!(html.contains(r#"data-part="similarity" data-score="0""#));
    assert!(html.contains(r#"data-part="competence" data-score="50""#));
    assert!(html.contains("See “Similarity” in the finding"));
    // Competence at 50 is neutral or mixed, not "plays some part".
    assert!(html.contains("The answers on this are neutral or mixed"));
}

#[tokio::test]
async fn a_results_address_without_a_code_offers_the_quiz_instead_of_an_error() {
    let html = render(Route::Results(String::new()), Lang::En, false).await;
    assert!(html.contains(r#"data-testid="no-results""#));
    assert!(html.contains("There are no results in this link"));
    assert!(html.contains(r#"href="../../en/quiz/""#));
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
        for action in PostAction::ALL {
            let slug = format!(r#"data-action="{}""#, action.action_slug());
            assert!(post.contains(&slug), "{lang:?}: {slug}");
            // Named by the content's label, or (the tag) by the words it shows.
            if action != PostAction::Tag {
                let name = format!(r#"{slug} aria-label="{}""#, label(action, lang));
                assert!(post.contains(&name), "{lang:?}: {name}");
            }
        }
        // Instagram's row: heart, comment, paper plane (share), bookmark.
        let row: Vec<usize> = PostAction::ROW
            .iter()
            .map(|a| {
                post.find(&format!(r#"data-action="{}""#, a.action_slug()))
                    .unwrap()
            })
            .collect();
        assert!(row.windows(2).all(|w| w[0] < w[1]), "{row:?}");
        // The heart and the bookmark are toggles, not pressed before the reader acts.
        assert_eq!(
            post.matches(r#"aria-pressed="false""#).count(),
            2,
            "{lang:?}"
        );
        // Both meters start level, said in words, never numbers; no reply before a comment.
        let start = Post::default().follower().width();
        let level = format!(r#"aria-valuenow="{start}""#);
        assert_eq!(post.matches(&level).count(), 2, "{lang:?}");
        assert!(!post.contains(r#"data-step="reply""#));
        let meters = &post[post.find("post__strip").unwrap()..post.find("post__body").unwrap()];
        let shown = meters
            .split('<')
            .filter_map(|tag| tag.split_once('>').map(|(_, text)| text))
            .collect::<String>();
        assert!(!shown.chars().any(|c| c.is_ascii_digit()), "{shown}");
        // The photo is an asset beside the pages (the stylesheet draws it), not in the wasm.
        let at = post.find(r#"class="post__image""#).unwrap();
        let tag = &post[post[..at].rfind('<').unwrap()..at + post[at..].find('>').unwrap()];
        assert!(tag.contains(r#"role="img""#), "{tag}");
        assert!(include_str!("../assets/style.css").contains("url(post-desk.svg)"));
        assert!(include_str!("../index.html").contains(r#"href="assets/post-desk.svg""#));
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

/// Answers with ties: bandwagon 100; emotional arousal and role model 50; attraction's
/// parts 100 (looks), 50 (similarity) and unanswered (competence); applause and
/// conversation 75; nothing else answered.
fn glance_answers() -> Vec<Answer> {
    let mut answers = vec![Answer::Skipped; quiz().item_count()];
    let mut set = |range: std::ops::Range<usize>, v: u8| {
        for slot in &mut answers[range] {
            *slot = Answer::Value(Point::new(v).expect("a scale point"));
        }
    };
    set(10..14, 5);
    set(0..4, 3);
    set(14..18, 3);
    set(4..6, 5);
    set(6..8, 3);
    let applause = quiz().construct("applause").expect("applause").items.len();
    let conversation = quiz()
        .construct("conversation")
        .expect("conversation")
        .items
        .len();
    set(18..18 + applause + conversation, 4);
    answers
}

/// The `data-glance` slugs of the rows of one family, in the order shown.
fn glance_order(html: &str, family: &str) -> Vec<String> {
    let start = html
        .find(&format!(r#"aria-labelledby="glance-{family}""#))
        .unwrap_or_else(|| panic!("no glance group {family}"));
    let end = start + html[start..].find("</ol>").expect("the list closes");
    html[start..end]
        .split(r#"data-glance=""#)
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .collect()
}

#[tokio::test]
async fn results_open_with_the_profile_at_a_glance_before_the_detailed_texts() {
    let code = encode(quiz().version, &glance_answers());
    for (lang, title, tied, none) in [
        (Lang::En, "At a glance", "tied", "not enough answers"),
        (Lang::Id, "Sekilas", "skor sama", "belum cukup jawaban"),
    ] {
        let html = render(Route::Results(code.clone()), lang, false).await;
        // Payoff first: the summary, the card, the overview, what it cannot tell, and only
        // then the detailed texts, each family collapsed.
        let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle}"));
        let order = [
            at(r#"data-testid="results-summary""#),
            at(r#"data-testid="results-card""#),
            at(r#"data-testid="glance""#),
            at(r#"data-testid="cannot""#),
            at(
                r#"<details data-details="motivations" class="card results-family fam-motivations">"#,
            ),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{lang:?}: {order:?}");
        assert_eq!(
            html.matches(r#"class="card results-family fam-"#).count(),
            3,
            "one collapsed block per family"
        );
        assert_eq!(
            html.matches(quiz().disclaimer.get(lang)).count(),
            1,
            "{lang:?}: the caveat appears once"
        );
        assert!(html.contains(title), "{lang:?}");
        // Attraction is shown as its three parts beside the others; a tie keeps the
        // instrument order (attraction before bandwagon).
        assert_eq!(
            glance_order(&html, "motivations"),
            [
                "physical",
                "bandwagon",
                "emotional-arousal",
                "similarity",
                "role-model",
                "competence"
            ],
            "{lang:?}"
        );
        assert!(html.contains(
            r#"data-glance="bandwagon" data-rank="1" data-score="100" data-tied="true""#
        ));
        assert!(html
            .contains(r#"data-glance="physical" data-rank="1" data-score="100" data-tied="true""#));
        // Three results at 50 share third place, and each says so in words.
        for slug in ["emotional-arousal", "similarity", "role-model"] {
            assert!(
                html.contains(&format!(
                    r#"data-glance="{slug}" data-rank="3" data-score="50" data-tied="true""#
                )),
                "{lang:?} {slug}"
            );
        }
        assert!(html
            .contains(r#"data-glance="competence" data-rank="" data-score="" data-tied="false""#));
        let tie_badges = html
            .matches(&format!(r#"<span class="tie glance__tie">{tied}</span>"#))
            .count();
        assert_eq!(tie_badges, 7, "{lang:?}: 2 + 3 motivations, 2 interactions");
        assert!(html.contains(&format!(r#"<span class="glance__none">{none}</span>"#)));
        assert_eq!(
            glance_order(&html, "interactions"),
            ["applause", "conversation", "amplification"]
        );
        assert_eq!(
            glance_order(&html, "benefits"),
            ["information", "entertainment"]
        );
        // Each group carries its family colour.
        for family in ["motivations", "interactions", "benefits"] {
            assert!(html.contains(&format!(r#"class="glance__group fam-{family}""#)));
        }
        assert_eq!(html.matches(r#"class="glance__row""#).count(), 11);
        // The summary names each family's first place, ties included, and leaves out the
        // benefits, which have no score.
        let summary = element_text(&html, r#"data-testid="results-summary""#);
        let summary = summary.trim_start_matches("<strong>");
        let (start, benefits) = match lang {
            Lang::En => ("Highest in these answers: ", " among forms of interaction."),
            Lang::Id => (
                "Tertinggi dalam jawaban ini: ",
                " di antara bentuk interaksi.",
            ),
        };
        assert!(
            summary.starts_with(start) && summary.ends_with(benefits),
            "{summary}"
        );
    }
}

#[tokio::test]
async fn results_show_the_card_with_its_text_and_both_pictures_in_both_languages() {
    let code = encode(quiz().version, &glance_answers());
    for (lang, caveat, story) in [
        (Lang::En, "A reflection, not a test", "Share image (story)"),
        (Lang::Id, "Refleksi, bukan tes", "Bagikan gambar (story)"),
    ] {
        let html = render(Route::Results(code.clone()), lang, false).await;
        assert!(html.contains(r#"data-testid="results-card""#), "{lang:?}");
        assert!(html.contains(r#"data-testid="card-preview""#));
        let text = &html[html
            .find(r#"data-testid="card-text""#)
            .expect("the card as text")..];
        let text = &text[..text.find("</details>").unwrap()];
        assert!(text.contains(caveat), "{lang:?}: {text}");
        assert!(text.contains(&code), "the text names the results link");
        // The first-person lines the picture carries, one per family the answers support.
        let lead = match lang {
            Lang::En => "What draws me to this account: ",
            Lang::Id => "Yang menarik saya ke akun ini: ",
        };
        assert!(text.contains(lead), "{text}");
        assert!(html.contains(story));
        assert!(html.contains(r#"data-testid="card-link""#));
    }
}

#[tokio::test]
async fn diagram_markup_carries_both_arrangements_and_never_depends_on_the_window() {
    use explainer::domain::diagram::arranged::Arranged;
    use explainer::domain::diagram::specs::{spec, Diagram};
    for (route, diagram) in [
        (Route::Overview, Diagram::Overview),
        (family(Family::Motivations), Diagram::Motivations),
        (family(Family::Interactions), Diagram::Interactions),
        (family(Family::Benefits), Diagram::Benefits),
    ] {
        let html = render(route.clone(), Lang::En, false).await;
        // Rendering knows no viewport: the same route gives the same markup every time.
        assert_eq!(html, render(route, Lang::En, false).await);
        assert!(
            html.contains("diagram__lines diagram__lines--wide"),
            "{diagram:?}"
        );
        assert!(
            html.contains("diagram__lines diagram__lines--narrow"),
            "{diagram:?}"
        );
        let a = Arranged::new(&spec(diagram, content()));
        for i in 0..a.wide.boxes.len() {
            let style = a.box_style(i);
            assert!(html.contains(&style), "{diagram:?}: box {i} with {style}");
        }
        assert!(html.contains(&a.frame_style()), "{diagram:?}");
    }
}

#[tokio::test]
async fn findings_carry_their_icon_in_their_family_colour_in_panels_and_the_glossary() {
    use explainer::domain::glyph::Glyph;
    for (route, family, glyph) in [
        ("attraction", "motivations", Glyph::Attraction),
        ("amplification", "interactions", Glyph::Amplification),
        ("entertainment", "benefits", Glyph::Entertainment),
    ] {
        let html = render(Route::of_finding(route).unwrap(), Lang::En, false).await;
        // The open finding's panel: its icon before the title, the family's colour on it
        // and on the panel's top rule.
        let panel = &html[html.find(r#"data-testid="detail""#).expect("the panel")..];
        let title = &panel[..panel.find("</h2>").expect("a title")];
        assert!(title.contains(glyph.path()), "{route}");
        assert!(
            title.contains(&format!(r#"class="glyph glyph--fam fam-{family}""#)),
            "{route}"
        );
        assert!(
            html.contains(&format!(r#"class="detail fam-{family}""#)),
            "{route}"
        );
    }
    // The glossary marks the seven terms that name a finding.
    let glossary = render(Route::Glossary(None), Lang::En, false).await;
    assert_eq!(
        glossary.matches(r#"class="glyph glyph--fam fam-"#).count(),
        7
    );
    assert!(glossary.contains(Glyph::Bandwagon.path()));
}

#[tokio::test]
async fn a_finding_page_answers_beside_its_diagram_without_raising_a_sheet() {
    let route = Route::Family {
        family: Family::Benefits,
        node: Some("entertainment"),
    };
    let html = render(route, Lang::En, false).await;
    let finding = content().finding("entertainment").unwrap();
    // The panel beside the diagram: the finding, its summary, its quotation and the way to
    // its full text on this page (an anchor that works without JavaScript too).
    let panel = &html[html.find(r#"class="node-panel""#).expect("a closed panel")..];
    let panel = &panel[..panel
        .find(r#"class="detail-slot""#)
        .expect("then the full text")];
    assert!(panel.contains(r#"data-testid="sheet" data-shows="entertainment""#));
    assert!(panel.contains(&finding.heading(Lang::En)));
    let quote = finding.quote.as_ref().expect("a quotation");
    assert!(panel.contains(&format!("“{}”", quote.text)));
    assert!(panel.contains(r##"href="#detail-entertainment""##));
    assert!(html.contains(r#"id="detail-entertainment""#));
    // Not raised as a sheet over a phone's screen: nobody tapped.
    assert!(!html.contains("node-panel is-open"));
    // Its facets are links to this finding's page, tinted like it; brackets, no arrowhead.
    assert!(html.contains(r#"class="diagram__node fam-benefits is-child""#));
    assert!(html.contains(r#"data-node="entertainment/humour""#));
    assert!(html.contains("diagram__bracket"));
    assert!(!html.contains("<marker"));

    // The overview with nothing picked: the prompt, no sheet, and the caption on its parts.
    let overview = render(Route::Overview, Lang::Id, false).await;
    assert!(overview.contains(r#"data-testid="detail-empty""#));
    assert!(!overview.contains(r#"data-testid="sheet""#));
    assert!(overview.contains("Tiga bagian dari satu jawaban"));
    assert!(overview.contains("Mengapa follower mengikuti?"));
}
