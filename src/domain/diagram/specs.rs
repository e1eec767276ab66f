//! What each diagram shows: which findings, facets and actions sit in which column.

use super::id::{BoxId, Heading};
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

fn nodes(family: Family) -> Vec<Entry> {
    family
        .nodes()
        .iter()
        .map(|n| Entry::node(BoxId::Finding(n)))
        .collect()
}

fn facets_of(content: &'static Content, finding: &'static str) -> Vec<Entry> {
    content
        .finding(finding)
        .map(|f| {
            f.facets
                .iter()
                .map(|facet| {
                    Entry::label(BoxId::Facet {
                        finding,
                        facet: &facet.slug,
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

fn column(id: BoxId, entries: Vec<Entry>) -> Column {
    Column { id, entries }
}

/// The interaction diagram's columns: each form with its actions, headed by their direction.
fn interaction_columns(content: &'static Content) -> Vec<Column> {
    Family::Interactions
        .nodes()
        .iter()
        .map(|form| {
            let actions: Vec<Entry> = content
                .actions_of(form)
                .map(|a| Entry::node(BoxId::Action(&a.slug)))
                .collect();
            // The heading names the direction (one-way / two-way) of the form's actions.
            let direction = content
                .actions_of(form)
                .next()
                .map_or(Direction::OneWay, |a| a.direction);
            column(
                BoxId::Heading(Heading::Direction { direction, form }),
                vec![Entry::node(BoxId::Finding(form)).with_children(actions)],
            )
        })
        .collect()
}

/// The benefits diagram: needs (the benefits' facets) linked to the benefit they feed.
fn benefits_spec(content: &'static Content) -> Spec {
    let mut needs = Vec::new();
    let mut links = Vec::new();
    for benefit in Family::Benefits.nodes() {
        for need in facets_of(content, benefit) {
            links.push((need.id, BoxId::Finding(benefit)));
            needs.push(need);
        }
    }
    Spec {
        columns: vec![
            column(BoxId::Heading(Heading::Needs), needs),
            column(BoxId::Family(Family::Benefits), nodes(Family::Benefits)),
        ],
        links,
        framed: false,
        arrows: true,
    }
}

/// The layout spec of `diagram`.
pub fn spec(diagram: Diagram, content: &'static Content) -> Spec {
    match diagram {
        Diagram::Overview => Spec {
            columns: Family::ALL
                .into_iter()
                .map(|f| column(BoxId::Family(f), nodes(f)))
                .collect(),
            links: Vec::new(),
            framed: true,
            arrows: true,
        },
        Diagram::Motivations => Spec {
            columns: vec![
                column(
                    BoxId::Heading(Heading::Internal),
                    vec![Entry::node(BoxId::Finding("emotional-arousal"))],
                ),
                column(
                    BoxId::Heading(Heading::External),
                    vec![Entry::node(BoxId::Finding("attraction"))
                        .with_children(facets_of(content, "attraction"))],
                ),
                column(
                    BoxId::Heading(Heading::Other),
                    vec![
                        Entry::node(BoxId::Finding("bandwagon")),
                        Entry::node(BoxId::Finding("role-model")),
                    ],
                ),
            ],
            links: Vec::new(),
            framed: false,
            arrows: false,
        },
        Diagram::Interactions => Spec {
            columns: interaction_columns(content),
            links: Vec::new(),
            framed: true,
            arrows: false,
        },
        Diagram::Benefits => benefits_spec(content),
    }
}
