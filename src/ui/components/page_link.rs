//! A link to another page of the explainer, as a relative href from the page shown.

use crate::domain::address::route::Route;
use crate::ui::state::use_links;
use yew::prelude::*;

/// Properties of [`PageLink`].
#[derive(Properties, PartialEq)]
pub struct PageLinkProps {
    /// The page to link to, in the reading language.
    pub route: Route,
    /// Classes of the `<a>`.
    #[prop_or_default]
    pub class: Classes,
    /// Inline style of the `<a>` (a diagram label's position).
    #[prop_or_default]
    pub style: Option<AttrValue>,
    /// The link text.
    #[prop_or_default]
    pub children: Html,
}

/// `<a href="../../en/glossary/parasocial/">…</a>`: a plain link that works without
/// JavaScript; with it, the app shows the page without a reload.
#[function_component(PageLink)]
pub fn page_link(props: &PageLinkProps) -> Html {
    let href = use_links().href(&props.route);
    html! { <a class={props.class.clone()} style={props.style.clone()} href={href}>{props.children.clone()}</a> }
}
