//! Rendering pages to HTML on the host with yew's server renderer, for the view tests.
// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use explainer::domain::address::{Document, Family, LinkStyle, PageAddress, Route};
use explainer::domain::lang::Lang;
use explainer::ui::app::{page_state, AppProps};
use explainer::ui::kit::KitApp;
use explainer::ui::quiz_doc::QuizApp;
use explainer::ui::reader::ReaderApp;
use yew::LocalServerRenderer;

/// The starting state of `route` in `lang` in `document`, as a build with a `SITE_URL`
/// renders it.
pub fn state(document: Document, route: Route, lang: Lang) -> explainer::ui::state::AppState {
    let page = PageAddress::new(lang, route);
    page_state(document, &page, LinkStyle::Folders, "https://example.org/")
}

/// A family's page with no node open.
pub fn family(family: Family) -> Route {
    Route::Family { family, node: None }
}

/// Renders `route` in the document it belongs to (the quiz for the quiz and results, the
/// lecturer kit for teach).
pub async fn render(route: Route, lang: Lang, embed: bool) -> String {
    let document = Document::of(&route);
    let initial = explainer::ui::state::AppState {
        embed,
        ..state(document, route, lang)
    };
    match document {
        Document::Reader => {
            LocalServerRenderer::<ReaderApp>::with_props(AppProps { initial })
                .render()
                .await
        }
        Document::Quiz => {
            LocalServerRenderer::<QuizApp>::with_props(AppProps { initial })
                .render()
                .await
        }
        Document::Teach => {
            LocalServerRenderer::<KitApp>::with_props(AppProps { initial })
                .render()
                .await
        }
    }
}

/// Renders `route` in the reader app whatever document it belongs to.
pub async fn render_in_reader(route: Route, lang: Lang) -> String {
    let initial = state(Document::Reader, route, lang);
    LocalServerRenderer::<ReaderApp>::with_props(AppProps { initial })
        .render()
        .await
}

/// The text inside the first element whose opening tag contains `attribute` (no nesting).
pub fn element_text(html: &str, attribute: &str) -> String {
    let at = html
        .find(attribute)
        .unwrap_or_else(|| panic!("no element with {attribute}"));
    let start = at + html[at..].find('>').expect("the tag closes") + 1;
    let end = start + html[start..].find("</").expect("the element closes");
    html[start..end].to_string()
}

pub fn h1(html: &str) -> String {
    let start = html
        .find("<h1")
        .map(|i| i + html[i..].find('>').unwrap() + 1)
        .expect("an h1");
    let end = start + html[start..].find("</h1>").unwrap();
    html[start..end].to_string()
}
