//! A finding's icon as inline SVG in the text colour (see [`crate::domain::glyph`]).

use crate::domain::glyph::Glyph;
use yew::prelude::*;

/// Properties of [`GlyphIcon`].
#[derive(Properties, PartialEq)]
pub struct GlyphIconProps {
    /// Which icon.
    pub glyph: Glyph,
}

/// An icon beside words that say the same thing, so it is hidden from assistive technology.
#[function_component(GlyphIcon)]
pub fn glyph_icon(props: &GlyphIconProps) -> Html {
    html! {
        <svg class="glyph" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d={props.glyph.path()} />
        </svg>
    }
}
