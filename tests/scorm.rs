//! SCORM 1.2 recording: the values written for each quiz event, their formats and limits,
//! checked against the real instrument (whatever its items and count are).
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::quiz;
use explainer::domain::quiz::answers::{Answer, Point};
use explainer::domain::quiz::code::encode;
use explainer::domain::quiz::progress::Progress;
use explainer::domain::scorm::format::{identifier, timespan, ClockTime, MAX_SUSPEND_DATA};
use explainer::domain::scorm::recorder::{Launch, Recorder, Write, RESULT_CODE_ID};
use explainer::domain::scorm::suspend::{self, Saved};
use std::collections::HashSet;

fn at() -> ClockTime {
    ClockTime::new(14, 3, 9).unwrap()
}

/// A first launch: nothing recorded yet.
fn first_launch(items: usize) -> Launch<'static> {
    Launch {
        lesson_status: "not attempted",
        interaction_count: Some("0"),
        suspend_data: "",
        items,
        version: quiz().version,
    }
}

fn pairs(writes: &[Write]) -> Vec<(&str, &str)> {
    writes
        .iter()
        .map(|w| (w.element.as_str(), w.value.as_str()))
        .collect()
}

/// SCORM 1.2's CMIIdentifier: 1–255 printable characters, no white space.
fn is_cmi_identifier(id: &str) -> bool {
    (1..=255).contains(&id.len()) && id.bytes().all(|b| (0x21..=0x7e).contains(&b))
}

#[test]
fn every_item_id_is_a_distinct_cmi_identifier_unchanged() {
    let quiz = quiz();
    let mut seen = HashSet::new();
    for (_, item) in quiz.flat_items() {
        let id = identifier(&item.slug).expect("an item id");
        assert!(is_cmi_identifier(&id), "{id}");
        assert_eq!(
            id, item.slug,
            "item ids are already valid, so they are kept as they are"
        );
        assert!(seen.insert(id), "duplicate id {}", item.slug);
    }
    assert_eq!(seen.len(), quiz.item_count());
    assert!(is_cmi_identifier(RESULT_CODE_ID));
    assert!(!seen.contains(RESULT_CODE_ID));
}

#[test]
fn session_time_is_hhhh_mm_ss_ss() {
    let format = |s: &str| {
        let b = s.as_bytes();
        s.len() == 13
            && [4, 7].iter().all(|&i| b[i] == b':')
            && b[10] == b'.'
            && b.iter()
                .enumerate()
                .all(|(i, c)| [4, 7, 10].contains(&i) || c.is_ascii_digit())
    };
    for millis in [
        0,
        9,
        10,
        59_999,
        3_599_990,
        86_400_000,
        36_000_000_000,
        u64::MAX,
    ] {
        assert!(
            format(&timespan(millis)),
            "{millis} ms gave {}",
            timespan(millis)
        );
    }
    assert_eq!(timespan(5 * 60_000 + 7_250), "0000:05:07.25");
    assert_eq!(timespan(u64::MAX), "9999:59:59.99");
}

#[test]
fn a_whole_session_writes_status_interactions_code_progress_and_exit() {
    let quiz = quiz();
    let items = quiz.flat_items();
    let (mut recorder, start) = Recorder::start(first_launch(items.len()));
    assert_eq!(
        pairs(&start),
        [
            ("cmi.core.lesson_status", "incomplete"),
            ("cmi.core.exit", "suspend")
        ]
    );
    let mut answers = vec![Answer::Unanswered; items.len()];
    let mut writes = Vec::new();
    for (i, (_, item)) in items.iter().enumerate() {
        answers[i] = if i == 1 {
            Answer::Skipped
        } else {
            Answer::Value(Point::ALL[i % 5])
        };
        let progress = Progress {
            position: i,
            answers: answers.clone(),
        };
        let stored = suspend::write(&progress, quiz.version).unwrap();
        writes.extend(recorder.answer(i, &item.slug, answers[i], at(), Some(&stored)));
    }
    let code = encode(quiz.version, &answers);
    let last = Progress {
        position: items.len() - 1,
        answers: answers.clone(),
    };
    let stored = suspend::write(&last, quiz.version).unwrap();
    writes.extend(recorder.finish(&code, &answers, at(), Some(&stored)));
    let w = pairs(&writes);
    let get = |element: &str| {
        w.iter()
            .filter(|(e, _)| *e == element)
            .map(|(_, v)| *v)
            .collect::<Vec<_>>()
    };
    for (i, (_, item)) in items.iter().enumerate() {
        assert_eq!(
            get(&format!("cmi.interactions.{i}.id")),
            [item.slug.as_ref()]
        );
        assert_eq!(get(&format!("cmi.interactions.{i}.type")), ["likert"]);
        assert_eq!(get(&format!("cmi.interactions.{i}.time")), ["14:03:09"]);
        let response = if i == 1 {
            String::new()
        } else {
            ((i % 5) + 1).to_string()
        };
        assert_eq!(
            get(&format!("cmi.interactions.{i}.student_response")),
            [response.as_str()]
        );
    }
    let n = items.len();
    assert_eq!(get(&format!("cmi.interactions.{n}.id")), [RESULT_CODE_ID]);
    assert_eq!(get(&format!("cmi.interactions.{n}.type")), ["fill-in"]);
    assert_eq!(
        get(&format!("cmi.interactions.{n}.student_response")),
        [code.as_str()]
    );
    // The end: final progress with the map of interactions, the score (every statement
    // was responded to), completed, normal exit; nothing suspends after completion.
    let map: Vec<String> = (0..n).map(|i| i.to_string()).collect();
    let final_data = format!("{stored}|{},r", map.join(","));
    assert_eq!(
        &w[w.len() - 6..],
        [
            ("cmi.suspend_data", final_data.as_str()),
            ("cmi.core.score.min", "0"),
            ("cmi.core.score.max", "100"),
            ("cmi.core.score.raw", "100"),
            ("cmi.core.lesson_status", "completed"),
            ("cmi.core.exit", "")
        ]
    );
    assert_eq!(
        get("cmi.core.exit")
            .iter()
            .filter(|v| **v == "suspend")
            .count(),
        n
    );
    assert!(final_data.len() <= MAX_SUSPEND_DATA);
    assert_eq!(
        suspend::read(&final_data, quiz.version, n),
        Saved::Progress(last)
    );
    assert_eq!(recorder.session_time(61_000).value, "0000:01:01.00");
}

#[test]
fn a_relaunch_appends_after_the_lms_count_and_never_undoes_completion() {
    let (mut recorder, start) = Recorder::start(Launch {
        lesson_status: "incomplete",
        interaction_count: Some("7"),
        suspend_data: "",
        items: 44,
        version: quiz().version,
    });
    assert_eq!(start.len(), 2);
    let writes = recorder.answer(
        0,
        "emotional-arousal-1",
        Answer::Value(Point::Three),
        at(),
        None,
    );
    assert_eq!(writes[0].element, "cmi.interactions.7.id");
    let (mut done, start) = Recorder::start(Launch {
        lesson_status: "completed",
        interaction_count: Some("0"),
        suspend_data: "",
        items: 44,
        version: quiz().version,
    });
    assert!(start.is_empty(), "a completed lesson stays completed");
    let writes = done.answer(0, "x", Answer::Value(Point::Two), at(), Some("p"));
    assert_eq!(writes[0].element, "cmi.interactions.0.id");
    assert!(
        writes.iter().all(|w| w.element != "cmi.core.exit"),
        "no suspend once completed"
    );
    assert_eq!(pairs(&done.clear()), [("cmi.suspend_data", "|0")]);
}

#[test]
fn values_outside_scorm_limits_are_not_written() {
    let (mut recorder, _) = Recorder::start(first_launch(44));
    assert!(recorder
        .answer(0, "   ", Answer::Value(Point::Three), at(), None)
        .iter()
        .all(|w| !w.element.contains("interactions")));
    let too_long = "A".repeat(256);
    let writes = recorder.finish(&too_long, &[], at(), None);
    assert!(writes.iter().all(|w| !w.element.contains("interactions")));
    // The next interaction still takes index 0: nothing was skipped in the LMS's list.
    let writes = recorder.answer(1, "a", Answer::Value(Point::One), at(), None);
    assert_eq!(writes[0].element, "cmi.interactions.0.id");
}

mod views {
    use explainer::domain::address::{Document, LinkStyle, PageAddress, Route};
    use explainer::domain::lang::Lang;
    use explainer::domain::scorm::{package_file, LmsReport, LmsStatus};
    use explainer::ui::app::{page_state, AppProps};
    use explainer::ui::components::lms_notice::lms_notice;
    use explainer::ui::kit::KitApp;
    use yew::prelude::*;
    use yew::LocalServerRenderer;

    #[derive(Properties, PartialEq)]
    struct NoticeProps {
        report: LmsReport,
        lang: Lang,
    }

    #[function_component(Notice)]
    fn notice(props: &NoticeProps) -> Html {
        lms_notice(props.report, props.lang)
    }

    async fn notice_html(status: LmsStatus, unreadable_progress: bool, lang: Lang) -> String {
        let report = LmsReport {
            status,
            unreadable_progress,
        };
        LocalServerRenderer::<Notice>::with_props(NoticeProps { report, lang })
            .render()
            .await
    }

    #[tokio::test]
    async fn the_notice_says_one_thing_in_each_language_and_nothing_off_an_lms() {
        assert!(!notice_html(LmsStatus::Off, false, Lang::En)
            .await
            .contains("<p"));
        for (status, unreadable, en) in [
            (
                LmsStatus::Recording,
                false,
                "Your course records your answers",
            ),
            (LmsStatus::Recording, true, "failed its check"),
            (LmsStatus::NotRecording, false, "not being recorded"),
        ] {
            let html = notice_html(status, unreadable, Lang::En).await;
            assert_eq!(html.matches("data-testid=\"lms-notice\"").count(), 1);
            assert!(html.contains(en), "{html}");
            assert!(html.contains("role=\"status\""));
            let id = notice_html(status, unreadable, Lang::Id).await;
            assert!(
                !id.contains(en) && id.to_lowercase().contains("kursus"),
                "{id}"
            );
        }
    }

    #[tokio::test]
    async fn teach_offers_a_package_per_language_with_what_each_lms_does() {
        let page = PageAddress::new(Lang::En, Route::Teach);
        let initial = page_state(
            Document::Teach,
            &page,
            LinkStyle::Folders,
            "https://example.org/",
        );
        let html = LocalServerRenderer::<KitApp>::with_props(AppProps { initial })
            .render()
            .await;
        for lang in Lang::ALL {
            let href = format!("href=\"https://example.org/lms/{}\"", package_file(lang));
            assert!(html.contains(&href), "{href} in {html}");
        }
        for lms in ["Moodle", "Canvas", "Blackboard", "Brightspace"] {
            assert!(html.contains(lms), "{lms}");
        }
    }

    /// The `<a …>` tags (opening tag and text) of `html` whose href starts with `prefix`.
    fn anchors<'a>(html: &'a str, prefix: &str) -> Vec<&'a str> {
        html.split("<a ")
            .skip(1)
            .filter(|a| {
                a.starts_with(&format!("href=\"{prefix}"))
                    || a.contains(&format!(" href=\"{prefix}"))
            })
            .map(|a| &a[..a.find("</a>").unwrap_or(a.len())])
            .collect()
    }

    async fn quiz_doc(route: Route, lang: Lang, course_records: bool) -> String {
        use explainer::ui::quiz_doc::QuizApp;
        let page = PageAddress::new(lang, route);
        let initial = explainer::ui::state::AppState {
            course_records,
            ..page_state(Document::Quiz, &page, LinkStyle::Files, "")
        };
        LocalServerRenderer::<QuizApp>::with_props(AppProps { initial })
            .render()
            .await
    }

    #[tokio::test]
    async fn while_a_course_records_links_leaving_the_quiz_open_a_new_tab_and_say_so() {
        use explainer::domain::quiz::answers::{Answer, Point};
        let code = explainer::domain::quiz::code::encode(
            explainer::domain::content::quiz().version,
            &vec![Answer::Value(Point::Four); explainer::domain::content::quiz().item_count()],
        );
        for (lang, says) in [
            (Lang::En, "(opens in a new tab)"),
            (Lang::Id, "(membuka tab baru)"),
        ] {
            let other = lang.other().code();
            for route in [Route::Quiz, Route::Results(code.clone())] {
                let html = quiz_doc(route.clone(), lang, true).await;
                // Reading pages, the overview, the kit and the other language leave the document.
                let leaving: Vec<&str> = [
                    format!("../../{}/about/index.html", lang.code()),
                    format!("../../{}/index.html", lang.code()),
                    format!("../../{}/teach/index.html", lang.code()),
                    format!("../../{}/glossary/index.html", lang.code()),
                    format!("../../{other}/"),
                ]
                .iter()
                .flat_map(|prefix| anchors(&html, prefix))
                .collect();
                assert!(leaving.len() >= 6, "{route:?}: {leaving:?}");
                for a in &leaving {
                    assert!(
                        a.contains("target=\"_blank\"") && a.contains("rel=\"noopener\""),
                        "{a}"
                    );
                    assert!(
                        a.contains("aria-hidden=\"true\" class=\"new-tab\">\u{a0}↗</span>"),
                        "{a}"
                    );
                    assert!(a.contains("class=\"sr-only\">"), "{a}");
                }
                // Each in its text's language: the language switch speaks the other one.
                let switch = anchors(&html, &format!("../../{other}/"))[0];
                assert!(
                    switch.contains(&format!(
                        " {}",
                        explainer::domain::i18n::shell::OPENS_NEW_TAB.get(lang.other())
                    )),
                    "{switch}"
                );
                assert!(anchors(&html, &format!("../../{}/about/", lang.code()))[0].contains(says));
                // The quiz and its results stay in the document: same tab.
                for a in anchors(&html, &format!("../../{}/quiz/index.html", lang.code())) {
                    assert!(!a.contains("target=") && !a.contains('↗'), "{a}");
                }
                if let Route::Results(_) = route {
                    let findings = anchors(&html, &format!("../../{}/motivations/", lang.code()));
                    assert!(findings.len() >= 5, "{findings:?}");
                    assert!(findings.iter().all(|a| a.contains("target=\"_blank\"")));
                }
                // Without a course recording, every link opens in place.
                let plain = quiz_doc(route.clone(), lang, false).await;
                assert!(
                    !plain.contains("target=\"_blank\"") && !plain.contains('↗'),
                    "{route:?}"
                );
                assert!(plain.contains(&format!("href=\"../../{}/about/index.html\"", lang.code())));
            }
        }
    }
}
