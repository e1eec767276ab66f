//! Reference pages: references with citations to copy, and the glossary.

use crate::domain::address::route::Route;
use crate::domain::cite::{explainer_apa, explainer_bibtex, study_bibtex};
use crate::domain::content::content;
use crate::domain::embed::is_web_url;
use crate::domain::i18n::shell as s;
use crate::domain::text::plain_text;
use crate::ui::components::copy_button::CopyButton;
use crate::ui::components::glyph_icon::finding_icon;
use crate::ui::components::page_link::PageLink;
use crate::ui::components::pager::pager;
use crate::ui::components::rich_text::inline_linked;
use crate::ui::components::theory_card::theory_card;
use crate::ui::state::{use_ctx, use_links};
use yew::prelude::*;

fn cite_block(id: &str, title: &str, apa: &str, bibtex: &str) -> Html {
    html! {
        <section class="card cite" aria-labelledby={id.to_string()}>
            <h2 id={id.to_string()}>{title}</h2>
            <p class="cite__apa">{inline_linked(apa)}</p>
            <CopyButton text={plain_text(apa)} label={"APA"} describedby={id.to_string()} />
            <pre class="cite__bibtex"><code>{bibtex}</code></pre>
            <CopyButton text={bibtex.to_string()} label={"BibTeX"} describedby={id.to_string()} />
        </section>
    }
}

/// `references/`: every reference, theory cards, and how to cite.
#[function_component(ReferencesPage)]
pub fn references_page() -> Html {
    let ctx = use_ctx();
    let links = use_links();
    let lang = ctx.lang;
    let url = ctx.base_url.to_string();
    let study_apa = content()
        .reference(&content().study.reference)
        .map(|r| r.apa.clone())
        .unwrap_or_default();
    let refs: Html = content()
        .references
        .iter()
        .map(|r| {
            let link =
                r.url.as_ref().filter(|u| is_web_url(u)).map(
                    |u| html! { <>{" "}<a href={AttrValue::Static(u)} rel="noopener noreferrer">{&**u}</a></> },
                );
            html! { <li id={format!("ref-{}", r.slug)}>{inline_linked(&r.apa)}{link}</li> }
        })
        .collect();
    html! {
        <>
            <h1>{s::NAV_REFERENCES.get(lang)}</h1>
            {cite_block("cite-study", s::CITE_STUDY.get(lang), &study_apa, &study_bibtex(&content().study))}
            {cite_block("cite-explainer", s::CITE_EXPLAINER.get(lang), &explainer_apa(&url), &explainer_bibtex(&url))}
            <h2>{s::NAV_REFERENCES.get(lang)}</h2>
            <p class="note">{s::REFERENCES_NOTE.get(lang)}</p>
            <ul class="references">{refs}</ul>
            <h2>{s::THEORIES.get(lang)}</h2>
            {for content().theories.iter().map(|t| theory_card(&t.slug, false, lang))}
            {pager(&links)}
        </>
    }
}

/// Properties of [`GlossaryPage`].
#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    /// The term the address points at.
    pub term: Option<AttrValue>,
}

/// `glossary/`: all terms; `glossary/{term}/` highlights one.
#[function_component(GlossaryPage)]
pub fn glossary_page(props: &GlossaryProps) -> Html {
    let links = use_links();
    let lang = links.here.lang;
    {
        // Opening a term link directly: the app does not move focus on the first page, so do it here.
        let term = props.term.clone();
        use_effect_with((), move |_| {
            if let Some(term) = term {
                crate::platform::dom::focus(&format!("term-{term}"));
            }
        });
    }
    let mut terms: Vec<_> = content().glossary.iter().collect();
    // A reader built for one language has its glossary in this order already (the build
    // step sorts it, explainer_content::generate), which keeps the sort's code out of it.
    if !cfg!(any(feature = "only-id", feature = "only-en")) {
        terms.sort_by_cached_key(|t| t.order_key(lang));
    }
    let items: Html = terms
        .into_iter()
        .map(|t| {
            let target = props.term.as_deref() == Some(&*t.slug);
            let theory = t.theory.as_ref().and_then(|slug| content().theory(slug)).map(|th| {
                html! { <p><PageLink route={Route::References}>{s::GLOSSARY_THEORY.fill(lang, &[th.name.get(lang)])}</PageLink></p> }
            });
            html! {
                <div class={classes!("term-entry", target.then_some("is-target"))} id={format!("term-{}", t.slug)} tabindex="-1">
                    <dt class="with-glyph">{for content().finding_of_term(&t.slug).map(|f| finding_icon(&f.slug))}{t.term.get(lang)}</dt>
                    <dd>{inline_linked(t.definition.get(lang))}{theory}</dd>
                </div>
            }
        })
        .collect();
    html! {
        <>
            <h1>{s::NAV_GLOSSARY.get(lang)}</h1>
            <dl class="glossary">{items}</dl>
            {pager(&links)}
        </>
    }
}
