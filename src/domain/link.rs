//! Links: the options a link carries (`?lang=`, `?embed=1`) and the two documents routes
//! live in (the reader app, and the lecturer kit in `teach/`).

use super::lang::Lang;
use super::route::Route;

/// The options a link may carry in its query string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LinkOptions {
    /// `?lang=id|en`.
    pub lang: Option<Lang>,
    /// `?embed=1`: show just the section, for course pages.
    pub embed: bool,
}

impl LinkOptions {
    /// Reads options from a query string (`lang=en&embed=1`, leading `?` optional).
    /// Unknown keys and bad values are ignored.
    pub fn parse_query(query: &str) -> LinkOptions {
        let mut options = LinkOptions::default();
        options.merge(query);
        options
    }

    /// Adds what `query` says; later values win.
    pub fn merge(&mut self, query: &str) {
        for pair in query.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "lang" => {
                    if let Some(lang) = Lang::parse(value) {
                        self.lang = Some(lang);
                    }
                }
                "embed" => self.embed = matches!(value, "1" | "true" | ""),
                _ => {}
            }
        }
    }

    /// Reads options from both the page's search string and the query inside the hash.
    pub fn from_location(search: &str, hash: &str) -> LinkOptions {
        let mut options = LinkOptions::parse_query(search);
        if let Some((_, hash_query)) = hash.split_once('?') {
            options.merge(hash_query);
        }
        options
    }

    /// The query string these options need, e.g. `?lang=en&embed=1`, or empty.
    pub fn to_query(self) -> String {
        let mut parts = Vec::new();
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.code()));
        }
        if self.embed {
            parts.push("embed=1".to_string());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// The HTML documents of the explainer, each with its own binary. Readers of the study load
/// only the reader app; the quiz with its results (`quiz/`) and the lecturer kit (`teach/`:
/// link builder, QR code, class profile) load when they are opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    /// `index.html`: every reading page.
    Reader,
    /// `quiz/index.html`: the reflection quiz and its results.
    Quiz,
    /// `teach/index.html`: the lecturer kit.
    Kit,
}

impl Document {
    /// The document that shows `route`.
    pub fn of(route: &Route) -> Document {
        match route {
            Route::Teach => Document::Kit,
            Route::Quiz | Route::Results(_) => Document::Quiz,
            _ => Document::Reader,
        }
    }

    /// From this document's folder back up to the app folder.
    fn up(self) -> &'static str {
        match self {
            Document::Reader => "",
            Document::Quiz | Document::Kit => "../",
        }
    }

    /// The folder of this document relative to the app folder.
    fn folder(self) -> &'static str {
        match self {
            Document::Reader => "",
            Document::Quiz => "quiz/",
            Document::Kit => "teach/",
        }
    }
}

/// The `href` of a link to `route` from a page of `from`. Within a document it is the hash
/// alone (no reload); to the other document it is a relative path that keeps the language.
pub fn href(route: &Route, from: Document, lang: Lang) -> String {
    let to = Document::of(route);
    if to == from {
        return route.to_hash();
    }
    let up = from.up();
    let query = LinkOptions {
        lang: Some(lang),
        embed: false,
    }
    .to_query();
    format!("{up}{}{query}{}", to.folder(), route.to_hash())
}

/// Where a page of `from` opened at `route` (with the page's `search` string) must go
/// instead, when `route` belongs to the other document: old `#/teach` links land in the kit,
/// keeping `?lang=` and `?embed=1` whether they sat before the hash or inside it.
pub fn redirect(route: &Route, from: Document, search: &str, hash: &str) -> Option<String> {
    let to = Document::of(route);
    if to == from {
        return None;
    }
    Some(format!("{}{}{search}{hash}", from.up(), to.folder()))
}

/// The app folder's address given the address of a page of `document` (without query or
/// hash): shareable links always point at the reader app.
pub fn app_base(page_base: &str, document: Document) -> String {
    let folder = document.folder();
    let without_file = page_base.strip_suffix("index.html").unwrap_or(page_base);
    without_file
        .strip_suffix(folder)
        .unwrap_or(without_file)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::route::Family;

    #[test]
    fn options_come_from_search_and_hash() {
        let o = LinkOptions::from_location("?lang=id", "#/quiz?embed=1");
        assert_eq!(
            o,
            LinkOptions {
                lang: Some(Lang::Id),
                embed: true
            }
        );
        let o = LinkOptions::from_location("?lang=xx&foo=bar", "#/");
        assert_eq!(o, LinkOptions::default());
    }

    #[test]
    fn teach_lives_in_the_kit_quiz_and_results_in_the_quiz_the_rest_in_the_reader() {
        assert_eq!(Document::of(&Route::Teach), Document::Kit);
        assert_eq!(Document::of(&Route::Quiz), Document::Quiz);
        assert_eq!(Document::of(&Route::Results("x".into())), Document::Quiz);
        for route in Route::stable_links()
            .iter()
            .filter(|r| !matches!(r, Route::Teach | Route::Quiz))
        {
            assert_eq!(Document::of(route), Document::Reader, "{}", route.to_hash());
        }
    }

    #[test]
    fn the_quiz_links_to_the_kit_and_back_through_the_app_folder() {
        assert_eq!(
            href(&Route::Quiz, Document::Reader, Lang::Id),
            "quiz/?lang=id#/quiz"
        );
        assert_eq!(
            href(&Route::Teach, Document::Quiz, Lang::En),
            "../teach/?lang=en#/teach"
        );
        let results = Route::Results("AbC".into());
        assert_eq!(href(&results, Document::Quiz, Lang::En), "#/results/AbC");
        let old = redirect(&results, Document::Reader, "?lang=id", "#/results/AbC");
        assert_eq!(old, Some("quiz/?lang=id#/results/AbC".into()));
        assert_eq!(
            app_base("https://u.ac.id/x/quiz/", Document::Quiz),
            "https://u.ac.id/x/"
        );
    }

    #[test]
    fn hrefs_stay_in_a_document_and_cross_with_the_language() {
        let bandwagon = Route::of_finding("bandwagon").expect("bandwagon has a route");
        assert_eq!(
            href(&bandwagon, Document::Reader, Lang::Id),
            "#/motivations/bandwagon"
        );
        assert_eq!(href(&Route::Teach, Document::Kit, Lang::Id), "#/teach");
        assert_eq!(
            href(&Route::Teach, Document::Reader, Lang::En),
            "teach/?lang=en#/teach"
        );
        assert_eq!(
            href(
                &Route::Family {
                    family: Family::Benefits,
                    node: None
                },
                Document::Kit,
                Lang::Id
            ),
            "../?lang=id#/benefits"
        );
    }

    #[test]
    fn old_teach_links_are_redirected_with_their_options() {
        let r = |search, hash| redirect(&Route::parse(hash), Document::Reader, search, hash);
        assert_eq!(
            r("?lang=id&embed=1", "#/teach"),
            Some("teach/?lang=id&embed=1#/teach".into())
        );
        assert_eq!(
            r("", "#/teach?lang=en&embed=1"),
            Some("teach/#/teach?lang=en&embed=1".into())
        );
        assert_eq!(r("?lang=en", "#/about"), None);
        let back = redirect(&Route::About, Document::Kit, "?lang=id", "#/about");
        assert_eq!(back, Some("../?lang=id#/about".into()));
        assert_eq!(redirect(&Route::Teach, Document::Kit, "", "#/teach"), None);
    }

    #[test]
    fn shareable_links_point_at_the_app_folder() {
        let reader = "https://u.ac.id/explainer/";
        assert_eq!(app_base(reader, Document::Reader), reader);
        assert_eq!(
            app_base("https://u.ac.id/explainer/index.html", Document::Reader),
            reader
        );
        assert_eq!(
            app_base("https://u.ac.id/explainer/teach/", Document::Kit),
            reader
        );
        assert_eq!(
            app_base("https://u.ac.id/explainer/teach/index.html", Document::Kit),
            reader
        );
    }
}
