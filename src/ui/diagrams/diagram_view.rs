//! Maps a computed diagram layout to markup: an SVG of frames and arrows behind real
//! HTML buttons, positioned in percentages so the diagram keeps its aspect ratio.

use crate::domain::content::content;
use crate::domain::diagram::labels::label;
use crate::domain::diagram::layout::{fixed, fmt, layout, Layout, Placed};
use crate::domain::diagram::specs::{spec, Diagram};
use crate::domain::i18n::shell as s;
use crate::domain::route::Route;
use crate::ui::diagrams::diagram_text::DiagramText;
use crate::ui::state::use_ctx;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DiagramView`].
#[derive(Properties, PartialEq)]
pub struct DiagramViewProps {
    /// Which diagram.
    pub diagram: Diagram,
    /// The selected box, if any.
    pub selected: Option<AttrValue>,
    /// Called with a box id when the reader selects it.
    pub on_select: Callback<String>,
    /// Accessible name.
    pub label: AttrValue,
}

fn position(b: &Placed, l: &Layout) -> String {
    b.rect.css_position(l.width, l.height)
}

fn lines(l: &Layout, lit: &[String]) -> Html {
    let frame = l.frame.map(|f| {
        html! { <rect class="diagram__frame" x={fmt(f.x)} y={fmt(f.y)} width={fmt(f.w)} height={fmt(f.h)} rx="14" /> }
    });
    let arrow = |a: &crate::domain::diagram::layout::Arrow, class: &'static str| {
        let on = lit.contains(&a.from) || lit.contains(&a.to);
        html! { <path class={classes!(class, on.then_some("is-lit"))} d={a.path.clone()} marker-end="url(#arrowhead)" /> }
    };
    html! {
        <svg class="diagram__lines" viewBox={format!("0 0 {} {}", fmt(l.width), fmt(l.height))} aria-hidden="true" focusable="false">
            <defs>
                <marker id="arrowhead" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0 0L10 5L0 10z" class="diagram__arrowhead" />
                </marker>
            </defs>
            {frame}
            {for l.arrows.iter().map(|a| arrow(a, "diagram__arrow"))}
            {for l.links.iter().map(|a| arrow(a, "diagram__link"))}
        </svg>
    }
}

/// An explorable diagram: every node a button; arrows move focus; hover and focus light up
/// what a node connects to.
#[function_component(DiagramView)]
pub fn diagram_view(props: &DiagramViewProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let orientation = ctx.orientation;
    let geometry = use_memo((props.diagram, orientation), |(d, o)| {
        layout(&spec(*d, content()), *o)
    });
    // `_eq`: focus after hover on the same node must not render again.
    let hovered = use_state_eq(|| None::<String>);
    let l: Rc<Layout> = geometry;
    let lit: Vec<String> = hovered
        .as_ref()
        .map(|id| {
            let mut ids = l.connected(id);
            ids.push(id.clone());
            ids
        })
        .unwrap_or_default();
    let selected = props.selected.as_ref().map(|s| s.to_string());
    let first_interactive = l.boxes.iter().find(|b| b.interactive).map(|b| b.id.clone());
    let tab_stop = selected
        .clone()
        .filter(|s| l.find(s).is_some())
        .or(first_interactive);
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        let delta = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => 1,
            "ArrowLeft" | "ArrowUp" => -1,
            "Home" => i32::MIN,
            "End" => i32::MAX,
            _ => return,
        };
        e.prevent_default();
        let container = e
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        let from = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        if let (Some(container), Some(from)) = (container, from) {
            crate::platform::dom::move_focus(&container, &from, "[data-node]", delta);
        }
    });
    let headings: Html = l
        .headings
        .iter()
        .map(|h| html! { <p class="diagram__heading" style={position(h, &l)}>{label(&h.id, content(), lang)}</p> })
        .collect();
    let boxes: Html = l
        .boxes
        .iter()
        .map(|b| {
            let text = label(&b.id, content(), lang);
            let classes = classes!(
                if b.interactive { "diagram__node" } else { "diagram__facet" },
                b.parent.is_some().then_some("is-child"),
                (selected.as_deref() == Some(b.id.as_str())).then_some("is-selected"),
                lit.contains(&b.id).then_some("is-lit"),
            );
            if !b.interactive {
                return html! { <span class={classes} style={position(b, &l)}>{text}</span> };
            }
            let is_selected = selected.as_deref() == Some(b.id.as_str());
            let id = b.id.clone();
            let onclick = props.on_select.reform(move |_: MouseEvent| id.clone());
            let enter = {
                let hovered = hovered.clone();
                let id = b.id.clone();
                Callback::from(move |_: FocusEvent| hovered.set(Some(id.clone())))
            };
            let hover = {
                let hovered = hovered.clone();
                let id = b.id.clone();
                Callback::from(move |_: MouseEvent| hovered.set(Some(id.clone())))
            };
            let leave = {
                let hovered = hovered.clone();
                Callback::from(move |_: MouseEvent| hovered.set(None))
            };
            html! {
                <button type="button" id={format!("node-{}", b.id)} class={classes} style={position(b, &l)}
                    data-node={b.id.clone()} data-selected={is_selected.to_string()} aria-pressed={is_selected.to_string()}
                    tabindex={if tab_stop.as_deref() == Some(b.id.as_str()) { "0" } else { "-1" }}
                    {onclick} onfocus={enter} onmouseenter={hover} onmouseleave={leave}>
                    {text}
                </button>
            }
        })
        .collect();
    let frame_label = l.frame.map(|f| {
        let style = format!("left:{}%;top:{}%", fixed((f.x + 14.0) / l.width * 100.0, 3), fixed((f.y + 8.0) / l.height * 100.0, 3));
        html! { <a class="diagram__frame-label" style={style} href={Route::Parasocial.to_hash()}>{s::PARASOCIAL_FRAME.get(lang)}</a> }
    });
    let ratio = format!(
        "aspect-ratio:{} / {};max-width:{}px;--units:{}",
        fmt(l.width),
        fmt(l.height),
        fmt(l.width * 1.25),
        fmt(l.width)
    );
    html! {
        <div class="diagram-wrap">
            <p class="diagram__hint">{s::DIAGRAM_HINT.get(lang)}</p>
            <figure class={classes!("diagram", format!("diagram--{}", props.diagram.slug()))} style={ratio}>
                {lines(&l, &lit)}
                <div class="diagram__layer" role="group" aria-label={props.label.clone()} {onkeydown}>
                    {headings}
                    {frame_label}
                    {boxes}
                </div>
            </figure>
            <DiagramText layout={l.clone()} id={format!("text-{}", props.diagram.slug())} />
        </div>
    }
}
