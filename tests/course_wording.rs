//! What the quiz says about where answers are kept, rendered with yew's server renderer:
//! inside a course that records, nothing says they stay only on this device; outside a
//! course, nothing mentions one. Both languages, with and without saved progress, after a
//! clear, and with the course's notice the quiz document shows above it.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::lang::Lang;
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::progress::Progress;
use explainer::domain::scorm::{LmsReport, LmsStatus};
use explainer::ui::components::lms_notice::lms_notice;
use explainer::ui::pages::quiz_intro::{Keeper, QuizIntro};
use explainer::ui::pages::quiz_state::QuizState;
use yew::prelude::*;
use yew::LocalServerRenderer;

#[derive(Properties, PartialEq)]
struct PageProps {
    lang: Lang,
    keeper: Keeper,
    status: LmsStatus,
    state: QuizState,
}

/// The intro as the quiz document shows it: the course notice, then the intro.
#[function_component(Page)]
fn page(props: &PageProps) -> Html {
    let report = LmsReport {
        status: props.status,
        unreadable_progress: false,
    };
    html! {
        <ContextProvider<Lang> context={props.lang}>
            {lms_notice(report, props.lang)}
            <QuizIntro state={props.state.clone()} keeper={props.keeper} dispatch={Callback::noop()} />
        </ContextProvider<Lang>>
    }
}

/// The intro's states: fresh, with progress to resume, just cleared.
fn states() -> Vec<QuizState> {
    let fresh = QuizState::new(44);
    let mut saved = fresh.clone();
    saved.saved = Some(Progress {
        position: 3,
        answers: vec![Answer::Value(Point::Two); 44],
    });
    let mut cleared = fresh.clone();
    cleared.cleared = true;
    vec![fresh, saved, cleared]
}

async fn render(lang: Lang, keeper: Keeper, status: LmsStatus, state: QuizState) -> String {
    let props = PageProps {
        lang,
        keeper,
        status,
        state,
    };
    let html = LocalServerRenderer::<Page>::with_props(props)
        .render()
        .await;
    // Without yew's component markers (`<!--<[course_wording::page]>-->`), which name this file.
    let mut text = String::new();
    let mut rest = html.as_str();
    while let Some((before, after)) = rest.split_once("<!--") {
        text.push_str(before);
        rest = after.split_once("-->").map_or("", |(_, tail)| tail);
    }
    text.push_str(rest);
    text.to_lowercase()
}

/// Words that say answers stay on this device, and words that mention a course.
fn device_words(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::En => ["only on this device", "on this device"],
        Lang::Id => ["hanya disimpan di perangkat ini", "di perangkat ini"],
    }
}

fn course_word(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "course",
        Lang::Id => "kursus",
    }
}

#[tokio::test]
async fn inside_a_recording_course_nothing_says_answers_stay_on_this_device() {
    for lang in Lang::ALL {
        for state in states() {
            let html = render(lang, Keeper::Course, LmsStatus::Recording, state).await;
            assert!(html.contains(course_word(lang)), "{html}");
            for words in device_words(lang) {
                assert!(!html.contains(words), "{lang:?} says {words:?}: {html}");
            }
        }
    }
}

#[tokio::test]
async fn outside_a_course_nothing_mentions_a_course_and_the_device_is_named() {
    for lang in Lang::ALL {
        for state in states() {
            let html = render(lang, Keeper::Device, LmsStatus::Off, state).await;
            assert!(!html.contains(course_word(lang)), "{lang:?}: {html}");
            assert!(html.contains(device_words(lang)[0]), "{lang:?}: {html}");
        }
    }
}

#[tokio::test]
async fn before_the_app_knows_nothing_is_said_about_where_answers_are_kept() {
    // The prerendered page: the same HTML goes into the public site and into packages.
    for lang in Lang::ALL {
        let html = render(lang, Keeper::Unknown, LmsStatus::Off, QuizState::new(44)).await;
        assert!(!html.contains(course_word(lang)));
        assert!(!html.contains(device_words(lang)[1]), "{html}");
    }
}
