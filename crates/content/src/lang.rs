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

    /// Maps a browser language tag (`navigator.language`) onto ours:
    /// Indonesian for `id`/`id-ID` (and the legacy `in`), English otherwise.
    pub fn from_browser_tag(tag: &str) -> Lang {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if primary == "id" || primary == "in" {
            Lang::Id
        } else {
            Lang::En
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

/// Picks the reading language: an explicit `?lang=` wins, then the stored choice,
/// then the browser's language.
pub fn choose_lang(query: Option<Lang>, stored: Option<&str>, browser_tag: &str) -> Lang {
    query
        .or_else(|| stored.and_then(Lang::parse))
        .unwrap_or_else(|| Lang::from_browser_tag(browser_tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_map_to_indonesian_only_for_id() {
        assert_eq!(Lang::from_browser_tag("id-ID"), Lang::Id);
        assert_eq!(Lang::from_browser_tag("in"), Lang::Id);
        assert_eq!(Lang::from_browser_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_browser_tag("ms-MY"), Lang::En);
        assert_eq!(Lang::from_browser_tag(""), Lang::En);
    }

    #[test]
    fn query_beats_storage_beats_browser() {
        assert_eq!(choose_lang(Some(Lang::En), Some("id"), "id"), Lang::En);
        assert_eq!(choose_lang(None, Some("id"), "en-US"), Lang::Id);
        assert_eq!(choose_lang(None, Some("garbage"), "id-ID"), Lang::Id);
        assert_eq!(choose_lang(None, None, "fr"), Lang::En);
    }
}
