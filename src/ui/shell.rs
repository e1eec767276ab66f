//! The app shell: header with title, language switch and a menu of the pages; footer.

use crate::domain::address::pick::fragment;
use crate::domain::address::route::{Family, Route};
use crate::domain::address::PageAddress;
use crate::domain::content::content;
use crate::domain::i18n::home as h;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::domain::titles::{is_not_found, route_label};
use crate::ui::components::page_link::{new_tab_note, new_tab_note_saying, rel, target};
use crate::ui::state::{use_ctx, use_links, Ctx, PageLinks};
use yew::prelude::*;

/// The header's pages: the reading order with the quiz, then the pages about the study and
/// for lecturers; labels come from [`route_label`].
fn nav_routes() -> [Vec<Route>; 2] {
    let family = |family| Route::Family { family, node: None };
    [
        vec![
            Route::Overview,
            family(Family::Motivations),
            family(Family::Interactions),
            Route::Parasocial,
            family(Family::Benefits),
            Route::Recommendations,
            Route::Quiz,
        ],
        vec![
            Route::About,
            Route::References,
            Route::Glossary(None),
            Route::Teach,
        ],
    ]
}

/// Whether `route` belongs to the nav item `item` (a family's nodes belong to the family);
/// a "not found" page belongs to none.
fn is_current(route: &Route, item: &Route) -> bool {
    if is_not_found(route, content()) {
        return false;
    }
    match (route, item) {
        (Route::Family { family: a, .. }, Route::Family { family: b, .. }) => a == b,
        (Route::Glossary(_), Route::Glossary(_)) => true,
        (Route::Results(_), Route::Quiz) => true,
        _ => route == item,
    }
}

/// The header's link to `route`, marked when it is the page shown.
fn nav_link(route: Route, here: &Route, links: &PageLinks, lang: Lang) -> Html {
    let link = links.link(&route);
    html! {
        <li><a href={link.href.clone()} target={target(&link)} rel={rel(&link)} aria-current={is_current(here, &route).then_some("page")}>
            {route_label(&route, content(), lang)}{new_tab_note(&link, lang)}
        </a></li>
    }
}

/// The site header: the title, the other language (`ID`/`EN`, named in full for screen
/// readers) and a menu of the pages, the reading order first, then About, References,
/// Glossary and For lecturers. The menu is a `<details>`, so it opens without the app too;
/// wide screens show it open (see `.menu` in the stylesheet). A link in it closes it, and so
/// does Escape.
#[function_component(Header)]
pub fn header() -> Html {
    // The links context changes only when the page does, so picking a diagram node (which
    // changes the app state, not the page) does not draw the header again.
    let links_from_here = use_links();
    let (lang, route) = (links_from_here.here.lang, &links_from_here.here.route);
    let [main, more] = nav_routes().map(|routes| {
        routes
            .into_iter()
            .map(|item| nav_link(item, route, &links_from_here, lang))
            .collect::<Html>()
    });
    let home = links_from_here.link(&Route::Overview);
    html! {
        <header class="site-header no-print">
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); crate::platform::dom::focus("main"); })}>{s::SKIP_TO_CONTENT.get(lang)}</a>
            <div class="site-header__top">
                <a class="site-title" href={home.href.clone()} target={target(&home)} rel={rel(&home)}>
                    {s::APP_TITLE.get(lang)}{new_tab_note(&home, lang)}
                </a>
                <span class="lang-choice"><span aria-hidden="true">{h::LANG_CODE.get(lang)}</span><LangSwitch /></span>
                <details id="menu" class="menu" onkeydown={Callback::from(close_on_escape)}>
                    <summary id="menu-button">{h::MENU.get(lang)}</summary>
                    <nav aria-label={s::NAV_LABEL.get(lang)} onclick={Callback::from(|_: MouseEvent| crate::platform::dom::close("menu"))}>
                        <ul class="site-nav">{main}</ul>
                        <ul class="site-nav site-nav--more">{more}</ul>
                    </nav>
                </details>
            </div>
        </header>
    }
}

/// Escape inside the menu closes it and gives focus back to its button.
fn close_on_escape(e: KeyboardEvent) {
    if e.key() == "Escape" {
        crate::platform::dom::close("menu");
        crate::platform::dom::focus("menu-button");
    }
}

/// The header's language switch: the same place in the other language, with what is picked
/// on the page's diagram (`en/#bandwagon` → `id/#bandwagon`). That language's page is
/// prerendered, so it shows at once, and loads its own reader. A component of its own, so a
/// pick redraws the switch alone, not the header.
#[function_component(LangSwitch)]
fn lang_switch() -> Html {
    let pick = use_ctx().pick;
    let links_from_here = use_links();
    let lang = links_from_here.here.lang;
    let other = lang.other();
    // Remembered for the next visit to the bare root.
    let switch = Callback::from(move |_: MouseEvent| {
        let _ = crate::platform::storage::set(crate::platform::storage::LANG_KEY, other.code());
    });
    let link = links_from_here.link_in(other);
    let href = format!("{}{}", link.href, fragment(pick));
    html! {
        <a class="lang-switch" href={href} target={target(&link)} rel={rel(&link)}
           hreflang={other.code()} lang={other.code()} onclick={switch} data-testid="lang-switch">
            {h::SWITCH_CODE.get(lang)}<span class="sr-only">{" "}{s::SWITCH_LANGUAGE.get(lang)}</span>{new_tab_note_saying(&link, s::SWITCH_OPENS_NEW_TAB.get(lang))}
        </a>
    }
}

/// The site footer. A view function: a component of its own costs more code than it saves.
pub fn footer(lang: Lang) -> Html {
    html! {
        <footer class="site-footer">
            <p>{s::FOOTER_SOURCE.get(lang)}</p>
            <p>{s::FOOTER_PRIVACY.get(lang)}</p>
        </footer>
    }
}

/// In embed mode: a small link to the same place in the full explainer, in a new tab.
pub fn open_full(ctx: &Ctx) -> Html {
    let lang = ctx.lang;
    let href = PageAddress::new(lang, ctx.route.clone()).absolute(&ctx.base_url, None);
    html! {
        <p class="open-full no-print"><a href={href} target="_blank" rel="noopener">{s::OPEN_FULL.get(lang)}</a></p>
    }
}
