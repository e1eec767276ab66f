//! A finding's icon as inline SVG in the text colour (see [`crate::domain::glyph`]), and the
//! same icon in its family's colour: the one way findings are marked in diagrams, detail
//! panels, the glossary, results and the lecturer kit.
//!
//! Plain functions rather than a component: an icon has no state, and a component of its
//! own would cost the reader's first load more code than the icons themselves.

use crate::domain::address::route::Family;
use crate::domain::glyph::Glyph;
use yew::prelude::*;

/// An icon beside words that say the same thing, so it is hidden from assistive
/// technology; in the colour of `family` (`motivations`, …), or the text colour without one.
pub fn glyph_icon(glyph: Glyph, family: Option<&'static str>) -> Html {
    let class = match family {
        Some(f) => format!("glyph glyph--fam fam-{f}"),
        None => "glyph".to_string(),
    };
    html! {
        <svg {class} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d={glyph.path()} />
        </svg>
    }
}

/// The icon of the finding `slug` in its family's colour; nothing for a slug without one.
pub fn finding_icon(slug: &str) -> Html {
    let family = Family::of_node(slug).map(Family::slug);
    Glyph::of_finding(slug).map_or_else(Html::default, |glyph| glyph_icon(glyph, family))
}
