//! The opening of a reading page: heading, Chapter V section, paragraphs and an optional
//! quotation. One component for the overview, family, parasocial and recommendations pages.

use crate::domain::content::model::{Page, Quote};
use crate::domain::text::Bilingual;
use crate::ui::components::quote_block::QuoteBlock;
use crate::ui::components::rich_text::Paragraphs;
use crate::ui::components::section_badge::SectionBadge;
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

/// Properties of [`PageIntro`].
#[derive(Properties, PartialEq)]
pub struct PageIntroProps {
    /// The page's heading (its only `h1`).
    pub title: AttrValue,
    /// The content below the heading; only the heading when the content lacks it.
    pub intro: Option<Intro>,
}

/// Heading, section badge, paragraphs and quotation.
#[function_component(PageIntro)]
pub fn page_intro(props: &PageIntroProps) -> Html {
    html! {
        <>
            <h1>{props.title.clone()}</h1>
            if let Some(intro) = props.intro {
                <SectionBadge section={AttrValue::Static(intro.section)} />
                <Paragraphs texts={intro.paragraphs} />
                if let Some(quote) = intro.quote { <QuoteBlock {quote} /> }
            }
        </>
    }
}
