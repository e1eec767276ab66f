//! A route that belongs to another document. An app starts only on its own pages and
//! follows only links to them, so this shows only if history holds another document's
//! address: a heading and a link there.

use crate::domain::address::route::Route;
use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::domain::titles::route_label;
use crate::ui::components::page_link::PageLink;
use yew::prelude::*;

/// A heading and a link to `route` in its own document. A view function: a component of its
/// own costs every document's first load more code.
pub fn moved_page(route: &Route, lang: Lang) -> Html {
    let label = route_label(route, content(), lang);
    html! {
        <>
            <h1>{label.clone()}</h1>
            <p data-testid="moved">{s::MOVED.get(lang)}{" "}<PageLink route={route.clone()}>{label}</PageLink></p>
        </>
    }
}
