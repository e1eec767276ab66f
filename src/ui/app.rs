//! The root component: state, routing and the effects that follow a change (document
//! language and title, remembered language, listeners, embed resizing).
//!
//! [`App`] is generic over the [`Pages`] a document shows, so each document's binary links
//! only its own pages: the reader app never contains the lecturer kit, and the reverse.

use crate::domain::address::{Document, LinkStyle, PageAddress, Route};
use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::domain::titles::document_title;
use crate::ui::shell::{footer, open_full, Header};
use crate::ui::state::{AppAction, AppState, Ctx, PageLinks};
use yew::prelude::*;

/// The screens one document shows.
pub trait Pages: 'static {
    /// The document these pages make up.
    const DOCUMENT: Document;

    /// The screen for `route` in `lang`. Routes of another document get a link there.
    fn page(route: &Route, lang: Lang) -> Html;
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
        other => other.path(),
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

/// Puts a page rendered behind its shell in the shell's place, listens for address changes,
/// follows links to pages of this document without a reload, gives focus back to a glossary
/// term whose definition closes, pins the page's icon to its address, settles what only the
/// browser knows (after hydration, so the first render equals the prerendered page), starts
/// embed resizing, and marks the app ready.
#[hook]
fn use_listeners<P: Pages>(state: &Ctx) {
    let state = state.clone();
    use_effect_with((), move |_| {
        if P::DOCUMENT != Document::Reader {
            // The quiz and the kit render behind their prerendered shells (`crate::mount`).
            // This root's first effect runs after every child's first render, so the page is
            // complete: it takes the shell's place before anything else looks at the document.
            crate::platform::dom::show_new_body();
        }
        let on_route = {
            let state = state.clone();
            crate::platform::location::on_route_change(move |route, pick| {
                show::<P>(&state, route, pick)
            })
        };
        let on_link = {
            let (lang, document) = (state.lang, state.document);
            let state = state.clone();
            crate::platform::location::on_page_link(lang, document, move |route| {
                show::<P>(&state, route, None)
            })
        };
        let embed = crate::platform::location::options().embed.is_some();
        state.dispatch(AppAction::Settle {
            embed,
            can_share: crate::platform::clipboard::can_share(),
            base_url: crate::platform::location::site_base().into(),
            pick: crate::platform::location::pick(&state.route),
        });
        // A back or forward while the page was hydrating (in slices, before the listeners
        // above existed) moved the address without telling the app: show what it says now.
        if let Some((route, pick)) = crate::platform::location::route_now() {
            if route != state.route {
                show::<P>(&state, route, pick);
            }
        }
        let resizer = embed.then(crate::platform::embed::start).flatten();
        let on_term_close = crate::platform::dom::on_term_close();
        crate::platform::dom::pin_icon();
        crate::platform::dom::mark_ready();
        move || drop((on_route, on_link, resizer, on_term_close))
    });
}

/// Shows `route` with `pick` once the texts it needs are loaded (at once when they are).
fn show<P: Pages>(state: &Ctx, route: Route, pick: Option<&'static str>) {
    if P::DOCUMENT != Document::Reader {
        // The quiz and the kit compile every text in.
        return state.dispatch(AppAction::Show(route, pick));
    }
    let (at, lang, state) = (route.clone(), state.lang, state.clone());
    let show = move || state.dispatch(AppAction::Show(route, pick));
    crate::platform::text::then_show(&at, lang, Box::new(show));
}

/// Keeps the document in step with the state: title, and focus after a page change.
#[hook]
fn use_document_effects(state: &AppState) {
    let title = document_title(&state.route, content(), state.lang);
    // Not `<html lang>`: every page the build writes says its language there, and the app
    // never changes language (a reader carries one, and its moves stay in it). Setting it
    // after every change of title made the browser recalculate the style of the whole
    // document, even though the value was the same (8–16 ms of a node tap at phone speed).
    use_effect_with(title, |title| crate::platform::dom::set_title(title));
    let first_page = use_mut_ref(|| true);
    let target = focus_target(&state.route);
    use_effect_with(page_key(&state.route), move |_| {
        if std::mem::replace(&mut *first_page.borrow_mut(), false) {
            return;
        }
        if target == "main" {
            crate::platform::dom::scroll_top();
            crate::platform::dom::focus(&target);
        } else {
            // A glossary entry: scrolled to as it takes focus (the page may have focused it
            // already, and focusing an element that has focus scrolls nothing).
            crate::platform::dom::reveal(&target);
        }
    });
}

/// The frame every page shares: header, `main` with `content`, footer; in embed mode only
/// `main`, with a link to the full explainer.
fn frame(state: &Ctx, content: Html) -> Html {
    let embed = state.embed;
    let links = PageLinks::of(state);
    html! {
        <ContextProvider<Ctx> context={state.clone()}>
        <ContextProvider<crate::domain::lang::Lang> context={state.lang}>
        <ContextProvider<PageLinks> context={links}>
            <div class={classes!("app", embed.then_some("app--embed"))}>
                if !embed { <Header /> }
                <main id="main" tabindex="-1">
                    if embed { {open_full(state)} }
                    {content}
                </main>
                if !embed { {footer(state.lang)} }
            </div>
        </ContextProvider<PageLinks>>
        </ContextProvider<crate::domain::lang::Lang>>
        </ContextProvider<Ctx>>
    }
}

/// The app of one document: header, the page for the route, footer.
#[function_component(App)]
pub fn app<P: Pages>(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    use_listeners::<P>(&state);
    use_document_effects(&state);
    frame(&state, P::page(&state.route, state.lang))
}

/// What the build writes for a page of the quiz or the lecturer kit, which only work with
/// JavaScript: the same header and footer, and a `main` that says what the page is and, to
/// readers without JavaScript, that it needs it. The document's app replaces it on start.
#[function_component(ShellApp)]
pub fn shell_app(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let lang = state.lang;
    // What the page is. The quiz's shell starts as the quiz does (its caution and
    // introduction, same markup), so its largest text paints from the HTML and stays where
    // it is when the quiz appears.
    let (opening, needs_js) = match state.route {
        Route::Teach => (html! { <p>{s::SHELL_KIT.get(lang)}</p> }, s::NEEDS_JS_KIT),
        Route::Results(_) => (
            html! { <p>{s::SHELL_RESULTS.get(lang)}</p> },
            s::NEEDS_JS_RESULTS,
        ),
        _ => {
            let opening = html! {
                <section class="quiz-intro">
                    {crate::ui::pages::quiz_intro::intro_head(lang)}
                </section>
            };
            (opening, s::NEEDS_JS_QUIZ)
        }
    };
    let needs_js = needs_js.get(lang);
    let main = html! {
        <>
            <h1>{shell_heading(&state.route, lang)}</h1>
            {opening}
            <p class="loading" role="status" data-testid="shell-loading">{s::SHELL_LOADING.get(lang)}</p>
            <noscript><p class="needs-js" data-testid="needs-js">{needs_js}</p></noscript>
        </>
    };
    frame(&state, main)
}

/// The heading of a prerendered shell: the page's own h1 once the app runs.
fn shell_heading(route: &Route, lang: crate::domain::lang::Lang) -> &'static str {
    match route {
        Route::Teach => crate::domain::i18n::teach::TEACH_TITLE.get(lang),
        Route::Results(_) => crate::domain::i18n::quiz::RESULTS_TITLE_PLAIN.get(lang),
        _ => crate::domain::i18n::quiz::QUIZ_TITLE.get(lang),
    }
}

/// The starting state of a page of `document` at `page`, served in link `style`, the same
/// on the host (prerendering) and in the browser (hydrating): nothing the build cannot know.
pub fn page_state(
    document: Document,
    page: &PageAddress,
    style: LinkStyle,
    base_url: &str,
) -> AppState {
    AppState {
        route: page.route.clone(),
        pick: None,
        lang: page.lang,
        embed: false,
        document,
        style,
        base_url: base_url.into(),
        can_share: false,
        course_records: false,
    }
}
