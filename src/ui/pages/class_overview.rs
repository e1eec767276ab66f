//! The class profile on the kit's page (`teach/`): pasted or uploaded result codes, summarised in the browser.

use crate::domain::class_profile::{
    aggregate, one_decimal, to_csv, ClassProfile, VersionProfile, MAX_LINES,
};
use crate::domain::content::quiz;
use crate::domain::glyph::Glyph;
use crate::domain::i18n::teach as t;
use crate::domain::lang::Lang;
use crate::domain::quiz::form::Forms;
use crate::domain::quiz::instrument::ConstructFamily;
use crate::ui::components::glyph_icon::glyph_icon;
use crate::ui::pages::results::code_error_text;
use crate::ui::state::use_lang;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The label of a row id: a construct's, or for `construct/part` the construct's and the part's.
fn row_label(slug: &str, lang: Lang) -> String {
    let quiz = quiz();
    let (construct, part) = match slug.split_once('/') {
        Some((construct, part)) => (construct, Some(part)),
        None => (slug, None),
    };
    let Some(construct) = quiz.construct(construct) else {
        return String::new();
    };
    let label = construct.label.get(lang);
    match part.and_then(|p| construct.parts().iter().find(|x| x.slug == p)) {
        Some(part) => format!("{label}: {}", part.label.get(lang)),
        None => label.to_string(),
    }
}

fn header(lang: Lang) -> [&'static str; 7] {
    [
        t::CLASS_VERSION.get(lang),
        "id",
        t::CLASS_CONSTRUCT.get(lang),
        t::CLASS_N.get(lang),
        t::CLASS_MEAN.get(lang),
        t::CLASS_SD.get(lang),
        t::CLASS_FIRST.get(lang),
    ]
}

/// A row's icon in its family's colour: the finding's, or the attraction facet's for a part.
fn row_icon(slug: &str) -> Html {
    let (construct, part) = slug.split_once('/').unwrap_or((slug, ""));
    let Some(construct) = quiz().construct(construct) else {
        return html! {};
    };
    let glyph = Glyph::of_attraction_facet(part).or_else(|| Glyph::of_finding(&construct.finding));
    match glyph {
        Some(glyph) => glyph_icon(glyph, Some(construct.family.slug())),
        None => html! {},
    }
}

/// One version's table.
fn version_table(version: &VersionProfile, lang: Lang) -> Html {
    let [_, _, construct, n, mean, sd, first] = header(lang);
    let rows: Html = version
        .rows
        .iter()
        .map(|c| html! {
            <tr data-construct={c.slug.clone()}>
                <th scope="row"><span class="with-glyph">{row_icon(&c.slug)}{row_label(&c.slug, lang)}</span></th>
                <td>{c.n}</td>
                <td data-col="mean">{one_decimal(c.mean)}</td>
                <td data-col="sd">{one_decimal(c.sd)}</td>
                <td data-col="first">{if c.family == ConstructFamily::Closeness { "—".to_string() } else { c.first.to_string() }}</td>
            </tr>
        })
        .collect();
    let title = t::CLASS_VERSION_TITLE.fill(lang, &[&version.version.to_string()]);
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={title} data-version={version.version.to_string()}>
            <table>
                <caption>
                    {t::CLASS_CAPTION.fill(lang, &[&version.version.to_string()])}{" "}
                    <strong data-testid="class-not-validated">{t::CLASS_NOT_VALIDATED.get(lang)}</strong>
                </caption>
                <thead><tr><th scope="col">{construct}</th><th scope="col">{n}</th><th scope="col">{mean}</th><th scope="col">{sd}</th><th scope="col">{first}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// How many codes of each version, and why versions are not pooled when there are several.
fn versions_note(profile: &ClassProfile, lang: Lang) -> Html {
    let quiz = quiz();
    let current = profile.version(quiz.version).map_or(0, |v| v.codes);
    let counts = t::CLASS_VERSIONS.fill(
        lang,
        &[
            &t::CODES.count(lang, current),
            &quiz.version.to_string(),
            &(profile.valid - current).to_string(),
        ],
    );
    let changed: Vec<&str> = quiz
        .constructs
        .iter()
        .filter(|c| c.since == quiz.version)
        .map(|c| c.label.get(lang))
        .collect();
    let why = t::CLASS_NOT_POOLED.fill(lang, &[&quiz.version.to_string(), &changed.join("; ")]);
    html! {
        <>
            <p data-testid="class-versions">{counts}</p>
            if profile.versions.len() > 1 { <p class="note" data-testid="class-not-pooled">{why}</p> }
        </>
    }
}

fn profile_view(profile: &Rc<ClassProfile>, lang: Lang) -> Html {
    let problems: Html = profile
        .invalid
        .iter()
        .map(|i| html! { <li>{t::CLASS_LINE.fill(lang, &[&i.line.to_string(), code_error_text(i.error).get(lang)])}</li> })
        .chain(profile.duplicates.iter().map(|d| html! { <li>{t::CLASS_DUPLICATE.fill(lang, &[&d.line.to_string(), &d.first.to_string()])}</li> }))
        .collect();
    let counts = t::CLASS_COUNTS.fill(
        lang,
        &[
            &t::VALID_LINES.count(lang, profile.valid),
            &t::INVALID_LINES.count(lang, profile.invalid.len()),
            &t::POSSIBLE_DUPLICATES.count(lang, profile.duplicates.len()),
        ],
    );
    let download = {
        // The CSV is written when it is downloaded, not with every render of the table.
        let profile = profile.clone();
        Callback::from(move |_| {
            let csv = to_csv(&profile, header(lang), |slug| row_label(slug, lang));
            let _ = crate::platform::files::download(
                "class-profile.csv",
                "text/csv;charset=utf-8",
                &csv,
            );
        })
    };
    html! {
        <div class="class-profile" data-testid="class-profile">
            <p role="status" data-testid="class-counts">{counts}</p>
            if profile.truncated { <p class="warning">{t::CLASS_TOO_MANY.fill(lang, &[&MAX_LINES.to_string()])}</p> }
            {versions_note(profile, lang)}
            {for profile.versions.iter().map(|v| version_table(v, lang))}
            <button type="button" class="button" data-testid="class-csv" onclick={download}>{t::CLASS_CSV.get(lang)}</button>
            if !profile.invalid.is_empty() || !profile.duplicates.is_empty() {
                <h3>{t::CLASS_INVALID.get(lang)}</h3>
                <ul data-testid="class-problems">{problems}</ul>
            }
        </div>
    }
}

/// The profile of pasted text, from codes of any quiz version.
fn profile_of(text: &str) -> Option<Rc<ClassProfile>> {
    Some(Rc::new(aggregate(&quiz().forms(), text)))
}

/// Paste or upload codes, compute, read the table, download the CSV.
#[function_component(ClassOverview)]
pub fn class_overview() -> Html {
    let lang = use_lang();
    // The textarea is not controlled: typing changes no state and renders nothing; the
    // text is read when the lecturer asks for the profile.
    let textarea = use_node_ref();
    let profile = use_state(|| None::<Rc<ClassProfile>>);
    let file_error = use_state_eq(|| false);
    let compute = {
        let (textarea, profile) = (textarea.clone(), profile.clone());
        Callback::from(move |_| {
            let text = crate::platform::dom::textarea_value(&textarea).unwrap_or_default();
            profile.set(profile_of(&text))
        })
    };
    let onchange = {
        let (textarea, profile, file_error) =
            (textarea.clone(), profile.clone(), file_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (textarea, profile, file_error) =
                (textarea.clone(), profile.clone(), file_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::platform::files::read_chosen_file(&input).await {
                    Some(Ok(text)) => {
                        file_error.set(false);
                        crate::platform::dom::set_textarea_value(&textarea, &text);
                        profile.set(profile_of(&text));
                    }
                    Some(Err(())) => file_error.set(true),
                    None => {}
                }
            });
        })
    };
    html! {
        <section class="card" aria-labelledby="class-title">
            <h2 id="class-title">{t::CLASS_TITLE.get(lang)}</h2>
            <p>{t::CLASS_INTRO.get(lang)}</p>
            <label for="class-input">{t::CLASS_INPUT.get(lang)}</label>
            <textarea id="class-input" rows="8" ref={textarea} spellcheck="false" />
            <label for="class-file">{t::CLASS_FILE.get(lang)}</label>
            <input id="class-file" type="file" accept=".txt,.csv,text/plain" {onchange} />
            if *file_error { <p class="warning" role="alert">{t::CLASS_FILE_ERROR.get(lang)}</p> }
            <p><button type="button" class="button button--accent" data-testid="class-compute" onclick={compute}>{t::CLASS_ANALYSE.get(lang)}</button></p>
            if let Some(profile) = &*profile { {profile_view(profile, lang)} }
        </section>
    }
}
