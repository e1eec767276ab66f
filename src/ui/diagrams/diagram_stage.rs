//! A diagram with the answer to a tap where the reader is looking: the selected box's
//! summary, Chapter V's quotation and a link to the full finding, in a panel that stays
//! beside the diagram on wide screens and rises from the bottom as a sheet on phones. It
//! never moves the page: the sheet is fixed to the viewport and the panel sits in a column of
//! its own that does not set the row's height (see `.node-panel` in the stylesheet).
//!
//! The page owns the selection (its address) and says what closing does. A tap opens the
//! sheet and moves focus into it; closing it (its button, Escape, or back) gives focus back to
//! the node. A page opened at a finding's address shows it beside the diagram on wide
//! screens, but does not cover a phone's screen with a sheet nobody asked for.
//!
//! A hook and plain functions that [`super::diagram_view::DiagramView`] uses, rather than a
//! component of its own: a component costs the reader's first load more code than this.

use crate::domain::address::route::Route;
use crate::domain::content::content;
use crate::domain::diagram::id::BoxId;
use crate::domain::diagram::labels::action_sentence;
use crate::domain::i18n::shell as s;
use crate::ui::components::glyph_icon::finding_icon;
use crate::ui::components::page_link::PageLink;
use crate::ui::components::quote_block::quote_block;
use crate::ui::components::rich_text::inline;
use crate::ui::state::Ctx;
use yew::prelude::*;

/// Where focus goes once the page has rendered what a tap or a close asked for.
#[derive(Clone, Debug, PartialEq)]
enum FocusTo {
    /// Into the panel, once it shows this box.
    Panel(BoxId),
    /// Back to this node, once nothing is selected.
    Node(BoxId),
}

/// What the stage remembers between renders.
struct Memory {
    /// The selection the page opened with: shown beside the diagram, not raised as a sheet.
    initial: Option<BoxId>,
    /// Whether the reader has tapped a node since.
    tapped: bool,
    /// A selection whose sheet the reader put away to read its full text below.
    dismissed: Option<BoxId>,
    /// The selection at the last render.
    before: Option<BoxId>,
    /// Where focus is due.
    pending: Option<FocusTo>,
}

/// Moves focus where `memory` says it is due once the page shows it, or back to the node
/// that was selected when back or forward closed a panel the reader had opened.
fn settle_focus(memory: &mut Memory, selected: Option<BoxId>) {
    let was = std::mem::replace(&mut memory.before, selected);
    let node = |id: BoxId| format!("node-{}", id.dom_id());
    match memory.pending {
        Some(FocusTo::Panel(id)) if selected == Some(id) => {
            memory.pending = None;
            crate::platform::dom::focus("sheet");
            // On a phone the sheet covers the lower part of the screen: the node stays above it.
            crate::platform::dom::scroll_nearest(&node(id));
        }
        Some(FocusTo::Node(id)) if selected.is_none() => {
            memory.pending = None;
            crate::platform::dom::focus(&node(id));
        }
        Some(_) => {}
        // Back or forward closed the panel the reader had opened: focus returns to its node.
        None => {
            if let (Some(id), None, true) = (was, selected, memory.tapped) {
                crate::platform::dom::focus(&node(id));
            }
        }
    }
}

/// The stage's state for one render.
pub struct Stage {
    /// Raised as a sheet on narrow screens (a tap or the address asked for it).
    pub open: bool,
    /// The page's selection handler, which also opens the sheet and moves focus into it.
    pub on_select: Callback<BoxId>,
    /// Closes the panel and gives focus back to the node.
    pub close: Callback<()>,
    /// Puts the sheet away and keeps the selection (the reader goes on to its full text).
    pub dismiss: Callback<()>,
    /// Escape anywhere in the diagram or its panel closes the panel.
    pub onkeydown: Callback<KeyboardEvent>,
}

/// The stage of a diagram whose page selects `selected` and handles `on_select` and
/// `on_close`.
#[hook]
pub fn use_stage(
    selected: Option<BoxId>,
    on_select: &Callback<BoxId>,
    on_close: &Callback<()>,
) -> Stage {
    let memory = use_mut_ref(|| Memory {
        initial: selected,
        tapped: false,
        dismissed: None,
        before: selected,
        pending: None,
    });
    let refresh = use_force_update();
    let open = {
        let m = memory.borrow();
        selected.is_some() && selected != m.dismissed && (selected != m.initial || m.tapped)
    };
    {
        let memory = memory.clone();
        use_effect(move || settle_focus(&mut memory.borrow_mut(), selected));
    }
    let on_select = {
        let (memory, on_select, refresh) = (memory.clone(), on_select.clone(), refresh.clone());
        Callback::from(move |id: BoxId| {
            let mut m = memory.borrow_mut();
            (m.tapped, m.dismissed) = (true, None);
            m.pending = Some(FocusTo::Panel(id));
            drop(m);
            refresh.force_update();
            on_select.emit(id);
        })
    };
    let dismiss = {
        let memory = memory.clone();
        Callback::from(move |()| {
            memory.borrow_mut().dismissed = selected;
            refresh.force_update();
        })
    };
    let close = {
        let on_close = on_close.clone();
        Callback::from(move |()| {
            if let Some(id) = selected {
                memory.borrow_mut().pending = Some(FocusTo::Node(id));
                on_close.emit(());
            }
        })
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    Stage {
        open,
        on_select,
        close,
        dismiss,
        onkeydown,
    }
}

/// The link from the panel to the full finding `slug` (an action's form): its own page, or,
/// where that is the page shown, the full text below the diagram.
fn full_link(ctx: &Ctx, slug: &'static str, dismiss: &Callback<()>) -> Html {
    let text = s::READ_FULL.get(ctx.lang);
    let Some(route) = Route::of_finding(slug) else {
        return html! {};
    };
    if route == ctx.route {
        let target = format!("detail-{slug}");
        let onclick = {
            let (target, dismiss) = (target.clone(), dismiss.clone());
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                dismiss.emit(());
                crate::platform::dom::reveal(&target);
            })
        };
        html! { <a class="sheet__more" href={format!("#{target}")} {onclick}>{text}{" ↓"}</a> }
    } else {
        html! { <PageLink class="sheet__more" {route}>{text}{" →"}</PageLink> }
    }
}

/// What the panel shows for `id`: heading, summary, quotation and the way to the finding.
fn card(ctx: &Ctx, id: BoxId, stage: &Stage) -> Option<Html> {
    let lang = ctx.lang;
    let (slug, title, summary, why, finding) = match id {
        BoxId::Finding(slug) => {
            let f = content().finding(slug)?;
            let title = html! { <>{finding_icon(slug)}{f.heading(lang)}</> };
            let summary = inline(f.summary.get(lang), lang);
            (slug, title, summary, None, f)
        }
        BoxId::Action(slug) => {
            let a = content().findings.actions.iter().find(|a| a.slug == slug)?;
            let f = content().finding(&a.form)?;
            let title = html! { <>{a.label.get(lang)}</> };
            let summary = html! { <>{action_sentence(a, content(), lang)}</> };
            (slug, title, summary, Some(inline(a.why.get(lang), lang)), f)
        }
        _ => return None,
    };
    let family = finding.family.slug();
    Some(html! {
        <section id="sheet" class={classes!("sheet", format!("fam-{family}"))} tabindex="-1"
            aria-labelledby="sheet-title" data-testid="sheet" data-shows={slug}>
            <div class="sheet__head">
                <h2 id="sheet-title" class="sheet__title with-glyph">{title}</h2>
                <button type="button" class="button button--quiet button--small sheet__close"
                    onclick={stage.close.reform(|_: MouseEvent| ())}>{s::SHEET_CLOSE.get(lang)}</button>
            </div>
            <p class="sheet__summary">{summary}</p>
            if let Some(why) = why { <p>{why}</p> }
            if let Some(quote) = &finding.quote { {quote_block(quote, lang)} }
            <p>{full_link(ctx, &finding.slug, &stage.dismiss)}</p>
        </section>
    })
}

/// The panel beside the diagram (or the sheet on narrow screens) for `selected`. Focus
/// moves into it when a tap opens it, so screen readers announce it by its heading.
pub fn panel(ctx: &Ctx, selected: Option<BoxId>, stage: &Stage) -> Html {
    let lang = ctx.lang;
    let body = selected
        .and_then(|id| card(ctx, id, stage))
        .unwrap_or_else(|| {
            html! { <p class="detail detail--empty" data-testid="detail-empty">{s::SELECT_PROMPT.get(lang)}</p> }
        });
    html! {
        <div class={classes!("node-panel", stage.open.then_some("is-open"))} data-widget="">
            <div class="node-panel__inner">{body}</div>
        </div>
    }
}
