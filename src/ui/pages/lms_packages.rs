//! The SCORM 1.2 packages on the kit's page (`teach/`): one download per language and what each LMS does
//! with it. A plain view function: it has no state of its own.

use crate::domain::i18n::lms as l;
use crate::domain::lang::Lang;
use crate::domain::scorm::package_file;
use yew::prelude::*;

/// The downloads section; `folder` is the app's folder (ending in `/`), whose `lms/` folder
/// holds the packages.
pub fn lms_packages(folder: &str, lang: Lang) -> Html {
    let download = |package: Lang| {
        let file = package_file(package);
        html! {
            <li><a href={format!("{folder}lms/{file}")} download={file} hreflang={package.code()}>
                {l::PACKAGE_LINK.fill(lang, &[package.native_name()])}
            </a></li>
        }
    };
    html! {
        <section class="card" aria-labelledby="packages-title" data-testid="scorm-packages">
            <h2 id="packages-title">{l::PACKAGES_TITLE.get(lang)}</h2>
            <p>{l::PACKAGES_INTRO.get(lang)}</p>
            <ul>{for Lang::ALL.map(download)}</ul>
            <ul class="note">
                {for [l::LMS_MOODLE, l::LMS_CANVAS, l::LMS_BLACKBOARD, l::LMS_BRIGHTSPACE].map(|t| html! { <li>{t.get(lang)}</li> })}
            </ul>
        </section>
    }
}
