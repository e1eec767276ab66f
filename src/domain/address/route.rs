//! What a page shows: a [`Route`], written as folder segments under the language
//! (`motivations/bandwagon`). Lecturers paste these addresses into courses, so they never
//! change.

pub use crate::domain::taxonomy::Family;

/// A screen of the explainer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The study at a glance (the language folder itself: `en/`).
    Overview,
    /// `motivations/`, `motivations/bandwagon/`, …: a family diagram, maybe with a node open.
    Family {
        /// Which diagram.
        family: Family,
        /// The open node, one of `family.nodes()`.
        node: Option<&'static str>,
    },
    /// `parasocial/`: the parasocial gap.
    Parasocial,
    /// `recommendations/`.
    Recommendations,
    /// `about/`: the study, its method and limits.
    About,
    /// `references/`.
    References,
    /// `glossary/`, or `glossary/{term}/` with one term highlighted.
    Glossary(Option<String>),
    /// `quiz/`.
    Quiz,
    /// `results/` with the result code in the fragment (empty: no results to show yet).
    Results(String),
    /// `teach/`: the lecturer kit.
    Teach,
}

/// The reading order used for previous/next links.
pub fn reading_order() -> Vec<Route> {
    let mut order = vec![Route::Overview];
    for family in Family::ALL {
        order.push(Route::Family { family, node: None });
        order.extend(family.nodes().iter().map(|node| Route::Family {
            family,
            node: Some(*node),
        }));
        if family == Family::Interactions {
            order.push(Route::Parasocial);
        }
    }
    order.extend([
        Route::Recommendations,
        Route::About,
        Route::References,
        Route::Glossary(None),
    ]);
    order
}

/// The pages before and after `route` in reading order, if it is in it.
pub fn neighbours(route: &Route) -> (Option<Route>, Option<Route>) {
    let order = reading_order();
    match order.iter().position(|r| r == route) {
        Some(i) => (
            i.checked_sub(1).map(|p| order[p].clone()),
            order.get(i + 1).cloned(),
        ),
        None => (None, None),
    }
}

impl Route {
    /// The route named by the folder segments below a language (`["motivations",
    /// "bandwagon"]`); `None` for anything that is not a page of ours. A results page takes
    /// its code from the fragment, so `["results"]` gives it without one.
    pub fn from_segments(segments: &[&str]) -> Option<Route> {
        Some(match segments {
            [] => Route::Overview,
            ["parasocial"] => Route::Parasocial,
            ["recommendations"] => Route::Recommendations,
            ["about"] => Route::About,
            ["references"] => Route::References,
            ["glossary"] => Route::Glossary(None),
            ["glossary", term] if is_slug(term) => Route::Glossary(Some(term.to_string())),
            ["quiz"] => Route::Quiz,
            ["results"] => Route::Results(String::new()),
            ["teach"] => Route::Teach,
            [family] => Route::Family {
                family: Family::from_slug(family)?,
                node: None,
            },
            [family, node] => match Route::of_finding(node)? {
                route @ Route::Family { family: f, .. } if f.slug() == *family => route,
                _ => return None,
            },
            _ => return None,
        })
    }

    /// The route's folder below its language, without slashes at either end:
    /// `motivations/bandwagon`, `results` (the code is not part of it), empty for the
    /// overview.
    pub fn path(&self) -> String {
        match self {
            Route::Overview => String::new(),
            Route::Family { family, node } => match node {
                Some(node) => format!("{}/{node}", family.slug()),
                None => family.slug().to_string(),
            },
            Route::Parasocial => "parasocial".into(),
            Route::Recommendations => "recommendations".into(),
            Route::About => "about".into(),
            Route::References => "references".into(),
            Route::Glossary(None) => "glossary".into(),
            Route::Glossary(Some(term)) => format!("glossary/{term}"),
            Route::Quiz => "quiz".into(),
            Route::Results(_) => "results".into(),
            Route::Teach => "teach".into(),
        }
    }

    /// The page of a finding (`bandwagon` → `motivations/bandwagon`), if it has one.
    pub fn of_finding(slug: &str) -> Option<Route> {
        Family::ALL.into_iter().find_map(|family| {
            let node = family.nodes().iter().find(|n| **n == slug)?;
            Some(Route::Family {
                family,
                node: Some(node),
            })
        })
    }

    /// Every stable link a lecturer may paste, in reading order, then quiz and teach.
    pub fn stable_links() -> Vec<Route> {
        let mut links = reading_order();
        links.extend([Route::Quiz, Route::Teach]);
        links
    }
}

/// A glossary term's slug: lower-case letters, digits and hyphens.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(route: &Route) -> Vec<String> {
        route
            .path()
            .split('/')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    }

    #[test]
    fn every_stable_link_round_trips_through_its_segments() {
        for route in Route::stable_links() {
            let owned = segments(&route);
            let parts: Vec<&str> = owned.iter().map(String::as_str).collect();
            assert_eq!(
                Route::from_segments(&parts),
                Some(route.clone()),
                "{parts:?}"
            );
        }
        assert_eq!(Route::Results("AbC-_12".into()).path(), "results");
    }

    #[test]
    fn documented_paths_name_their_routes() {
        assert_eq!(Route::from_segments(&[]), Some(Route::Overview));
        assert_eq!(
            Route::from_segments(&["motivations", "role-model"]),
            Some(Route::Family {
                family: Family::Motivations,
                node: Some("role-model")
            })
        );
        assert_eq!(
            Route::from_segments(&["glossary", "parasocial-relationship"]),
            Some(Route::Glossary(Some("parasocial-relationship".into())))
        );
        assert_eq!(
            Route::from_segments(&["results"]),
            Some(Route::Results(String::new()))
        );
    }

    #[test]
    fn findings_have_their_pages() {
        assert_eq!(
            Route::of_finding("amplification").map(|r| r.path()),
            Some("interactions/amplification".to_string())
        );
        assert_eq!(Route::of_finding("parasocial"), None);
    }

    #[test]
    fn anything_else_is_not_a_route() {
        for bad in [
            &["nope"][..],
            &["motivations", "applause"],
            &["a", "b", "c"],
            &["glossary", "%3Cscript%3E"],
            &["glossary", "Upper"],
            &["results", "code"],
            &["quiz", "x"],
        ] {
            assert_eq!(Route::from_segments(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn reading_order_has_neighbours() {
        let (prev, next) = neighbours(&Route::Overview);
        assert_eq!(prev, None);
        assert_eq!(
            next,
            Some(Route::Family {
                family: Family::Motivations,
                node: None
            })
        );
        let (prev, next) = neighbours(&Route::Parasocial);
        assert_eq!(
            prev,
            Some(Route::Family {
                family: Family::Interactions,
                node: Some("amplification")
            })
        );
        assert_eq!(
            next,
            Some(Route::Family {
                family: Family::Benefits,
                node: None
            })
        );
        assert_eq!(neighbours(&Route::Glossary(None)).1, None);
    }
}
