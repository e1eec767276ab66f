//! The class profile on `#/teach`: pasted or uploaded result codes, summarised in the browser.

use crate::domain::class_profile::{aggregate, one_decimal, to_csv, ClassProfile, MAX_LINES};
use crate::domain::content::content;
use crate::domain::i18n::teach as t;
use crate::domain::lang::Lang;
use crate::domain::quiz::instrument::ConstructFamily;
use crate::ui::pages::results::code_error_text;
use crate::ui::state::use_lang;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

fn construct_label(slug: &str, lang: Lang) -> String {
    content()
        .quiz
        .constructs
        .iter()
        .find(|c| c.slug == slug)
        .map(|c| c.label.get(lang).to_string())
        .unwrap_or_default()
}

fn header(lang: Lang) -> [&'static str; 6] {
    [
        "id",
        t::CLASS_CONSTRUCT.get(lang),
        t::CLASS_N.get(lang),
        t::CLASS_MEAN.get(lang),
        t::CLASS_SD.get(lang),
        t::CLASS_FIRST.get(lang),
    ]
}

fn profile_view(profile: &ClassProfile, lang: Lang) -> Html {
    let [_, construct, n, mean, sd, first] = header(lang);
    let rows: Html = profile
        .constructs
        .iter()
        .map(|c| html! {
            <tr data-construct={c.slug.clone()}>
                <th scope="row">{construct_label(&c.slug, lang)}</th>
                <td>{c.n}</td>
                <td data-col="mean">{one_decimal(c.mean)}</td>
                <td data-col="sd">{one_decimal(c.sd)}</td>
                <td data-col="first">{if c.family == ConstructFamily::Closeness { "—".to_string() } else { c.first.to_string() }}</td>
            </tr>
        })
        .collect();
    let problems: Html = profile
        .invalid
        .iter()
        .map(|i| html! { <li>{t::CLASS_LINE.fill(lang, &[&i.line.to_string(), code_error_text(i.error).get(lang)])}</li> })
        .chain(profile.duplicates.iter().map(|d| html! { <li>{t::CLASS_DUPLICATE.fill(lang, &[&d.line.to_string(), &d.first.to_string()])}</li> }))
        .collect();
    let counts = t::CLASS_COUNTS.fill(
        lang,
        &[
            &profile.valid.to_string(),
            &profile.invalid.len().to_string(),
            &profile.duplicates.len().to_string(),
        ],
    );
    let csv = to_csv(profile, header(lang), |slug| construct_label(slug, lang));
    let download = Callback::from(move |_| {
        let _ =
            crate::platform::files::download("class-profile.csv", "text/csv;charset=utf-8", &csv);
    });
    html! {
        <div class="class-profile" data-testid="class-profile">
            <p role="status" data-testid="class-counts">{counts}</p>
            if profile.truncated { <p class="warning">{t::CLASS_TOO_MANY.fill(lang, &[&MAX_LINES.to_string()])}</p> }
            <div class="table-scroll" tabindex="0" role="region" aria-label={t::CLASS_TITLE.get(lang)}>
                <table>
                    <caption>{t::CLASS_CAPTION.get(lang)}</caption>
                    <thead><tr><th scope="col">{construct}</th><th scope="col">{n}</th><th scope="col">{mean}</th><th scope="col">{sd}</th><th scope="col">{first}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <button type="button" class="button" data-testid="class-csv" onclick={download}>{t::CLASS_CSV.get(lang)}</button>
            if !profile.invalid.is_empty() || !profile.duplicates.is_empty() {
                <h3>{t::CLASS_INVALID.get(lang)}</h3>
                <ul data-testid="class-problems">{problems}</ul>
            }
        </div>
    }
}

/// Paste or upload codes, compute, read the table, download the CSV.
#[function_component(ClassOverview)]
pub fn class_overview() -> Html {
    let lang = use_lang();
    let text = use_state(String::new);
    let profile = use_state(|| None::<Rc<ClassProfile>>);
    let file_error = use_state(|| false);
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let compute = {
        let (text, profile) = (text.clone(), profile.clone());
        Callback::from(move |_| profile.set(Some(Rc::new(aggregate(&content().quiz, &text)))))
    };
    let onchange = {
        let (text, profile, file_error) = (text.clone(), profile.clone(), file_error.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (text, profile, file_error) = (text.clone(), profile.clone(), file_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::platform::files::read_chosen_file(&input).await {
                    Some(Ok(content_text)) => {
                        file_error.set(false);
                        profile.set(Some(Rc::new(aggregate(&content().quiz, &content_text))));
                        text.set(content_text);
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
            <textarea id="class-input" rows="8" value={(*text).clone()} {oninput} spellcheck="false" />
            <label for="class-file">{t::CLASS_FILE.get(lang)}</label>
            <input id="class-file" type="file" accept=".txt,.csv,text/plain" {onchange} />
            if *file_error { <p class="warning" role="alert">{t::CLASS_FILE_ERROR.get(lang)}</p> }
            <p><button type="button" class="button button--accent" data-testid="class-compute" onclick={compute}>{t::CLASS_ANALYSE.get(lang)}</button></p>
            if let Some(profile) = &*profile { {profile_view(profile, lang)} }
        </section>
    }
}
