//! The shareable results card: a preview drawn as SVG from the very drawing the PNG is made
//! of (the story, in the theme the main button shares), the card as text, a light/dark
//! choice, and buttons that make the PNG on demand (share sheet or download).

use crate::domain::card::{layout, CardFormat, CardLine, CardText, CardTheme, Op, FONT_FAMILY};
use crate::domain::i18n::{card as c, quiz as q};
use crate::domain::lang::Lang;
use crate::platform::card::Delivery;
use crate::ui::components::copy_button::CopyButton;
use crate::ui::state::use_lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`ResultsCard`].
#[derive(Properties, PartialEq)]
pub struct ResultsCardProps {
    /// The card's words.
    pub text: Rc<CardText>,
    /// The first-person lines, one per family the answers support.
    pub lines: Rc<Vec<CardLine>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Done(Delivery),
    Failed,
}

/// One drawing operation as SVG. Text is laid out to fit at its natural width, so nothing
/// is squeezed: a line that still looks wider than its room (about 0.55 of its size a
/// character) is drawn smaller, as the canvas does. The build draws each page's link preview
/// with it too (`prerender::preview`).
pub fn op_svg(op: &Op) -> Html {
    match op {
        Op::Fill {
            x,
            y,
            w,
            h,
            radius,
            colour,
        } => html! {
            <rect x={x.to_string()} y={y.to_string()} width={w.to_string()} height={h.to_string()}
                rx={radius.to_string()} fill={colour.css()} />
        },
        Op::Text {
            x,
            y,
            size,
            bold,
            colour,
            text,
            max_width,
        } => {
            let estimated = (text.chars().count() as u32 * size * 11 / 20).max(1);
            let size = if estimated > *max_width {
                size * max_width / estimated
            } else {
                *size
            };
            html! {
                <text x={x.to_string()} y={y.to_string()} font-size={size.to_string()}
                    font-weight={if *bold { "700" } else { "400" }} fill={colour.css()}
                    dominant-baseline="hanging">{text.clone()}</text>
            }
        }
        Op::Icon {
            x,
            y,
            size,
            glyph,
            colour,
        } => html! {
            <svg x={x.to_string()} y={y.to_string()} width={size.to_string()} height={size.to_string()} viewBox="0 0 24 24">
                <path d={glyph.path()} fill="none" stroke={colour.css()} stroke-width="2"
                    stroke-linecap="round" stroke-linejoin="round" />
            </svg>
        },
    }
}

/// The card's words as text, for screen readers and for anyone who prefers text: exactly
/// what the picture says, plus the full results link.
fn card_text(text: &CardText, lines: &[CardLine], summary: &str) -> Html {
    let lines: Html = if lines.is_empty() {
        html! { <li>{text.none.clone()}</li> }
    } else {
        lines
            .iter()
            .map(|l| html! { <li>{format!("{}: {}.", l.lead, l.words)}</li> })
            .collect()
    };
    html! {
        <details class="card-text" data-testid="card-text">
            <summary>{summary.to_string()}</summary>
            <p><strong>{text.heading.clone()}</strong></p>
            <ul>{lines}</ul>
            <p>{text.caveat.clone()}</p>
            <p class="wrap">{format!("{} {}", text.invite, text.quiz_link)}</p>
            <p class="wrap">{text.link.clone()}</p>
        </details>
    }
}

/// Makes the picture in `format` and `theme` and hands it to the reader, reporting how:
/// through the share sheet when `share` and the browser can share files, else as a download.
fn make_picture(
    (format, theme, share): (CardFormat, CardTheme, bool),
    lang: Lang,
    props: &ResultsCardProps,
    state: UseStateHandle<(Status, CardTheme)>,
) -> Callback<MouseEvent> {
    let text = props.text.clone();
    let lines = props.lines.clone();
    Callback::from(move |_| {
        let (text, lines, state) = (text.clone(), lines.clone(), state.clone());
        let name = format.file_name(lang.code(), theme);
        wasm_bindgen_futures::spawn_local(async move {
            let ops = layout(format, theme, &text, &lines);
            let result = async {
                let canvas = crate::platform::card::draw(format, &ops)?;
                let png = crate::platform::card::png(&canvas).await?;
                if share {
                    crate::platform::card::deliver(&png, &name, &text.heading).await
                } else {
                    crate::platform::files::download_blob(&name, &png)
                        .map(|()| Delivery::Downloaded)
                }
            };
            let status = match result.await {
                Ok(delivery) => Status::Done(delivery),
                Err(_) => Status::Failed,
            };
            state.set((status, theme));
        });
    })
}

/// The card with its preview, text, theme choice and share and download buttons.
#[function_component(ResultsCard)]
pub fn results_card(props: &ResultsCardProps) -> Html {
    let lang = use_lang();
    // What the last picture did and which theme the card shows: one state, so a new theme
    // also clears the message about the picture made in the other one.
    let state = use_state(|| (Status::Idle, CardTheme::Light));
    let (status, theme) = *state;
    let preview = use_memo(
        (props.text.clone(), props.lines.clone(), theme),
        |(text, lines, theme)| {
            layout(CardFormat::Story, *theme, text, lines)
                .iter()
                .map(op_svg)
                .collect::<Html>()
        },
    );
    let (w, h) = CardFormat::Story.size();
    let message = match status {
        Status::Idle => "",
        Status::Done(Delivery::Shared) => c::CARD_SHARED.get(lang),
        Status::Done(Delivery::Downloaded) => c::CARD_DOWNLOADED.get(lang),
        Status::Failed => c::CARD_FAILED.get(lang),
    };
    let dark = theme == CardTheme::Dark;
    let toggle = {
        let state = state.clone();
        let other = if dark {
            CardTheme::Light
        } else {
            CardTheme::Dark
        };
        Callback::from(move |_| state.set((Status::Idle, other)))
    };
    html! {
        <section class="card results-card" aria-labelledby="results-card-title" data-testid="results-card">
            <div class="results-card__body">
                <svg class="results-card__preview" viewBox={format!("0 0 {w} {h}")} role="img"
                    aria-label={c::CARD_PREVIEW.get(lang)} data-testid="card-preview" font-family={FONT_FAMILY}
                    data-theme={if dark { "dark" } else { "light" }}>
                    {(*preview).clone()}
                </svg>
                <div class="results-card__actions">
                    <h2 id="results-card-title">{c::CARD_TITLE.get(lang)}</h2>
                    <div class="results-card__buttons no-print">
                        <button type="button" class="button button--accent" data-testid="card-story"
                            onclick={make_picture((CardFormat::Story, theme, true), lang, props, state.clone())}>{c::CARD_SHARE_STORY.get(lang)}</button>
                        <CopyButton text={AttrValue::from(props.text.link.clone())} label={q::COPY_LINK.get(lang)} done={q::LINK_COPIED.get(lang)} />
                        <button type="button" class="button button--quiet" data-testid="card-link"
                            onclick={make_picture((CardFormat::Link, theme, false), lang, props, state.clone())}>{c::CARD_DOWNLOAD_LINK.get(lang)}</button>
                        <button type="button" class="button button--quiet" data-testid="card-dark"
                            aria-pressed={if dark { "true" } else { "false" }} onclick={toggle}>{c::CARD_DARK.get(lang)}</button>
                    </div>
                    <p class="results-card__status" role="status" aria-live="polite">{message}</p>
                </div>
            </div>
            <p class="note">{c::CARD_INTRO.get(lang)}</p>
            {card_text(&props.text, &props.lines, c::CARD_AS_TEXT.get(lang))}
        </section>
    }
}
