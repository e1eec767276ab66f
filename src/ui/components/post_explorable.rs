//! The post explorable ([`crate::domain::post`]): a mock Instagram post the reader uses, the
//! two closeness meters of the parasocial gap in a strip that stays in view with the action
//! row, and what the last action is in Chapter V. An illustration, and labelled so.
//!
//! Self-contained (no props, its own state), so any page can place it.

use crate::domain::content::content;
use crate::domain::glyph::Glyph;
use crate::domain::i18n::post as p;
use crate::domain::lang::Lang;
use crate::domain::post::{label, Closeness, Post, PostAction};
use crate::ui::components::glyph_icon::glyph_icon;
use crate::ui::components::quote_block::quote_block;
use crate::ui::state::use_lang;
use yew::prelude::*;

/// The post's state, which every control sets.
type State = UseStateHandle<Post>;

/// A button that does `action`, marked with what it is and pressed or not where it is a
/// toggle. It is named by the content's label, or by its visible `text` where it has some
/// (so the name holds what the reader sees).
fn action_button(
    action: PostAction,
    (state, lang): (&State, Lang),
    [class, done_class]: [&'static str; 2],
    face: Html,
    text: Option<&'static str>,
) -> Html {
    let done = state.has(action);
    let state = state.clone();
    let onclick = Callback::from(move |_: MouseEvent| state.set(state.act(action)));
    let name = label(action, lang);
    html! {
        <button type="button" class={if done { done_class } else { class }}
            data-action={action.action_slug()} aria-label={text.is_none().then_some(name)}
            aria-pressed={action.is_toggle().then_some(if done { "true" } else { "false" })} {onclick}>
            {face}{text}
        </button>
    }
}

/// One side's closeness: a bar with its label, said in words (never a number).
fn meter(side: &'static str, label: &str, value: Closeness, words: AttrValue) -> Html {
    let id = AttrValue::from(format!("meter-{side}"));
    html! {
        <div class="meter" data-side={side}>
            <span class="meter__label" id={id.clone()}>{label}</span>
            <div class="meter__track" role="meter" aria-labelledby={id}
                aria-valuemin="0" aria-valuemax="100" aria-valuenow={value.width().to_string()} aria-valuetext={words}>
                <div class="meter__fill" style={format!("width:{}%", value.width())}></div>
            </div>
        </div>
    }
}

/// The strip that stays in view while the post is: Instagram's action row, what the last
/// move was (announced), and both meters.
fn strip(state: &State, lang: Lang) -> Html {
    let post = **state;
    let now = AttrValue::from(post.follower_words(lang));
    let row: Html = PostAction::ROW
        .into_iter()
        .map(|action| {
            let glyph = match action {
                PostAction::Like => Glyph::Applause,
                PostAction::Comment => Glyph::Conversation,
                PostAction::Share => Glyph::Send,
                _ => Glyph::Save,
            };
            action_button(
                action,
                (state, lang),
                ["post__action", "post__action is-done"],
                glyph_icon(glyph, None),
                None,
            )
        })
        .collect();
    html! {
        <div class="post__strip">
            <div class="post__actions" role="group" aria-label={p::POST_ACTIONS.get(lang)}>{row}</div>
            <p class="post__now" role="status" aria-live="polite" data-testid="post-now">
                {post.headline(lang)}
                if post.latest.is_some() { <span class="sr-only">{" "}{now.clone()}</span> }
            </p>
            {meter("follower", p::GAP_FOLLOWER.get(lang), post.follower(), now)}
            {meter("influencer", p::GAP_INFLUENCER.get(lang), post.influencer(), p::LEVEL_STAYS.get(lang).into())}
        </div>
    }
}

/// A comment (or the caption): who wrote it and what, with anything nested under it. Each
/// has an id, and the reply takes the focus when it appears.
fn comment(id: &'static str, who: &'static str, text: &'static str, under: Html) -> Html {
    html! { <li {id} tabindex="-1"><strong>{who}</strong>{" "}{text}{under}</li> }
}

/// Below the strip: likes, caption, the comments (others', the reader's, the influencer's
/// reply under it) and the other side of it all.
fn comments(state: &State, lang: Lang) -> Html {
    let post = **state;
    let handle = p::POST_HANDLE.get(lang);
    let you = p::POST_YOU.get(lang);
    let under_yours = if post.replied() {
        html! { <ul>{comment("post-reply", handle, p::POST_REPLY_TEXT.get(lang), Html::default())}</ul> }
    } else {
        let state = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            state.set(state.reply());
            // The reply replaces this button: focus follows it there.
            crate::platform::dom::focus_after_render("post-reply");
        });
        html! {
            <button type="button" class="post__reply" data-step="reply" {onclick}>
                {glyph_icon(Glyph::Reply, None)}{p::GAP_REPLY.get(lang)}
            </button>
        }
    };
    html! {
        <div class="post__body">
            <ul class="post__comments">
                {comment("post-caption", handle, p::POST_CAPTION.get(lang), Html::default())}
                <li class="post__crowd">{p::POST_CROWD.get(lang)}</li>
                if post.has(PostAction::Comment) {
                    {comment("post-comment", you, p::POST_COMMENT_TEXT.get(lang), under_yours)}
                }
                if post.has(PostAction::Tag) {
                    {comment("post-tag", you, p::POST_TAG_TEXT.get(lang), Html::default())}
                }
            </ul>
            {action_button(PostAction::Tag, (state, lang), ["post__tag", "post__tag is-done"],
                html! { <span aria-hidden="true">{"@ "}</span> }, Some(p::POST_TAG_BUTTON.get(lang)))}
            if post.has(PostAction::Comment) { <p class="post__other">{p::POST_OTHER_SIDE.get(lang)}</p> }
        </div>
    }
}

/// The mock post: the profile line (story ring, DM), the photo, the strip, the comments.
fn figure(state: &State, lang: Lang) -> Html {
    html! {
        <figure class="post">
            <div class="post__profile">
                {action_button(PostAction::StoryAnswer, (state, lang), ["post__story", "post__story is-done"], Html::default(), None)}
                <span class="post__who"><strong>{p::POST_HANDLE.get(lang)}</strong><small>{p::POST_KIND.get(lang)}</small></span>
                {action_button(PostAction::Message, (state, lang), ["post__dm", "post__dm is-done"], html! { "DM" }, None)}
            </div>
            <div class="post__image" role="img" aria-label={p::POST_PHOTO.get(lang)}></div>
            {strip(state, lang)}
            {comments(state, lang)}
        </figure>
    }
}

/// What the last action is: our reading of its direction and the chapter's words (the strip's
/// announcement names its form and direction).
fn explanation(last: Option<PostAction>, lang: Lang) -> Html {
    let Some((action, finding)) = last
        .and_then(PostAction::action)
        .and_then(|a| Some((a, content().finding(&a.form)?)))
    else {
        return html! { <div class="post__explain" data-testid="post-explain"></div> };
    };
    html! {
        <div class="post__explain" data-testid="post-explain" data-form={AttrValue::Static(&action.form)} data-direction={action.direction.slug()}>
            <p class="post__reading">{action.why.get(lang)}</p>
            if let Some(quote) = &finding.quote { {quote_block(quote, lang)} }
        </div>
    }
}

/// The explorable: the post with its strip of meters, and what its last-used action is.
#[function_component(PostExplorable)]
pub fn post_explorable() -> Html {
    let lang = use_lang();
    let state = use_state(Post::default);
    let reset = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(Post::default()))
    };
    html! {
        <section class="post-explorable" aria-labelledby="post-title" data-testid="post">
            <h2 id="post-title">{p::POST_TITLE.get(lang)}</h2>
            <p class="gap__label">{p::POST_ILLUSTRATION.get(lang)}</p>
            <p>{p::POST_INTRO.get(lang)}</p>
            <div class="post-explorable__body">
                {figure(&state, lang)}
                <div>
                    {explanation(state.last, lang)}
                    <button type="button" class="button button--quiet" onclick={reset}>{p::GAP_RESET.get(lang)}</button>
                </div>
            </div>
        </section>
    }
}
