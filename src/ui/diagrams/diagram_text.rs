//! The text alternative of a diagram: the same columns and boxes as a nested list.

use crate::domain::content::content;
use crate::domain::diagram::labels::{description, label};
use crate::domain::diagram::layout::Layout;
use crate::domain::i18n::shell as s;
use crate::ui::shared::Shared;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Properties of [`DiagramText`].
#[derive(Properties, PartialEq)]
pub struct DiagramTextProps {
    /// The computed diagram.
    pub layout: Shared<Layout>,
    /// Id of the list, for `aria-controls`.
    pub id: AttrValue,
}

/// The diagram's text alternative: always in the accessibility tree, shown on screen on
/// request, always printed. A component of its own so node selection does not rebuild it.
#[function_component(DiagramText)]
pub fn diagram_text(props: &DiagramTextProps) -> Html {
    let lang = use_lang();
    let shown = use_state(|| false);
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(!*shown))
    };
    let l = &props.layout;
    let columns: Html = l
        .headings
        .iter()
        .map(|h| {
            let entries: Html = l
                .boxes
                .iter()
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
        .collect();
    html! {
        <div class="diagram__text">
            <button type="button" class="button button--quiet button--small no-print" aria-expanded={shown.to_string()} aria-controls={props.id.clone()} onclick={toggle}>
                {s::SHOW_TEXT.get(lang)}
            </button>
            <ul id={props.id.clone()} class={classes!("diagram__text-body", (!*shown).then_some("sr-only"))}>{columns}</ul>
        </div>
    }
}
