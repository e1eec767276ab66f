//! How long the quiz takes, as the intro and the friend's invitation say: "about N
//! minutes", derived from the number of statements rather than written by hand, so it stays
//! true when statements are added or removed.

/// Seconds a reader needs for one statement: reading a short sentence and tapping one of
/// six answers. Eight seconds is a careful reader's pace (the UX review timed five to seven
/// minutes for 44 statements with two taps each; one tap each is quicker).
pub const SECONDS_PER_STATEMENT: usize = 8;

/// About how many whole minutes `statements` take, rounded to the nearest minute and never
/// less than one.
pub fn minutes(statements: usize) -> usize {
    ((statements * SECONDS_PER_STATEMENT + 30) / 60).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forty_four_statements_take_about_six_minutes() {
        assert_eq!(minutes(44), 6);
        assert_eq!(minutes(0), 1);
        assert_eq!(minutes(7), 1);
        assert_eq!(minutes(12), 2);
    }
}
