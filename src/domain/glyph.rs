//! The explainer's visual language: one small line icon per finding (and per attraction
//! facet), drawn by us on a 24 × 24 grid as stroke paths in the text colour, so an icon
//! follows light, dark and print themes and costs a few dozen bytes.
//!
//! Icons are decoration beside words that say the same thing; views mark them
//! `aria-hidden`.

/// An icon of the findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Glyph {
    /// 5.1.1.a Positive emotional arousal: a smiling face.
    EmotionalArousal,
    /// 5.1.1.b Attraction: a magnet.
    Attraction,
    /// Attraction facet: physical appeal (an eye).
    PhysicalAppeal,
    /// Attraction facet: similarity (two overlapping circles).
    Similarity,
    /// Attraction facet: competence (a medal).
    Competence,
    /// 5.1.1.c Bandwagon effect: a group of people.
    Bandwagon,
    /// 5.1.1.d Role model: a person under a star.
    RoleModel,
    /// 5.1.2 Applause: a heart.
    Applause,
    /// 5.1.2 Conversation: a speech bubble.
    Conversation,
    /// 5.1.2 Amplification: a megaphone.
    Amplification,
    /// 5.1.3.a Information and recommendations: a light bulb.
    Information,
    /// 5.1.3.b Entertainment: a play button.
    Entertainment,
    /// Post action: share, Instagram's paper plane (amplification).
    Send,
    /// Post action: save (a bookmark).
    Save,
    /// The influencer replies (a reply arrow).
    Reply,
}

impl Glyph {
    /// Every glyph, in the chapter's order.
    pub const ALL: [Glyph; 12] = [
        Glyph::EmotionalArousal,
        Glyph::Attraction,
        Glyph::PhysicalAppeal,
        Glyph::Similarity,
        Glyph::Competence,
        Glyph::Bandwagon,
        Glyph::RoleModel,
        Glyph::Applause,
        Glyph::Conversation,
        Glyph::Amplification,
        Glyph::Information,
        Glyph::Entertainment,
    ];

    /// The icons of a post's actions that are not already findings' icons (a like is the
    /// applause heart, a comment the conversation bubble).
    pub const ACTIONS: [Glyph; 3] = [Glyph::Send, Glyph::Save, Glyph::Reply];

    /// The icon of a finding, by its slug (the nine findings of Chapter V).
    pub fn of_finding(slug: &str) -> Option<Glyph> {
        Some(match slug {
            "emotional-arousal" => Glyph::EmotionalArousal,
            "attraction" => Glyph::Attraction,
            "bandwagon" => Glyph::Bandwagon,
            "role-model" => Glyph::RoleModel,
            "applause" => Glyph::Applause,
            "conversation" => Glyph::Conversation,
            "amplification" => Glyph::Amplification,
            "information" => Glyph::Information,
            "entertainment" => Glyph::Entertainment,
            _ => return None,
        })
    }

    /// The icon of an attraction facet, by its slug.
    pub fn of_attraction_facet(slug: &str) -> Option<Glyph> {
        Some(match slug {
            "physical" => Glyph::PhysicalAppeal,
            "similarity" => Glyph::Similarity,
            "competence" => Glyph::Competence,
            _ => return None,
        })
    }

    /// SVG path data on a 24 × 24 grid, to be stroked (2 units, round caps and joins),
    /// never filled.
    pub fn path(self) -> &'static str {
        match self {
            Glyph::EmotionalArousal => {
                "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM8 14a4 4 0 0 0 8 0M9 9.5h.01M15 9.5h.01"
            }
            Glyph::Attraction => "M5 3h4v8a3 3 0 0 0 6 0V3h4v8a7 7 0 0 1-14 0zM5 7h4M15 7h4",
            Glyph::PhysicalAppeal => {
                "M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z"
            }
            Glyph::Similarity => {
                "M9 6a6 6 0 1 0 0 12a6 6 0 1 0 0-12zM15 6a6 6 0 1 0 0 12a6 6 0 1 0 0-12z"
            }
            Glyph::Competence => "M12 3a6 6 0 1 0 0 12a6 6 0 1 0 0-12zM8.5 14 7 22l5-3 5 3-1.5-8",
            Glyph::Bandwagon => {
                "M12 4a3 3 0 1 0 0 6a3 3 0 1 0 0-6zM5.5 7a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z\
                 M18.5 7a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5zM6.5 20a5.5 5.5 0 0 1 11 0\
                 M1.5 19a4 4 0 0 1 5-3.9M22.5 19a4 4 0 0 0-5-3.9"
            }
            Glyph::RoleModel => {
                "M12 11a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5zM6.5 22.5a5.5 5.5 0 0 1 11 0\
                 M12 1l.9 2.5 2.7.1-2.1 1.7.7 2.6-2.2-1.5-2.2 1.5.7-2.6-2.1-1.7 2.7-.1z"
            }
            Glyph::Applause => {
                "M12 20.5s-7.5-4.6-9.3-9.2C1.4 8 3.4 4.5 6.8 4.5c2.1 0 3.6 1.2 5.2 3 1.6-1.8 3.1-3 \
                 5.2-3 3.4 0 5.4 3.5 4.1 6.8-1.8 4.6-9.3 9.2-9.3 9.2z"
            }
            Glyph::Conversation => "M21 12a8 8 0 0 1-11.8 7L3 20.5l1.6-5.2A8 8 0 1 1 21 12z",
            Glyph::Amplification => {
                "M3 10v4h4l7 5V5l-7 5H3zM17.5 8.5a5 5 0 0 1 0 7M20 6a8.5 8.5 0 0 1 0 12"
            }
            Glyph::Information => {
                "M9 18h6M10 21.5h4M12 2.5a6.5 6.5 0 0 0-3.9 11.7c.6.5.9 1.2.9 2v.8h6v-.8\
                 c0-.8.3-1.5.9-2A6.5 6.5 0 0 0 12 2.5z"
            }
            Glyph::Entertainment => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM10 8.5v7l6-3.5z",
            Glyph::Send => "M21.5 2.5 10.5 13.5M21.5 2.5l-7 19-4-8-8-4z",
            Glyph::Save => "M19 21l-7-5-7 5V5a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2z",
            Glyph::Reply => "M9 17l-5-5 5-5M4 12h11a5 5 0 0 1 5 5v2",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::address::route::Family;

    /// The numbers in a path, so each can be checked against the grid.
    fn numbers(path: &str) -> Vec<f64> {
        let mut out = Vec::new();
        let mut current = String::new();
        let flush = |current: &mut String, out: &mut Vec<f64>| {
            if !current.is_empty() {
                out.push(current.parse().expect("a number"));
                current.clear();
            }
        };
        for c in path.chars() {
            match c {
                '0'..='9' | '.' if !(c == '.' && current.contains('.')) => current.push(c),
                '-' | '.' => {
                    flush(&mut current, &mut out);
                    current.push(c);
                }
                _ => flush(&mut current, &mut out),
            }
        }
        flush(&mut current, &mut out);
        out
    }

    #[test]
    fn every_finding_and_attraction_facet_has_its_own_icon() {
        let mut seen: Vec<Glyph> = Family::ALL
            .iter()
            .flat_map(|f| f.nodes())
            .filter_map(|s| Glyph::of_finding(s))
            .collect();
        seen.extend(
            ["physical", "similarity", "competence"]
                .iter()
                .filter_map(|s| Glyph::of_attraction_facet(s)),
        );
        assert_eq!(seen.len(), Glyph::ALL.len());
        assert!(Glyph::ALL.iter().all(|g| seen.contains(g)), "{seen:?}");
        assert_eq!(Glyph::of_finding("parasocial"), None);
        let every: Vec<Glyph> = Glyph::ALL.into_iter().chain(Glyph::ACTIONS).collect();
        let mut paths: Vec<&str> = every.iter().map(|g| g.path()).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), every.len(), "two icons share a drawing");
    }

    #[test]
    fn paths_are_well_formed_and_stay_on_the_grid() {
        for glyph in Glyph::ALL.into_iter().chain(Glyph::ACTIONS) {
            let path = glyph.path();
            assert!(path.starts_with('M'), "{glyph:?} starts with a move");
            assert!(
                path.chars()
                    .all(|c| "MmLlHhVvCcSsAaZz0123456789.- ".contains(c)),
                "{glyph:?} has an unexpected character"
            );
            assert!(
                path.len() < 240,
                "{glyph:?} is too detailed for a small icon"
            );
            let nums = numbers(path);
            assert!(!nums.is_empty());
            // Absolute coordinates and relative offsets both stay within the 24-unit box.
            assert!(
                nums.iter().all(|n| (-24.0..=24.0).contains(n)),
                "{glyph:?}: {nums:?}"
            );
        }
    }
}
