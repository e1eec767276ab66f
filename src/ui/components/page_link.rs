//! A link to another page of the explainer, as a relative href from the page shown. Where
//! a course records the quiz, a link that would load another document (and so end the
//! recording) opens in a new tab instead, and says so: a visible ↗ and, in its accessible
//! name, "(opens in a new tab)".

use crate::domain::address::route::Route;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::ui::state::{use_links, PageHref};
use yew::prelude::*;

/// Properties of [`PageLink`].
#[derive(Properties, PartialEq)]
pub struct PageLinkProps {
    /// The page to link to, in the reading language.
    pub route: Route,
    /// Classes of the `<a>`.
    #[prop_or_default]
    pub class: Classes,
    /// Inline style of the `<a>` (a diagram label's position).
    #[prop_or_default]
    pub style: Option<AttrValue>,
    /// The link text.
    #[prop_or_default]
    pub children: Html,
}

/// `<a href="../../en/glossary/parasocial/">…</a>`: a plain link that works without
/// JavaScript; with it, the app shows the page without a reload.
#[function_component(PageLink)]
pub fn page_link(props: &PageLinkProps) -> Html {
    let links = use_links();
    let link = links.link(&props.route);
    html! {
        <a class={props.class.clone()} style={props.style.clone()} href={link.href.clone()}
           target={target(&link)} rel={rel(&link)}>
            {props.children.clone()}{new_tab_note(&link, links.here.lang)}
        </a>
    }
}

/// The `target` of `link`: `_blank` where it opens in a new tab.
pub fn target(link: &PageHref) -> Option<&'static str> {
    link.new_tab.then_some("_blank")
}

/// The `rel` of `link`: `noopener` where it opens in a new tab, so the new tab never finds the
/// course's connection through `window.opener` (one quiz records, not two).
pub fn rel(link: &PageHref) -> Option<&'static str> {
    link.new_tab.then_some("noopener")
}

/// What follows the text of `link` where it opens in a new tab: a visible ↗, and for screen
/// readers "(opens in a new tab)" in `lang`.
pub fn new_tab_note(link: &PageHref, lang: Lang) -> Html {
    new_tab_note_saying(link, s::OPENS_NEW_TAB.get(lang))
}

/// [`new_tab_note`] with the screen readers' words given (the language switch says them in
/// the language it is written in).
pub fn new_tab_note_saying(link: &PageHref, words: &str) -> Html {
    if !link.new_tab {
        return html! {};
    }
    html! {
        <>
            <span class="new-tab" aria-hidden="true">{"\u{a0}↗"}</span>
            <span class="sr-only">{format!(" {words}")}</span>
        </>
    }
}
