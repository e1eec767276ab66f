//! The detail panel of a finding: the finding, its section, facets, quotation, theory card,
//! and a way into the quiz.

use crate::domain::address::route::Route;
use crate::domain::content::{content, model::Finding};
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::ui::components::glyph_icon::finding_icon;
use crate::ui::components::page_link::PageLink;
use crate::ui::components::quote_block::quote_block;
use crate::ui::components::rich_text::{inline, Paragraphs};
use crate::ui::components::section_badge::section_badge;
use crate::ui::components::theory_card::theory_card;
use crate::ui::shared::Static;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// Properties of [`FindingDetail`].
#[derive(Properties, PartialEq)]
pub struct FindingDetailProps {
    /// Finding slug.
    pub slug: AttrValue,
}

fn facets(finding: &Finding, lang: Lang) -> Html {
    if finding.facets.is_empty() {
        return html! {};
    }
    let items: Html = finding
        .facets
        .iter()
        .map(|facet| {
            let children: Html = facet
                .children
                .iter()
                .map(|c| html! { <li>{c.label.get(lang)}</li> })
                .collect();
            html! {
                <li>
                    <strong>{facet.label.get(lang)}</strong>
                    if let Some(detail) = &facet.detail { {" — "}{inline(detail.get(lang), lang)} }
                    if !facet.children.is_empty() { <ul>{children}</ul> }
                </li>
            }
        })
        .collect();
    html! {
        <>
            <h3>{s::FACETS.get(lang)}</h3>
            <ul class="facets">{items}</ul>
        </>
    }
}

/// The panel for one finding; nothing for an unknown slug.
#[function_component(FindingDetail)]
pub fn finding_detail(props: &FindingDetailProps) -> Html {
    let lang = use_lang();
    let Some(finding) = content().finding(&props.slug) else {
        return html! {};
    };
    html! {
        <article class={format!("detail fam-{}", finding.family.slug())} data-testid="detail" data-finding={AttrValue::Static(&finding.slug)} aria-labelledby={format!("detail-{}", finding.slug)}>
            <h2 id={format!("detail-{}", finding.slug)} class="with-glyph">{finding_icon(&finding.slug)}{finding.heading(lang)}</h2>
            {section_badge(&finding.section, lang)}
            <p class="detail__summary">{inline(finding.summary.get(lang), lang)}</p>
            <Paragraphs texts={Static(&*finding.body)} />
            {facets(finding, lang)}
            if let Some(quote) = &finding.quote { {quote_block(quote, lang)} }
            {theory_card(&finding.theory, true, lang)}
            <p class="detail__quiz"><PageLink class="button" route={Route::Quiz}>{s::APPLY_TO_ME.get(lang)}</PageLink></p>
        </article>
    }
}
