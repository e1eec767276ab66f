//! The two reading languages and how a reader's language is chosen.

/// A language the explainer is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Bahasa Indonesia, the study's language.
    Id,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Both languages, Indonesian first (the study's own language).
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The BCP 47 code used in `<html lang>`, `?lang=` and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Parses an exact `id` or `en` code (case-insensitive); anything else is `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The other language, for the header switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }

    /// The language's own name, as shown on the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Id => "Bahasa Indonesia",
            Lang::En => "English",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_exactly() {
        assert_eq!(Lang::parse(" ID "), Some(Lang::Id));
        assert_eq!(Lang::parse("en"), Some(Lang::En));
        for bad in ["", "in", "en-US", "fr"] {
            assert_eq!(Lang::parse(bad), None, "{bad}");
        }
    }
}
