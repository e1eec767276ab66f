//! Quiz scores (with attraction's three parts, the half-answered rule and the neutral band),
//! the order by score shown on the results, and saved progress of this and earlier versions.
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::content::{content, quiz};
use explainer::domain::quiz::answers::{first_unsettled, Answer, Point};
use explainer::domain::quiz::code::encode;
use explainer::domain::quiz::form::Forms;
use explainer::domain::quiz::instrument::{ConstructFamily, Scale};
use explainer::domain::quiz::progress::Progress;
use explainer::domain::quiz::scoring::{
    leaders, rank_family, score_all, score_values, tally, Band, ConstructScore, Place, Tally,
};

/// Answers where every item of a construct gets what `per_construct` says for its slug
/// (`None` leaves the construct unanswered).
fn scripted(per_construct: &[(&str, &[Answer])]) -> Vec<Answer> {
    let mut answers = Vec::new();
    for construct in quiz().constructs.iter() {
        let given = per_construct
            .iter()
            .find(|(slug, _)| *slug == construct.slug)
            .map(|(_, answers)| *answers);
        for i in 0..construct.items.len() {
            let answer = given
                .map(|given| given.get(i).copied().unwrap_or(given[given.len() - 1]))
                .unwrap_or(Answer::Unanswered);
            answers.push(answer);
        }
    }
    answers
}

/// Every item of a construct answered with `v`.
fn all(v: u8) -> &'static [Answer] {
    static VALUES: [[Answer; 1]; 5] = [
        [Answer::Value(Point::One)],
        [Answer::Value(Point::Two)],
        [Answer::Value(Point::Three)],
        [Answer::Value(Point::Four)],
        [Answer::Value(Point::Five)],
    ];
    &VALUES[usize::from(v - 1)]
}

fn score_of(scores: &[ConstructScore], slug: &str) -> Option<u8> {
    scores
        .iter()
        .find(|s| s.slug == slug)
        .unwrap_or_else(|| panic!("no construct `{slug}`"))
        .score
}

fn place(rank: usize, score: Option<u8>, slugs: &[&str]) -> Place {
    Place {
        rank,
        score,
        slugs: slugs.iter().map(|s| s.to_string()).collect(),
    }
}

#[test]
fn instrument_version_3_has_ten_constructs_and_forty_four_items() {
    assert_eq!(quiz().version, 3);
    assert_eq!(quiz().constructs.len(), 10);
    assert_eq!(quiz().item_count(), 44);
    assert_eq!(quiz().flat_items().len(), 44);
    assert_eq!(quiz().form().item_count(), 44);
}

#[test]
fn the_intro_counts_the_statements_and_says_what_a_micro_influencer_is() {
    let intro = &quiz().intro;
    let n = quiz().item_count();
    assert!(
        intro.en.contains(&format!("There are {n} statements")),
        "{}",
        intro.en
    );
    assert!(
        intro.id.contains(&format!("Ada {n} pernyataan")),
        "{}",
        intro.id
    );
    assert!(
        intro.en.contains("1,000 to 15,000 followers"),
        "{}",
        intro.en
    );
    assert!(
        intro.id.contains("1.000 hingga 15.000 pengikut"),
        "{}",
        intro.id
    );
}

#[test]
fn strongly_agreeing_with_everything_scores_every_construct_100() {
    let scores = score_all(
        &quiz().form(),
        &vec![Answer::Value(Point::Five); quiz().item_count()],
    );
    assert_eq!(scores.len(), 10);
    for s in &scores {
        assert_eq!(s.placing(), Some(100), "{}", s.slug);
        assert_eq!(s.answered, s.total, "{}", s.slug);
        for (part, tally) in &s.parts {
            assert_eq!(tally.score, Some(100), "{}/{part}", s.slug);
        }
    }
}

#[test]
fn strongly_disagreeing_with_everything_scores_every_construct_0() {
    let scores = score_all(
        &quiz().form(),
        &vec![Answer::Value(Point::One); quiz().item_count()],
    );
    for s in &scores {
        assert_eq!(s.placing(), Some(0), "{}", s.slug);
    }
}

#[test]
fn skipping_everything_leaves_every_construct_without_a_score() {
    let scores = score_all(&quiz().form(), &vec![Answer::Skipped; quiz().item_count()]);
    for (s, construct) in scores.iter().zip(quiz().constructs.iter()) {
        assert_eq!(s.placing(), None, "{} must say not enough answers", s.slug);
        assert_eq!(s.answered, 0, "{}", s.slug);
        assert_eq!(s.total, construct.items.len(), "{}", s.slug);
    }
}

#[test]
fn no_answers_at_all_also_means_no_scores() {
    let scores = score_all(&quiz().form(), &[]);
    assert_eq!(scores.len(), 10);
    assert!(scores.iter().all(|s| s.score.is_none() && s.answered == 0));
}

#[test]
fn score_is_the_rounded_mean_scale_position() {
    assert_eq!(score_values(&[1, 2]), Some(13), "12.5 rounds half up");
    assert_eq!(score_values(&[3]), Some(50));
    assert_eq!(score_values(&[2, 3, 3, 4]), Some(50));
    assert_eq!(score_values(&[4, 5]), Some(88), "87.5 rounds half up");
    assert_eq!(score_values(&[1, 1, 1, 2]), Some(6), "6.25 rounds down");
    assert_eq!(score_values(&[1, 1, 2]), Some(8), "8.33 rounds down");
    assert_eq!(score_values(&[5, 5, 4]), Some(92), "91.67 rounds up");
    assert_eq!(score_values(&[]), None);
}

#[test]
fn mixed_answers_in_one_construct_give_the_mean_position() {
    use Answer::{Skipped, Value};
    let answers = scripted(&[
        (
            "bandwagon",
            &[Value(Point::One), Value(Point::Two), Skipped, Skipped],
        ),
        (
            "role-model",
            &[
                Value(Point::Three),
                Value(Point::Three),
                Value(Point::Four),
                Skipped,
            ],
        ),
        (
            "applause",
            &[
                Value(Point::Two),
                Value(Point::Three),
                Value(Point::Three),
                Value(Point::Four),
            ],
        ),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    assert_eq!(score_of(&scores, "bandwagon"), Some(13));
    // (2 + 2 + 3) / 12 = 58.3
    assert_eq!(score_of(&scores, "role-model"), Some(58));
    assert_eq!(score_of(&scores, "applause"), Some(50));
    assert_eq!(score_of(&scores, "information"), None);
}

#[test]
fn skipped_and_unanswered_items_are_left_out_of_the_mean() {
    use Answer::{Skipped, Unanswered, Value};
    let answers = scripted(&[
        (
            "bandwagon",
            &[Value(Point::Five), Skipped, Value(Point::Five), Unanswered],
        ),
        (
            "information",
            &[Skipped, Value(Point::One), Skipped, Value(Point::One)],
        ),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    let bandwagon = scores.iter().find(|s| s.slug == "bandwagon").unwrap();
    assert_eq!(bandwagon.score, Some(100), "a skip is not a low answer");
    assert_eq!((bandwagon.answered, bandwagon.total), (2, 4));
    assert_eq!(score_of(&scores, "information"), Some(0));
}

#[test]
fn answers_past_a_construct_do_not_leak_into_it() {
    // Everything up to the end of attraction (six items) is 1; the next two answers, the
    // first of bandwagon, are 5 and must not raise attraction.
    let attraction_end: usize = quiz().constructs[..2].iter().map(|c| c.items.len()).sum();
    assert_eq!(quiz().constructs[1].slug, "attraction");
    let mut answers = vec![Answer::Unanswered; quiz().item_count()];
    for slot in answers.iter_mut().take(attraction_end) {
        *slot = Answer::Value(Point::One);
    }
    answers[attraction_end] = Answer::Value(Point::Five);
    answers[attraction_end + 1] = Answer::Value(Point::Five);
    let scores = score_all(&quiz().form(), &answers);
    let attraction = scores.iter().find(|s| s.slug == "attraction").unwrap();
    assert_eq!(attraction.placing(), Some(0));
    assert!(attraction.parts.iter().all(|(_, t)| t.score == Some(0)));
    assert_eq!(score_of(&scores, "bandwagon"), Some(100));
}

#[test]
fn score_bands_split_at_33_and_67() {
    assert_eq!(Band::of(0), Band::Low);
    assert_eq!(Band::of(33), Band::Low);
    assert_eq!(Band::of(34), Band::Middle);
    assert_eq!(Band::of(66), Band::Middle);
    assert_eq!(Band::of(67), Band::High);
    assert_eq!(Band::of(100), Band::High);
}

#[test]
fn family_order_puts_the_strongest_first_and_ties_share_a_place() {
    let answers = scripted(&[
        ("bandwagon", all(5)),
        ("role-model", all(4)),
        ("emotional-arousal", all(3)),
        ("attraction", all(3)),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    assert_eq!(
        rank_family(&scores, ConstructFamily::Motivations),
        vec![
            place(1, Some(100), &["bandwagon"]),
            place(2, Some(75), &["role-model"]),
            place(3, Some(50), &["emotional-arousal", "attraction"]),
        ]
    );
}

#[test]
fn ties_use_competition_ranking_so_the_next_place_skips() {
    let answers = scripted(&[
        ("emotional-arousal", all(5)),
        ("attraction", all(5)),
        ("bandwagon", all(3)),
        ("role-model", all(1)),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    let places = rank_family(&scores, ConstructFamily::Motivations);
    let ranks: Vec<usize> = places.iter().map(|p| p.rank).collect();
    assert_eq!(ranks, vec![1, 3, 4]);
    assert_eq!(places[0].slugs, vec!["emotional-arousal", "attraction"]);
}

#[test]
fn three_way_tie_in_interactions_is_one_first_place() {
    let answers = scripted(&[
        ("applause", all(2)),
        ("conversation", all(2)),
        ("amplification", all(2)),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    assert_eq!(
        rank_family(&scores, ConstructFamily::Interactions),
        vec![place(
            1,
            Some(25),
            &["applause", "conversation", "amplification"]
        )]
    );
}

#[test]
fn constructs_without_a_score_come_last_even_after_a_zero() {
    let answers = scripted(&[
        ("information", &[Answer::Skipped]),
        ("entertainment", all(1)),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    assert_eq!(
        rank_family(&scores, ConstructFamily::Benefits),
        vec![
            place(1, Some(0), &["entertainment"]),
            place(2, None, &["information"]),
        ]
    );
}

#[test]
fn leaders_are_every_construct_tied_for_first() {
    let answers = scripted(&[
        ("emotional-arousal", all(4)),
        ("attraction", all(2)),
        ("bandwagon", all(4)),
        ("role-model", all(4)),
        ("information", all(5)),
        ("entertainment", all(1)),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    assert_eq!(
        leaders(&scores, ConstructFamily::Motivations),
        vec!["emotional-arousal", "bandwagon", "role-model"]
    );
    assert_eq!(
        leaders(&scores, ConstructFamily::Benefits),
        vec!["information"]
    );
    assert!(
        leaders(&scores, ConstructFamily::Interactions).is_empty(),
        "no interaction was answered, so nothing leads"
    );
}

#[test]
fn scripted_pattern_gives_the_expected_order() {
    use Answer::{Skipped, Value};
    let answers = scripted(&[
        (
            "bandwagon",
            &[
                Value(Point::Five),
                Value(Point::Five),
                Value(Point::Four),
                Value(Point::Five),
            ],
        ),
        (
            "role-model",
            &[
                Value(Point::Four),
                Value(Point::Four),
                Value(Point::Three),
                Skipped,
            ],
        ),
        (
            "emotional-arousal",
            &[
                Value(Point::Three),
                Value(Point::Three),
                Value(Point::Two),
                Value(Point::Four),
            ],
        ),
        (
            "attraction",
            &[
                Value(Point::Three),
                Value(Point::Three),
                Value(Point::Three),
                Value(Point::Three),
                Value(Point::One),
                Value(Point::Five),
            ],
        ),
        ("parasocial", all(4)),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    let places = rank_family(&scores, ConstructFamily::Motivations);
    assert_eq!(
        places,
        vec![
            place(1, Some(94), &["bandwagon"]),
            place(2, Some(67), &["role-model"]),
            place(3, Some(50), &["emotional-arousal", "attraction"]),
        ]
    );
    assert_eq!(
        leaders(&scores, ConstructFamily::Closeness),
        vec!["parasocial"]
    );
}

fn sample_answers() -> Vec<Answer> {
    (0..quiz().item_count())
        .map(|i| match i % 8 {
            0 => Answer::Skipped,
            6 | 7 => Answer::Unanswered,
            v => Answer::Value(Point::new(v as u8).expect("1 to 5")),
        })
        .collect()
}

#[test]
fn progress_survives_a_round_trip_through_storage() {
    let version = quiz().version;
    let items = quiz().item_count();
    let progress = Progress {
        position: 12,
        answers: sample_answers(),
    };
    let stored = progress.to_stored(version);
    assert_eq!(
        Progress::from_stored(&stored, version, items),
        Some(progress.clone())
    );
    assert!(progress.has_answers());
}

#[test]
fn stored_position_past_the_end_resumes_at_the_last_statement() {
    let version = quiz().version;
    let items = quiz().item_count();
    let stored = format!("999:{}", encode(version, &sample_answers()));
    let progress = Progress::from_stored(&stored, version, items).expect("a valid entry");
    // Index of the last statement, so "resume at statement N" never names one past the end.
    assert_eq!(progress.position, items - 1);
}

#[test]
fn nothing_answered_is_nothing_to_resume() {
    let progress = Progress {
        position: 0,
        answers: vec![Answer::Unanswered; quiz().item_count()],
    };
    assert!(!progress.has_answers());
    assert_eq!(first_unsettled(&progress.answers), 0);
    let mut answers = progress.answers;
    answers[0] = Answer::Skipped;
    answers[1] = Answer::Value(Point::Two);
    assert_eq!(first_unsettled(&answers), 2);
    assert_eq!(
        first_unsettled(&vec![Answer::Value(Point::Three); quiz().item_count()]),
        quiz().item_count()
    );
}

#[test]
fn corrupted_storage_is_ignored() {
    let version = quiz().version;
    let items = quiz().item_count();
    let good = Progress {
        position: 3,
        answers: sample_answers(),
    }
    .to_stored(version);
    let (_, code) = good.split_once(':').unwrap();
    let mut flipped: Vec<char> = code.chars().collect();
    flipped[8] = if flipped[8] == 'Q' { 'R' } else { 'Q' };
    let flipped: String = flipped.into_iter().collect();
    let other_version = Progress {
        position: 3,
        answers: sample_answers(),
    }
    .to_stored(version.wrapping_add(1));
    let corrupted = [
        String::new(),
        "garbage".into(),
        "%$#@!".into(),
        "{\"position\":3,\"answers\":[1,2,3]}".into(),
        "[3, \"abc\"]".into(),
        format!(":{code}"),
        format!("x:{code}"),
        format!("-1:{code}"),
        "3:".into(),
        format!("3:{flipped}"),
        format!("3:{}", &code[..code.len() - 4]),
        format!("3:{code}{code}"),
        other_version,
    ];
    for stored in &corrupted {
        assert_eq!(
            Progress::from_stored(stored, version, items),
            None,
            "{stored:?} must not load"
        );
    }
    assert!(Progress::from_stored(&good, version, items).is_some());
    assert_eq!(
        Progress::from_stored(&good, version, items - 1),
        None,
        "progress of an instrument with another item count"
    );
}

fn attraction(scores: &[ConstructScore]) -> &ConstructScore {
    scores.iter().find(|s| s.slug == "attraction").unwrap()
}

fn part<'a>(score: &'a ConstructScore, slug: &str) -> &'a Tally {
    &score.parts.iter().find(|(p, _)| *p == slug).unwrap().1
}

#[test]
fn attraction_is_three_sub_scores_under_one_heading_not_one_blended_number() {
    use Answer::Value;
    // High on looks, low on similarity, middling on competence: one blended number would
    // say "middle" and hide all three.
    let answers = scripted(&[(
        "attraction",
        &[
            Value(Point::Five),
            Value(Point::Five),
            Value(Point::One),
            Value(Point::One),
            Value(Point::Four),
            Value(Point::Three),
        ],
    )]);
    let scores = score_all(&quiz().form(), &answers);
    let a = attraction(&scores);
    assert_eq!(a.score, None, "no blended number");
    let slugs: Vec<&str> = a.parts.iter().map(|(p, _)| *p).collect();
    assert_eq!(slugs, ["physical", "similarity", "competence"]);
    assert_eq!(part(a, "physical").score, Some(100));
    assert_eq!(part(a, "similarity").score, Some(0));
    assert_eq!(
        part(a, "competence").score,
        Some(63),
        "5/8 = 62.5 rounds up"
    );
    assert_eq!(
        (part(a, "competence").answered, part(a, "competence").total),
        (2, 2)
    );
    // Placed in the motivations by its highest part.
    assert_eq!(a.placing(), Some(100));
    assert_eq!(
        leaders(&scores, ConstructFamily::Motivations),
        vec!["attraction"]
    );
}

#[test]
fn every_part_is_a_facet_of_the_attraction_finding_with_two_statements() {
    let construct = quiz().construct("attraction").unwrap();
    let finding = content().finding("attraction").unwrap();
    for p in construct.parts() {
        assert!(
            finding.facets.iter().any(|f| f.slug == p.slug),
            "{}",
            p.slug
        );
        let items = construct
            .items
            .iter()
            .filter(|i| i.part.as_deref() == Some(&p.slug));
        assert_eq!(items.count(), 2, "{}", p.slug);
    }
}

#[test]
fn a_score_needs_answers_to_at_least_half_of_its_statements() {
    use Answer::{Skipped, Unanswered, Value};
    let answers = scripted(&[
        // 1 of 4: not enough.
        (
            "bandwagon",
            &[Value(Point::Five), Skipped, Skipped, Skipped],
        ),
        // 2 of 4: exactly half is enough.
        (
            "role-model",
            &[Value(Point::Five), Unanswered, Value(Point::Three), Skipped],
        ),
        // 2 of 5: not enough; 3 of 5 is.
        (
            "parasocial",
            &[
                Value(Point::Five),
                Value(Point::Five),
                Skipped,
                Skipped,
                Skipped,
            ],
        ),
        (
            "entertainment",
            &[
                Value(Point::One),
                Value(Point::One),
                Value(Point::One),
                Skipped,
                Skipped,
            ],
        ),
        // A two-statement part needs both: one answer alone would be a single statement's
        // score, ranked beside four-statement ones.
        (
            "attraction",
            &[
                Value(Point::Five),
                Skipped,
                Skipped,
                Skipped,
                Value(Point::Two),
                Value(Point::Two),
            ],
        ),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    let bandwagon = scores.iter().find(|s| s.slug == "bandwagon").unwrap();
    assert_eq!(bandwagon.score, None);
    assert_eq!(
        (bandwagon.answered, bandwagon.total),
        (1, 4),
        "still says what was answered"
    );
    assert_eq!(score_of(&scores, "role-model"), Some(75));
    assert_eq!(score_of(&scores, "parasocial"), None);
    assert_eq!(score_of(&scores, "entertainment"), Some(0));
    let a = attraction(&scores);
    assert_eq!(part(a, "physical").score, None, "a single 5 makes no score");
    assert_eq!(
        (part(a, "physical").answered, part(a, "physical").total),
        (1, 2),
        "still says what was answered"
    );
    assert_eq!(part(a, "similarity").score, None);
    assert_eq!(part(a, "competence").score, Some(25));
    assert_eq!(a.placing(), Some(25), "placed by the one part with a score");
    // Too few answers rank last, like no answers.
    let places = rank_family(&scores, ConstructFamily::Motivations);
    assert_eq!(
        places.last().unwrap().slugs,
        vec!["emotional-arousal", "bandwagon"]
    );
    assert_eq!(tally(&[Value(Point::Three)], 0..3).score, None);
    assert_eq!(
        tally(&[Value(Point::Three), Value(Point::Three)], 0..3).score,
        Some(50)
    );
}

#[test]
fn neutral_answers_get_the_neutral_or_mixed_band_on_the_agreement_scale_only() {
    use Answer::Value;
    let answers = scripted(&[
        ("emotional-arousal", all(3)),
        (
            "role-model",
            &[
                Value(Point::One),
                Value(Point::Five),
                Value(Point::One),
                Value(Point::Five),
            ],
        ),
        (
            "information",
            &[
                Value(Point::Three),
                Value(Point::Four),
                Value(Point::Three),
                Value(Point::Three),
            ],
        ),
        ("applause", all(3)),
    ]);
    let scores = score_all(&quiz().form(), &answers);
    let band = |slug: &str| {
        let s = scores.iter().find(|s| s.slug == slug).unwrap();
        Band::on_scale(s.score.unwrap(), s.scale)
    };
    assert_eq!(
        band("emotional-arousal"),
        Band::NeutralOrMixed,
        "all neutral"
    );
    assert_eq!(
        band("role-model"),
        Band::NeutralOrMixed,
        "mixed, balancing out"
    );
    assert_eq!(
        band("information"),
        Band::Middle,
        "leaning towards agreeing, not neutral"
    );
    // "Sometimes" on the frequency scale is a real answer: "now and then".
    assert_eq!(band("applause"), Band::Middle);
    assert_eq!(Band::on_scale(50, Scale::Agreement), Band::NeutralOrMixed);
    assert_eq!(Band::on_scale(49, Scale::Agreement), Band::LeansDisagree);
    assert_eq!(Band::on_scale(34, Scale::Agreement), Band::LeansDisagree);
    assert_eq!(Band::on_scale(49, Scale::Frequency), Band::Middle);
    assert_eq!(Band::on_scale(100, Scale::Agreement), Band::High);
}

#[test]
fn version_1_answers_are_scored_with_version_1_statements() {
    let v1 = &quiz().forms()[2];
    assert_eq!(v1.version, 1);
    assert_eq!(v1.item_count(), 43);
    // Answer 5 to the first six statements (all of v1's attraction) and 1 to the rest.
    let mut answers = vec![Answer::Value(Point::One); 43];
    for slot in answers.iter_mut().take(4 + 6) {
        *slot = Answer::Value(Point::Five);
    }
    let scores = score_all(v1, &answers);
    let a = attraction(&scores);
    assert_eq!(
        a.score,
        Some(100),
        "version 1 scored attraction as one number"
    );
    assert!(a.parts.is_empty());
    assert_eq!(score_of(&scores, "bandwagon"), Some(0));
    // v1 entertainment has four statements, v2 five.
    let ent = scores.iter().find(|s| s.slug == "entertainment").unwrap();
    assert_eq!(ent.total, 4);
}

#[test]
fn outdated_progress_is_recognised_and_never_resumed_as_the_current_version() {
    let forms = quiz().forms();
    let old = format!("12:{}", encode(1, &[Answer::Value(Point::Four); 43]));
    assert_eq!(Progress::outdated_version(&old, &forms), Some(1));
    assert_eq!(
        Progress::from_stored(&old, quiz().version, quiz().item_count()),
        None
    );
    let current = Progress {
        position: 3,
        answers: vec![Answer::Value(Point::Two); 44],
    }
    .to_stored(quiz().version);
    assert_eq!(Progress::outdated_version(&current, &forms), None);
    for junk in ["", "garbage", "3:", "x:AbC", &old[..10]] {
        assert_eq!(Progress::outdated_version(junk, &forms), None, "{junk:?}");
    }
}
