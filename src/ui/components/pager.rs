//! Previous / next links in reading order.

use crate::domain::address::route::neighbours;
use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::domain::titles::route_label;
use crate::ui::state::PageLinks;
use yew::prelude::*;

/// Previous and next pages of the page `links` are made from, if it is in the reading order.
/// A view function rather than a component: a component of its own costs the reader's first
/// load more code than drawing two links again with the page.
pub fn pager(links: &PageLinks) -> Html {
    let lang = links.here.lang;
    let (prev, next) = neighbours(&links.here.route);
    if prev.is_none() && next.is_none() {
        return html! {};
    }
    let link = |route: Option<crate::domain::address::route::Route>,
                label: &'static str,
                rel: &'static str| match route {
        Some(route) => html! {
            <a class={classes!("pager__link", format!("pager__link--{rel}"))} href={links.href(&route)} rel={rel}>
                <span class="pager__dir">{label}</span>
                <span class="pager__title">{route_label(&route, content(), lang)}</span>
            </a>
        },
        None => html! { <span /> },
    };
    html! {
        <nav class="pager" aria-label={s::PAGER_LABEL.get(lang)}>
            {link(prev, s::PREVIOUS.get(lang), "prev")}
            {link(next, s::NEXT.get(lang), "next")}
        </nav>
    }
}
