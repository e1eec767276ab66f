//! Writes content values back out as Rust expressions, for the build script.
//!
//! Strings become `Cow::Borrowed("…")` literals and lists `Cow::Borrowed(&[…])`, so the
//! app's content is a `static` that needs no parsing and no allocation at start-up.

use std::borrow::Cow;

/// A value that can write itself as a Rust constant expression.
pub trait Emit {
    /// Appends the expression to `out`.
    fn emit(&self, out: &mut String);
}

impl Emit for Cow<'static, str> {
    fn emit(&self, out: &mut String) {
        // `{:?}` of a `str` is a valid Rust string literal: quotes, backslashes and
        // control characters are escaped, other characters are kept as they are.
        out.push_str("::std::borrow::Cow::Borrowed(");
        out.push_str(&format!("{:?}", self.as_ref()));
        out.push(')');
    }
}

impl<T: Emit + Clone> Emit for Cow<'static, [T]> {
    fn emit(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
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
    fn emit(&self, out: &mut String) {
        out.push_str(&format!("{self}u8"));
    }
}
