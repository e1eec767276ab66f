//! "Chapter V, section 5.1.1.b": where a statement comes from.

use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use yew::prelude::*;

/// A small label naming the Chapter V section `section` (`5.1.1.b`). A view function rather
/// than a component: a component of its own costs the reader's first load more code.
pub fn section_badge(section: &'static str, lang: Lang) -> Html {
    html! { <p class="section-badge" data-section={section}>{s::SECTION.fill(lang, &[section])}</p> }
}
