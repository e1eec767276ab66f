//! Texts kept outside the reader's WebAssembly: each [`Group`] of one language's texts is a
//! small file next to the reader, fetched when a page needs it, so a page's first load no
//! longer carries the text of every other page.
//!
//! The file is the group's texts in a fixed order, one a line (content holds no line
//! breaks: the build refuses them), so a page's HTML can carry a copy of it as it is, as the
//! text of a data block (`<script type="text/plain">`: no text may end it early either).
//! The generated content names a stored text by its
//! group and place ([`Text::Stored`]); the reader knows each group's number of texts and
//! the hash of its file ([`Expect`]), so a file that is truncated, stale, tampered with or
//! not a text file at all is refused as a whole ([`decode`]) instead of showing wrong words.
//! Until its group is loaded ([`load`]), a stored text reads as empty.

use std::sync::OnceLock;

/// A content text: a literal compiled into the app, an owned string (content read while
/// building, or edited by a test: only with the `build` feature), or a text stored in a
/// group's file (only with the `stored` feature, which readers of one language enable).
#[derive(Clone)]
pub enum Text {
    /// A literal compiled in.
    Static(&'static str),
    /// A string read from a content file (the build step and host tests).
    #[cfg(feature = "build")]
    Owned(String),
    /// The text at this place of this group's file (a reader built for one language).
    #[cfg(feature = "stored")]
    Stored(Group, u16),
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Static(text) => text,
            #[cfg(feature = "build")]
            Text::Owned(text) => text,
            #[cfg(feature = "stored")]
            Text::Stored(group, at) => stored(*group, *at),
        }
    }
}

#[cfg(feature = "build")]
impl Text {
    /// The text as an owned string to edit (content checks and their tests edit copies).
    pub fn to_mut(&mut self) -> &mut String {
        if !matches!(self, Text::Owned(_)) {
            *self = Text::Owned(self.to_string());
        }
        match self {
            Text::Owned(text) => text,
            _ => unreachable!("made owned above"),
        }
    }
}

impl Default for Text {
    fn default() -> Text {
        Text::Static("")
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        **self == **other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == &**other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == &**other
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Text {
        Text::Static(text)
    }
}

#[cfg(feature = "build")]
impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::Owned(text)
    }
}

#[cfg(feature = "build")]
impl<'de> serde::Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::Owned)
    }
}

/// A group of texts that pages need together, kept in a file of its own per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// The motivations page and its findings' pages: the family's introduction, each
    /// finding's full text and facets' explanations.
    Motivations,
    /// The theory cards those pages show and the works they cite (the references page
    /// shows them too, without the rest of the family's texts).
    MotivationsTheories,
    /// The same for the interactions.
    Interactions,
    /// Their theory cards and works.
    InteractionsTheories,
    /// The same for the benefits.
    Benefits,
    /// Their theory cards and works.
    BenefitsTheories,
    /// Why each Instagram action falls where it does: the interactions diagram's answers and
    /// the post explorable's (the interactions and parasocial pages).
    Actions,
    /// The parasocial page's text.
    Parasocial,
    /// The parasocial page's theory card and the works it cites.
    ParasocialTheories,
    /// The recommendations page's text.
    Recommendations,
    /// What is known about the study.
    Study,
    /// What the references page alone shows: the works no theory card cites (among them
    /// the study itself) and any theory card no other page shows.
    References,
}

impl Group {
    /// Every group, in the order of their tables.
    pub const ALL: [Group; 12] = [
        Group::Motivations,
        Group::MotivationsTheories,
        Group::Interactions,
        Group::InteractionsTheories,
        Group::Benefits,
        Group::BenefitsTheories,
        Group::Actions,
        Group::Parasocial,
        Group::ParasocialTheories,
        Group::Recommendations,
        Group::Study,
        Group::References,
    ];

    /// The group's name in its file's name.
    pub const fn name(self) -> &'static str {
        match self {
            Group::Motivations => "motivations",
            Group::MotivationsTheories => "motivations-theories",
            Group::Interactions => "interactions",
            Group::InteractionsTheories => "interactions-theories",
            Group::Benefits => "benefits",
            Group::BenefitsTheories => "benefits-theories",
            Group::Actions => "actions",
            Group::Parasocial => "parasocial",
            Group::ParasocialTheories => "parasocial-theories",
            Group::Recommendations => "recommendations",
            Group::Study => "study",
            Group::References => "references",
        }
    }

    /// The group of a family's pages.
    pub const fn of_family(family: crate::taxonomy::Family) -> Group {
        match family {
            crate::taxonomy::Family::Motivations => Group::Motivations,
            crate::taxonomy::Family::Interactions => Group::Interactions,
            crate::taxonomy::Family::Benefits => Group::Benefits,
        }
    }

    /// The group of the theory cards (and the works they cite) that this group's pages
    /// show: kept apart, as the references page shows every card but none of the pages' text.
    pub const fn theories(self) -> Group {
        match self {
            Group::Motivations => Group::MotivationsTheories,
            Group::Interactions => Group::InteractionsTheories,
            Group::Benefits => Group::BenefitsTheories,
            Group::Parasocial => Group::ParasocialTheories,
            other => other,
        }
    }
}

/// What a reader expects of a group's file: its number of texts and its hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expect {
    /// How many texts it holds.
    pub count: u16,
    /// [`hash`] of the whole file.
    pub hash: u32,
}

impl Expect {
    /// What a reader expects of `file`, a group's file as [`encode`] writes it (no texts
    /// and one empty text both make an empty file; it is read as none, as [`decode`] does).
    pub fn of(file: &str) -> Expect {
        let count = if file.is_empty() {
            0
        } else {
            file.split(SEPARATOR).count()
        };
        Expect {
            count: u16::try_from(count).unwrap_or(u16::MAX),
            hash: hash(file),
        }
    }

    /// The file's name: `text-en-findings-0123abcd.txt` (the hash names the version, so
    /// hosts may cache it for good).
    pub fn file_name(self, lang: crate::lang::Lang, group: Group) -> String {
        format!(
            "text-{}-{}-{:08x}.txt",
            lang.code(),
            group.name(),
            self.hash
        )
    }
}

/// The separator between texts in a group's file: a line feed (HTML keeps it as it is, in a
/// page's copy of the file; it would turn a carriage return into one, so neither may be in
/// a text).
pub const SEPARATOR: char = '\n';

/// FNV-1a (32 bits) of `text`: enough to tell a file from a damaged or stale one (this is
/// not about attackers, who could change the reader as well).
pub fn hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// A group's file for `texts` (none may hold a line break, nor what would end a page's copy
/// of the file early: `</script` or `<!--`) and what a reader expects of it.
pub fn encode(texts: &[&str]) -> Result<(String, Expect), String> {
    if let Some(bad) = texts.iter().find(|t| t.contains(['\n', '\r'])) {
        return Err(format!("a text holds a line break: {bad:?}"));
    }
    let ends_copy = |t: &&&str| {
        let t = t.to_ascii_lowercase();
        t.contains("</script") || t.contains("<!--")
    };
    if let Some(bad) = texts.iter().find(ends_copy) {
        return Err(format!("a text holds </script or <!--: {bad:?}"));
    }
    let count = u16::try_from(texts.len()).map_err(|_| "too many texts in a group".to_string())?;
    let file = texts.join("\n");
    let hash = hash(&file);
    Ok((file, Expect { count, hash }))
}

/// Why a group's file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corrupt {
    /// Its hash is not the expected one (damaged, truncated, stale or not ours).
    Hash,
    /// It holds another number of texts than expected.
    Count,
}

/// The texts of a group's `file`, if it is exactly the file `expect` describes.
pub fn decode(file: &str, expect: Expect) -> Result<Vec<&str>, Corrupt> {
    if hash(file) != expect.hash {
        return Err(Corrupt::Hash);
    }
    let texts: Vec<&str> = if expect.count == 0 && file.is_empty() {
        Vec::new()
    } else {
        file.split(SEPARATOR).collect()
    };
    if texts.len() != usize::from(expect.count) {
        return Err(Corrupt::Count);
    }
    Ok(texts)
}

/// The loaded groups' texts. A reader is single-threaded; the lock only makes them a
/// `static`, and each group is set once.
static LOADED: [OnceLock<Box<[&'static str]>>; Group::ALL.len()] =
    [const { OnceLock::new() }; Group::ALL.len()];

/// The text at `at` in `group`, or an empty text while the group is not loaded. Called,
/// not inlined, where a text is read: one copy in the binary.
#[cfg(feature = "stored")]
#[inline(never)]
fn stored(group: Group, at: u16) -> &'static str {
    LOADED[group as usize]
        .get()
        .and_then(|texts| texts.get(usize::from(at)))
        .copied()
        .unwrap_or("")
}

/// Whether `group`'s texts are loaded.
pub fn is_loaded(group: Group) -> bool {
    LOADED[group as usize].get().is_some()
}

/// Loads `group` from its `file`, if it is the file `expect` describes. The texts stay for
/// the life of the page (the file is read once; a group loaded already stays as it was).
pub fn load(group: Group, file: String, expect: Expect) -> Result<(), Corrupt> {
    // Only the expected file is kept (for good: its texts are borrowed as `'static`).
    decode(&file, expect)?;
    let file: &'static str = Box::leak(file.into_boxed_str());
    let texts: Vec<&'static str> = file.split(SEPARATOR).collect();
    let _ = LOADED[group as usize].set(texts.into_boxed_slice());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_anything_else() {
        let (file, expect) = encode(&["Satu", "", "dua · tiga", "“kutipan”"]).unwrap();
        assert_eq!(
            decode(&file, expect).unwrap(),
            ["Satu", "", "dua · tiga", "“kutipan”"]
        );
        // Truncated, extended, garbage, another build's file, empty.
        assert_eq!(
            decode(file.trim_end_matches('”'), expect),
            Err(Corrupt::Hash)
        );
        assert_eq!(decode(&format!("{file}x"), expect), Err(Corrupt::Hash));
        assert_eq!(decode("<!doctype html>", expect), Err(Corrupt::Hash));
        assert_eq!(decode("", expect), Err(Corrupt::Hash));
        let (other, _) = encode(&["Satu", "", "dua · tiga"]).unwrap();
        assert_eq!(decode(&other, expect), Err(Corrupt::Hash));
        // The right hash with the wrong count (a reader and file that disagree).
        let miscounted = Expect { count: 3, ..expect };
        assert_eq!(decode(&file, miscounted), Err(Corrupt::Count));
        assert!(encode(&["a\nb"]).is_err());
        assert!(encode(&["a\rb"]).is_err());
        assert!(encode(&["a</SCRIPT>b"]).is_err());
        assert!(encode(&["a<!--b"]).is_err());
        assert!(encode(&["a < b"]).is_ok());
        let (empty, none) = encode(&[]).unwrap();
        assert_eq!(decode(&empty, none).unwrap(), Vec::<&str>::new());
    }

    #[test]
    fn a_file_alone_says_what_its_encoder_expected() {
        for texts in [&["Satu", "", "dua"][..], &["“kutipan”"], &[]] {
            let (file, expect) = encode(texts).unwrap();
            assert_eq!(Expect::of(&file), expect, "{texts:?}");
        }
    }

    #[cfg(feature = "stored")]
    #[test]
    fn stored_texts_are_empty_until_their_group_loads() {
        let text = Text::Stored(Group::Recommendations, 1);
        assert_eq!(&*text, "");
        assert!(!is_loaded(Group::Recommendations));
        let (file, expect) = encode(&["a", "b"]).unwrap();
        assert_eq!(
            load(Group::Recommendations, "garbage".into(), expect),
            Err(Corrupt::Hash)
        );
        assert!(!is_loaded(Group::Recommendations));
        load(Group::Recommendations, file, expect).unwrap();
        assert!(is_loaded(Group::Recommendations));
        assert_eq!(&*text, "b");
        assert_eq!(&*Text::Stored(Group::Recommendations, 9), "");
    }

    #[test]
    fn names_a_file_by_language_group_and_hash() {
        let expect = Expect {
            count: 1,
            hash: 0xab,
        };
        assert_eq!(
            expect.file_name(crate::lang::Lang::En, Group::Study),
            "text-en-study-000000ab.txt"
        );
    }
}
