//! The root component: state, routing and the effects that follow a change (document
//! language and title, remembered language, listeners, embed resizing).

use crate::domain::content::content;
use crate::domain::route::Route;
use crate::domain::titles::document_title;
use crate::ui::components::lms_notice::{lms_notice, use_lms_report};
use crate::ui::pages::{
    family::FamilyPage,
    library::{GlossaryPage, ReferencesPage},
    overview::OverviewPage,
    parasocial::ParasocialPage,
    quiz::QuizPage,
    reading::{AboutPage, NotFoundPage, RecommendationsPage},
    results::ResultsPage,
    teach::TeachPage,
};
use crate::ui::shell::{Footer, Header, OpenFull};
use crate::ui::state::{orientation_for, AppAction, AppState, Ctx};
use yew::prelude::*;

/// Properties of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state read from the address, storage and viewport before mounting.
    pub initial: AppState,
}

/// The screen for a route.
pub fn page_for(route: &Route) -> Html {
    match route {
        Route::Overview => html! { <OverviewPage /> },
        // Keyed by family: moving to another family starts with no action picked.
        Route::Family { family, node } => {
            html! { <FamilyPage key={family.slug()} family={*family} node={*node} /> }
        }
        Route::Parasocial => html! { <ParasocialPage /> },
        Route::Recommendations => html! { <RecommendationsPage /> },
        Route::About => html! { <AboutPage /> },
        Route::References => html! { <ReferencesPage /> },
        Route::Glossary(term) => match term {
            Some(term) if content().term(term).is_none() => {
                html! { <NotFoundPage path={format!("glossary/{term}")} /> }
            }
            term => html! { <GlossaryPage term={term.clone().map(AttrValue::from)} /> },
        },
        Route::Quiz => html! { <QuizPage /> },
        Route::Results(code) => html! { <ResultsPage code={code.clone()} /> },
        Route::Teach => html! { <TeachPage /> },
        Route::NotFound(path) => html! { <NotFoundPage path={path.clone()} /> },
    }
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

/// The app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: AppAction| {
            if let AppAction::SetLang(lang) = &action {
                let _ =
                    crate::platform::storage::set(crate::platform::storage::LANG_KEY, lang.code());
                crate::platform::location::replace_lang(*lang);
            }
            state.dispatch(action)
        })
    };
    {
        let dispatch = dispatch.clone();
        let embed = state.embed;
        use_effect_with((), move |_| {
            let on_route = {
                let dispatch = dispatch.clone();
                crate::platform::location::on_route_change(move |route| {
                    dispatch.emit(AppAction::Navigate(route))
                })
            };
            let on_resize = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "resize", move |_| {
                    dispatch.emit(AppAction::SetOrientation(orientation_for(
                        crate::platform::dom::viewport_width(),
                    )))
                })
            });
            let resizer = if embed {
                crate::platform::embed::start()
            } else {
                None
            };
            crate::platform::dom::mark_ready();
            move || drop((on_route, on_resize, resizer))
        });
    }
    {
        let title = document_title(&state.route, content(), state.lang);
        let lang = state.lang;
        use_effect_with((title, lang), |(title, lang)| {
            crate::platform::dom::set_lang(*lang);
            crate::platform::dom::set_title(title);
        });
    }
    {
        let first = use_mut_ref(|| true);
        let target = focus_target(&state.route);
        use_effect_with(page_key(&state.route), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                crate::platform::dom::scroll_top();
                crate::platform::dom::focus(&target);
            }
        });
    }
    let ctx = Ctx {
        state: (*state).clone().into(),
        dispatch,
    };
    let embed = state.embed;
    let lms = use_lms_report();
    html! {
        <ContextProvider<Ctx> context={ctx}>
        <ContextProvider<crate::domain::lang::Lang> context={state.lang}>
            <div class={classes!("app", embed.then_some("app--embed"))}>
                if !embed { <Header /> }
                <main id="main" tabindex="-1">
                    if embed { <OpenFull /> }
                    {lms_notice(lms, state.lang)}
                    {page_for(&state.route)}
                </main>
                if !embed { <Footer /> }
            </div>
        </ContextProvider<crate::domain::lang::Lang>>
        </ContextProvider<Ctx>>
    }
}

/// Reads the starting state from the browser: address, stored language, viewport.
pub fn initial_state() -> AppState {
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
        orientation: orientation_for(dom::viewport_width()),
        base_url: location::base_url().into(),
        can_share: crate::platform::clipboard::can_share(),
    }
}
