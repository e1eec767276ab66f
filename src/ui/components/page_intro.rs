//! The opening of a reading page: heading, Chapter V section, paragraphs and an optional
//! quotation. One view for the overview, family, parasocial and recommendations pages.

use crate::domain::content::model::{Page, Quote};
use crate::domain::lang::Lang;
use crate::domain::text::Bilingual;
use crate::ui::components::quote_block::quote_block;
use crate::ui::components::rich_text::Paragraphs;
use crate::ui::components::section_badge::section_badge;
use crate::ui::shared::Static;
use yew::prelude::*;

/// The text below a page's heading, from the content.
#[derive(Clone, Copy, PartialEq)]
pub struct Intro {
    /// Chapter V section.
    pub section: &'static str,
    /// Paragraphs below the section badge.
    pub paragraphs: Static<[Bilingual]>,
    /// A quotation to show after them, if any.
    pub quote: Option<Static<Quote>>,
}

/// The intro of a page of running text (`findings.json` `pages`).
pub fn page_intro(page: &'static Page) -> Intro {
    Intro {
        section: &page.section,
        paragraphs: Static(&page.body),
        quote: page.quote.as_ref().map(Static),
    }
}

/// Heading (`title`, the page's only `h1`), then the section badge, paragraphs and quotation
/// of `intro` (only the heading when the content lacks it). A view function rather than a
/// component: a component of its own costs the reader's first load more code; the
/// paragraphs stay a component, so a page drawn again does not set them again.
pub fn intro_view(title: &'static str, intro: Option<Intro>, lang: Lang) -> Html {
    html! {
        <>
            <h1>{title}</h1>
            if let Some(intro) = intro {
                {section_badge(intro.section, lang)}
                <Paragraphs texts={intro.paragraphs} />
                if let Some(quote) = intro.quote { {quote_block(quote.0, lang)} }
            }
        </>
    }
}
