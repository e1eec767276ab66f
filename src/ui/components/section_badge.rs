//! "Chapter V, section 5.1.1.b": where a statement comes from.

use crate::domain::i18n::shell as s;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Properties of [`SectionBadge`].
#[derive(Properties, PartialEq)]
pub struct SectionBadgeProps {
    /// Section label, e.g. `5.1.1.b`.
    pub section: AttrValue,
}

/// A small label naming the Chapter V section.
#[function_component(SectionBadge)]
pub fn section_badge(props: &SectionBadgeProps) -> Html {
    let lang = use_lang();
    html! { <p class="section-badge" data-section={props.section.clone()}>{s::SECTION.fill(lang, &[&props.section])}</p> }
}
