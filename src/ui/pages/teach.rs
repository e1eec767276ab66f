//! `#/teach`: the lecturer kit — link and embed builder with preview and QR code.

use super::class_overview::ClassOverview;
use super::lms_packages::lms_packages;
use crate::domain::content::content;
use crate::domain::embed::iframe_snippet;
use crate::domain::i18n::{shell as s, teach as t};
use crate::domain::lang::Lang;
use crate::domain::page_url::PageAddress;
use crate::domain::qr::qr_svg;
use crate::domain::route::Route;
use crate::domain::titles::route_label;
use crate::ui::components::copy_button::CopyButton;
use crate::ui::state::{use_ctx, use_lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The sections a lecturer can link to: every stable link but this page.
fn sections() -> Vec<Route> {
    Route::stable_links()
        .into_iter()
        .filter(|r| *r != Route::Teach)
        .collect()
}

/// The folder of the app's address, where `embed.js` is served.
fn app_folder(base_url: &str) -> &str {
    base_url
        .rfind('/')
        .map(|i| &base_url[..=i])
        .unwrap_or(base_url)
}

/// Properties of [`QrFigure`].
#[derive(Properties, PartialEq)]
struct QrFigureProps {
    link: AttrValue,
}

/// The link as a QR code: encoded once per link, not on every render of the page.
#[function_component(QrFigure)]
fn qr_figure(props: &QrFigureProps) -> Html {
    let lang = use_lang();
    let qr = use_memo(props.link.clone(), |link| qr_svg(link));
    let Some(qr) = &*qr else {
        return html! {};
    };
    let alt = t::QR_ALT.fill(lang, &[&props.link]);
    html! {
        <svg class="qr" data-testid="qr" viewBox={format!("0 0 {0} {0}", qr.size)} role="img" aria-label={alt} shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff" />
            <path d={qr.path.clone()} fill="#000" />
        </svg>
    }
}

/// The builder's choices: section, language and form of the link.
struct Choices {
    section: UseStateHandle<Route>,
    lang: UseStateHandle<Lang>,
    embed: UseStateHandle<bool>,
}

/// The three selects, each updating one choice.
fn controls(choices: &Choices, lang: Lang) -> Html {
    let select_value = |e: &Event| e.target_unchecked_into::<HtmlSelectElement>().value();
    let on_section = {
        let section = choices.section.clone();
        Callback::from(move |e: Event| section.set(Route::parse(&select_value(&e))))
    };
    let on_lang = {
        let link_lang = choices.lang.clone();
        Callback::from(move |e: Event| {
            if let Some(l) = Lang::parse(&select_value(&e)) {
                link_lang.set(l);
            }
        })
    };
    let on_form = {
        let embed = choices.embed.clone();
        Callback::from(move |e: Event| embed.set(select_value(&e) == "embed"))
    };
    let (section, link_lang, embed) = (&*choices.section, *choices.lang, *choices.embed);
    let options: Html = sections()
        .into_iter()
        .map(|r| {
            let hash = r.to_hash();
            html! { <option value={hash.clone()} selected={r == *section}>{format!("{} ({hash})", route_label(&r, content(), lang))}</option> }
        })
        .collect();
    html! {
        <div class="builder__controls">
            <label>{t::PICK_SECTION.get(lang)}<select id="teach-section" onchange={on_section}>{options}</select></label>
            <label>{t::PICK_LANG.get(lang)}
                <select id="teach-lang" onchange={on_lang}>
                    {for Lang::ALL.map(|l| html! { <option value={l.code()} selected={l == link_lang}>{l.native_name()}</option> })}
                </select>
            </label>
            <label>{t::PICK_FORM.get(lang)}
                <select id="teach-form" onchange={on_form}>
                    <option value="embed" selected={embed}>{t::FORM_EMBED.get(lang)}</option>
                    <option value="link" selected={!embed}>{t::FORM_LINK.get(lang)}</option>
                </select>
            </label>
        </div>
    }
}

/// The lecturer page.
#[function_component(TeachPage)]
pub fn teach_page() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let choices = Choices {
        section: use_state(|| Route::Overview),
        lang: use_state(|| lang),
        embed: use_state(|| true),
    };
    let (section, link_lang) = (&*choices.section, *choices.lang);
    let link = PageAddress::new(link_lang, section.clone()).absolute(&ctx.base_url, *choices.embed);
    let title = format!(
        "{} — {}",
        route_label(section, content(), link_lang),
        s::APP_TITLE.get(link_lang)
    );
    let snippet = iframe_snippet(
        &link,
        &title,
        &format!("{}embed.js", app_folder(&ctx.base_url)),
    );
    html! {
        <>
            <h1>{t::TEACH_TITLE.get(lang)}</h1>
            <p>{t::TEACH_INTRO.get(lang)}</p>
            <section class="card builder" aria-labelledby="builder-title">
                <h2 id="builder-title">{t::BUILDER_TITLE.get(lang)}</h2>
                {controls(&choices, lang)}
                <h3 id="teach-link-title">{t::DIRECT_LINK.get(lang)}</h3>
                <p><code class="wrap" data-testid="teach-link">{link.clone()}</code></p>
                <CopyButton text={link.clone()} describedby="teach-link-title" />
                <h3 id="teach-snippet-title">{t::SNIPPET.get(lang)}</h3>
                <pre class="snippet"><code data-testid="teach-snippet">{snippet.clone()}</code></pre>
                <CopyButton text={snippet} describedby="teach-snippet-title" />
                <p class="note">{t::SNIPPET_HINT.get(lang)}</p>
                <h3>{t::QR_CODE.get(lang)}</h3>
                <QrFigure link={link.clone()} />
                <h3>{t::PREVIEW.get(lang)}</h3>
                <iframe class="preview" src={link} title={format!("{}: {title}", t::PREVIEW.get(lang))} loading="lazy"></iframe>
            </section>
            {lms_packages(app_folder(&ctx.base_url), lang)}
            <ClassOverview />
        </>
    }
}
