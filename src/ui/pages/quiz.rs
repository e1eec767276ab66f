//! `quiz/`: intro, one statement at a time with a progress bar, then the results link.

use super::quiz_intro::{Keeper, QuizIntro};
use super::quiz_lms::{self, LmsRecording};
use super::quiz_state::{Phase, QuizAction, QuizState};
use crate::domain::address::route::Route;
use crate::domain::content::quiz;
use crate::domain::i18n::quiz as q;
use crate::domain::lang::Lang;
use crate::domain::quiz::answers::{Answer, Point};
use crate::domain::quiz::code::encode;
use crate::domain::quiz::form::Forms;
use crate::domain::quiz::progress::Progress;
use crate::platform::storage;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Progress saved on this device, and whether an earlier version's progress was found there.
/// That is not resumed (its statements are no longer asked): it is removed, and the intro
/// says so.
fn device_progress() -> (Option<Progress>, bool) {
    let quiz = quiz();
    let stored = storage::get(storage::QUIZ_KEY).ok().flatten();
    let saved = stored
        .as_deref()
        .and_then(|stored| Progress::from_stored(stored, quiz.version, quiz.item_count()));
    let outdated = stored
        .as_deref()
        .and_then(|stored| Progress::outdated_version(stored, &quiz.forms()))
        .is_some();
    if outdated {
        let _ = storage::remove(storage::QUIZ_KEY);
    }
    (saved, outdated)
}

fn item(state: &QuizState, index: usize, lang: Lang, dispatch: &Callback<QuizAction>) -> Html {
    let quiz = quiz();
    let items = quiz.flat_items();
    let Some((construct, item)) = items.get(index) else {
        return html! {};
    };
    let total = items.len();
    let current = state.answers.get(index).copied().unwrap_or_default();
    let labels = quiz.scale_for(construct);
    let option = |value: Answer, label: &str, key: String| {
        let onchange = dispatch.reform(move |_: Event| QuizAction::Answer(index, value));
        let id = format!("item-{}-{key}", item.slug);
        html! {
            <label class={classes!("choice", matches!(value, Answer::Skipped).then_some("choice--skip"))} for={id.clone()}>
                <input type="radio" {id} name={format!("item-{}", item.slug)} value={key} checked={current == value} {onchange} />
                <span>{label}</span>
            </label>
        }
    };
    let choices: Html = labels
        .iter()
        .zip(Point::ALL)
        .map(|(label, point)| {
            option(
                Answer::Value(point),
                label.get(lang),
                point.get().to_string(),
            )
        })
        .chain(std::iter::once(option(
            Answer::Skipped,
            q::SKIP.get(lang),
            "skip".into(),
        )))
        .collect();
    let back = dispatch.reform(move |_: MouseEvent| QuizAction::Go(index.saturating_sub(1)));
    let next = dispatch.reform(move |_: MouseEvent| QuizAction::Go(index + 1));
    let finish = {
        // The code is made when the reader finishes, not on every render.
        let (version, finished) = (quiz.version, state.clone());
        Callback::from(move |_: MouseEvent| {
            let code = encode(version, &finished.answers);
            quiz_lms::record_finish(&code, &finished.answers, finished.progress().as_ref());
            crate::platform::location::navigate(&Route::Results(code), lang)
        })
    };
    let progress = q::PROGRESS.fill(lang, &[&(index + 1).to_string(), &total.to_string()]);
    html! {
        <section class="quiz-item" data-testid="quiz-item" data-index={index.to_string()} data-widget="">
            <div class="progress">
                <progress id="quiz-progress" max={total.to_string()} value={(index + 1).to_string()} aria-label={q::PROGRESS_LABEL.get(lang)}></progress>
                <span>{progress}</span>
            </div>
            <fieldset key={&*item.slug} class="item" role="radiogroup" data-construct={AttrValue::Static(&construct.slug)} aria-describedby="quiz-about">
                <legend id="quiz-item-title" tabindex="-1">{item.text.get(lang)}</legend>
                <p id="quiz-about" class="quiz-about">{q::ABOUT_INFLUENCER.get(lang)}{" "}<span class="family-tag">{construct.label.get(lang)}</span></p>
                <div class="choices">{choices}</div>
            </fieldset>
            <p class="actions">
                if index > 0 { <button type="button" class="button" data-testid="quiz-back" onclick={back}>{q::BACK.get(lang)}</button> }
                if index + 1 < total {
                    <button type="button" class="button button--accent" data-testid="quiz-next" onclick={next}>{q::NEXT_ITEM.get(lang)}</button>
                } else {
                    <button type="button" class="button button--accent" data-testid="quiz-finish" onclick={finish}>{q::SEE_RESULTS.get(lang)}</button>
                }
            </p>
        </section>
    }
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
    // A new statement takes focus; choosing an answer must leave focus on the radio.
    use_effect_with(state.phase, |phase| {
        if matches!(phase, Phase::Item(_)) {
            crate::platform::dom::focus("quiz-item-title");
        }
    });
    html! {
        <>
            <h1>{q::QUIZ_TITLE.get(lang)}</h1>
            if !state.storage_ok { <p class="warning" role="status" data-testid="storage-warning" data-widget="">{q::STORAGE_OFF.get(lang)}</p> }
            {match state.phase {
                Phase::Intro => html! { <QuizIntro state={(*state).clone()} keeper={*keeper} dispatch={dispatch.clone()} /> },
                Phase::Item(index) => item(&state, index, lang, &dispatch),
            }}
        </>
    }
}
