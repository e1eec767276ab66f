//! The quiz document's pages (`quiz/index.html`): the reflection quiz and its results.
//! Every other route belongs to the reader app or the lecturer kit, where it is sent. In a
//! copy packaged for an LMS this is the document the course launches, and the one that
//! connects to the course (see [`crate::platform::scorm`]).

use crate::domain::address::route::Route;
use crate::domain::address::Document;
use crate::domain::lang::Lang;
use crate::ui::app::Pages;
use crate::ui::components::lms_notice::LmsNotice;
use crate::ui::pages::{moved::moved_page, quiz::QuizPage, results::ResultsPage};
use yew::prelude::*;

/// The quiz and its results.
pub struct QuizPages;

impl Pages for QuizPages {
    const DOCUMENT: Document = Document::Quiz;

    fn page(route: &Route, lang: Lang) -> Html {
        match route {
            Route::Quiz => html! { <><LmsNotice /><QuizPage /></> },
            Route::Results(code) => html! { <><LmsNotice /><ResultsPage code={code.clone()} /></> },
            other => moved_page(other, lang),
        }
    }
}

/// The quiz app.
pub type QuizApp = crate::ui::app::App<QuizPages>;
