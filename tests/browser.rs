//! Browser unit tests (wasm-bindgen-test in headless Chromium): DOM behaviour of the
//! mounted app — selection, keyboard, language, storage and the quiz's resume offer.
#![cfg(target_arch = "wasm32")]

use explainer::domain::address::{Document, Family, LinkStyle, PageAddress, Route};
use explainer::domain::lang::Lang;
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::progress::Progress;
use explainer::platform::storage;
use explainer::ui::app::{page_state, AppProps};
use explainer::ui::quiz_doc::QuizApp;
use explainer::ui::reader::ReaderApp;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The site address the app is given, as a build with `SITE_URL` gives it.
const SITE: &str = "https://example.org/";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

struct Mounted {
    root: Element,
    destroy: Box<dyn FnOnce()>,
}

impl Mounted {
    fn find(&self, selector: &str) -> Option<HtmlElement> {
        self.root
            .query_selector(selector)
            .unwrap()
            .and_then(|e| e.dyn_into().ok())
    }
    fn get(&self, selector: &str) -> HtmlElement {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }
    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }
    fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }
    fn unmount(self) {
        (self.destroy)();
        self.root.remove();
    }
}

async fn mount(route: Route, lang: Lang) -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let document = Document::of(&route);
    let page = PageAddress::new(lang, route);
    let initial = page_state(document, &page, LinkStyle::Folders, SITE);
    // The app of the document the route belongs to (the quiz has its own).
    let destroy: Box<dyn FnOnce()> = match document {
        Document::Quiz => {
            let handle =
                yew::Renderer::<QuizApp>::with_root_and_props(root.clone(), AppProps { initial })
                    .render();
            Box::new(move || handle.destroy())
        }
        _ => {
            let handle =
                yew::Renderer::<ReaderApp>::with_root_and_props(root.clone(), AppProps { initial })
                    .render();
            Box::new(move || handle.destroy())
        }
    };
    yew::scheduler::flush().await;
    Mounted { root, destroy }
}

#[wasm_bindgen_test]
async fn overview_node_click_answers_in_a_panel_and_focus_moves_into_it() {
    let app = mount(Route::Overview, Lang::En).await;
    assert_eq!(
        app.count("[data-node]"),
        9,
        "four motivations, three interactions, two benefits"
    );
    assert!(app.find("[data-testid=sheet]").is_none());
    app.get("[data-node=bandwagon]").click();
    yew::scheduler::flush().await;
    let sheet = app.get("[data-testid=sheet]");
    assert_eq!(
        sheet.get_attribute("data-shows").as_deref(),
        Some("bandwagon")
    );
    let text = sheet.text_content().unwrap();
    assert!(
        text.contains("(Chapter V, 5.1.1.c)"),
        "the quotation and its section: {text}"
    );
    assert!(
        app.find(".node-panel.is-open").is_some(),
        "raised by the tap"
    );
    assert_eq!(
        document()
            .active_element()
            .and_then(|e| e.get_attribute("id"))
            .as_deref(),
        Some("sheet"),
        "focus moves into the answer"
    );
    // The node is a link to its own page; the click selected it here instead of loading it.
    let node = app.get("[data-node=bandwagon]");
    assert_eq!(node.get_attribute("aria-current").as_deref(), Some("true"));
    assert!(node
        .get_attribute("href")
        .is_some_and(|href| href.ends_with("en/motivations/bandwagon/")));
    // Its close button closes it and gives focus back to the node.
    app.get(".sheet__close").click();
    yew::scheduler::flush().await;
    assert!(app.find("[data-testid=sheet]").is_none());
    assert_eq!(
        document()
            .active_element()
            .and_then(|e| e.get_attribute("id"))
            .as_deref(),
        Some("node-bandwagon")
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_focus_between_nodes() {
    let app = mount(Route::Overview, Lang::En).await;
    let first = app.get("[data-node=emotional-arousal]");
    first.focus().unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    first.dispatch_event(&event).unwrap();
    let active = document().active_element().unwrap();
    assert_eq!(
        active.get_attribute("data-node").as_deref(),
        Some("attraction")
    );
    app.unmount();
}

#[wasm_bindgen_test]
async fn language_switch_links_to_the_page_in_english_and_remembers_choice() {
    let app = mount(Route::Overview, Lang::Id).await;
    assert!(app.text().contains("Ikhtisar"));
    let switch = app.get("[data-testid=lang-switch]");
    // The same page in the other language, relative to this one (`id/` → `../en/`).
    assert_eq!(switch.get_attribute("href").as_deref(), Some("../en/"));
    assert_eq!(switch.get_attribute("hreflang").as_deref(), Some("en"));
    // Follow it without leaving the test page: the click still records the choice.
    let _stay = gloo::events::EventListener::new_with_options(
        &app.root,
        "click",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        |event| event.prevent_default(),
    );
    switch.click();
    yew::scheduler::flush().await;
    assert_eq!(storage::get(storage::LANG_KEY), Ok(Some("en".to_string())));
    app.unmount();
}

#[wasm_bindgen_test]
async fn interactions_page_places_a_picked_action() {
    let route = Route::Family {
        family: Family::Interactions,
        node: None,
    };
    let app = mount(route, Lang::En).await;
    app.get("[data-node=save]").click();
    yew::scheduler::flush().await;
    let sheet = app.get("[data-testid=sheet][data-shows=save]");
    let text = sheet.text_content().unwrap();
    assert!(
        text.contains("Save falls under amplification and is one-way."),
        "{text}"
    );
    // With the form's quotation.
    assert!(text.contains("(Chapter V, 5.1.2)"), "{text}");
    app.unmount();
}

#[wasm_bindgen_test]
async fn parasocial_reply_raises_only_the_followers_side() {
    let app = mount(Route::Parasocial, Lang::En).await;
    let value = |side: &str| {
        app.get(&format!("[data-side={side}] [role=meter]"))
            .get_attribute("aria-valuenow")
            .unwrap()
            .parse::<u32>()
            .unwrap()
    };
    let influencer = value("influencer");
    // The influencer can reply once the reader has commented.
    assert!(app.find("[data-step=reply]").is_none());
    app.get("[data-action=comment]").click();
    yew::scheduler::flush().await;
    let follower = value("follower");
    app.get("[data-step=reply]").click();
    yew::scheduler::flush().await;
    assert!(value("follower") > follower);
    assert_eq!(value("influencer"), influencer);
    // The reply appears under the reader's comment.
    assert!(app.find("#post-comment #post-reply").is_some());
    app.unmount();
}

#[wasm_bindgen_test]
async fn quiz_offers_to_resume_saved_progress() {
    let quiz = explainer::domain::content::quiz();
    let mut answers = vec![Answer::Unanswered; quiz.item_count()];
    answers[0] = Answer::Value(Point::Four);
    answers[1] = Answer::Skipped;
    let saved = Progress {
        position: 2,
        answers,
    };
    storage::set(storage::QUIZ_KEY, &saved.to_stored(quiz.version)).unwrap();
    let app = mount(Route::Quiz, Lang::En).await;
    yew::scheduler::flush().await;
    assert!(
        app.find("[data-testid=resume-offer]").is_some(),
        "{}",
        app.text()
    );
    app.get("[data-testid=resume-offer] .button--accent")
        .click();
    yew::scheduler::flush().await;
    assert_eq!(
        app.get("[data-testid=quiz-item]")
            .get_attribute("data-index")
            .as_deref(),
        Some("2")
    );
    app.get("[data-testid=quiz-back]").click();
    yew::scheduler::flush().await;
    let skip: web_sys::HtmlInputElement = app.get("input[value=skip]").unchecked_into();
    assert!(skip.checked(), "the skipped answer is restored");
    storage::remove(storage::QUIZ_KEY).unwrap();
    app.unmount();
}

#[wasm_bindgen_test]
async fn corrupted_progress_is_ignored_not_fatal() {
    storage::set(storage::QUIZ_KEY, "{not: a code").unwrap();
    let app = mount(Route::Quiz, Lang::Id).await;
    yew::scheduler::flush().await;
    assert!(app.find("[data-testid=resume-offer]").is_none());
    assert!(app.find("[data-testid=quiz-start]").is_some());
    storage::remove(storage::QUIZ_KEY).unwrap();
    app.unmount();
}

#[wasm_bindgen_test]
async fn tampered_results_link_explains_itself_in_the_readers_language() {
    let app = mount(
        Route::Results("AAAAAAAAAAAAAAAAAAAAAAAAAAA".into()),
        Lang::Id,
    )
    .await;
    let error = app.get("[data-testid=code-error]");
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert!(error.text_content().unwrap().contains("Isi kuis refleksi"));
    app.unmount();
}

#[wasm_bindgen_test]
async fn a_back_while_the_page_hydrates_is_shown_once_the_app_listens() {
    // The app read the address (the glossary) and drew it; before its listeners existed, a
    // back moved the address to the about page. Starting to listen, it shows that page.
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    let before = window.location().href().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/en/about/"))
        .unwrap();
    let app = mount(Route::Glossary(None), Lang::En).await;
    yew::scheduler::flush().await;
    let heading = app.get("h1").text_content().unwrap_or_default();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&before))
        .unwrap();
    app.unmount();
    assert_eq!(heading, "About the study");
}

/// Resolves once `n` more animation frames have begun.
async fn frames(n: u32) {
    for _ in 0..n {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .request_animation_frame(&resolve)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn results_draw_their_first_screen_first_and_the_rest_in_two_stages_once_it_is_painted() {
    let quiz = explainer::domain::content::quiz();
    let answers = vec![Answer::Value(Point::Four); quiz.item_count()];
    let code = explainer::domain::quiz::code::encode(quiz.version, &answers);
    let app = mount(Route::Results(code), Lang::En).await;
    // The first frame: the title, the summary and the card; the rest is on its way.
    let results = app.get("[data-testid=results]");
    assert!(app.find("h1").is_some());
    assert!(app.find("[data-testid=results-summary]").is_some());
    assert!(app.find("[data-testid=results-card]").is_some());
    assert_eq!(results.get_attribute("aria-busy").as_deref(), Some("true"));
    assert!(app.find("[data-testid=glance]").is_none());
    // Then, just after that is painted, everything else but the lists inside the collapsed
    // detailed texts; then those lists. Busy until the lists are there, and not a moment longer.
    let stage_one = [
        "[data-testid=glance]",
        "[data-testid=cannot]",
        "details.results-family",
        "ol.ranking[data-family=closeness] > li",
        "[data-testid=share-link]",
    ];
    let lists = "details.results-family ol.ranking > li";
    let mut seen = 0;
    for _ in 0..60 {
        frames(1).await;
        yew::scheduler::flush().await;
        let drawn = stage_one.iter().filter(|p| app.find(p).is_some()).count();
        assert!(
            drawn == 0 || drawn == stage_one.len(),
            "the first stage came in parts"
        );
        let filled = app.find(lists).is_some();
        assert!(!filled || drawn > 0, "the lists came before the rest");
        let shown = usize::from(drawn > 0) + usize::from(filled);
        assert!(shown >= seen, "a stage went away");
        seen = shown;
        let busy = results.get_attribute("aria-busy").is_some();
        assert_eq!(busy, !filled, "busy with {shown} stages drawn");
        if !busy {
            break;
        }
    }
    assert_eq!(seen, 2, "the results never finished");
    assert_eq!(app.count("details.results-family"), 3);
    assert_eq!(app.count("ol.ranking[data-family=closeness] > li"), 1);
    assert!(app.find("[data-testid=share-link]").is_some());
    app.unmount();
}
