//! The ids that tie a glossary term in the text to the definition it opens in place.

/// The id of the in-place definition of the term found at byte `at` of `source` (the text
/// as shown, markup included): a hash of the text plus the position. The prerendered page and
/// the app hydrating it compute the same id from the same text, and two terms on one page get
/// different ids (the view tests check every page).
pub fn id(source: &str, at: usize) -> String {
    // FNV-1a: a few instructions, no table, and no dependency.
    let hash = source.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    // In decimal: the app formats numbers so already, hexadecimal would add code.
    format!("t{}", hash.wrapping_add(at as u32))
}

#[cfg(test)]
mod tests {
    use super::id;

    #[test]
    fn ids_follow_the_text_and_the_position() {
        assert_eq!(id("a [[x|y]]", 4), id("a [[x|y]]", 4));
        assert_ne!(id("a [[x|y]]", 4), id("a [[x|y]] b [[x|y]]", 4));
        assert_ne!(id("a [[x|y]] [[x|y]]", 4), id("a [[x|y]] [[x|y]]", 12));
        assert!(id("", 0).starts_with('t'));
    }
}
