//! The explainer's addresses. Lecturers paste these into courses, so they never change.
//!
//! Link options (`?lang=`, `?embed=1`) and links between the app's two documents live in
//! [`super::link`]; the family taxonomy in [`super::taxonomy`].
//!
//! Routes live in the URL hash (`#/motivations/bandwagon`) so the app works on any static
//! host and inside LMS frames; `?lang=` and `?embed=1` may sit before the hash or inside it.

pub use super::taxonomy::Family;

/// A screen of the explainer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/`: the study at a glance.
    Overview,
    /// `#/motivations`, `#/motivations/bandwagon`, …: a family diagram, maybe with a node open.
    Family {
        /// Which diagram.
        family: Family,
        /// The open node, one of `family.nodes()`.
        node: Option<&'static str>,
    },
    /// `#/parasocial`: the parasocial gap.
    Parasocial,
    /// `#/recommendations`.
    Recommendations,
    /// `#/about`: the study, its method and limits.
    About,
    /// `#/references`.
    References,
    /// `#/glossary`, or `#/glossary/{term}` with one term highlighted.
    Glossary(Option<String>),
    /// `#/quiz`.
    Quiz,
    /// `#/results/{code}`: shared quiz results.
    Results(String),
    /// `#/teach`: the lecturer kit.
    Teach,
    /// Anything else; holds what was asked for.
    NotFound(String),
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
    /// Parses a hash path such as `/motivations/bandwagon` (the `#` and any `?query` are ignored).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let path = path.split('?').next().unwrap_or("");
        let trimmed = path.trim_matches('/');
        let parts: Vec<&str> = if trimmed.is_empty() {
            Vec::new()
        } else {
            trimmed.split('/').collect()
        };
        let not_found = || Route::NotFound(path.to_string());
        match parts.as_slice() {
            [] => Route::Overview,
            ["parasocial"] => Route::Parasocial,
            ["recommendations"] => Route::Recommendations,
            ["about"] => Route::About,
            ["references"] => Route::References,
            ["glossary"] => Route::Glossary(None),
            ["glossary", term] if is_slug(term) => Route::Glossary(Some(term.to_string())),
            ["quiz"] => Route::Quiz,
            ["results", code] if !code.is_empty() => Route::Results(code.to_string()),
            // A results address without its code: the page says there is nothing to show.
            ["results"] => Route::Results(String::new()),
            ["teach"] => Route::Teach,
            [family] => match Family::from_slug(family) {
                Some(family) => Route::Family { family, node: None },
                None => not_found(),
            },
            [family, node] => match Route::of_finding(node) {
                Some(route @ Route::Family { family: f, .. }) if f.slug() == *family => route,
                _ => not_found(),
            },
            _ => not_found(),
        }
    }

    /// The deep link of a finding (`bandwagon` → `#/motivations/bandwagon`), if it has one.
    pub fn of_finding(slug: &str) -> Option<Route> {
        Family::ALL.into_iter().find_map(|family| {
            let node = family.nodes().iter().find(|n| **n == slug)?;
            Some(Route::Family {
                family,
                node: Some(node),
            })
        })
    }

    /// The hash for this route, e.g. `#/motivations/bandwagon`.
    pub fn to_hash(&self) -> String {
        let path = match self {
            Route::Overview => String::new(),
            Route::Family { family, node } => match node {
                Some(node) => format!("{}/{}", family.slug(), node),
                None => family.slug().to_string(),
            },
            Route::Parasocial => "parasocial".into(),
            Route::Recommendations => "recommendations".into(),
            Route::About => "about".into(),
            Route::References => "references".into(),
            Route::Glossary(None) => "glossary".into(),
            Route::Glossary(Some(term)) => format!("glossary/{term}"),
            Route::Quiz => "quiz".into(),
            Route::Results(code) => format!("results/{code}"),
            Route::Teach => "teach".into(),
            Route::NotFound(path) => path.trim_start_matches('/').to_string(),
        };
        format!("#/{path}")
    }

    /// Every stable link a lecturer may paste, in reading order, then quiz and teach.
    pub fn stable_links() -> Vec<Route> {
        let mut links = reading_order();
        links.extend([Route::Quiz, Route::Teach]);
        links
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stable_link_round_trips() {
        for route in Route::stable_links() {
            assert_eq!(Route::parse(&route.to_hash()), route, "{}", route.to_hash());
        }
        let results = Route::Results("AbC-_12".into());
        assert_eq!(Route::parse(&results.to_hash()), results);
    }

    #[test]
    fn documented_links_parse() {
        assert_eq!(Route::parse("#/"), Route::Overview);
        assert_eq!(Route::parse(""), Route::Overview);
        assert_eq!(
            Route::parse("#/motivations/role-model"),
            Route::Family {
                family: Family::Motivations,
                node: Some("role-model")
            }
        );
        assert_eq!(
            Route::parse("#/benefits/entertainment?lang=id"),
            Route::Family {
                family: Family::Benefits,
                node: Some("entertainment")
            }
        );
        assert_eq!(Route::parse("#/teach/"), Route::Teach);
    }

    #[test]
    fn findings_have_their_deep_links() {
        assert_eq!(
            Route::of_finding("amplification").map(|r| r.to_hash()),
            Some("#/interactions/amplification".to_string())
        );
        assert_eq!(Route::of_finding("parasocial"), None);
    }

    #[test]
    fn unknown_routes_are_not_found() {
        for bad in [
            "#/nope",
            "#/motivations/applause",
            "#/a/b/c",
            "#/glossary/%3Cscript%3E",
            "#/results/a/b",
        ] {
            assert!(matches!(Route::parse(bad), Route::NotFound(_)), "{bad}");
        }
    }

    #[test]
    fn a_results_address_without_a_code_is_the_results_page_with_nothing_to_show() {
        for empty in ["#/results", "#/results/"] {
            assert_eq!(
                Route::parse(empty),
                Route::Results(String::new()),
                "{empty}"
            );
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
