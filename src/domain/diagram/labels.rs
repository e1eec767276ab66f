//! Words for diagram boxes and headings, and the longer descriptions used in the text version.

use super::id::{BoxId, Heading};
use crate::domain::address::route::Family;
use crate::domain::content::model::{Action, Direction, Facet};
use crate::domain::content::Content;
use crate::domain::i18n::{shell as s, Tr};
use crate::domain::lang::Lang;
use crate::domain::text::plain_text;

/// The visible label of a box or column heading.
pub fn label(id: BoxId, content: &'static Content, lang: Lang) -> &'static str {
    let heading = match id {
        BoxId::Family(family) => family_question(family),
        BoxId::Heading(Heading::Internal) => s::COL_INTERNAL,
        BoxId::Heading(Heading::External) => s::COL_EXTERNAL,
        BoxId::Heading(Heading::Other) => s::COL_OTHER,
        BoxId::Heading(Heading::Direction { direction, .. }) => direction_label(direction),
        BoxId::Finding(slug) => return content.finding(slug).map_or(slug, |f| f.short.get(lang)),
        BoxId::Facet { finding, facet } => {
            return facet_of(content, finding, facet).map_or(facet, |x| x.label.get(lang))
        }
        BoxId::Action(slug) => return action_of(content, slug).map_or(slug, |a| a.label.get(lang)),
    };
    heading.get(lang)
}

/// The question Chapter V answers for a family (5.1): a family's column is headed by it.
pub fn family_question(family: Family) -> Tr {
    match family {
        Family::Motivations => s::ASK_WHY,
        Family::Interactions => s::ASK_HOW,
        Family::Benefits => s::ASK_WHAT,
    }
}

fn direction_label(direction: Direction) -> Tr {
    match direction {
        Direction::OneWay => s::ONE_WAY,
        Direction::TwoWay => s::TWO_WAY,
    }
}

fn facet_of(content: &'static Content, finding: &str, facet: &str) -> Option<&'static Facet> {
    content
        .finding(finding)?
        .facets
        .iter()
        .find(|x| x.slug == facet)
}

fn action_of(content: &'static Content, slug: &str) -> Option<&'static Action> {
    content.findings.actions.iter().find(|a| a.slug == slug)
}

/// A sentence describing the box, for the text version of a diagram; headings have none.
pub fn description(id: BoxId, content: &'static Content, lang: Lang) -> Option<String> {
    match id {
        BoxId::Finding(slug) => Some(plain_text(content.finding(slug)?.summary.get(lang))),
        BoxId::Action(slug) => Some(action_sentence(action_of(content, slug)?, content, lang)),
        BoxId::Facet { finding, facet } => {
            facet_description(facet_of(content, finding, facet)?, lang)
        }
        BoxId::Family(_) | BoxId::Heading(_) => None,
    }
}

fn facet_description(facet: &Facet, lang: Lang) -> Option<String> {
    let mut text = facet
        .detail
        .as_ref()
        .map(|d| plain_text(d.get(lang)))
        .unwrap_or_default();
    if !facet.children.is_empty() {
        let children: Vec<&str> = facet.children.iter().map(|c| c.label.get(lang)).collect();
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!("({})", children.join(", ")));
    }
    (!text.is_empty()).then_some(text)
}

/// "Like falls under applause and is one-way.": the form by its technical term, which reads
/// as part of a sentence where the heading (`Quick reactions · applause`) would not.
pub fn action_sentence(action: &Action, content: &Content, lang: Lang) -> String {
    let form = content
        .finding(&action.form)
        .map(|f| f.term.get(lang))
        .unwrap_or(&action.form);
    let direction = direction_label(action.direction).get(lang);
    s::ACTION_FALLS.fill(lang, &[action.label.get(lang), form, direction])
}
