//! The quiz in named parts: the statements of one family of findings (why you follow, how
//! you interact, what you get, closeness) make one part, so the reader answers in four
//! steps with a pause between them instead of one run of 44 statements.
//!
//! Parts follow the instrument's order: a part is a run of constructs of one family.

use super::form::Form;
use super::instrument::ConstructFamily;
use crate::domain::glyph::Glyph;
use crate::domain::i18n::{quiz as q, Tr};

/// One part of the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    /// The family its statements belong to.
    pub family: ConstructFamily,
    /// Index of its first statement in answering order.
    pub start: usize,
    /// How many statements it has.
    pub len: usize,
}

impl Part {
    /// Whether the statement at `index` belongs to this part.
    pub fn holds(&self, index: usize) -> bool {
        (self.start..self.start + self.len).contains(&index)
    }

    /// Its name, as the reader sees it ("How you interact").
    pub fn name(&self) -> Tr {
        match self.family {
            ConstructFamily::Motivations => q::PART_MOTIVATIONS,
            ConstructFamily::Interactions => q::PART_INTERACTIONS,
            ConstructFamily::Benefits => q::PART_BENEFITS,
            ConstructFamily::Closeness => q::PART_CLOSENESS,
        }
    }

    /// What it asks about, in one short sentence.
    pub fn blurb(&self) -> Tr {
        match self.family {
            ConstructFamily::Motivations => q::PART_MOTIVATIONS_BLURB,
            ConstructFamily::Interactions => q::PART_INTERACTIONS_BLURB,
            ConstructFamily::Benefits => q::PART_BENEFITS_BLURB,
            ConstructFamily::Closeness => q::PART_CLOSENESS_BLURB,
        }
    }

    /// Its icon: the icon of a finding that stands for the family (closeness: the reply
    /// that makes followers feel closer).
    pub fn glyph(&self) -> Glyph {
        match self.family {
            ConstructFamily::Motivations => Glyph::Attraction,
            ConstructFamily::Interactions => Glyph::Conversation,
            ConstructFamily::Benefits => Glyph::Information,
            ConstructFamily::Closeness => Glyph::Reply,
        }
    }
}

/// The parts of `form`, in answering order.
pub fn parts(form: &Form) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    let mut start = 0;
    for construct in &form.constructs {
        match parts.last_mut() {
            Some(part) if part.family == construct.family => part.len += construct.items,
            _ => parts.push(Part {
                family: construct.family,
                start,
                len: construct.items,
            }),
        }
        start += construct.items;
    }
    parts
}

/// The index of the part holding statement `index` (the last part past the end).
pub fn part_at(parts: &[Part], index: usize) -> usize {
    parts
        .iter()
        .position(|p| p.holds(index))
        .unwrap_or(parts.len().saturating_sub(1))
}

/// Where the reader goes after statement `index`: the next statement, or the pause before
/// the next part when `index` ends a part. `None` after the last statement.
pub fn after(parts: &[Part], index: usize) -> Option<Step> {
    let next = index + 1;
    let part = parts.iter().position(|p| p.holds(next))?;
    Some(if parts[part].start == next {
        Step::Pause(part)
    } else {
        Step::Statement(next)
    })
}

/// A place in the quiz after answering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The statement at this index.
    Statement(usize),
    /// The pause before the part at this index.
    Pause(usize),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::quiz;
    use crate::domain::quiz::form::Forms;

    #[test]
    fn the_current_quiz_has_four_named_parts_covering_every_statement() {
        let form = quiz().form();
        let parts = parts(&form);
        let families: Vec<_> = parts.iter().map(|p| p.family).collect();
        assert_eq!(
            families,
            [
                ConstructFamily::Motivations,
                ConstructFamily::Interactions,
                ConstructFamily::Benefits,
                ConstructFamily::Closeness
            ]
        );
        assert_eq!(
            parts.iter().map(|p| p.len).sum::<usize>(),
            form.item_count()
        );
        assert_eq!(parts[0].start, 0);
        assert_eq!(parts[1].start, parts[0].len);
    }

    #[test]
    fn a_pause_comes_between_parts_and_nothing_after_the_last_statement() {
        let form = quiz().form();
        let parts = parts(&form);
        let end_of_first = parts[0].len - 1;
        assert_eq!(after(&parts, 0), Some(Step::Statement(1)));
        assert_eq!(after(&parts, end_of_first), Some(Step::Pause(1)));
        assert_eq!(part_at(&parts, end_of_first), 0);
        assert_eq!(part_at(&parts, end_of_first + 1), 1);
        assert_eq!(after(&parts, form.item_count() - 1), None);
    }
}
