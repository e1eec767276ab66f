//! The quiz's first screen: caution, instructions, and start or resume. What it says about
//! where answers are kept depends on who keeps them: this device, or the reader's course.

use super::quiz_state::{QuizAction, QuizState};
use crate::domain::content::quiz;
use crate::domain::i18n::{lms as l, quiz as q};
use crate::domain::lang::Lang;
use crate::domain::quiz::form::Forms;
use crate::domain::quiz::length::{minutes, SECONDS_PER_STATEMENT};
use crate::domain::quiz::parts::parts;
use crate::ui::components::glyph_icon::glyph_icon;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Who keeps the reader's progress, as far as the page knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeper {
    /// Not known yet: the page as prerendered, before the app has looked. Nothing is said.
    Unknown,
    /// This device's storage (the public site, or a package whose course does not record).
    Device,
    /// The course the package runs in, which records the answers.
    Course,
}

/// Properties of [`QuizIntro`].
#[derive(Properties, PartialEq)]
pub struct QuizIntroProps {
    /// The quiz state (saved progress, a clear just made, an outdated version found).
    pub state: QuizState,
    /// Who keeps the progress.
    pub keeper: Keeper,
    /// Where the buttons send their actions.
    pub dispatch: Callback<QuizAction>,
}

/// The opening the quiz and its prerendered shell share, so it paints from the HTML and
/// stays put when the quiz starts: the caution in one sentence (the whole of it on request)
/// and how long the quiz is.
pub fn intro_head(lang: Lang) -> Html {
    let quiz = quiz();
    let count = quiz.item_count();
    let length = q::QUIZ_LENGTH.fill(
        lang,
        &[
            &count.to_string(),
            &parts(&quiz.form()).len().to_string(),
            &minutes(count).to_string(),
        ],
    );
    html! {
        <>
            <p class="disclaimer" data-testid="caveat">{q::CAVEAT_SHORT.get(lang)}</p>
            <details class="caveat-more">
                <summary>{q::CAVEAT_MORE.get(lang)}</summary>
                <p data-testid="disclaimer">{quiz.disclaimer.get(lang)}</p>
            </details>
            <p class="quiz-length" data-testid="quiz-length"><strong>{length}</strong></p>
        </>
    }
}

/// The four parts with their icons and sizes, and how the time was worked out.
fn parts_list(lang: Lang) -> Html {
    let all = parts(&quiz().form());
    html! {
        <>
            <ol class="quiz-parts">
                {for all.iter().map(|part| html! {
                    <li class="with-glyph">
                        {glyph_icon(part.glyph(), Some(part.family.slug()).filter(|f| *f != "closeness"))}
                        <span><strong>{part.name().get(lang)}</strong>{format!(" ({}) · ", part.len)}{part.blurb().get(lang)}</span>
                    </li>
                })}
            </ol>
            <p class="note">{q::QUIZ_LENGTH_HOW.fill(lang, &[&SECONDS_PER_STATEMENT.to_string()])}</p>
        </>
    }
}

/// The intro screen. Inside a course that records, nothing says answers stay on this
/// device (the course's notice says they are recorded); outside one, nothing mentions a
/// course.
#[function_component(QuizIntro)]
pub fn quiz_intro(props: &QuizIntroProps) -> Html {
    let lang = use_lang();
    let quiz = quiz();
    let (state, dispatch) = (&props.state, &props.dispatch);
    let from_course = props.keeper == Keeper::Course;
    let start = dispatch.reform(|_: MouseEvent| QuizAction::StartOver);
    let resume = dispatch.reform(|_: MouseEvent| QuizAction::Resume);
    let clear = dispatch.reform(|_: MouseEvent| QuizAction::Clear);
    let kept = match props.keeper {
        Keeper::Device => format!(" {}", q::KEPT_ON_DEVICE.get(lang)),
        Keeper::Unknown | Keeper::Course => String::new(),
    };
    html! {
        <section class="quiz-intro" data-testid="quiz-intro" data-widget="">
            {intro_head(lang)}
            if let Some(saved) = &state.saved {
                <div class="card" data-testid="resume-offer">
                    <p>{if from_course { l::RESUME_OFFER_COURSE.get(lang) } else { q::RESUME_OFFER.get(lang) }}</p>
                    <p class="actions">
                        <button type="button" class="button button--accent" onclick={resume}>
                            {q::RESUME.fill(lang, &[&(saved.position + 1).to_string()])}
                        </button>
                        <button type="button" class="button" onclick={start}>{q::START_OVER.get(lang)}</button>
                        <button type="button" class="button button--quiet" onclick={clear}>{q::CLEAR.get(lang)}</button>
                    </p>
                </div>
            } else {
                <p class="actions"><button type="button" id="quiz-start" class="button button--accent" data-testid="quiz-start" onclick={start}>{q::START.get(lang)}</button></p>
            }
            if state.cleared { <p role="status">{if from_course { l::CLEARED_COURSE.get(lang) } else { q::CLEARED.get(lang) }}</p> }
            if state.outdated { <p class="notice" role="status" data-testid="outdated-progress">{q::OUTDATED_PROGRESS.get(lang)}</p> }
            <p>{quiz.intro.get(lang)}{kept}</p>
            {parts_list(lang)}
        </section>
    }
}
