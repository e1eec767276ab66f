//! The app shell: header with title, sections and language switch; footer.

use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::domain::route::{build_link, Family, LinkOptions, Route};
use crate::domain::titles::is_not_found;
use crate::ui::state::{use_ctx, use_lang, AppAction};
use yew::prelude::*;

fn nav_items() -> Vec<(Route, crate::domain::i18n::Tr)> {
    vec![
        (Route::Overview, s::NAV_OVERVIEW),
        (
            Route::Family {
                family: Family::Motivations,
                node: None,
            },
            s::NAV_MOTIVATIONS,
        ),
        (
            Route::Family {
                family: Family::Interactions,
                node: None,
            },
            s::NAV_INTERACTIONS,
        ),
        (Route::Parasocial, s::NAV_PARASOCIAL),
        (
            Route::Family {
                family: Family::Benefits,
                node: None,
            },
            s::NAV_BENEFITS,
        ),
        (Route::Recommendations, s::NAV_RECOMMENDATIONS),
        (Route::Quiz, s::NAV_QUIZ),
        (Route::About, s::NAV_ABOUT),
        (Route::References, s::NAV_REFERENCES),
        (Route::Glossary(None), s::NAV_GLOSSARY),
        (Route::Teach, s::NAV_TEACH),
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

/// The site header.
#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let other = lang.other();
    let switch = ctx
        .dispatch
        .reform(move |_: MouseEvent| AppAction::SetLang(other));
    let links: Html = nav_items()
        .into_iter()
        .map(|(route, label)| {
            let current = is_current(&ctx.state.route, &route);
            html! {
                <li><a href={route.to_hash()} aria-current={current.then_some("page")}>{label.get(lang)}</a></li>
            }
        })
        .collect();
    html! {
        <header class="site-header no-print">
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); crate::platform::dom::focus("main"); })}>{s::SKIP_TO_CONTENT.get(lang)}</a>
            <div class="site-header__top">
                <a class="site-title" href={Route::Overview.to_hash()}>{s::APP_TITLE.get(lang)}</a>
                <button type="button" class="lang-switch" lang={other.code()} onclick={switch} data-testid="lang-switch">
                    {s::SWITCH_LANGUAGE.get(lang)}
                </button>
            </div>
            <nav aria-label={s::NAV_LABEL.get(lang)}><ul class="site-nav">{links}</ul></nav>
        </header>
    }
}

/// The site footer.
#[function_component(Footer)]
pub fn footer() -> Html {
    let lang = use_lang();
    html! {
        <footer class="site-footer">
            <p>{s::FOOTER_SOURCE.get(lang)}</p>
            <p>{s::FOOTER_PRIVACY.get(lang)}</p>
        </footer>
    }
}

/// In embed mode: a small link to the same place in the full explainer, in a new tab.
#[function_component(OpenFull)]
pub fn open_full() -> Html {
    let ctx = use_ctx();
    let lang = ctx.state.lang;
    let href = build_link(
        &ctx.state.base_url,
        &ctx.state.route,
        LinkOptions {
            lang: Some(lang),
            embed: false,
        },
    );
    html! {
        <p class="open-full no-print"><a href={href} target="_blank" rel="noopener">{s::OPEN_FULL.get(lang)}</a></p>
    }
}
