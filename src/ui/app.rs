//! The root component: state, routing and the effects that follow a change (document
//! language and title, remembered language, listeners, embed resizing).
//!
//! [`App`] is generic over the [`Pages`] a document shows, so each document's binary links
//! only its own pages: the reader app never contains the lecturer kit, and the reverse.

use crate::domain::content::content;
use crate::domain::link::{redirect, Document};
use crate::domain::route::Route;
use crate::domain::titles::document_title;
use crate::ui::shell::{Footer, Header, OpenFull};
use crate::ui::state::{AppAction, AppState, Ctx};
use yew::prelude::*;

/// The screens one document shows.
pub trait Pages: 'static {
    /// The document these pages make up.
    const DOCUMENT: Document;

    /// The screen for `route`. Routes of the other document get a link there (the app
    /// also moves there at once, see [`App`]).
    fn page(route: &Route) -> Html;
}

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state read from the address and storage before mounting.
    pub initial: AppState,
}

/// A key that changes when the reader moves to another page (not when a diagram node
/// changes), so focus and scroll move only then.
fn page_key(route: &Route) -> String {
    match route {
        Route::Family { family, .. } => family.slug().to_string(),
        other => other.to_hash(),
    }
}

/// Where focus goes after moving to `route`: the glossary term it names, else the main region
/// (so screen readers start reading the new page).
pub fn focus_target(route: &Route) -> String {
    match route {
        Route::Glossary(Some(term)) if content().term(term).is_some() => format!("term-{term}"),
        _ => "main".to_string(),
    }
}

/// Listens for address changes, starts embed resizing, and marks the app ready.
#[hook]
fn use_listeners(state: &Ctx) {
    let state = state.clone();
    use_effect_with((), move |_| {
        let on_route = {
            let state = state.clone();
            crate::platform::location::on_route_change(move |route| {
                state.dispatch(AppAction::Navigate(route))
            })
        };
        let resizer = state.embed.then(crate::platform::embed::start).flatten();
        crate::platform::dom::mark_ready();
        move || drop((on_route, resizer))
    });
}

/// Keeps the document in step with the state: `<html lang>`, title, the remembered
/// language, the other document for its routes, and focus after a page change.
#[hook]
fn use_document_effects(state: &AppState) {
    let title = document_title(&state.route, content(), state.lang);
    use_effect_with((title, state.lang), |(title, lang)| {
        crate::platform::dom::set_lang(*lang);
        crate::platform::dom::set_title(title);
    });
    let first_lang = use_mut_ref(|| true);
    use_effect_with(state.lang, move |lang| {
        // The starting language was chosen, not switched: remember only switches.
        if !std::mem::replace(&mut *first_lang.borrow_mut(), false) {
            let _ = crate::platform::storage::set(crate::platform::storage::LANG_KEY, lang.code());
            crate::platform::location::replace_lang(*lang);
        }
    });
    let document = state.document;
    use_effect_with(state.route.clone(), move |route| {
        let (search, hash) = crate::platform::location::search_and_hash();
        if let Some(target) = redirect(route, document, &search, &hash) {
            crate::platform::location::replace(&target);
        }
    });
    let first_page = use_mut_ref(|| true);
    let target = focus_target(&state.route);
    use_effect_with(page_key(&state.route), move |_| {
        if !std::mem::replace(&mut *first_page.borrow_mut(), false) {
            crate::platform::dom::scroll_top();
            crate::platform::dom::focus(&target);
        }
    });
}

/// The app of one document: header, the page for the route, footer.
#[function_component(App)]
pub fn app<P: Pages>(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    use_listeners(&state);
    use_document_effects(&state);
    let embed = state.embed;
    html! {
        <ContextProvider<Ctx> context={state.clone()}>
        <ContextProvider<Document> context={state.document}>
        <ContextProvider<crate::domain::lang::Lang> context={state.lang}>
            <div class={classes!("app", embed.then_some("app--embed"))}>
                if !embed { <Header /> }
                <main id="main" tabindex="-1">
                    if embed { <OpenFull /> }
                    {P::page(&state.route)}
                </main>
                if !embed { <Footer /> }
            </div>
        </ContextProvider<crate::domain::lang::Lang>>
        </ContextProvider<Document>>
        </ContextProvider<Ctx>>
    }
}

/// Reads the starting state of `document` from the browser: address and stored language.
pub fn initial_state(document: Document) -> AppState {
    use crate::platform::{dom, location, storage};
    let options = location::options();
    let stored = storage::get(storage::LANG_KEY).ok().flatten();
    AppState {
        route: location::route(),
        lang: crate::domain::lang::choose_lang(
            options.lang,
            stored.as_deref(),
            &dom::browser_language(),
        ),
        embed: options.embed,
        document,
        base_url: crate::domain::link::app_base(&location::base_url(), document).into(),
        can_share: crate::platform::clipboard::can_share(),
    }
}
