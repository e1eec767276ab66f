//! What scoring and decoding need from one version of the quiz: its constructs in answering
//! order, how many statements each has, and which statements count towards which part.
//!
//! The current version comes from `quiz.json`; versions 1 and 2 are frozen in [`super::v1`]
//! and [`super::v2`], so a results link made by an earlier build keeps opening with the
//! statements it answered.

use super::answers::Answer;
use super::code::{decode, peek_version, CodeError};
use super::instrument::{ConstructFamily, Instrument, Scale};
use super::{v1, v2};

/// One version of the quiz, as scoring sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    /// The version result codes carry.
    pub version: u8,
    /// Constructs in answering order.
    pub constructs: Vec<FormConstruct>,
}

/// One construct of a form. Borrowed from the compiled-in content, so building a form
/// copies no text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormConstruct {
    /// Construct slug (the same across versions).
    pub slug: &'static str,
    /// The part of Chapter V it belongs to.
    pub family: ConstructFamily,
    /// Which five-point scale its statements are answered on.
    pub scale: Scale,
    /// How many statements it has.
    pub items: usize,
    /// Sub-scores: each part's slug and the indexes (within the construct) of its statements.
    pub parts: Vec<(&'static str, Vec<usize>)>,
}

impl Form {
    /// Statements across all constructs.
    pub fn item_count(&self) -> usize {
        self.constructs.iter().map(|c| c.items).sum()
    }
}

/// The forms of the compiled-in instrument (the instrument's type lives in the content
/// crate, so its forms are added here).
pub trait Forms {
    /// The current version's form.
    fn form(&'static self) -> Form;

    /// Every form a results code may have been made with: the current one first, then the
    /// frozen earlier ones.
    fn forms(&'static self) -> Vec<Form>;
}

impl Forms for Instrument {
    fn form(&'static self) -> Form {
        Form {
            version: self.version,
            constructs: self
                .constructs
                .iter()
                .map(|c| FormConstruct {
                    slug: &c.slug,
                    family: c.family,
                    scale: c.scale,
                    items: c.items.len(),
                    parts: c
                        .parts()
                        .iter()
                        .map(|part| {
                            let of_part = c.items.iter().enumerate();
                            let items = of_part
                                .filter(|(_, item)| {
                                    item.part.as_deref() == Some(part.slug.as_ref())
                                })
                                .map(|(i, _)| i)
                                .collect();
                            (part.slug.as_ref(), items)
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    fn forms(&'static self) -> Vec<Form> {
        vec![self.form(), v2::form(self.form()), v1::form()]
    }
}

/// Decodes a code made by any of `forms` (the current one first): the form it was made with
/// and its answers. A code of an unknown version is reported as made by another version.
pub fn decode_any<'a>(code: &str, forms: &'a [Form]) -> Result<(&'a Form, Vec<Answer>), CodeError> {
    let current = forms.first().ok_or(CodeError::WrongVersion)?;
    let form = peek_version(code)
        .and_then(|v| forms.iter().find(|f| f.version == v))
        .unwrap_or(current);
    decode(code, form.version, form.item_count()).map(|answers| (form, answers))
}
