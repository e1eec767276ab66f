//! The first screen's time estimates are measured, not guessed: the minutes for reading the
//! findings equal what the compiled-in content gives at the stated pace (`domain::estimate`),
//! and the quiz's way names its statements and the time its own intro gives
//! (`domain::quiz::length`).

use explainer::domain::content::{content, quiz};
use explainer::domain::estimate::*;
use explainer::domain::i18n::home as h;
use explainer::domain::lang::Lang;
use explainer::domain::quiz::length;

/// The way on's words with the number: "about 6 min", "sekitar 6 menit".
fn minutes_text(lang: Lang, minutes: usize) -> String {
    match lang {
        Lang::En => format!("about {minutes} min"),
        Lang::Id => format!("sekitar {minutes} menit"),
    }
}

#[test]
fn the_quiz_way_names_its_statements_and_the_time_its_intro_gives() {
    let statements: Vec<_> = quiz()
        .constructs
        .iter()
        .flat_map(|c| c.items.iter())
        .collect();
    for lang in Lang::ALL {
        let minutes = length::minutes(statements.len());
        let text = h::QUIZ_TIME.get(lang);
        assert!(
            text.contains(&format!("{} ", statements.len())),
            "{lang:?}: the quiz has {} statements: {text}",
            statements.len()
        );
        assert!(
            text.contains(&minutes_text(lang, minutes)),
            "{lang:?}: the quiz's intro says about {minutes} min: {text}"
        );
    }
}

#[test]
fn the_findings_way_names_their_reading_time_at_a_careful_pace() {
    for lang in Lang::ALL {
        let words = findings_words(content(), lang);
        // The findings are a few thousand words: a count far off means texts were missed.
        assert!((1_000..5_000).contains(&words), "{words} words in {lang:?}");
        let minutes = reading_minutes(words);
        let text = h::EXPLORE_TIME.get(lang);
        assert!(
            text.contains(&minutes_text(lang, minutes)),
            "{lang:?}: the findings take {minutes} min to read ({words} words): {text}"
        );
    }
}
