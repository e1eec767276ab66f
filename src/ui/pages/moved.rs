//! A route that belongs to another document. An app starts only on its own pages and
//! follows only links to them, so this shows only if history holds another document's
//! address: a heading and a link there.

use crate::domain::address::route::Route;
use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::domain::titles::route_label;
use crate::ui::components::page_link::PageLink;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Properties of [`MovedPage`].
#[derive(Properties, PartialEq)]
pub struct MovedPageProps {
    /// The route the reader asked for.
    pub route: Route,
}

/// A heading and a link to `route` in its own document.
#[function_component(MovedPage)]
pub fn moved_page(props: &MovedPageProps) -> Html {
    let lang = use_lang();
    let label = route_label(&props.route, content(), lang);
    html! {
        <>
            <h1>{label.clone()}</h1>
            <p data-testid="moved">{s::MOVED.get(lang)}{" "}<PageLink route={props.route.clone()}>{label}</PageLink></p>
        </>
    }
}
