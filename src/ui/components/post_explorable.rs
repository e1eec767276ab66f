//! The post explorable ([`crate::domain::post`]): a mock post whose action row the reader
//! uses, what each action is in Chapter V, and the two closeness meters of the parasocial
//! gap. An illustration, and labelled so.

use crate::domain::address::route::Route;
use crate::domain::content::content;
use crate::domain::content::model::{Action, Direction};
use crate::domain::glyph::Glyph;
use crate::domain::i18n::{post as p, shell as s, Tr};
use crate::domain::lang::Lang;
use crate::domain::post::{Move, Post, PostAction};
use crate::ui::components::glyph_icon::glyph_icon;
use crate::ui::components::page_link::PageLink;
use crate::ui::components::quote_block::QuoteBlock;
use crate::ui::shared::Static;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// The content's action behind a button.
fn action_of(button: PostAction) -> Option<&'static Action> {
    content()
        .findings
        .actions
        .iter()
        .find(|a| a.slug == button.action_slug())
}

fn direction_text(action: &Action) -> Tr {
    if action.direction == Direction::TwoWay {
        s::TWO_WAY
    } else {
        s::ONE_WAY
    }
}

/// One side's closeness, as a meter.
fn meter(side: &'static str, label: &str, value: u8) -> Html {
    html! {
        <div class="meter" data-side={side}>
            <span class="meter__label" id={format!("meter-{side}")}>{label}</span>
            <div class="meter__track" role="meter" aria-labelledby={format!("meter-{side}")}
                aria-valuemin="0" aria-valuemax="100" aria-valuenow={value.to_string()} data-value={value.to_string()}>
                <div class="meter__fill" style={format!("width:{value}%")}></div>
            </div>
            <span class="meter__value" aria-hidden="true">{value}</span>
        </div>
    }
}

/// What the last action is: its form, direction (our reading) and the chapter's words.
fn explanation(last: Option<PostAction>, lang: Lang) -> Html {
    let Some((action, finding)) = last
        .and_then(action_of)
        .and_then(|a| Some((a, content().finding(&a.form)?)))
    else {
        return html! { <p class="post__explain" data-testid="post-explain">{p::POST_PICK.get(lang)}</p> };
    };
    let form = finding.short.get(lang);
    html! {
        <div class="post__explain" data-testid="post-explain" data-form={AttrValue::Static(&action.form)} data-direction={action.direction.slug()}>
            <p class="post__what"><strong>{action.label.get(lang)}</strong></p>
            <p>{p::POST_FORM.fill(lang, &[form])}</p>
            <p>{p::POST_DIRECTION.fill(lang, &[direction_text(action).get(lang)])}</p>
            <p class="post__reading">{action.why.get(lang)}</p>
            if let Some(quote) = &finding.quote {
                <p class="post__words">{p::POST_WORDS.get(lang)}</p>
                <QuoteBlock quote={Static(quote)} />
            }
            if let Some(route) = Route::of_finding(&finding.slug) {
                <p><PageLink {route}>{s::READ_FINDING.get(lang)}{": "}{finding.heading(lang)}</PageLink></p>
            }
        </div>
    }
}

/// The mock post and its action row.
fn post_figure(post: &UseStateHandle<Post>, lang: Lang) -> Html {
    let row: Html = PostAction::ROW
        .into_iter()
        .map(|button| {
            let label = action_of(button)
                .map(|a| a.label.get(lang))
                .unwrap_or_default();
            let last = post.last == Some(button);
            let post = post.clone();
            let onclick = Callback::from(move |_: MouseEvent| post.set(post.act(button)));
            html! {
                <button type="button" class={classes!("post__action", last.then_some("is-last"))}
                    data-action={button.action_slug()} aria-label={label} title={label} {onclick}>
                    {glyph_icon(button.glyph(), None)}
                </button>
            }
        })
        .collect();
    html! {
        <figure class="post" aria-label={p::POST_FIGURE.get(lang)}>
            <div class="post__profile">
                <span class="post__avatar" aria-hidden="true"></span>
                <span><strong>{p::POST_HANDLE.get(lang)}</strong><br /><small>{p::POST_KIND.get(lang)}</small></span>
            </div>
            <div class="post__image" aria-hidden="true">{glyph_icon(Glyph::Information, None)}</div>
            <div class="post__actions" role="group" aria-label={p::POST_ACTIONS.get(lang)}>{row}</div>
        </figure>
    }
}

/// The brief announcement after each move: what happened, then both meters.
fn status_text(post: &Post, lang: Lang) -> String {
    let happened = match post.latest {
        Some(Move::Acted(button)) => action_of(button)
            .map(|action| {
                let form = content()
                    .finding(&action.form)
                    .map(|f| f.short.get(lang))
                    .unwrap_or_default();
                let direction = direction_text(action).get(lang);
                p::POST_STATUS.fill(lang, &[action.label.get(lang), form, direction])
            })
            .unwrap_or_default(),
        Some(Move::Replied) => p::POST_REPLIED.get(lang).to_string(),
        None => String::new(),
    };
    let meters = s::GAP_STATUS.fill(
        lang,
        &[
            &post.gap.follower.to_string(),
            &post.gap.influencer.to_string(),
            &post.gap.steps.to_string(),
        ],
    );
    format!("{happened} {meters}").trim_start().to_string()
}

/// The explorable: the post, what its last-used action is, and the parasocial meters.
#[function_component(PostExplorable)]
pub fn post_explorable() -> Html {
    let lang = use_lang();
    let post = use_state(Post::default);
    let reply = {
        let post = post.clone();
        Callback::from(move |_: MouseEvent| post.set(post.reply()))
    };
    let reset = {
        let post = post.clone();
        Callback::from(move |_: MouseEvent| post.set(Post::default()))
    };
    html! {
        <section class="post-explorable" aria-labelledby="post-title" data-testid="post">
            <h2 id="post-title">{p::POST_TITLE.get(lang)}</h2>
            <p class="gap__label"><strong>{s::PARASOCIAL_ILLUSTRATION.get(lang)}</strong></p>
            <p>{p::POST_INTRO.get(lang)}</p>
            <div class="post-explorable__body">
                {post_figure(&post, lang)}
                {explanation(post.last, lang)}
            </div>
            {meter("follower", s::GAP_FOLLOWER.get(lang), post.gap.follower)}
            {meter("influencer", s::GAP_INFLUENCER.get(lang), post.gap.influencer)}
            <div class="gap__actions">
                <button type="button" class="button button--accent" data-step="reply" onclick={reply}>
                    {glyph_icon(Glyph::Reply, None)}{s::GAP_REPLY.get(lang)}
                </button>
                <button type="button" class="button button--quiet" onclick={reset}>{s::GAP_RESET.get(lang)}</button>
            </div>
            <p class="gap__status" role="status" aria-live="polite">{status_text(&post, lang)}</p>
            if post.gap.steps > 0 { <p class="gap__lesson">{s::GAP_LESSON.get(lang)}</p> }
        </section>
    }
}
