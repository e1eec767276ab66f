//! Document titles and navigation labels for each route, in the reader's language.

use super::address::route::{Family, Route};
use super::content::Content;
use super::i18n::{quiz as q, shell as s, Tr};
use super::lang::Lang;

/// The navigation label of a family.
pub fn family_label(family: Family) -> Tr {
    match family {
        Family::Motivations => s::NAV_MOTIVATIONS,
        Family::Interactions => s::NAV_INTERACTIONS,
        Family::Benefits => s::NAV_BENEFITS,
    }
}

/// Whether `route` shows "not found": a glossary term that does not exist (its title and
/// navigation must not claim the glossary).
pub fn is_not_found(route: &Route, content: &Content) -> bool {
    matches!(route, Route::Glossary(Some(term)) if content.term(term).is_none())
}

/// The short name of a page, for headings, pagers and titles.
pub fn route_label(route: &Route, content: &Content, lang: Lang) -> String {
    if is_not_found(route, content) {
        return s::NOT_FOUND_TITLE.get(lang).into();
    }
    match route {
        Route::Overview => s::NAV_OVERVIEW.get(lang).into(),
        Route::Family { family, node: None } => family_label(*family).get(lang).into(),
        Route::Family {
            node: Some(node), ..
        } => content
            .finding(node)
            .map(|f| f.heading(lang))
            .unwrap_or_default(),
        Route::Parasocial => s::NAV_PARASOCIAL.get(lang).into(),
        Route::Recommendations => s::NAV_RECOMMENDATIONS.get(lang).into(),
        Route::About => s::NAV_ABOUT.get(lang).into(),
        Route::References => s::NAV_REFERENCES.get(lang).into(),
        Route::Glossary(_) => s::NAV_GLOSSARY.get(lang).into(),
        Route::Quiz => s::NAV_QUIZ.get(lang).into(),
        // The same address is the owner's and, once shared, a friend's: the title (also the
        // link preview's) says whose only on the page itself.
        Route::Results(_) => q::RESULTS_TITLE_PLAIN.get(lang).into(),
        Route::Teach => s::NAV_TEACH.get(lang).into(),
    }
}

/// The document title: what is shown (and selected), then the site.
pub fn document_title(route: &Route, content: &Content, lang: Lang) -> String {
    let page = match route {
        Route::Family {
            family,
            node: Some(_),
        } => format!(
            "{} · {}",
            route_label(route, content, lang),
            family_label(*family).get(lang)
        ),
        _ => route_label(route, content, lang),
    };
    format!("{page} — {}", s::APP_TITLE.get(lang))
}
