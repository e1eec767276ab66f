//! Writes content values back out as Rust expressions, for the build script.
//!
//! Strings become `Text::Static("…")` literals and lists `Cow::Borrowed(&[…])`, so the
//! app's content is a `static` that needs no parsing and no allocation at start-up. A reader
//! built for one language gets the content with only that language's texts ([`Out::only`]),
//! and the texts of the pages a first load does not show go to their groups' files
//! ([`Out::groups`], [`crate::stored`]): the static names them by group and place.

use crate::lang::Lang;
use crate::stored::{Group, Text};
use std::borrow::Cow;
use std::collections::HashMap;

/// The Rust being written, and which language's texts it keeps.
#[derive(Debug, Default)]
pub struct Out {
    /// The code so far.
    pub code: String,
    /// `Some(lang)`: every [`crate::text::Bilingual`] keeps only `lang`'s text, the other is
    /// empty (a reader of one language); `None`: both.
    pub only: Option<Lang>,
    /// The group of each text kept in a group's file, by the text's address in the content
    /// being written (empty: every text compiled in).
    pub groups: HashMap<usize, Group>,
    /// Each group's texts so far, in [`Group::ALL`]'s order.
    pub stored: [Vec<String>; Group::ALL.len()],
}

impl Out {
    /// An empty expression keeping the texts of `only` (both languages when `None`).
    pub fn new(only: Option<Lang>) -> Out {
        Out {
            code: String::with_capacity(192 * 1024),
            only,
            groups: HashMap::new(),
            stored: Default::default(),
        }
    }

    /// Appends `text`.
    pub fn push_str(&mut self, text: &str) {
        self.code.push_str(text);
    }

    /// Appends `c`.
    pub fn push(&mut self, c: char) {
        self.code.push(c);
    }

    /// Whether the texts of `lang` are kept.
    pub fn keeps(&self, lang: Lang) -> bool {
        self.only.is_none_or(|only| only == lang)
    }
}

/// Appends the struct expression `path { name: value, … }` with `fields`.
pub fn emit_struct(out: &mut Out, path: &str, fields: &[(&str, &dyn Emit)]) {
    out.push_str(path);
    out.push('{');
    for (name, value) in fields {
        out.push_str(name);
        out.push_str(": ");
        value.emit(out);
        out.push(',');
    }
    out.push('}');
}

/// A value that can write itself as a Rust constant expression.
pub trait Emit {
    /// Appends the expression to `out`.
    fn emit(&self, out: &mut Out);
}

impl Emit for Text {
    fn emit(&self, out: &mut Out) {
        if let Some(&group) = out.groups.get(&(self as *const Text as usize)) {
            // The same words twice in a group are stored once.
            let table = &mut out.stored[group as usize];
            let at = match table.iter().position(|t| **t == **self) {
                Some(at) => at,
                None => {
                    table.push(self.to_string());
                    table.len() - 1
                }
            };
            out.push_str(&format!(
                "::explainer_content::Text::Stored(::explainer_content::stored::Group::{group:?},{at})"
            ));
            return;
        }
        // `{:?}` of a `str` is a valid Rust string literal: quotes, backslashes and
        // control characters are escaped, other characters are kept as they are.
        out.push_str("::explainer_content::Text::Static(");
        out.push_str(&format!("{:?}", &**self));
        out.push(')');
    }
}

impl<T: Emit + Clone> Emit for Cow<'static, [T]> {
    fn emit(&self, out: &mut Out) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut Out) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.emit(out);
                out.push(')');
            }
        }
    }
}

impl Emit for u8 {
    fn emit(&self, out: &mut Out) {
        out.push_str(&format!("{self}u8"));
    }
}
