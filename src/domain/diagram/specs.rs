//! What each diagram shows: which findings, facets and actions sit in which column.

use super::id::{BoxId, Heading};
use super::layout::{Column, Entry, FrameAround, Layout, Spec};
use crate::domain::address::route::Family;
use crate::domain::content::model::Direction;
use crate::domain::content::Content;

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
    /// The two benefits, each with what it includes beneath it.
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
                    Entry::node(BoxId::Facet {
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

/// The benefits diagram: each benefit first, with what it includes (its facets) beneath it,
/// as Chapter V puts it (5.1.3: "informasi terkini atau rekomendasi", "candaan atau …
/// penyampaian yang unik"). A facet is part of its benefit, not a step towards it.
fn benefits_spec(content: &'static Content) -> Spec {
    let entries = Family::Benefits
        .nodes()
        .iter()
        .map(|benefit| {
            Entry::node(BoxId::Finding(benefit)).with_children(facets_of(content, benefit))
        })
        .collect();
    Spec {
        columns: vec![column(BoxId::Family(Family::Benefits), entries)],
        frame: FrameAround::Nothing,
        per_row: 1,
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
            // Chapter V gives three answers side by side and calls only the interactions
            // parasocial: no arrows between the families, a frame around the interactions.
            frame: FrameAround::Column(BoxId::Family(Family::Interactions)),
            // Two findings to a row on phones, so the three parts fit about one screen.
            per_row: 2,
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
            frame: FrameAround::Nothing,
            per_row: 1,
        },
        Diagram::Interactions => Spec {
            columns: interaction_columns(content),
            frame: FrameAround::Everything,
            per_row: 1,
        },
        Diagram::Benefits => benefits_spec(content),
    }
}

/// The columns of `diagram` drawn on a tinted band. Chapter V (5.1.1) calls positive
/// emotional arousal an internal drive and physical appeal, similarity and competence
/// external drives; it does not sort bandwagon or role model either way, so their column
/// has no band.
pub fn banded(diagram: Diagram) -> &'static [usize] {
    match diagram {
        Diagram::Motivations => &[0, 1],
        _ => &[],
    }
}

/// Every drawn line that joins two different families, as `(from, to)`. Chapter V states
/// no cause and effect between motivations, interactions and benefits, so the overview must
/// have none (`tests/content.rs` holds it to that).
pub fn arrows_between_families(layout: &Layout) -> Vec<(BoxId, BoxId)> {
    layout
        .lines()
        .filter(|a| match (a.from.family(), a.to.family()) {
            (Some(from), Some(to)) => from != to,
            _ => false,
        })
        .map(|a| (a.from, a.to))
        .collect()
}
