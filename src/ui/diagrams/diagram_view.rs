//! Maps a diagram's figure to markup: an SVG of frames and brackets behind real HTML links
//! and buttons, positioned in percentages so the diagram keeps its aspect ratio.
//!
//! Both arrangements are in the markup (positions as CSS custom properties, one SVG each)
//! and the stylesheet picks one by viewport width, so the markup never depends on the
//! window. The geometry was worked out when the explainer was built
//! ([`crate::domain::diagram::figure`]); labels are looked up once per diagram and language
//! ([`Drawn`]); one set of handlers on the diagram serves every node, and each node is its
//! own component, so hovering or selecting re-renders only the boxes that change.

use crate::domain::address::route::{Family, Route};
use crate::domain::content::content;
use crate::domain::diagram::figure::{Figure, FigureBox};
use crate::domain::diagram::id::BoxId;
use crate::domain::diagram::labels::label;
use crate::domain::diagram::specs::Diagram;
use crate::domain::focus::FocusMove;
use crate::domain::glyph::Glyph;
use crate::domain::i18n::shell as s;
use crate::domain::lang::Lang;
use crate::ui::components::page_link::PageLink;
use crate::ui::diagrams::diagram_lines::diagram_lines;
use crate::ui::diagrams::diagram_node::DiagramNode;
use crate::ui::diagrams::diagram_stage::{panel, use_stage};
use crate::ui::diagrams::diagram_text::{diagram_text, text_items};
use crate::ui::state::{use_ctx, use_links, PageLinks};
use yew::prelude::*;

/// Properties of [`DiagramView`].
#[derive(Properties, PartialEq)]
pub struct DiagramViewProps {
    /// Which diagram.
    pub diagram: Diagram,
    /// The selected box, if any.
    pub selected: Option<BoxId>,
    /// Called with what a tap selects (a facet selects its finding).
    pub on_select: Callback<BoxId>,
    /// Called to close the answer to a tap: the page clears the selection from its address.
    pub on_close: Callback<()>,
    /// Accessible name.
    pub label: AttrValue,
    /// A line under the caption saying how to read the diagram.
    #[prop_or_default]
    pub note: Option<AttrValue>,
}

/// What the markup of one box needs, computed once.
struct DrawnBox {
    id: BoxId,
    dom_id: AttrValue,
    label: AttrValue,
    style: AttrValue,
    family: Option<&'static str>,
    glyph: Option<Glyph>,
    child: bool,
}

/// A diagram ready to draw: its figure (worked out at build time), and each heading's and
/// box's markup data in the reader's language.
struct Drawn {
    figure: &'static Figure,
    headings: Vec<DrawnBox>,
    boxes: Vec<DrawnBox>,
    /// The text alternative's list items.
    text: Html,
}

impl Drawn {
    fn new(diagram: Diagram, lang: Lang) -> Drawn {
        let figure = Figure::of(diagram);
        let draw = |b: &'static FigureBox| DrawnBox {
            id: b.id,
            dom_id: AttrValue::Static(b.dom_id),
            label: AttrValue::Static(label(b.id, content(), lang)),
            style: AttrValue::Static(b.style),
            family: b.id.family().map(Family::slug),
            glyph: match b.id {
                BoxId::Finding(slug) => Glyph::of_finding(slug),
                _ => None,
            },
            child: b.parent.is_some(),
        };
        Drawn {
            headings: figure.headings.iter().map(draw).collect(),
            boxes: figure.boxes.iter().map(draw).collect(),
            text: text_items(figure, lang),
            figure,
        }
    }

    /// The box whose markup id is `dom_id`.
    fn id_of(&self, dom_id: &str) -> Option<BoxId> {
        self.boxes.iter().find(|b| b.dom_id == dom_id).map(|b| b.id)
    }
}

/// The handlers on the diagram's layer: click selects, hover and focus light up,
/// arrow keys move between nodes.
struct Handlers {
    onclick: Callback<MouseEvent>,
    onmousedown: Callback<MouseEvent>,
    onmouseover: Callback<MouseEvent>,
    onmouseleave: Callback<MouseEvent>,
    onfocusin: Callback<FocusEvent>,
    onkeydown: Callback<KeyboardEvent>,
}

fn handlers(
    drawn: &std::rc::Rc<Drawn>,
    hovered: &UseStateHandle<Option<BoxId>>,
    on_select: &Callback<BoxId>,
) -> Handlers {
    let node_of = {
        let drawn = drawn.clone();
        move |e: &web_sys::Event| {
            crate::platform::dom::closest_attribute(e, "data-node").and_then(|id| drawn.id_of(&id))
        }
    };
    // What the pointer or focus is on lights up once the frame the event led to is painted:
    // on a phone a tap sends `mouseover` just before its click, and lighting up in the same
    // task drew the diagram and recalculated its style twice before the answer to the tap
    // could be painted. The updates keep their order, so the last one stands.
    let hover_on = {
        let hovered = hovered.clone();
        move |node: Option<BoxId>| {
            let hovered = hovered.clone();
            crate::platform::dom::after_paint(Box::new(move || hovered.set(node)));
        }
    };
    let hover = {
        let (hover_on, node_of) = (hover_on.clone(), node_of.clone());
        move |e: &web_sys::Event| hover_on(node_of(e))
    };
    Handlers {
        onclick: {
            let (on_select, node_of) = (on_select.clone(), node_of.clone());
            Callback::from(move |e: MouseEvent| {
                // A click that opens a node link elsewhere (new tab, window) is the
                // browser's; a plain click selects here instead of loading the page.
                let plain = crate::platform::location::click_of(&e).is_plain();
                if let Some(id) = node_of(&e).filter(|_| plain) {
                    e.prevent_default();
                    on_select.emit(id.selects());
                }
            })
        },
        // A press on a node does not focus it: the tap moves focus into the answer anyway,
        // and the node's roving tabindex changes as it is selected, which on the focused
        // element makes the browser recalculate the page's style in the middle of drawing
        // the answer (several ms at phone speed). Keys still focus nodes as before.
        onmousedown: Callback::from(|e: MouseEvent| {
            if crate::platform::dom::closest_attribute(&e, "data-node").is_some() {
                e.prevent_default();
            }
        }),
        onmouseover: Callback::from({
            let hover = hover.clone();
            move |e: MouseEvent| hover(&e)
        }),
        onmouseleave: Callback::from(move |_: MouseEvent| hover_on(None)),
        onfocusin: Callback::from(move |e: FocusEvent| hover(&e)),
        onkeydown: Callback::from({
            let on_select = on_select.clone();
            move |e: KeyboardEvent| {
                if let Some(step) = FocusMove::from_key(&e.key()) {
                    e.prevent_default();
                    crate::platform::dom::move_focus(&e, "[data-node]", step);
                } else if e.key() == " " {
                    // Space selects a node link as it does a button (instead of scrolling).
                    if let Some(id) = node_of(&e) {
                        e.prevent_default();
                        on_select.emit(id.selects());
                    }
                }
            }
        }),
    }
}

/// The page of the finding each box is or belongs to, from the page shown (none for an
/// action, which is picked inside its page).
fn node_hrefs(drawn: &Drawn, links: &PageLinks) -> Vec<Option<AttrValue>> {
    (drawn.boxes.iter())
        .map(|b| match b.id.selects() {
            BoxId::Finding(slug) => Route::of_finding(slug).map(|r| links.href(&r).into()),
            _ => None,
        })
        .collect()
}

/// The hovered node and everything it connects to.
fn lit(figure: &Figure, hovered: Option<BoxId>) -> Vec<BoxId> {
    hovered
        .map(|id| {
            let mut ids = figure.connected(id);
            ids.push(id);
            ids
        })
        .unwrap_or_default()
}

/// An explorable diagram: every node a link or a button; arrows move focus; hover and focus
/// light up what a node connects to; a tap answers beside it or in a sheet (`diagram_stage`).
#[function_component(DiagramView)]
pub fn diagram_view(props: &DiagramViewProps) -> Html {
    let ctx = use_ctx();
    let lang = ctx.lang;
    let drawn = use_memo((props.diagram, lang), |(d, lang)| Drawn::new(*d, *lang));
    // `_eq`: focus after hover on the same node must not render again.
    let hovered = use_state_eq(|| None::<BoxId>);
    let stage = use_stage(props.selected, &props.on_select, &props.on_close);
    let text_shown = use_state(|| false);
    let toggle_text = {
        let text_shown = text_shown.clone();
        Callback::from(move |_: MouseEvent| text_shown.set(!*text_shown))
    };
    let handlers = handlers(&drawn, &hovered, &stage.on_select);
    let links = use_links();
    let hrefs = {
        let drawn = drawn.clone();
        use_memo((props.diagram, lang, links), move |(_, _, links)| {
            node_hrefs(&drawn, links)
        })
    };
    let f = drawn.figure;
    let lit = lit(f, *hovered);
    let tab_stop = props
        .selected
        .filter(|s| f.has(*s))
        .or_else(|| f.boxes.first().map(|b| b.id));
    let headings: Html = drawn
        .headings
        .iter()
        .map(
            |h| html! { <p class="diagram__heading" style={h.style.clone()}>{h.label.clone()}</p> },
        )
        .collect();
    let boxes: Html = drawn
        .boxes
        .iter()
        .zip(hrefs.iter())
        .map(|(b, href)| {
            html! {
                <DiagramNode dom_id={b.dom_id.clone()} label={b.label.clone()} style={b.style.clone()}
                    href={href.clone()} family={b.family} glyph={b.glyph}
                    child={b.child} selected={props.selected == Some(b.id)}
                    lit={lit.contains(&b.id)} tab_stop={tab_stop == Some(b.id)} />
            }
        })
        .collect();
    let frame_label = f.frame_label_style.map(|style| {
        html! { <PageLink class="diagram__frame-label" style={AttrValue::Static(style)} route={Route::Parasocial}>{s::PARASOCIAL_FRAME.get(lang)}</PageLink> }
    });
    let name = props.diagram.slug();
    let caption = AttrValue::from(format!("caption-{name}"));
    let Handlers {
        onclick,
        onmousedown,
        onmouseover,
        onmouseleave,
        onfocusin,
        onkeydown,
    } = handlers;
    // A figure named by its caption, so screen-reader users know which diagram they are in.
    html! {
        <div class="diagram-stage" onkeydown={stage.onkeydown.clone()}>
        <figure class="diagram-wrap" aria-labelledby={caption.clone()} data-diagram={name} data-widget="">
            <figcaption id={caption.clone()} class="diagram__caption">{props.label.clone()}</figcaption>
            if let Some(note) = &props.note { <p class="diagram__note">{note.clone()}</p> }
            <p class="diagram__hint">{s::DIAGRAM_HINT.get(lang)}</p>
            <div class={classes!("diagram", format!("diagram--{name}"))} style={f.frame_style}>
                {diagram_lines(&f.wide, true, &lit)}
                {diagram_lines(&f.narrow, false, &lit)}
                <div class="diagram__layer" role="group" aria-labelledby={caption}
                    {onclick} {onmousedown} {onmouseover} {onmouseleave} {onfocusin} {onkeydown}>
                    {headings}
                    {frame_label}
                    {boxes}
                </div>
            </div>
            {diagram_text(drawn.text.clone(), format!("text-{name}").into(), *text_shown, toggle_text, lang)}
        </figure>
        {panel(&ctx, props.selected, &stage)}
        </div>
    }
}
