//! `quiz/`: intro, one statement at a time in four named parts with a pause between them,
//! then the results link.

use super::quiz_intro::{Keeper, QuizIntro};
use super::quiz_item::{item, pause};
use super::quiz_lms::{self, LmsRecording};
use super::quiz_state::{Phase, QuizAction, QuizState};
use crate::domain::content::quiz;
use crate::domain::i18n::quiz as q;
use crate::domain::quiz::answers::Answer;
use crate::domain::quiz::form::Forms;
use crate::domain::quiz::progress::Progress;
use crate::platform::storage;
use crate::ui::state::use_lang;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Progress saved on this device, and whether an earlier version's progress was found there.
/// That is not resumed (its statements are no longer asked): it is removed, and the intro
/// says so.
fn device_progress() -> (Option<Progress>, bool) {
    let quiz = quiz();
    let stored = storage::get(storage::QUIZ_KEY).ok().flatten();
    let saved = stored.as_deref().and_then(current_progress);
    let outdated = stored
        .as_deref()
        .and_then(|stored| Progress::outdated_version(stored, &quiz.forms()))
        .is_some();
    if outdated {
        let _ = storage::remove(storage::QUIZ_KEY);
    }
    (saved, outdated)
}

/// Progress of the current quiz version in its stored form, if intact.
fn current_progress(stored: &str) -> Option<Progress> {
    let quiz = quiz();
    Progress::from_stored(stored, quiz.version, quiz.item_count())
}

/// The answers saved where this reader answers: the course's progress inside a course that
/// records, else this device's, else (storage blocked) the answers finished on this page.
/// Read by the results page to tell the reader's own results from results shared with them.
pub fn saved_answers() -> Option<Vec<Answer>> {
    let progress = match quiz_lms::course_progress() {
        Some(course) => course,
        None => storage::get(storage::QUIZ_KEY)
            .ok()
            .flatten()
            .as_deref()
            .and_then(current_progress),
    };
    let quiz = quiz();
    progress.map(|p| p.answers).or_else(|| {
        let code = storage::finished()?;
        crate::domain::quiz::code::decode(&code, quiz.version, quiz.item_count()).ok()
    })
}

/// The quiz page.
#[function_component(QuizPage)]
pub fn quiz_page() -> Html {
    let lang = use_lang();
    let quiz = quiz();
    let state = use_reducer(|| QuizState::new(quiz.item_count()));
    // Whether the course or this device keeps the progress (known once mounted).
    let keeper = use_state(|| Keeper::Unknown);
    let lms = use_mut_ref(LmsRecording::default);
    // Set while a tap or click on an answer is under way (see `quiz_item`).
    let pointer = use_memo((), |_| Rc::new(Cell::new(false)));
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    {
        let dispatch = dispatch.clone();
        let keeper = keeper.clone();
        use_effect_with((), move |_| {
            keeper.set(if quiz_lms::course_keeps_progress() {
                Keeper::Course
            } else {
                Keeper::Device
            });
            let storage_ok = storage::is_available();
            // Inside a course that keeps progress, this device's storage (perhaps a shared
            // computer's) is neither read nor written.
            let (saved, outdated) = match quiz_lms::course_progress() {
                Some(saved) => (saved, false),
                None => device_progress(),
            };
            dispatch.emit(QuizAction::Loaded {
                saved,
                storage_ok,
                outdated,
            });
        });
    }
    {
        // Keep progress after every answer and move.
        let dispatch = dispatch.clone();
        let snapshot = (state.phase, state.answers.clone(), state.cleared);
        let storage_ok = state.storage_ok;
        let progress = state.progress();
        use_effect_with(snapshot, move |(phase, answers, cleared)| {
            if *cleared {
                let _ = storage::remove(storage::QUIZ_KEY);
                // The focused "clear" button is gone; keep keyboard users on the page.
                crate::platform::dom::focus("quiz-start");
            }
            if quiz_lms::course_keeps_progress() {
                lms.borrow_mut().after_change(*phase, answers, *cleared);
            } else if let (Some(progress), true) = (progress, storage_ok) {
                if storage::set(storage::QUIZ_KEY, &progress.to_stored(quiz.version)).is_err() {
                    dispatch.emit(QuizAction::StorageFailed);
                }
            }
        });
    }
    // A new statement or pause takes focus; choosing an answer must leave focus on the radio.
    use_effect_with(state.phase, |phase| match phase {
        Phase::Item(_) => crate::platform::dom::focus("quiz-item-title"),
        Phase::Pause { .. } => crate::platform::dom::focus("quiz-pause-title"),
        Phase::Intro => {}
    });
    html! {
        <>
            <h1>{q::QUIZ_TITLE.get(lang)}</h1>
            if !state.storage_ok { <p class="warning" role="status" data-testid="storage-warning" data-widget="">{q::STORAGE_OFF.get(lang)}</p> }
            {match state.phase {
                Phase::Intro => html! { <QuizIntro state={(*state).clone()} keeper={*keeper} dispatch={dispatch.clone()} /> },
                Phase::Item(index) => item(&state, index, lang, &dispatch, &pointer),
                Phase::Pause { part, start } => pause(part, start, lang, &dispatch),
            }}
        </>
    }
}
