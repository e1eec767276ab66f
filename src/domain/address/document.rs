//! The HTML documents of the explainer, each with its own binary. Readers of the study load
//! only the reader; the quiz with its results and the lecturer kit load when they are
//! opened. Where each document's assets and binary live is said here once, for the
//! prerenderer, the tests and the size report.

use super::route::Route;
use crate::domain::lang::Lang;

/// The folder of the English reader's script and WebAssembly, under the site root: Trunk
/// builds it from `reader-en/index.html`, a template of only the app.
pub const READER_EN_FOLDER: &str = "reader-en/";

/// One document: a Trunk template, a binary and the pages it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    /// Every reading page.
    Reader,
    /// The reflection quiz and its results.
    Quiz,
    /// The lecturer kit.
    Teach,
}

impl Document {
    /// Every document, the reader first.
    pub const ALL: [Document; 3] = [Document::Reader, Document::Quiz, Document::Teach];

    /// The document that shows `route`. No catch-all: a new route must be placed.
    pub fn of(route: &Route) -> Document {
        match route {
            Route::Teach => Document::Teach,
            Route::Quiz | Route::Results(_) => Document::Quiz,
            Route::Overview
            | Route::Family { .. }
            | Route::Parasocial
            | Route::Recommendations
            | Route::About
            | Route::References
            | Route::Glossary(_) => Document::Reader,
        }
    }

    /// The folder under the site root that holds the document's script, WebAssembly and
    /// Trunk template: empty for the reader, `quiz/`, `teach/`.
    pub fn asset_folder(self) -> &'static str {
        match self {
            Document::Reader => "",
            Document::Quiz => "quiz/",
            Document::Teach => "teach/",
        }
    }

    /// The folder under the site root of the app a page of this document in `lang` loads.
    /// The reader is built once per language (features `only-id`, `only-en`), so each
    /// language's pages load only their own text: the Indonesian reader in the site root (its
    /// template is `index.html`), the English one in [`READER_EN_FOLDER`]. The quiz and the
    /// kit are one binary for both languages, in their [`Document::asset_folder`].
    pub fn app_folder(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Document::Reader, Lang::En) => READER_EN_FOLDER,
            _ => self.asset_folder(),
        }
    }

    /// The Cargo binary (and Trunk's file prefix) of the document.
    pub fn bin_name(self) -> &'static str {
        match self {
            Document::Reader => "explainer-app",
            Document::Quiz => "explainer-quiz",
            Document::Teach => "explainer-teach",
        }
    }

    /// A short name, for the build's list of documents and messages.
    pub fn name(self) -> &'static str {
        match self {
            Document::Reader => "reader",
            Document::Quiz => "quiz",
            Document::Teach => "teach",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teach_lives_in_the_kit_quiz_and_results_in_the_quiz_the_rest_in_the_reader() {
        assert_eq!(Document::of(&Route::Teach), Document::Teach);
        assert_eq!(Document::of(&Route::Quiz), Document::Quiz);
        assert_eq!(Document::of(&Route::Results("x".into())), Document::Quiz);
        for route in Route::stable_links()
            .iter()
            .filter(|r| !matches!(r, Route::Teach | Route::Quiz))
        {
            assert_eq!(Document::of(route), Document::Reader, "{}", route.path());
        }
    }

    #[test]
    fn each_document_has_its_own_folder_and_binary() {
        let folders: std::collections::HashSet<_> =
            Document::ALL.iter().map(|d| d.asset_folder()).collect();
        let bins: std::collections::HashSet<_> =
            Document::ALL.iter().map(|d| d.bin_name()).collect();
        assert_eq!((folders.len(), bins.len()), (3, 3));
    }

    #[test]
    fn each_language_has_its_own_reader_and_shares_the_quiz_and_kit() {
        let reader = |lang| Document::Reader.app_folder(lang);
        assert_ne!(reader(Lang::Id), reader(Lang::En));
        for document in [Document::Quiz, Document::Teach] {
            assert_eq!(document.app_folder(Lang::Id), document.app_folder(Lang::En));
            assert_eq!(document.app_folder(Lang::En), document.asset_folder());
        }
    }
}
