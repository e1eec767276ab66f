//! Interface strings (buttons, headings, messages) in both languages.
//!
//! Study content lives in `assets/content/`; these are the app's own words. Each string is
//! a [`Tr`] with both languages, so a missing translation does not compile.

pub mod card;
pub mod embed;
pub mod home;
pub mod lms;
pub mod offline;
pub mod post;
pub mod quiz;
pub mod shell;
pub mod teach;

use super::lang::Lang;

/// An interface string in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    /// Bahasa Indonesia.
    pub id: &'static str,
    /// English.
    pub en: &'static str,
}

impl Tr {
    /// The string in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }

    /// The string in `lang` with each `{}` replaced by the next argument.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        let mut out = String::new();
        let mut args = args.iter();
        let mut parts = self.get(lang).split("{}").peekable();
        while let Some(part) = parts.next() {
            out.push_str(part);
            if parts.peek().is_some() {
                out.push_str(args.next().copied().unwrap_or(""));
            }
        }
        out
    }
}

/// A count with its noun in the right form. English nouns change with the number ("1
/// code", "2 codes"); Indonesian ones do not ("1 kode", "2 kode"), so its two forms are the
/// same. Each form holds `{}` for the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    /// For exactly one.
    pub one: Tr,
    /// For any other number, zero included.
    pub other: Tr,
}

impl Plural {
    /// `n` with its noun in `lang`.
    pub fn count(self, lang: Lang, n: usize) -> String {
        let form = if n == 1 { self.one } else { self.other };
        form.fill(lang, &[&n.to_string()])
    }
}

/// Shorthand for declaring strings.
macro_rules! tr {
    ($name:ident, $id:expr, $en:expr) => {
        #[doc = $en]
        pub const $name: $crate::domain::i18n::Tr = $crate::domain::i18n::Tr { id: $id, en: $en };
    };
}
pub(crate) use tr;

/// Shorthand for declaring a [`Plural`]: its name, then the Indonesian form (one for every
/// number), then the English singular and plural.
macro_rules! plural {
    ($name:ident, $id:expr, $one:expr, $other:expr) => {
        #[doc = $other]
        pub const $name: $crate::domain::i18n::Plural = $crate::domain::i18n::Plural {
            one: $crate::domain::i18n::Tr { id: $id, en: $one },
            other: $crate::domain::i18n::Tr {
                id: $id,
                en: $other,
            },
        };
    };
}
pub(crate) use plural;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_in_order() {
        let t = Tr {
            id: "Pernyataan {} dari {}",
            en: "Statement {} of {}",
        };
        assert_eq!(t.fill(Lang::En, &["3", "43"]), "Statement 3 of 43");
        assert_eq!(t.fill(Lang::Id, &["3"]), "Pernyataan 3 dari ");
    }

    #[test]
    fn counts_take_the_singular_only_for_one() {
        plural!(CODES, "{} kode", "{} code", "{} codes");
        assert_eq!(CODES.count(Lang::En, 1), "1 code");
        assert_eq!(CODES.count(Lang::En, 0), "0 codes");
        assert_eq!(CODES.count(Lang::En, 2), "2 codes");
        assert_eq!(CODES.count(Lang::Id, 1), "1 kode");
        assert_eq!(CODES.count(Lang::Id, 5), "5 kode");
    }
}
