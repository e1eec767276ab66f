//! One statement of the quiz, and the pause between parts.
//!
//! The statement is the heading; the answers are a radio group. A tap or click on an
//! answer moves on by itself after a moment (the choice stays visible); the keyboard never
//! moves the reader without a key meant for it: arrow keys change the answer within the
//! group, Enter or Space chooses the focused answer and moves on. Back, and Next (Skip while
//! nothing is chosen), stay.

use super::quiz_state::{QuizAction, QuizState};
use crate::domain::address::route::Route;
use crate::domain::content::quiz;
use crate::domain::i18n::quiz as q;
use crate::domain::lang::Lang;
use crate::domain::quiz::answers::{Answer, Point};
use crate::domain::quiz::code::encode;
use crate::domain::quiz::form::Forms;
use crate::domain::quiz::parts::{part_at, parts, Part};
use crate::ui::components::glyph_icon::glyph_icon;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// How long a tapped answer stays in view before the next statement.
const ADVANCE_MS: u32 = 250;

/// The family colour class of a part, for its icon.
fn family(part: &Part) -> Option<&'static str> {
    Some(part.family.slug()).filter(|f| *f != "closeness")
}

/// The parts as steps: done, current, to come (the words say which; the icons decorate).
fn steps(all: &[Part], current: usize, lang: Lang) -> Html {
    let items: Html = all
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let state = match i.cmp(&current) {
                std::cmp::Ordering::Less => "done",
                std::cmp::Ordering::Equal => "current",
                std::cmp::Ordering::Greater => "next",
            };
            html! {
                <li class={classes!("quiz-steps__step", format!("is-{state}"))} aria-current={(i == current).then_some("step")}>
                    {glyph_icon(part.glyph(), family(part))}
                    <span class="sr-only">{part.name().get(lang)}</span>
                </li>
            }
        })
        .collect();
    html! { <ol class="quiz-steps" aria-label={q::PARTS_LABEL.get(lang)}>{items}</ol> }
}

/// The part header: which part of how many, its name and icon, the steps and how far into
/// the part the reader is.
fn part_header(all: &[Part], current: usize, index: usize, lang: Lang) -> Html {
    let part = &all[current];
    let within = index - part.start + 1;
    let of = q::PART_OF.fill(lang, &[&(current + 1).to_string(), &all.len().to_string()]);
    html! {
        <div class="quiz-part" data-part={part.family.slug()}>
            <p class="quiz-part__name with-glyph">
                {glyph_icon(part.glyph(), family(part))}
                <span><span class="quiz-part__of">{of}{" · "}</span><strong>{part.name().get(lang)}</strong></span>
            </p>
            <div class="progress">
                {steps(all, current, lang)}
                <progress id="quiz-progress" max={part.len.to_string()} value={within.to_string()} aria-label={q::PROGRESS_LABEL.get(lang)}></progress>
                <span>{q::PART_PROGRESS.fill(lang, &[&within.to_string(), &part.len.to_string()])}</span>
            </div>
        </div>
    }
}

/// One statement with its answers, Back, Next or Skip, and on the last one "See my results".
/// `pointer` is set while a tap or click is under way, so its change moves on and an arrow
/// key's does not.
pub fn item(
    state: &QuizState,
    index: usize,
    lang: Lang,
    dispatch: &Callback<QuizAction>,
    pointer: &Rc<Cell<bool>>,
) -> Html {
    let quiz = quiz();
    let items = quiz.flat_items();
    let Some((construct, item)) = items.get(index) else {
        return html! {};
    };
    let total = items.len();
    let all = parts(&quiz.form());
    let current = state.answers.get(index).copied().unwrap_or_default();
    let labels = quiz.scale_for(construct);
    let last = index + 1 == total;
    let option = |value: Answer, label: &str, key: String| {
        let onchange = {
            let (dispatch, pointer) = (dispatch.clone(), pointer.clone());
            Callback::from(move |_: Event| {
                dispatch.emit(QuizAction::Answer(index, value));
                if pointer.replace(false) && !last {
                    let dispatch = dispatch.clone();
                    crate::platform::dom::after(ADVANCE_MS, move || {
                        dispatch.emit(QuizAction::Advance(index))
                    });
                }
            })
        };
        let onkeydown = {
            let (dispatch, pointer) = (dispatch.clone(), pointer.clone());
            Callback::from(move |e: KeyboardEvent| {
                pointer.set(false);
                if matches!(e.key().as_str(), "Enter" | " ") {
                    // Enter or Space: this answer, and on (not on the last statement,
                    // where "See my results" is the next step).
                    e.prevent_default();
                    dispatch.emit(QuizAction::Answer(index, value));
                    dispatch.emit(QuizAction::Advance(index));
                }
            })
        };
        let onpointerdown = {
            let pointer = pointer.clone();
            Callback::from(move |_: PointerEvent| pointer.set(true))
        };
        let id = format!("item-{}-{key}", item.slug);
        html! {
            <label class={classes!("choice", matches!(value, Answer::Skipped).then_some("choice--skip"))} for={id.clone()} {onpointerdown}>
                <input type="radio" {id} name={format!("item-{}", item.slug)} value={key} checked={current == value} {onchange} {onkeydown} />
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
    let next = dispatch.reform(move |_: MouseEvent| QuizAction::Advance(index));
    let finish = {
        // The code is made when the reader finishes, not on every render.
        let (version, finished) = (quiz.version, state.clone());
        Callback::from(move |_: MouseEvent| {
            let code = encode(version, &finished.answers);
            crate::platform::storage::remember_finished(&code);
            super::quiz_lms::record_finish(&code, &finished.answers, finished.progress().as_ref());
            crate::platform::location::navigate(&Route::Results(code), lang)
        })
    };
    let next_label = if current == Answer::Unanswered {
        q::SKIP_ITEM
    } else {
        q::NEXT_ITEM
    };
    html! {
        <section class="quiz-item" data-testid="quiz-item" data-index={index.to_string()} data-widget="">
            {part_header(&all, part_at(&all, index), index, lang)}
            <h2 id="quiz-item-title" class="quiz-item__statement" tabindex="-1">{item.text.get(lang)}</h2>
            <fieldset key={&*item.slug} class="item" role="radiogroup" aria-labelledby="quiz-item-title" data-construct={AttrValue::Static(&construct.slug)}>
                <div class="choices">{choices}</div>
            </fieldset>
            <p class="actions">
                if index > 0 { <button type="button" class="button" data-testid="quiz-back" onclick={back}>{q::BACK.get(lang)}</button> }
                if last {
                    <button type="button" class="button button--accent" data-testid="quiz-finish" onclick={finish}>{q::SEE_RESULTS.get(lang)}</button>
                } else {
                    <button type="button" class="button" data-testid="quiz-next" onclick={next}>{next_label.get(lang)}</button>
                }
            </p>
        </section>
    }
}

/// The pause before part `part` (starting at statement `start`): what is done, what comes,
/// Continue and Back.
pub fn pause(part: usize, start: usize, lang: Lang, dispatch: &Callback<QuizAction>) -> Html {
    let all = parts(&quiz().form());
    let Some(next) = all.get(part) else {
        return html! {};
    };
    let done = q::PART_DONE.fill(lang, &[&part.to_string(), &all.len().to_string()]);
    let coming = q::PART_NEXT.fill(lang, &[next.name().get(lang), &next.len.to_string()]);
    // Said once: at the first pause with half the statements or more behind the reader.
    let total = quiz().item_count();
    let before = part
        .checked_sub(1)
        .and_then(|p| all.get(p))
        .map_or(0, |p| p.start);
    let halfway = start * 2 >= total && before * 2 < total;
    let go = dispatch.reform(move |_: MouseEvent| QuizAction::Go(start));
    let back = dispatch.reform(move |_: MouseEvent| QuizAction::Go(start.saturating_sub(1)));
    html! {
        <section class="quiz-pause" data-testid="quiz-pause" data-part={next.family.slug()} data-widget="">
            <div class="progress">{steps(&all, part, lang)}</div>
            <h2 id="quiz-pause-title" tabindex="-1">{done}{if halfway { format!(" {}", q::HALFWAY.get(lang)) } else { String::new() }}</h2>
            <p class="quiz-part__name with-glyph">
                {glyph_icon(next.glyph(), family(next))}
                <span>{coming}</span>
            </p>
            <p>{next.blurb().get(lang)}</p>
            <p class="actions">
                <button type="button" id="quiz-continue" class="button button--accent" data-testid="quiz-continue" onclick={go}>{q::CONTINUE.get(lang)}</button>
                <button type="button" class="button" data-testid="quiz-back" onclick={back}>{q::BACK.get(lang)}</button>
            </p>
        </section>
    }
}
