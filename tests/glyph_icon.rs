//! The findings' icons rendered with yew's server renderer: decorative, in the text colour.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::glyph::Glyph;
use explainer::ui::components::glyph_icon::glyph_icon;
use yew::prelude::*;
use yew::LocalServerRenderer;

#[derive(Properties, PartialEq)]
struct IconProps {
    glyph: Glyph,
    family: Option<&'static str>,
}

/// Renders [`glyph_icon`] alone.
#[function_component(Icon)]
fn icon(props: &IconProps) -> Html {
    glyph_icon(props.glyph, props.family)
}

#[tokio::test]
async fn every_icon_renders_as_hidden_inline_svg_with_its_path() {
    for glyph in Glyph::ALL {
        let html = LocalServerRenderer::<Icon>::with_props(IconProps {
            glyph,
            family: None,
        })
        .hydratable(false)
        .render()
        .await;
        assert!(
            html.starts_with("<svg ") && html.contains("class=\"glyph\""),
            "{html}"
        );
        assert!(
            html.contains("aria-hidden=\"true\""),
            "{glyph:?} is not hidden"
        );
        assert!(
            html.contains("focusable=\"false\""),
            "{glyph:?} can take focus"
        );
        assert!(
            html.contains(&format!("d=\"{}\"", glyph.path())),
            "{glyph:?}"
        );
        // No fill or colour in the markup: the stylesheet strokes it in currentColor.
        assert!(
            !html.contains("fill=") && !html.contains("stroke="),
            "{html}"
        );
    }
}

#[tokio::test]
async fn a_family_icon_takes_the_family_colour_class_and_nothing_else() {
    let html = LocalServerRenderer::<Icon>::with_props(IconProps {
        glyph: Glyph::Applause,
        family: Some("interactions"),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(
        html.contains(r#"class="glyph glyph--fam fam-interactions""#),
        "{html}"
    );
    assert!(
        !html.contains("fill=") && !html.contains("stroke="),
        "{html}"
    );
}
