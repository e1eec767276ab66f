//! What a box or column heading of a diagram stands for. Labels, descriptions and DOM ids
//! are exhaustive matches on it, so a new kind of box cannot be mislabelled silently.

use crate::domain::address::route::Family;
use crate::domain::content::model::Direction;

/// A column heading that is not a family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Heading {
    /// Motivations from within the follower (5.1.1.a).
    Internal,
    /// Motivations from the influencer (5.1.1.b).
    External,
    /// Bandwagon and role model.
    Other,
    /// An interaction form's column, named by the direction of its actions.
    Direction {
        /// One-way or two-way.
        direction: Direction,
        /// The interaction form (`applause`, `conversation`, `amplification`).
        form: &'static str,
    },
}

/// A box or column heading of a diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoxId {
    /// A family's column in the overview, or the benefits column.
    Family(Family),
    /// Another column heading.
    Heading(Heading),
    /// A finding (selectable), by slug.
    Finding(&'static str),
    /// A facet of a finding (static), by slugs.
    Facet {
        /// The finding's slug.
        finding: &'static str,
        /// The facet's slug within it.
        facet: &'static str,
    },
    /// An Instagram action (selectable), by slug.
    Action(&'static str),
}

impl BoxId {
    /// The id in markup (`data-node`, `node-…`): a finding's or action's slug,
    /// `finding/facet`, `direction:form`, or the heading's name. Links and tests use these.
    pub fn dom_id(self) -> String {
        match self {
            BoxId::Family(family) => family.slug().to_string(),
            BoxId::Heading(Heading::Internal) => "internal".to_string(),
            BoxId::Heading(Heading::External) => "external".to_string(),
            BoxId::Heading(Heading::Other) => "other".to_string(),
            BoxId::Heading(Heading::Direction { direction, form }) => {
                format!("{}:{form}", direction.slug())
            }
            BoxId::Finding(slug) | BoxId::Action(slug) => slug.to_string(),
            BoxId::Facet { finding, facet } => format!("{finding}/{facet}"),
        }
    }

    /// The family the box or heading belongs to, for its tint: a facet's is its finding's,
    /// an action's and a direction's the interactions'; the motivations' groups are
    /// motivations.
    pub fn family(self) -> Option<Family> {
        match self {
            BoxId::Family(family) => Some(family),
            BoxId::Finding(slug) | BoxId::Facet { finding: slug, .. } => Family::of_node(slug),
            BoxId::Action(_) | BoxId::Heading(Heading::Direction { .. }) => {
                Some(Family::Interactions)
            }
            BoxId::Heading(Heading::Internal | Heading::External | Heading::Other) => {
                Some(Family::Motivations)
            }
        }
    }

    /// What selecting the box selects: a facet opens the finding it belongs to (whose
    /// panel lists it); anything else itself.
    pub fn selects(self) -> BoxId {
        match self {
            BoxId::Facet { finding, .. } => BoxId::Finding(finding),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_keep_the_published_spelling() {
        let cases = [
            (BoxId::Family(Family::Benefits), "benefits"),
            (BoxId::Heading(Heading::Other), "other"),
            (
                BoxId::Heading(Heading::Direction {
                    direction: Direction::TwoWay,
                    form: "conversation",
                }),
                "two-way:conversation",
            ),
            (BoxId::Finding("bandwagon"), "bandwagon"),
            (
                BoxId::Facet {
                    finding: "information",
                    facet: "current-info",
                },
                "information/current-info",
            ),
            (BoxId::Action("like"), "like"),
        ];
        for (id, dom) in cases {
            assert_eq!(id.dom_id(), dom);
        }
    }

    #[test]
    fn a_facet_selects_its_finding_and_shares_its_family() {
        let humour = BoxId::Facet {
            finding: "entertainment",
            facet: "humour",
        };
        assert_eq!(humour.selects(), BoxId::Finding("entertainment"));
        assert_eq!(humour.family(), Some(Family::Benefits));
        assert_eq!(BoxId::Action("like").family(), Some(Family::Interactions));
        assert_eq!(BoxId::Action("like").selects(), BoxId::Action("like"));
    }

    #[test]
    fn an_action_and_a_finding_with_the_same_slug_stay_different() {
        assert_ne!(BoxId::Action("applause"), BoxId::Finding("applause"));
    }
}
