//! Strings of the overview's first screen: the hook, what the study is, and the two ways on
//! with their times. The reading minutes are measured from the content (`domain::estimate`),
//! the quiz's are its intro's (`domain::quiz::length`); `tests/estimates.rs` fails, naming the
//! right number, when a change of the content moves them.

use super::tr;

// The hook, in a follower's voice, says only what Chapter V says (5.1.2): these interactions
// make followers feel close; whether the closeness is mutual is what the page goes on to answer.
tr!(
    HOOK,
    "Saya menyukai postingannya, berkomentar, membalas story-nya. Rasanya kami dekat.",
    "I like their posts, comment, answer their stories. It feels like we're close."
);
// The study as `study.md` describes it: 12 informants who follow micro influencers.
tr!(
    DEK,
    "Bab V sebuah skripsi dari wawancara dengan 12 follower: mengapa kita mengikuti micro influencer, bagaimana kita berinteraksi, apa yang kita dapat, dan apakah kedekatan itu timbal balik.",
    "Chapter V of a thesis built on interviews with 12 followers: why we follow micro influencers, how we interact, what we gain, and whether the closeness is mutual."
);
tr!(EXPLORE, "Jelajahi temuannya", "Explore the findings");
tr!(
    EXPLORE_TIME,
    "sekitar 8 menit membaca",
    "about 9 min of reading"
);
tr!(TAKE_QUIZ, "Ikuti kuis refleksi", "Take the reflection quiz");
tr!(
    QUIZ_TIME,
    "44 pernyataan, sekitar 6 menit",
    "44 statements, about 6 min"
);
tr!(
    INTRO_HEADING,
    "Penelitian ini, singkatnya",
    "The study in brief"
);
tr!(MENU, "Menu", "Menu");
// The header's `ID | EN`: the page's language, then the other one (the switch), each kept
// under the page's language, as a reader built with one language holds only that slot.
tr!(LANG_CODE, "ID", "EN");
tr!(SWITCH_CODE, "EN", "ID");
