//! `results/#CODE`: the reader's profile mapped onto the findings, from the code alone.

use crate::domain::address::{PageAddress, Route};
use crate::domain::card::CardText;
use crate::domain::content::quiz;
use crate::domain::glyph::Glyph;
use crate::domain::i18n::card as c;
use crate::domain::i18n::{quiz as q, Tr};
use crate::domain::lang::Lang;
use crate::domain::quiz::answers::Answer;
use crate::domain::quiz::card_lines::card_lines;
use crate::domain::quiz::code::CodeError;
use crate::domain::quiz::form::{decode_any, Forms};
use crate::domain::quiz::instrument::{Bands, Construct, ConstructFamily, Scale};
use crate::domain::quiz::length;
use crate::domain::quiz::scoring::{rank_family, score_all, ConstructScore, Tally};
use crate::domain::quiz::summary::summary;
use crate::domain::quiz::viewer::{band_words, viewer as viewer_of, Viewer};
use crate::ui::components::glyph_icon::glyph_icon;
use crate::ui::components::page_link::{new_tab_note, rel, target};
use crate::ui::components::results_card::ResultsCard;
use crate::ui::components::results_glance::{results_glance, GLANCE_TITLES};
use crate::ui::state::{use_ctx, use_lang, use_links, PageLinks};
use std::rc::Rc;
use yew::prelude::*;

/// The message for a code that can not be read.
pub fn code_error_text(error: CodeError) -> Tr {
    match error {
        CodeError::Empty => q::CODE_EMPTY,
        CodeError::TooLong => q::CODE_TOO_LONG,
        CodeError::NotACode => q::CODE_NOT_A_CODE,
        CodeError::WrongLength => q::CODE_WRONG_LENGTH,
        CodeError::WrongVersion => q::CODE_WRONG_VERSION,
        CodeError::Checksum => q::CODE_CHECKSUM,
        CodeError::BadAnswer => q::CODE_BAD_ANSWER,
    }
}

/// Where a construct's finding lives; parasocial closeness maps onto the parasocial page.
fn finding_route(finding: &str) -> Route {
    Route::of_finding(finding).unwrap_or(Route::Parasocial)
}

/// A heading with the score, its bar, what it is based on and what it connects to in the
/// study (in words for whoever is looking: `viewer`).
fn score_lines(
    head: Html,
    tally: &Tally,
    bands: &Bands,
    scale: Scale,
    viewer: Option<Viewer>,
    lang: Lang,
) -> Html {
    let score_text = match tally.score {
        Some(s) => q::SCORE_OF.fill(lang, &[&s.to_string()]),
        None => q::NOT_ENOUGH.get(lang).to_string(),
    };
    let value = tally.score.unwrap_or(0);
    let note = match tally.score {
        Some(s) => band_words(bands, s, scale, viewer, lang).to_string(),
        None => q::NOT_ENOUGH_NOTE.get(lang).to_string(),
    };
    html! {
        <>
            <div class="result__head">{head}<span class="result__score">{score_text}</span></div>
            <div class="bar" aria-hidden="true"><div class="bar__fill" style={format!("width:{value}%")}></div></div>
            <p class="result__based">{q::BASED_ON.fill(lang, &[&tally.answered.to_string(), &tally.total.to_string()])}</p>
            <p class="result__band">{note}</p>
        </>
    }
}

/// The sub-scores of a construct reported as parts, each linked to its facet.
fn part_rows(
    score: &ConstructScore,
    construct: &Construct,
    viewer: Option<Viewer>,
    links: &PageLinks,
) -> Html {
    let lang = links.here.lang;
    let link = links.link(&finding_route(&construct.finding));
    // Parts are scored in the construct's order, so they pair up with its part texts.
    construct
        .parts()
        .iter()
        .zip(score.parts.iter().map(|(_, tally)| tally))
        .map(|(part, tally)| {
            let label = part.label.get(lang);
            html! {
                <li class="result result--part" data-part={part.slug.to_string()}
                    data-score={tally.score.map(|s| s.to_string()).unwrap_or_default()}>
                    {score_lines(html! { <span class="result__name">{label}</span> }, tally, &part.bands, score.scale, viewer, lang)}
                    <a href={link.href.clone()} target={target(&link)} rel={rel(&link)}>
                        {q::SEE_FACET.fill(lang, &[label])}{new_tab_note(&link, lang)}
                    </a>
                </li>
            }
        })
        .collect()
}

fn construct_row(
    score: &ConstructScore,
    (rank, tied): (usize, bool),
    viewer: Option<Viewer>,
    links: &PageLinks,
) -> Html {
    let lang = links.here.lang;
    let Some(construct) = quiz().construct(score.slug) else {
        return html! {};
    };
    let whole = Tally {
        score: score.score,
        answered: score.answered,
        total: score.total,
    };
    let glyph = Glyph::of_finding(&construct.finding);
    let family = Some(construct.family.slug());
    let link = links.link(&finding_route(&construct.finding));
    let head = html! {
        <>
            <span class="result__name with-glyph">
                {for glyph.map(|glyph| glyph_icon(glyph, family))}
                {construct.label.get(lang)}
            </span>
            if tied { <span class="tie">{q::TIED.get(lang)}</span> }
        </>
    };
    html! {
        <li class="result" data-construct={score.slug} data-rank={rank.to_string()}
            data-score={score.score.map(|s| s.to_string()).unwrap_or_default()}>
            if score.parts.is_empty() {
                {score_lines(head, &whole, &construct.bands, score.scale, viewer, lang)}
                <a href={link.href.clone()} target={target(&link)} rel={rel(&link)}>
                    {q::SEE_FINDING.get(lang)}{new_tab_note(&link, lang)}
                </a>
            } else {
                <div class="result__head">{head}</div>
                <p class="result__based">{q::PARTS_NOTE.get(lang)}</p>
                <ul class="result__parts">{part_rows(score, construct, viewer, links)}</ul>
            }
        </li>
    }
}

/// One family's detailed texts, collapsed: the results lead with the summary, the card and
/// the overview, and these explain each result on request. Without `filled`, the list is
/// still empty (see [`use_stage`]).
fn family_chart(
    scores: &[ConstructScore],
    (family, title): (ConstructFamily, Tr),
    viewer: Option<Viewer>,
    links: &PageLinks,
    filled: bool,
) -> Html {
    let lang = links.here.lang;
    let places = if filled {
        rank_family(scores, family)
    } else {
        Vec::new()
    };
    let rows: Html = places
        .into_iter()
        .flat_map(|place| {
            let tied = place.slugs.len() > 1 && place.score.is_some();
            place
                .slugs
                .into_iter()
                .filter_map(|slug| scores.iter().find(|s| s.slug == slug))
                .map(move |s| construct_row(s, (place.rank, tied), viewer, links))
                .collect::<Vec<_>>()
        })
        .collect();
    html! {
        <details class={classes!("card", "results-family", format!("fam-{}", family.slug()))} data-details={family.slug()}>
            <summary><h3 class="results-family__title">{title.get(lang)}</h3></summary>
            <ol class="ranking" data-family={family.slug()}>{rows}</ol>
        </details>
    }
}

/// What the results cannot tell, said once: three short lines, and the full caution about
/// the statements on request.
fn cannot_tell(lang: Lang) -> Html {
    html! {
        <section class="card cannot" aria-labelledby="cannot-title" data-testid="cannot">
            <h2 id="cannot-title">{q::CANNOT_CONCLUDE.get(lang)}</h2>
            <ul>
                <li>{q::CANNOT_1.get(lang)}</li>
                <li>{q::CANNOT_2.get(lang)}</li>
                <li>{q::CANNOT_3.get(lang)}</li>
            </ul>
            <details>
                <summary>{q::ABOUT_STATEMENTS.get(lang)}</summary>
                <p data-testid="disclaimer">{quiz().disclaimer.get(lang)}</p>
            </details>
        </section>
    }
}

/// For a reader who opened someone else's results: say so, and invite them in.
fn friend_door(links: &PageLinks) -> Html {
    let lang = links.here.lang;
    let minutes = length::minutes(quiz().item_count()).to_string();
    html! {
        <section class="card door" data-testid="friend-door" aria-label={q::RESULTS_TITLE_SHARED.get(lang)}>
            <p>{q::FRIEND_DOOR.get(lang)}</p>
            <p><a class="button button--accent" data-testid="take-yourself" href={links.href(&Route::Quiz)}>{q::TAKE_YOURSELF.fill(lang, &[&minutes])}</a></p>
        </section>
    }
}

/// Properties of [`ResultsView`].
#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    /// The decoded answers.
    pub answers: Vec<Answer>,
    /// The quiz version the code was made with.
    pub version: u8,
    /// The code, for the share link.
    pub code: AttrValue,
    /// Whose results these are; `None` until the page has looked at the saved answers.
    #[prop_or_default]
    pub viewer: Option<Viewer>,
}

/// How many stages the results are drawn in after their first screen (see [`use_stage`]).
const STAGES: u8 = 2;

/// How much of the results to draw yet. Stage 0 is the first screen (the summary and the
/// card, about a sixth of the page's elements), which opening results waits for. The rest is
/// below the fold and follows just after that is painted, in two tasks, so neither is long
/// and a tap meanwhile waits for one at most: stage 1 draws all of it but the lists inside
/// the collapsed detailed texts, stage 2 those lists (about two fifths of the elements),
/// which the browser neither styles nor lays out while they are collapsed, so the frame
/// after them costs next to nothing. The results say `aria-busy` until stage 2. The server
/// renderer paints nothing, so it draws everything at once.
#[hook]
fn use_stage() -> u8 {
    let stage = use_state_eq(|| {
        if cfg!(target_arch = "wasm32") {
            0
        } else {
            STAGES
        }
    });
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |&now| {
            if now < STAGES {
                let next: Box<dyn FnOnce()> = Box::new(move || stage.set(now + 1));
                if now == 0 {
                    crate::platform::dom::just_after_paint(next);
                } else {
                    // A timeout of 0: the next task (not delayed: it is nested only once).
                    crate::platform::dom::after(0, next);
                }
            }
        });
    }
    *stage
}

/// The full results, payoff first: a one-sentence summary, the card to share, the overview,
/// what the results cannot tell, then the detailed texts per family on request.
#[function_component(ResultsView)]
pub fn results_view(props: &ResultsViewProps) -> Html {
    let stage = use_stage();
    let ctx = use_ctx();
    let links = use_links();
    let lang = ctx.lang;
    let quiz = quiz();
    let forms = quiz.forms();
    let form = forms
        .iter()
        .find(|f| f.version == props.version)
        .unwrap_or(&forms[0]);
    let scores = score_all(form, &props.answers);
    let link = PageAddress::new(lang, Route::Results(props.code.to_string()))
        .absolute(&ctx.base_url, None);
    let share = {
        let link = link.clone();
        Callback::from(move |_| {
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                crate::platform::clipboard::share(q::SHARE_TEXT.get(lang), &link).await;
            });
        })
    };
    let card_text = Rc::new(CardText {
        heading: c::CARD_HEADING.get(lang).to_string(),
        none: c::CARD_NONE.get(lang).to_string(),
        caveat: c::CARD_CAVEAT.get(lang).to_string(),
        invite: c::CARD_INVITE.get(lang).to_string(),
        quiz_link: PageAddress::new(lang, Route::Quiz).absolute(&ctx.base_url, None),
        link: link.clone(),
    });
    let card = Rc::new(card_lines(&scores, lang));
    let closeness = scores
        .iter()
        .find(|s| s.family == ConstructFamily::Closeness);
    let friend = props.viewer == Some(Viewer::Friend);
    let viewer = match props.viewer {
        Some(Viewer::Owner) => "owner",
        Some(Viewer::Friend) => "friend",
        None => "unknown",
    };
    html! {
        <div class="results" data-testid="results" data-version={props.version.to_string()} data-viewer={viewer}
            aria-busy={(stage < STAGES).then_some("true")}>
            if friend { {friend_door(&links)} }
            if props.version < quiz.version {
                <p class="notice" role="note" data-testid="earlier-version">{q::EARLIER_VERSION.fill(lang, &[&props.version.to_string()])}</p>
            }
            <p data-testid="results-summary"><strong>{summary(&scores, quiz, lang, GLANCE_TITLES)}</strong></p>
            <ResultsCard text={card_text} lines={card} />
            if stage >= 1 {
                {results_glance(&scores, lang)}
                {cannot_tell(lang)}
                <section class="results-details" aria-labelledby="details-title">
                    <h2 id="details-title">{q::DETAILS_TITLE.get(lang)}</h2>
                    {family_chart(&scores, (ConstructFamily::Motivations, q::FAMILY_MOTIVATIONS), props.viewer, &links, stage >= 2)}
                    {family_chart(&scores, (ConstructFamily::Interactions, q::FAMILY_INTERACTIONS), props.viewer, &links, stage >= 2)}
                    {family_chart(&scores, (ConstructFamily::Benefits, q::FAMILY_BENEFITS), props.viewer, &links, stage >= 2)}
                </section>
                <section class="card reflection" aria-labelledby="reflection-title">
                    <h2 id="reflection-title">{q::REFLECTION_TITLE.get(lang)}</h2>
                    <ol class="ranking" data-family="closeness">
                        {for closeness.map(|s| construct_row(s, (1, false), props.viewer, &links))}
                    </ol>
                    <p>{q::REFLECTION_BODY.get(lang)}</p>
                    <p><em>{quiz.reflection.get(lang)}</em></p>
                </section>
                <div class="actions no-print">
                    if ctx.can_share { <button type="button" class="button" onclick={share}>{q::SHARE.get(lang)}</button> }
                    <button type="button" class="button" onclick={Callback::from(|_| crate::platform::dom::print())}>{q::PRINT.get(lang)}</button>
                    <a class="button" href={links.href(&Route::Quiz)}>{if friend { q::TAKE_QUIZ.get(lang) } else { q::RETAKE.get(lang) }}</a>
                </div>
                <p class="share-link"><code data-testid="share-link">{link}</code></p>
            }
        </div>
    }
}

/// Properties of [`ResultsPage`].
#[derive(Properties, PartialEq)]
pub struct ResultsPageProps {
    /// The code from the address.
    pub code: AttrValue,
}

/// A results address without a code: not an error, just nothing to show yet.
fn no_results(links: &PageLinks) -> Html {
    let lang = links.here.lang;
    html! {
        <section class="card" data-testid="no-results" aria-labelledby="no-results-title">
            <h2 id="no-results-title">{q::NO_RESULTS_TITLE.get(lang)}</h2>
            <p>{q::NO_RESULTS_BODY.get(lang)}</p>
            <p><a class="button button--accent" href={links.href(&Route::Quiz)}>{q::TAKE_QUIZ.get(lang)}</a></p>
        </section>
    }
}

/// Decodes the code (of any quiz version) and shows the results, or says clearly why it
/// can not.
#[function_component(ResultsPage)]
pub fn results_page(props: &ResultsPageProps) -> Html {
    let lang = use_lang();
    let links = use_links();
    let decoded = use_memo(props.code.clone(), |code| {
        let forms = quiz().forms();
        decode_any(code, &forms).map(|(form, answers)| (form.version, answers))
    });
    // Whose results these are depends on what this reader saved: read (never written) once
    // per code as the page is drawn, so the results are drawn once, in their words for
    // whoever is looking, rather than once for nobody and again a task later.
    // Only a browser has saved answers: the server renderer draws the page for nobody.
    let viewer = use_memo(props.code.clone(), |code| {
        cfg!(target_arch = "wasm32").then(|| {
            let saved = super::quiz::saved_answers();
            viewer_of(code, saved.as_deref(), quiz().version)
        })
    });
    // "Your" only for the reader's own results; a link that cannot be read, or a reader not
    // known yet, gets the plain title.
    let title = match (&*decoded, *viewer) {
        (Ok(_), Some(Viewer::Owner)) => q::RESULTS_TITLE,
        (Ok(_), Some(Viewer::Friend)) => q::RESULTS_TITLE_SHARED,
        _ => q::RESULTS_TITLE_PLAIN,
    };
    html! {
        <>
            <h1 data-testid="results-title">{title.get(lang)}</h1>
            {match &*decoded {
                Ok((version, answers)) => html! { <ResultsView answers={answers.clone()} version={*version} code={props.code.clone()} viewer={*viewer} /> },
                Err(CodeError::Empty) => no_results(&links),
                Err(error) => html! {
                    <section class="card error" role="alert" data-testid="code-error" data-error={error.name()}>
                        <h2>{q::CODE_ERROR_TITLE.get(lang)}</h2>
                        <p>{code_error_text(*error).get(lang)}</p>
                        <p><a class="button button--accent" href={links.href(&Route::Quiz)}>{q::TAKE_QUIZ.get(lang)}</a></p>
                    </section>
                },
            }}
        </>
    }
}
