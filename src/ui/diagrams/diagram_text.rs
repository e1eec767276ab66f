//! The text alternative of a diagram: the same columns and boxes as a nested list.
//!
//! Plain functions rather than a component: the list is built once per diagram and language
//! (with the diagram's geometry, see `diagram_view::Drawn`), and a component of its own would
//! cost the reader's first load more code than it saves.

use crate::domain::content::content;
use crate::domain::diagram::figure::Figure;
use crate::domain::diagram::labels::{description, label};
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use yew::prelude::*;

/// The columns of `figure` with their boxes and what each says, as list items.
pub fn text_items(figure: &Figure, lang: Lang) -> Html {
    (figure.headings.iter())
        .map(|h| {
            let entries: Html = (figure.boxes.iter())
                .filter(|b| b.column == h.column)
                .map(|b| {
                    let text = description(b.id, content(), lang);
                    html! {
                        <li class={classes!(b.parent.is_some().then_some("is-child"))}>
                            <strong>{label(b.id, content(), lang)}</strong>
                            if let Some(text) = text { {": "}{text} }
                        </li>
                    }
                })
                .collect();
            html! { <li><strong>{label(h.id, content(), lang)}</strong><ul>{entries}</ul></li> }
        })
        .collect()
}

/// The diagram's text alternative (`items` from [`text_items`], in a list with `id`): always
/// in the accessibility tree, shown on screen on request (`shown`, flipped by `toggle`),
/// always printed.
pub fn diagram_text(
    items: Html,
    id: AttrValue,
    shown: bool,
    toggle: Callback<MouseEvent>,
    lang: Lang,
) -> Html {
    html! {
        <div class="diagram__text">
            <button type="button" class="button button--quiet button--small no-print" aria-expanded={shown.to_string()} aria-controls={id.clone()} onclick={toggle}>
                {s::SHOW_TEXT.get(lang)}
            </button>
            <ul {id} class={classes!("diagram__text-body", (!shown).then_some("sr-only"))}>{items}</ul>
        </div>
    }
}
