//! A route that belongs to the other document (the reader app or the lecturer kit): the
//! app moves there at once; this page is what shows meanwhile, with a link to follow.

use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::domain::route::Route;
use crate::domain::titles::route_label;
use crate::ui::components::page_link::PageLink;
use crate::ui::state::use_ctx;
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
    let ctx = use_ctx();
    let lang = ctx.lang;
    let label = route_label(&props.route, content(), lang);
    html! {
        <>
            <h1>{label.clone()}</h1>
            <p data-testid="moved">{s::MOVED.get(lang)}{" "}<PageLink route={props.route.clone()}>{label}</PageLink></p>
        </>
    }
}
