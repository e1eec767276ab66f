//! The findings' icons rendered with yew's server renderer: decorative, in the text colour.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::glyph::Glyph;
use explainer::ui::components::glyph_icon::{GlyphIcon, GlyphIconProps};
use yew::LocalServerRenderer;

#[tokio::test]
async fn every_icon_renders_as_hidden_inline_svg_with_its_path() {
    for glyph in Glyph::ALL {
        let html = LocalServerRenderer::<GlyphIcon>::with_props(GlyphIconProps { glyph })
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
