//! What each diagram shows: which findings, facets and actions sit in which column.

use super::layout::{Column, Entry, Spec};
use crate::domain::content::model::Direction;
use crate::domain::content::Content;
use crate::domain::route::Family;

/// The diagrams of the explainer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Diagram {
    /// Motivations → interactions → benefits, framed by the parasocial relationship.
    Overview,
    /// Internal drive beside external drives, bandwagon and role model.
    Motivations,
    /// Instagram actions in applause, conversation and amplification.
    Interactions,
    /// Follower needs leading to the two benefits.
    Benefits,
}

impl Diagram {
    /// The diagram's name in class names and ids (`diagram--overview`, `text-overview`).
    pub fn slug(self) -> &'static str {
        match self {
            Diagram::Overview => "overview",
            Diagram::Motivations => "motivations",
            Diagram::Interactions => "interactions",
            Diagram::Benefits => "benefits",
        }
    }

    /// The diagram at a family's address.
    pub fn of_family(family: Family) -> Diagram {
        match family {
            Family::Motivations => Diagram::Motivations,
            Family::Interactions => Diagram::Interactions,
            Family::Benefits => Diagram::Benefits,
        }
    }
}

/// The id of a facet box: `{finding}/{facet}`.
pub fn facet_id(finding: &str, facet: &str) -> String {
    format!("{finding}/{facet}")
}

fn nodes(family: Family) -> Vec<Entry> {
    family.nodes().iter().map(|n| Entry::node(n)).collect()
}

fn facets_of(content: &Content, finding: &str) -> Vec<Entry> {
    content
        .finding(finding)
        .map(|f| {
            f.facets
                .iter()
                .map(|facet| Entry::label(&facet_id(finding, &facet.slug)))
                .collect()
        })
        .unwrap_or_default()
}

/// The layout spec of `diagram`.
pub fn spec(diagram: Diagram, content: &Content) -> Spec {
    let column = |id: &str, entries: Vec<Entry>| Column {
        id: id.into(),
        entries,
    };
    match diagram {
        Diagram::Overview => Spec {
            columns: Family::ALL
                .into_iter()
                .map(|f| column(f.slug(), nodes(f)))
                .collect(),
            links: Vec::new(),
            framed: true,
            arrows: true,
        },
        Diagram::Motivations => Spec {
            columns: vec![
                column("internal", vec![Entry::node("emotional-arousal")]),
                column(
                    "external",
                    vec![Entry::node("attraction").with_children(facets_of(content, "attraction"))],
                ),
                column(
                    "other",
                    vec![Entry::node("bandwagon"), Entry::node("role-model")],
                ),
            ],
            links: Vec::new(),
            framed: false,
            arrows: false,
        },
        Diagram::Interactions => Spec {
            columns: Family::Interactions
                .nodes()
                .iter()
                .map(|form| {
                    let actions: Vec<Entry> = content
                        .actions_of(form)
                        .map(|a| Entry::node(&a.slug))
                        .collect();
                    // The heading names the direction (one-way / two-way) of the form's actions.
                    let direction = content
                        .actions_of(form)
                        .next()
                        .map_or(Direction::OneWay, |a| a.direction)
                        .slug();
                    column(
                        &direction_heading(direction, form),
                        vec![Entry::node(form).with_children(actions)],
                    )
                })
                .collect(),
            links: Vec::new(),
            framed: true,
            arrows: false,
        },
        Diagram::Benefits => {
            let mut needs = Vec::new();
            let mut links = Vec::new();
            for benefit in Family::Benefits.nodes() {
                for need in facets_of(content, benefit) {
                    links.push((need.id.clone(), benefit.to_string()));
                    needs.push(need);
                }
            }
            Spec {
                columns: vec![
                    column("needs", needs),
                    column("benefits", nodes(Family::Benefits)),
                ],
                links,
                framed: false,
                arrows: true,
            }
        }
    }
}

/// The heading id of an interaction column: `{direction}:{form}`, e.g. `two-way:conversation`.
pub fn direction_heading(direction: &str, form: &str) -> String {
    format!("{direction}:{form}")
}
