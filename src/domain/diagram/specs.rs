//! What each diagram shows: which findings, facets and actions sit in which column.

use super::layout::{Column, Entry, FrameAround, Layout, Spec};
use crate::domain::content::Content;
use crate::domain::route::Family;

/// The diagrams of the explainer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Diagram {
    /// Motivations, interactions and benefits side by side (Chapter V's three parallel
    /// answers, no arrows between them); only the interactions are framed as parasocial.
    Overview,
    /// Internal drive beside external drives, bandwagon and role model.
    Motivations,
    /// Instagram actions in applause, conversation and amplification.
    Interactions,
    /// What each benefit involves, beside the two benefits.
    Benefits,
}

impl Diagram {
    /// A short id, for element ids and classes.
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
            // Chapter V gives three answers side by side and calls only the interactions
            // parasocial: no arrows between the families, a frame around the interactions.
            frame: FrameAround::Column(Family::Interactions.slug().into()),
            arrows: false,
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
            frame: FrameAround::Nothing,
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
                        .map(|a| a.direction.as_str())
                        .unwrap_or("one-way");
                    column(
                        &direction_heading(direction, form),
                        vec![Entry::node(form).with_children(actions)],
                    )
                })
                .collect(),
            links: Vec::new(),
            frame: FrameAround::Everything,
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
                frame: FrameAround::Nothing,
                arrows: true,
            }
        }
    }
}

/// The heading id of an interaction column: `{direction}:{form}`, e.g. `two-way:conversation`.
pub fn direction_heading(direction: &str, form: &str) -> String {
    format!("{direction}:{form}")
}

/// The family a column or box id belongs to, if any.
fn family_of(id: &str) -> Option<Family> {
    Family::from_slug(id).or_else(|| Family::of_node(id))
}

/// Every drawn arrow or link that joins two different families, as `(from, to)`. Chapter V
/// states no cause and effect between motivations, interactions and benefits, so the
/// overview must have none (`tests/content.rs` holds it to that).
pub fn arrows_between_families(layout: &Layout) -> Vec<(String, String)> {
    layout
        .arrows
        .iter()
        .chain(&layout.links)
        .filter(|a| match (family_of(&a.from), family_of(&a.to)) {
            (Some(from), Some(to)) => from != to,
            _ => false,
        })
        .map(|a| (a.from.clone(), a.to.clone()))
        .collect()
}
