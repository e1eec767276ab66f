//! Interface strings (buttons, headings, messages) in both languages.
//!
//! Study content lives in `assets/content/`; these are the app's own words. Each string is
//! declared with both languages, so a missing translation does not compile. A reader built
//! for one language (feature `only-id` or `only-en`) keeps only that language's text: the
//! other's is an empty string that [`tr!`] and [`plural!`] put in its place ([`keep`]), so it
//! never reaches that reader's WebAssembly. Such a reader shows pages of its own language only;
//! the language switch loads the other language's page and reader.

pub mod card;
pub mod embed;
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

#[cfg(all(feature = "only-id", feature = "only-en"))]
compile_error!("a reader is built for one language: enable `only-id` or `only-en`, not both");

/// Whether this build keeps the text of `lang`: both languages unless the build is a reader
/// of one language (features `only-id`, `only-en`).
pub const fn keeps(lang: Lang) -> bool {
    match lang {
        Lang::Id => !cfg!(feature = "only-en"),
        Lang::En => !cfg!(feature = "only-id"),
    }
}

/// `text` where this build keeps `lang`, else the empty string. Used in constants, so the
/// text left out is never stored in the binary.
pub const fn keep(lang: Lang, text: &'static str) -> &'static str {
    if keeps(lang) {
        text
    } else {
        ""
    }
}

/// Shorthand for declaring strings.
macro_rules! tr {
    ($name:ident, $id:expr, $en:expr) => {
        #[doc = $en]
        pub const $name: $crate::domain::i18n::Tr = $crate::domain::i18n::Tr {
            id: $crate::domain::i18n::keep($crate::domain::lang::Lang::Id, $id),
            en: $crate::domain::i18n::keep($crate::domain::lang::Lang::En, $en),
        };
    };
}
pub(crate) use tr;

/// Shorthand for declaring a [`Plural`]: its name, then the Indonesian form (one for every
/// number), then the English singular and plural.
macro_rules! plural {
    ($name:ident, $id:expr, $one:expr, $other:expr) => {
        #[doc = $other]
        pub const $name: $crate::domain::i18n::Plural = $crate::domain::i18n::Plural {
            one: $crate::domain::i18n::Tr {
                id: $crate::domain::i18n::keep($crate::domain::lang::Lang::Id, $id),
                en: $crate::domain::i18n::keep($crate::domain::lang::Lang::En, $one),
            },
            other: $crate::domain::i18n::Tr {
                id: $crate::domain::i18n::keep($crate::domain::lang::Lang::Id, $id),
                en: $crate::domain::i18n::keep($crate::domain::lang::Lang::En, $other),
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
