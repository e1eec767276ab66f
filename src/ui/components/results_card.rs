//! The shareable results card: a preview drawn as SVG from the very drawing the PNG is made
//! of, the card as text, and buttons that make the PNG on demand (share sheet or download).

use crate::domain::card::{entry_label, layout, CardFormat, CardGroup, CardText, Op};
use crate::domain::i18n::{card as c, quiz as q};
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
    /// The results, by family, in the order of the reader's answers.
    pub groups: Rc<Vec<CardGroup>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Done(Delivery),
    Failed,
}

/// One drawing operation as SVG. Text estimated wider than its room is squeezed to it, as
/// the canvas does, so the preview matches the picture. The build draws each page's link
/// preview with it too (`prerender::preview`).
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
            let estimated = text.chars().count() as u32 * size * 11 / 20;
            let squeeze = (estimated > *max_width).then(|| max_width.to_string());
            html! {
                <text x={x.to_string()} y={y.to_string()} font-size={size.to_string()}
                    font-weight={if *bold { "700" } else { "400" }} fill={colour.css()}
                    dominant-baseline="hanging" textLength={squeeze.clone()}
                    lengthAdjust={squeeze.map(|_| "spacingAndGlyphs")}>{text.clone()}</text>
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

/// The card's words as a list, for screen readers and for anyone who prefers text.
fn card_text(text: &CardText, groups: &[CardGroup], summary: &str) -> Html {
    let groups: Html = groups
        .iter()
        .map(|g| {
            let entries: Html = g
                .entries
                .iter()
                .map(|e| html! { <li>{entry_label(e, text)}</li> })
                .collect();
            html! { <li>{g.title.clone()}<ul>{entries}</ul></li> }
        })
        .collect();
    html! {
        <details class="card-text" data-testid="card-text">
            <summary>{summary.to_string()}</summary>
            <p><strong>{text.heading.clone()}</strong></p>
            <ul>{groups}</ul>
            <p>{text.caveat.clone()}</p>
            <p class="wrap">{text.link.clone()}</p>
        </details>
    }
}

/// Makes the picture in `format` and hands it to the reader, reporting how: through the
/// share sheet when `share` and the browser can share files, else as a download.
fn make_picture(
    format: CardFormat,
    share: bool,
    props: &ResultsCardProps,
    status: UseStateHandle<Status>,
) -> Callback<MouseEvent> {
    let text = props.text.clone();
    let groups = props.groups.clone();
    Callback::from(move |_| {
        let (text, groups, status) = (text.clone(), groups.clone(), status.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let ops = layout(format, &text, &groups);
            let result = async {
                let canvas = crate::platform::card::draw(format, &ops)?;
                let png = crate::platform::card::png(&canvas).await?;
                if share {
                    crate::platform::card::deliver(&png, format.file_name(), &text.heading).await
                } else {
                    crate::platform::files::download_blob(format.file_name(), &png)
                        .map(|()| Delivery::Downloaded)
                }
            };
            status.set(match result.await {
                Ok(delivery) => Status::Done(delivery),
                Err(_) => Status::Failed,
            });
        });
    })
}

/// The card with its preview, text and share and download buttons.
#[function_component(ResultsCard)]
pub fn results_card(props: &ResultsCardProps) -> Html {
    let lang = use_lang();
    let status = use_state(|| Status::Idle);
    let preview = use_memo(
        (props.text.clone(), props.groups.clone()),
        |(text, groups)| {
            layout(CardFormat::Story, text, groups)
                .iter()
                .map(op_svg)
                .collect::<Html>()
        },
    );
    let (w, h) = CardFormat::Story.size();
    let message = match *status {
        Status::Idle => "",
        Status::Done(Delivery::Shared) => c::CARD_SHARED.get(lang),
        Status::Done(Delivery::Downloaded) => c::CARD_DOWNLOADED.get(lang),
        Status::Failed => c::CARD_FAILED.get(lang),
    };
    html! {
        <section class="card results-card" aria-labelledby="results-card-title" data-testid="results-card">
            <div class="results-card__body">
                <svg class="results-card__preview" viewBox={format!("0 0 {w} {h}")} role="img"
                    aria-label={c::CARD_PREVIEW.get(lang)} data-testid="card-preview">
                    {(*preview).clone()}
                </svg>
                <div class="results-card__actions">
                    <h2 id="results-card-title">{c::CARD_TITLE.get(lang)}</h2>
                    <div class="results-card__buttons no-print">
                        <button type="button" class="button button--accent" data-testid="card-story"
                            onclick={make_picture(CardFormat::Story, true, props, status.clone())}>{c::CARD_SHARE_STORY.get(lang)}</button>
                        <CopyButton text={AttrValue::from(props.text.link.clone())} label={q::COPY_LINK.get(lang)} done={q::LINK_COPIED.get(lang)} />
                        <button type="button" class="button button--quiet" data-testid="card-link"
                            onclick={make_picture(CardFormat::Link, false, props, status.clone())}>{c::CARD_DOWNLOAD_LINK.get(lang)}</button>
                    </div>
                    <p class="results-card__status" role="status" aria-live="polite">{message}</p>
                </div>
            </div>
            <p class="note">{c::CARD_INTRO.get(lang)}</p>
            {card_text(&props.text, &props.groups, c::CARD_AS_TEXT.get(lang))}
        </section>
    }
}
