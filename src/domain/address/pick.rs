//! A box picked on a page's diagram that has no page of its own, named in the address's
//! fragment so that the address follows the selection: a finding on the overview
//! (`en/#bandwagon`; its own page holds another diagram) and an Instagram action on the
//! interactions pages (`en/interactions/#like`). Findings on their family's diagram have
//! folders of their own (`en/motivations/bandwagon/`). A fragment names no page, so static
//! hosts and the boot script (which moves only `#/…`) leave it alone, and without
//! JavaScript such an address still opens its page.

use super::route::{Family, Route};
use crate::domain::content::Content;

/// The box that `fragment` (with or without `#`) picks on `route`, if it names one the
/// page's diagram has: a finding's slug on the overview, an action's slug on the
/// interactions pages. Anything else picks nothing.
pub fn read(route: &Route, fragment: &str, content: &'static Content) -> Option<&'static str> {
    let name = fragment.strip_prefix('#').unwrap_or(fragment);
    match route {
        Route::Overview => Family::ALL
            .into_iter()
            .flat_map(|f| f.nodes().iter().copied())
            .find(|slug| *slug == name),
        Route::Family {
            family: Family::Interactions,
            ..
        } => content
            .findings
            .actions
            .iter()
            .find(|a| a.slug == name)
            .map(|a| a.slug.as_ref()),
        _ => None,
    }
}

/// The fragment naming `pick` (`#bandwagon`), or nothing.
pub fn fragment(pick: Option<&str>) -> String {
    pick.map(|p| format!("#{p}")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::content;

    const INTERACTIONS: Route = Route::Family {
        family: Family::Interactions,
        node: None,
    };

    #[test]
    fn the_overview_picks_findings_and_the_interactions_pages_pick_actions() {
        assert_eq!(
            read(&Route::Overview, "#bandwagon", content()),
            Some("bandwagon")
        );
        assert_eq!(
            read(&Route::Overview, "information", content()),
            Some("information")
        );
        assert_eq!(read(&INTERACTIONS, "#like", content()), Some("like"));
        let applause = Route::Family {
            family: Family::Interactions,
            node: Some("applause"),
        };
        assert_eq!(read(&applause, "#save", content()), Some("save"));
        assert_eq!(fragment(Some("like")), "#like");
        assert_eq!(fragment(None), "");
    }

    #[test]
    fn anything_else_picks_nothing() {
        let motivations = Route::Family {
            family: Family::Motivations,
            node: None,
        };
        for (route, hash) in [
            (&Route::Overview, ""),
            (&Route::Overview, "#"),
            (&Route::Overview, "#like"),
            (&Route::Overview, "#/motivations/bandwagon"),
            (&Route::Overview, "#main"),
            (&Route::Overview, "#Bandwagon"),
            (&INTERACTIONS, "#bandwagon"),
            (&motivations, "#bandwagon"),
            (&Route::About, "#bandwagon"),
        ] {
            assert_eq!(read(route, hash, content()), None, "{route:?} {hash}");
        }
    }
}
