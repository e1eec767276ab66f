//! The HTML documents of the explainer, each with its own binary. Readers of the study load
//! only the reader; the quiz with its results and the lecturer kit load when they are
//! opened. Where each document's assets and binary live is said here once, for the
//! prerenderer, the tests and the size report.

use super::route::Route;

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
}
