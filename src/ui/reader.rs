//! The reader app's pages: everything but the quiz with its results and the lecturer kit.

use crate::domain::address::route::Route;
use crate::domain::address::Document;
use crate::domain::content::content;
use crate::domain::lang::Lang;
use crate::ui::app::Pages;
use crate::ui::pages::{
    family::FamilyPage,
    library::{GlossaryPage, ReferencesPage},
    moved::moved_page,
    overview::OverviewPage,
    parasocial::ParasocialPage,
    reading::{not_found_page, AboutPage, RecommendationsPage},
};
use yew::prelude::*;

/// The reading pages.
pub struct ReaderPages;

impl Pages for ReaderPages {
    const DOCUMENT: Document = Document::Reader;

    fn page(route: &Route, lang: Lang) -> Html {
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
            Route::Glossary(Some(term)) if content().term(term).is_none() => {
                not_found_page(&format!("glossary/{term}"), lang)
            }
            Route::Glossary(term) => {
                html! { <GlossaryPage term={term.clone().map(AttrValue::from)} /> }
            }
            // The quiz, its results and the lecturer kit are documents of their own.
            Route::Quiz | Route::Results(_) | Route::Teach => moved_page(route, lang),
        }
    }
}

/// The reader app.
pub type ReaderApp = crate::ui::app::App<ReaderPages>;
