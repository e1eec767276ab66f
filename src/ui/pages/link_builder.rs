//! The lecturer kit's link and embed builder: a section and a language, then either the
//! embed code (the whole section, or only its interactive figure, in a frame whose fixed
//! height fits without the resizer script) with each platform's steps, or the plain link
//! with its QR code. A preview shows what students will see, once opened: the framed page runs
//! the app on the kit's own main thread, and a lazy frame inside a closed `<details>` is not
//! loaded (the browser's lazy loading alone fetched it while the kit loaded, and the kit's
//! total blocking time was 180 ms at Lighthouse's 4× in two runs of three).

use crate::domain::address::{PageAddress, Route};
use crate::domain::content::content;
use crate::domain::embed::platform::Platform;
use crate::domain::embed::{frame_height, iframe_snippet, offers, sections, Embed, Widget};
use crate::domain::i18n::{embed as e, shell as s, teach as t};
use crate::domain::lang::Lang;
use crate::domain::titles::route_label;
use crate::ui::components::copy_button::CopyButton;
use crate::ui::components::qr_figure::QrFigure;
use crate::ui::state::use_ctx;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The name of an embed choice for `route`.
fn offer_label(route: &Route, embed: Embed, lang: Lang) -> &'static str {
    match (embed, Widget::of(route)) {
        (Embed::Section, _) | (Embed::Widget, None) => e::WHAT_SECTION.get(lang),
        (Embed::Widget, Some(Widget::Diagram)) => e::WHAT_DIAGRAM.get(lang),
        (Embed::Widget, Some(Widget::Post)) => e::WHAT_POST.get(lang),
        (Embed::Widget, Some(Widget::Quiz)) => e::WHAT_QUIZ.get(lang),
    }
}

/// The builder's choices.
#[derive(Clone, PartialEq)]
struct Choices {
    section: Route,
    lang: Lang,
    /// Embed in a course page (or share a link).
    embedding: bool,
    embed: Embed,
    resizer: bool,
    platform: Platform,
}

/// A change handler that updates the choices with `f`.
fn on_change(
    choices: &UseStateHandle<Choices>,
    f: impl Fn(&mut Choices, &Event) + 'static,
) -> Callback<Event> {
    let choices = choices.clone();
    Callback::from(move |e: Event| {
        let mut next = (*choices).clone();
        f(&mut next, &e);
        choices.set(next);
    })
}

/// The value of the select an event came from.
fn select_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

/// The section a select's value (its page folder, `motivations/bandwagon`) names.
fn section_of(path: &str) -> Option<Route> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    Route::from_segments(&segments)
}

/// A radio button of a choice group.
fn radio(name: &str, value: &str, label: &str, checked: bool, onchange: Callback<Event>) -> Html {
    let id = format!("{name}-{value}");
    html! {
        <label class="choice-inline" for={id.clone()}>
            <input type="radio" {id} name={name.to_string()} value={value.to_string()} {checked} {onchange} />
            <span>{label.to_string()}</span>
        </label>
    }
}

/// The section and language selects, and how to share.
fn controls(choices: &UseStateHandle<Choices>, lang: Lang) -> Html {
    let c = &**choices;
    let options: Html = sections()
        .into_iter()
        .map(|r| html! { <option value={r.path()} selected={r == c.section}>{route_label(&r, content(), lang)}</option> })
        .collect();
    let share = |embedding: bool| on_change(choices, move |c, _| c.embedding = embedding);
    html! {
        <>
            <div class="builder__controls">
                <label>{t::PICK_SECTION.get(lang)}<select id="teach-section" onchange={on_change(choices, |c, e| c.section = section_of(&select_value(e)).unwrap_or(Route::Overview))}>{options}</select></label>
                <label>{t::PICK_LANG.get(lang)}
                    <select id="teach-lang" onchange={on_change(choices, |c, e| c.lang = Lang::parse(&select_value(e)).unwrap_or(c.lang))}>
                        {for Lang::ALL.map(|l| html! { <option value={l.code()} selected={l == c.lang}>{l.native_name()}</option> })}
                    </select>
                </label>
            </div>
            <fieldset class="builder__choice">
                <legend>{e::SHARE_AS.get(lang)}</legend>
                {radio("teach-share", "embed", e::SHARE_EMBED.get(lang), c.embedding, share(true))}
                {radio("teach-share", "link", e::SHARE_LINK.get(lang), !c.embedding, share(false))}
            </fieldset>
        </>
    }
}

/// A preview `frame` (a lazy `<iframe>` of the site) under `heading`, closed until the
/// lecturer opens it: a lazy frame inside a closed `<details>` is not loaded (see the module).
fn preview(heading: &'static str, frame: Html) -> Html {
    html! {
        <details class="preview-box" data-testid="teach-preview">
            <summary><h3 class="preview-box__title">{heading}</h3></summary>
            {frame}
        </details>
    }
}

/// The embed code, what it needs, each platform's steps and the preview.
fn embedding(choices: &UseStateHandle<Choices>, base_url: &str, lang: Lang) -> Html {
    let c = &**choices;
    let offered = offers(&c.section);
    let embed = if offered.contains(&c.embed) {
        c.embed
    } else {
        offered[0]
    };
    let page = PageAddress::new(c.lang, c.section.clone());
    let src = page.absolute(base_url, Some(embed));
    let height = frame_height(&c.section, embed).unwrap_or(640);
    let title = format!(
        "{} — {}",
        route_label(&c.section, content(), c.lang),
        s::APP_TITLE.get(c.lang)
    );
    let resizer = format!("{base_url}embed.js");
    let snippet = iframe_snippet(&src, &title, height, c.resizer.then_some(resizer.as_str()));
    let pick = |embed: Embed| on_change(choices, move |c, _| c.embed = embed);
    let on_resizer = on_change(choices, |c, e| {
        c.resizer = e.target_unchecked_into::<HtmlInputElement>().checked();
    });
    let on_platform = on_change(choices, |c, e| {
        c.platform = Platform::from_key(&select_value(e)).unwrap_or(Platform::Moodle);
    });
    let long = (embed == Embed::Section).then(|| format!(" {}", e::SECTION_IS_LONG.get(lang)));
    html! {
        <>
            if offered.len() > 1 {
                <fieldset class="builder__choice">
                    <legend>{e::WHAT.get(lang)}</legend>
                    {for offered.iter().map(|o| radio("teach-embed", o.value(), offer_label(&c.section, *o, lang), *o == embed, pick(*o)))}
                </fieldset>
            }
            <h3>{e::EMBED_CODE.get(lang)}</h3>
            <pre class="snippet"><code data-testid="teach-snippet">{snippet.clone()}</code></pre>
            <CopyButton text={snippet} label={e::COPY_EMBED.get(lang)} done={e::EMBED_COPIED.get(lang)} />
            <p class="note" data-testid="teach-height">{e::FIXED_HEIGHT.fill(lang, &[&height.to_string()])}{long}</p>
            <p class="check">
                <input type="checkbox" id="teach-resizer" checked={c.resizer} onchange={on_resizer} aria-describedby="teach-resizer-hint" />
                <label for="teach-resizer">{e::RESIZER.get(lang)}</label>
            </p>
            <p class="note" id="teach-resizer-hint">{e::RESIZER_HINT.get(lang)}</p>
            <div class="builder__controls">
                <label>{e::STEPS_FOR.get(lang)}
                    <select id="teach-platform" onchange={on_platform}>
                        {for Platform::ALL.map(|p| html! { <option value={p.key()} selected={p == c.platform}>{p.name()}</option> })}
                    </select>
                </label>
            </div>
            <ol class="steps" data-testid="teach-steps">{for c.platform.steps().iter().map(|step| html! { <li>{step.get(lang)}</li> })}</ol>
            <p class="note">{e::NO_FRAMES.get(lang)}</p>
            {preview(e::PREVIEW_AS_STUDENTS.get(lang), html! {
                <iframe class="preview preview--embed" src={src} style={format!("height:{height}px")} title={format!("{}: {title}", t::PREVIEW.get(lang))} loading="lazy"></iframe>
            })}
        </>
    }
}

/// The plain link, its QR code and the preview.
fn linking(c: &Choices, base_url: &str, lang: Lang) -> Html {
    let page = PageAddress::new(c.lang, c.section.clone());
    let link = page.absolute(base_url, None);
    let file = format!(
        "qr-{}.png",
        page.folder().trim_end_matches('/').replace('/', "-")
    );
    let title = route_label(&c.section, content(), c.lang);
    html! {
        <>
            <h3>{e::LINK.get(lang)}</h3>
            <p><code class="wrap" data-testid="teach-link">{link.clone()}</code></p>
            <CopyButton text={link.clone()} label={e::COPY_LINK.get(lang)} done={e::LINK_COPIED.get(lang)} />
            <h3>{t::QR_CODE.get(lang)}</h3>
            <QrFigure link={link.clone()} file={file} />
            {preview(t::PREVIEW.get(lang), html! {
                <iframe class="preview" src={link} title={format!("{}: {title}", t::PREVIEW.get(lang))} loading="lazy"></iframe>
            })}
        </>
    }
}

/// The builder.
#[function_component(LinkBuilder)]
pub fn link_builder() -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let choices = use_state(|| Choices {
        section: Route::Overview,
        lang,
        embedding: true,
        embed: Embed::Widget,
        resizer: false,
        platform: Platform::Moodle,
    });
    html! {
        <section class="card builder" aria-labelledby="builder-title">
            <h2 id="builder-title">{t::BUILDER_TITLE.get(lang)}</h2>
            {controls(&choices, lang)}
            if choices.embedding {
                {embedding(&choices, &ctx.base_url, lang)}
            } else {
                {linking(&choices, &ctx.base_url, lang)}
            }
        </section>
    }
}
