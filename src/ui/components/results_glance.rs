//! The results at a glance: three compact groups (motivations with attraction's three
//! parts, forms of interaction, benefits), each result with its icon, family colour, a bar
//! on the 0–100 scale, its number and a visible mark where it shares its place.

use crate::domain::content::quiz;
use crate::domain::i18n::{quiz as q, Tr};
use crate::domain::lang::Lang;
use crate::domain::quiz::glance::{glance, row_label, GlanceRow, GLANCE_FAMILIES};
use crate::domain::quiz::instrument::ConstructFamily;
use crate::domain::quiz::scoring::ConstructScore;
use crate::ui::components::glyph_icon::glyph_icon;
use yew::prelude::*;

/// The short family names, in the order of [`GLANCE_FAMILIES`].
pub const GLANCE_TITLES: [Tr; 3] = [
    q::SHORT_MOTIVATIONS,
    q::SHORT_INTERACTIONS,
    q::SHORT_BENEFITS,
];

fn row(r: &GlanceRow, family: &'static str, lang: Lang) -> Html {
    let family = Some(family);
    let score = r.score.map(|s| s.to_string()).unwrap_or_default();
    let value = match r.score {
        Some(s) => html! {
            <>
                <span aria-hidden="true">{s}</span>
                <span class="sr-only">{q::SCORE_OF.fill(lang, &[&s.to_string()])}</span>
            </>
        },
        None => html! { <span class="glance__none">{q::NOT_ENOUGH.get(lang)}</span> },
    };
    html! {
        <li class="glance__row" data-glance={r.slug.clone()} data-rank={r.rank.map(|n| n.to_string()).unwrap_or_default()}
            data-score={score} data-tied={r.tied.to_string()}>
            <span class="glance__rank">{r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into())}</span>
            {for r.glyph.map(|glyph| glyph_icon(glyph, family))}
            <span class="glance__name">
                {row_label(r, quiz(), lang)}
                if r.tied { {" "}<span class="tie glance__tie">{q::TIED.get(lang)}</span> }
            </span>
            <span class="glance__value">{value}</span>
            <div class="bar" aria-hidden="true">
                <div class="bar__fill" style={format!("width:{}%", r.score.unwrap_or(0))}></div>
            </div>
        </li>
    }
}

fn group(scores: &[ConstructScore], family: ConstructFamily, title: Tr, lang: Lang) -> Html {
    let id = format!("glance-{}", family.slug());
    html! {
        <section class={classes!("glance__group", format!("fam-{}", family.slug()))} aria-labelledby={id.clone()}>
            <h3 {id}>{title.get(lang)}</h3>
            <ol class="ranking" data-glance-family={family.slug()}>
                {for glance(scores, family).iter().map(|r| row(r, family.slug(), lang))}
            </ol>
        </section>
    }
}

/// The overview before the detailed results (no state, no effects).
pub fn results_glance(scores: &[ConstructScore], lang: Lang) -> Html {
    html! {
        <section class="card glance" aria-labelledby="glance-title" data-testid="glance" data-widget="">
            <h2 id="glance-title">{q::GLANCE_TITLE.get(lang)}</h2>
            <p>{q::GLANCE_INTRO.get(lang)}</p>
            <div class="glance__groups">
                {for GLANCE_FAMILIES.iter().zip(GLANCE_TITLES).map(|(f, t)| group(scores, *f, t, lang))}
            </div>
        </section>
    }
}
