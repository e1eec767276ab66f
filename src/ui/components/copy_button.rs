//! A copy button with visible, announced confirmation.

use crate::domain::i18n::shell as s;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Properties of [`CopyButton`].
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// The text to copy.
    pub text: AttrValue,
    /// Button label; "Copy" by default.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// What to say once copied; "Copied" by default.
    #[prop_or_default]
    pub done: Option<AttrValue>,
    /// Id of the heading that says what is copied, when several copy buttons share a label.
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Copied,
    Failed,
}

/// Copies `text` and says whether it worked.
#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let lang = use_lang();
    let status = use_state(|| Status::Idle);
    let onclick = {
        let status = status.clone();
        let text = props.text.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = crate::platform::clipboard::copy(&text).await;
                status.set(if ok { Status::Copied } else { Status::Failed });
            });
        })
    };
    let message = match *status {
        Status::Idle => String::new(),
        Status::Copied => props
            .done
            .as_ref()
            .map(|d| d.to_string())
            .unwrap_or_else(|| s::COPIED.get(lang).into()),
        Status::Failed => s::COPY_FAILED.get(lang).into(),
    };
    let label = props
        .label
        .as_ref()
        .map(|l| l.to_string())
        .unwrap_or_else(|| s::COPY.get(lang).into());
    html! {
        <span class="copy">
            <button type="button" class="button button--small" aria-describedby={props.describedby.clone()} {onclick}>{label}</button>
            <span class="copy__status" role="status" aria-live="polite">{message}</span>
        </span>
    }
}
