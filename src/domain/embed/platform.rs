//! The course platforms the lecturer kit gives steps for, and those steps: where the embed
//! code goes on each, and what goes wrong there (measured in Moodle 4.5; read from Canvas's
//! sanitiser; from the documentation of Google Sites and WordPress).

use crate::domain::i18n::{embed as e, Tr};

/// A platform lecturers paste embeds into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    /// Moodle 4 (TinyMCE editor).
    Moodle,
    /// Canvas LMS (its editor removes scripts).
    Canvas,
    /// Google Sites (embedded code sits in a box of its own).
    GoogleSites,
    /// WordPress (block editor).
    WordPress,
}

impl Platform {
    /// Every platform, in the kit's order.
    pub const ALL: [Platform; 4] = [
        Platform::Moodle,
        Platform::Canvas,
        Platform::GoogleSites,
        Platform::WordPress,
    ];

    /// Its name, the same in both languages.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Moodle => "Moodle",
            Platform::Canvas => "Canvas",
            Platform::GoogleSites => "Google Sites",
            Platform::WordPress => "WordPress",
        }
    }

    /// A stable key, for the kit's select.
    pub fn key(self) -> &'static str {
        match self {
            Platform::Moodle => "moodle",
            Platform::Canvas => "canvas",
            Platform::GoogleSites => "google-sites",
            Platform::WordPress => "wordpress",
        }
    }

    /// The platform named by `key`.
    pub fn from_key(key: &str) -> Option<Platform> {
        Platform::ALL.into_iter().find(|p| p.key() == key)
    }

    /// The steps, in order.
    pub fn steps(self) -> &'static [Tr] {
        match self {
            Platform::Moodle => &[
                e::MOODLE_ADD,
                e::MOODLE_SOURCE,
                e::MOODLE_AS_TEXT,
                e::MOODLE_CLEANED,
            ],
            Platform::Canvas => &[e::CANVAS_EDITOR, e::CANVAS_SAVE],
            Platform::GoogleSites => &[e::SITES_INSERT, e::SITES_BOX],
            Platform::WordPress => &[e::WORDPRESS_BLOCK, e::WORDPRESS_ROLES],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_platform_has_steps_and_a_key_that_finds_it() {
        for platform in Platform::ALL {
            assert!(platform.steps().len() >= 2, "{platform:?}");
            assert_eq!(Platform::from_key(platform.key()), Some(platform));
        }
        assert_eq!(Platform::from_key("blackboard"), None);
    }
}
