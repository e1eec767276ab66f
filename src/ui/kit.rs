//! The lecturer kit's pages: `teach/` only. Every other route belongs
//! to the reader app, where the kit sends it.

use crate::domain::address::route::Route;
use crate::domain::address::Document;
use crate::domain::lang::Lang;
use crate::ui::app::Pages;
use crate::ui::pages::{moved::moved_page, teach::TeachPage};
use yew::prelude::*;

/// The lecturer kit: link builder, QR code, class profile.
pub struct KitPages;

impl Pages for KitPages {
    const DOCUMENT: Document = Document::Teach;

    fn page(route: &Route, lang: Lang) -> Html {
        match route {
            Route::Teach => html! { <TeachPage /> },
            other => moved_page(other, lang),
        }
    }
}

/// The lecturer kit app.
pub type KitApp = crate::ui::app::App<KitPages>;
