//! `teach/`: the lecturer kit — the link and embed builder, the SCORM packages and the class
//! profile.

use super::class_overview::ClassOverview;
use super::link_builder::LinkBuilder;
use super::lms_packages::lms_packages;
use crate::domain::i18n::teach as t;
use crate::ui::state::use_ctx;
use yew::prelude::*;

/// The lecturer page.
#[function_component(TeachPage)]
pub fn teach_page() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    html! {
        <>
            <h1>{t::TEACH_TITLE.get(lang)}</h1>
            <p>{t::TEACH_INTRO.get(lang)}</p>
            <LinkBuilder />
            {lms_packages(&ctx.base_url, lang)}
            <ClassOverview />
        </>
    }
}
