//! Plain reading pages: recommendations, about the study, and not found.

use crate::domain::address::route::Route;
use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::ui::components::page_intro::{intro_view, page_intro, Intro};
use crate::ui::components::page_link::PageLink;
use crate::ui::components::pager::pager;
use crate::ui::components::quote_block::quote_block;
use crate::ui::components::rich_text::inline;
use crate::ui::components::section_badge::section_badge;
use crate::ui::state::use_links;
use yew::prelude::*;

/// `recommendations/`: 5.2, for researchers and for influencers.
#[function_component(RecommendationsPage)]
pub fn recommendations_page() -> Html {
    let links = use_links();
    let lang = links.here.lang;
    let page = content().page("recommendations");
    let recs: Html = content()
        .findings
        .recommendations
        .iter()
        .map(|r| {
            html! {
                <section class="card" id={format!("rec-{}", r.slug)} aria-labelledby={format!("rec-{}-title", r.slug)}>
                    <h2 id={format!("rec-{}-title", r.slug)}>{r.title.get(lang)}</h2>
                    {section_badge(&r.section, lang)}
                    <ul>{for r.points.iter().map(|p| html! { <li>{inline(p.get(lang), lang)}</li> })}</ul>
                    if let Some(quote) = &r.quote { {quote_block(quote, lang)} }
                </section>
            }
        })
        .collect();
    html! {
        <>
            {intro_view(page.map_or(s::NAV_RECOMMENDATIONS.get(lang), |p| p.title.get(lang)),
                page.map(|p| Intro { quote: None, ..page_intro(p) }), lang)}
            {recs}
            {pager(&links)}
        </>
    }
}

/// `about/`: the study, its method and what it does not claim.
#[function_component(AboutPage)]
pub fn about_page() -> Html {
    let links = use_links();
    let lang = links.here.lang;
    let study = &content().study;
    let row = |label: &'static str, value: Html| html! { <><dt>{label}</dt><dd>{value}</dd></> };
    let list = |items: &[crate::domain::text::Bilingual]| -> Html {
        html! { <ul>{for items.iter().map(|i| html! { <li>{inline(i.get(lang), lang)}</li> })}</ul> }
    };
    let sources: Html = study
        .sources
        .iter()
        .filter(|u| crate::domain::embed::is_web_url(u))
        .map(|u| html! { <li><a href={AttrValue::Static(u)} rel="noopener noreferrer">{&**u}</a></li> })
        .collect();
    html! {
        <>
            <h1>{s::NAV_ABOUT.get(lang)}</h1>
            <p class="study-title" lang="id"><i>{&*study.title}</i></p>
            // In Indonesian the note would only repeat the title.
            if study.title_translation.get(lang) != &*study.title {
                <p>{inline(study.title_translation.get(lang), lang)}</p>
            }
            <dl class="facts">
                {row(s::ABOUT_AUTHORS.get(lang), html! { {study.authors.join("; ")} })}
                {row(s::ABOUT_OUTLET.get(lang), html! { <>{inline(study.outlet.get(lang), lang)}{". "}{inline(study.institution.get(lang), lang)}</> })}
                {row(s::ABOUT_METHOD.get(lang), inline(study.method.get(lang), lang))}
                {row(s::ABOUT_INFORMANTS.get(lang), inline(study.informants.get(lang), lang))}
                {row(s::ABOUT_DEFINITION.get(lang), inline(study.micro_influencer_definition.get(lang), lang))}
                {row(s::ABOUT_AIM.get(lang), inline(study.aim.get(lang), lang))}
            </dl>
            <h2>{s::ABOUT_NOT_CLAIM.get(lang)}</h2>
            {list(&study.does_not_claim)}
            <h2>{s::ABOUT_UNKNOWN.get(lang)}</h2>
            {list(&study.unknowns)}
            <h2>{s::ABOUT_SOURCES.get(lang)}</h2>
            <ul>{sources}</ul>
            {pager(&links)}
        </>
    }
}

/// An unknown glossary term's address (`path`): says so and offers a way back. A view
/// function: a component of its own costs the reader's first load more code.
pub fn not_found_page(path: &str, lang: Lang) -> Html {
    html! {
        <section class="not-found" data-testid="not-found">
            <h1>{s::NOT_FOUND_TITLE.get(lang)}</h1>
            <p>{s::NOT_FOUND_BODY.get(lang)}</p>
            <p><code>{format!("{}/", path.trim_matches('/'))}</code></p>
            <p><PageLink class="button" route={Route::Overview}>{s::NOT_FOUND_BACK.get(lang)}</PageLink></p>
        </section>
    }
}
