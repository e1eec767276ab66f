//! `#/parasocial`: the parasocial gap, with an illustration the reader plays.

use crate::domain::content::content;
use crate::domain::diagram::parasocial::{Gap, Step};
use crate::domain::i18n::shell as s;
use crate::ui::components::page_intro::{page_intro, PageIntro};
use crate::ui::components::pager::Pager;
use crate::ui::components::theory_card::TheoryCard;
use crate::ui::state::use_lang;
use yew::prelude::*;

fn step_label(step: Step) -> crate::domain::i18n::Tr {
    match step {
        Step::Like => s::GAP_LIKE,
        Step::Comment => s::GAP_COMMENT,
        Step::DirectMessage => s::GAP_DM,
        Step::Reply => s::GAP_REPLY,
    }
}

fn meter(id: &'static str, label: &str, value: u8) -> Html {
    html! {
        <div class="meter" data-side={id}>
            <span class="meter__label" id={format!("meter-{id}")}>{label}</span>
            <div class="meter__track" role="meter" aria-labelledby={format!("meter-{id}")}
                aria-valuemin="0" aria-valuemax="100" aria-valuenow={value.to_string()} data-value={value.to_string()}>
                <div class="meter__fill" style={format!("width:{value}%")}></div>
            </div>
            <span class="meter__value" aria-hidden="true">{value}</span>
        </div>
    }
}

/// The interactive illustration.
#[function_component(GapIllustration)]
pub fn gap_illustration() -> Html {
    let lang = use_lang();
    let gap = use_state(Gap::default);
    let buttons: Html = Step::ALL
        .into_iter()
        .map(|step| {
            let gap = gap.clone();
            let onclick = Callback::from(move |_| gap.set(gap.apply(step)));
            html! { <button type="button" class={classes!("button", (step == Step::Reply).then_some("button--accent"))} data-step={step.slug()} {onclick}>{step_label(step).get(lang)}</button> }
        })
        .collect();
    let reset = {
        let gap = gap.clone();
        Callback::from(move |_| gap.set(Gap::default()))
    };
    let status = s::GAP_STATUS.fill(
        lang,
        &[
            &gap.follower.to_string(),
            &gap.influencer.to_string(),
            &gap.steps.to_string(),
        ],
    );
    html! {
        <section class="gap" aria-labelledby="gap-title" data-testid="gap">
            <h2 id="gap-title">{s::NAV_PARASOCIAL.get(lang)}</h2>
            <p class="gap__label"><strong>{s::PARASOCIAL_ILLUSTRATION.get(lang)}</strong></p>
            <p>{s::PARASOCIAL_TRY.get(lang)}</p>
            {meter("follower", s::GAP_FOLLOWER.get(lang), gap.follower)}
            {meter("influencer", s::GAP_INFLUENCER.get(lang), gap.influencer)}
            <div class="gap__actions">{buttons}<button type="button" class="button button--quiet" onclick={reset}>{s::GAP_RESET.get(lang)}</button></div>
            <p class="gap__status" role="status" aria-live="polite">{status}</p>
            if gap.steps > 0 { <p class="gap__lesson">{s::GAP_LESSON.get(lang)}</p> }
        </section>
    }
}

/// The parasocial page.
#[function_component(ParasocialPage)]
pub fn parasocial_page() -> Html {
    let lang = use_lang();
    let page = content().page("parasocial");
    html! {
        <>
            <PageIntro title={page.map_or(s::NAV_PARASOCIAL.get(lang), |p| p.title.get(lang))}
                intro={page.map(page_intro)} />
            <GapIllustration />
            <TheoryCard slug="parasocial-relationship" nested=true />
            <Pager />
        </>
    }
}
