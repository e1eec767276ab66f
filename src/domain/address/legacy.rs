//! Arriving at an address: where the boot script (`assets/boot.js`) sends a reader before
//! the first paint. Old `#/…` links (`?lang=en#/motivations/bandwagon`,
//! `#/results/CODE?lang=id`, `quiz/?lang=en`) move to their canonical page, `?embed=1` is
//! kept, and the bare root moves to the reader's chosen language.
//!
//! The boot script is this module in JavaScript, as it must run before any WebAssembly;
//! `tests/fixtures/addresses.json` holds the cases both are tested against, hostile ones
//! included. Every address made here is a path on the site's own origin: the script
//! prefixes it with `location.origin`, and a path that could name another host is never
//! used as the site root.

use super::embed::Embed;
use super::html::Boot;
use super::page::{base_of, lang_folder, path_segments, LinkStyle, PageAddress};
use super::route::Route;
use crate::domain::lang::Lang;

/// The options an address may carry in its query string, before the hash or inside it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LinkOptions {
    /// `?lang=id|en`.
    pub lang: Option<Lang>,
    /// `?embed=1` (just the section) or `?embed=widget` (just its interactive figure), for
    /// course pages.
    pub embed: Option<Embed>,
}

impl LinkOptions {
    /// Reads the page's `search` and the query inside its `hash`; later values win, unknown
    /// keys and bad values are ignored.
    pub fn from_location(search: &str, hash: &str) -> LinkOptions {
        let hash_query = hash.split_once('?').map_or("", |(_, q)| q);
        let mut options = LinkOptions::default();
        let pairs = search.trim_start_matches('?').split('&');
        for pair in pairs.chain(hash_query.split('&')) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "lang" => options.lang = Lang::parse(value).or(options.lang),
                "embed" => options.embed = Embed::parse(value),
                _ => {}
            }
        }
        options
    }
}

/// What the boot script knows when a document opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arrival<'a> {
    /// `location.pathname`.
    pub pathname: &'a str,
    /// `location.search`, with its `?`.
    pub search: &'a str,
    /// `location.hash`, with its `#`.
    pub hash: &'a str,
    /// `<html data-boot>`.
    pub boot: Boot,
    /// `<html lang>`: the page's language (the root shows the overview in it).
    pub lang: Option<Lang>,
    /// `<html data-page>` of a page: its folder (`en/about/`).
    pub page: &'a str,
    /// `<html data-links>`.
    pub style: LinkStyle,
    /// The language the reader chose before (storage), if any.
    pub stored: Option<&'a str>,
}

/// What the boot script does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Mark the document as embedded (`?embed=1`), or as a widget (`?embed=widget`).
    pub embed: Option<Embed>,
    /// The site root as an absolute path (`/`, `/courses/x/`): on the not-found page, its
    /// stylesheet and links start here.
    pub base: String,
    /// The address to move to (an absolute path on this origin), if any.
    pub go: Option<String>,
}

/// Where a reader arriving at `arrival` goes: an old `#/…` link to its page (an unknown
/// one, or one at a path that could name another host, to the overview), an old document
/// folder (`quiz/`, `teach/`) to its page, the bare root to the chosen language; anything
/// else stays.
pub fn canonical(arrival: &Arrival) -> Plan {
    let options = LinkOptions::from_location(arrival.search, arrival.hash);
    // A path that could name another host gives no site root and no page: a move from it
    // goes to the overview at the origin's root.
    let hostile = path_segments(arrival.pathname).is_none();
    let mut segments = path_segments(arrival.pathname).unwrap_or_default();
    if segments.last() == Some(&"index.html") {
        segments.pop();
    }
    let old = arrival
        .hash
        .strip_prefix("#/")
        .map(|rest| old_route(rest).filter(|_| !hostile));
    let chosen = options.lang.or(arrival.stored.and_then(Lang::parse));
    let (base, lang, route) = match arrival.boot {
        Boot::Page => (
            page_root(&segments, arrival.page),
            options.lang.or(arrival.lang),
            old.map(|r| r.unwrap_or(Route::Overview)),
        ),
        Boot::Root => {
            let shown = arrival.lang.unwrap_or(Lang::Id);
            let lang = chosen.unwrap_or(shown);
            let moves = old.is_some() || lang != shown || options.embed.is_some();
            let route = moves.then(|| old.flatten().unwrap_or(Route::Overview));
            (segments.as_slice(), Some(lang), route)
        }
        Boot::NotFound => {
            let (base, folder_lang, document) = found_root(&segments);
            let lang = options.lang.or(folder_lang).or(chosen);
            let route = old.map(|r| r.unwrap_or(Route::Overview)).or(document);
            (base, lang, route)
        }
    };
    let base = base_of(base);
    let go = route.map(|route| {
        PageAddress::new(lang.unwrap_or(Lang::Id), route).url(&base, arrival.style, options.embed)
    });
    Plan {
        embed: options.embed,
        base,
        go,
    }
}

/// The route folders an old hash may name besides glossary terms and results codes (the
/// boot script gets this list, so it knows the routes without the WebAssembly): every
/// stable link's and the results page's.
pub fn route_paths() -> Vec<String> {
    let mut routes = Route::stable_links();
    routes.push(Route::Results(String::new()));
    routes.iter().map(Route::path).collect()
}

/// The route an old hash names (after `#/`, options and slashes at the ends ignored):
/// `None` when it names nothing known.
fn old_route(rest: &str) -> Option<Route> {
    let path = rest.split('?').next().unwrap_or("").trim_matches('/');
    let segments: Vec<&str> = match path {
        "" => Vec::new(),
        path => path.split('/').collect(),
    };
    match segments.as_slice() {
        ["results", code] if is_code(code) => Some(Route::Results(code.to_string())),
        segments => Route::from_segments(segments),
    }
}

/// Characters a result code is written with.
fn is_code(code: &str) -> bool {
    (1..=256).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The site root of a page: the path above its folder (`page`, from `<html data-page>`);
/// the origin's root when the path does not end in it.
fn page_root<'s>(segments: &'s [&'s str], page: &str) -> &'s [&'s str] {
    let folder: Vec<&str> = page.split('/').filter(|s| !s.is_empty()).collect();
    match segments.len().checked_sub(folder.len()) {
        Some(cut) if segments[cut..] == folder[..] => &segments[..cut],
        _ => &[],
    }
}

/// Where the not-found page (served at any depth) finds the site root: above the last
/// language folder, with that language; else above an old document folder at the end
/// (`quiz/`, `teach/`), with the page it stands for; else the origin's root.
fn found_root<'s>(segments: &'s [&'s str]) -> (&'s [&'s str], Option<Lang>, Option<Route>) {
    if let Some(i) = segments.iter().rposition(|s| lang_folder(s).is_some()) {
        return (&segments[..i], lang_folder(segments[i]), None);
    }
    match segments.split_last() {
        Some((&"quiz", above)) => (above, None, Some(Route::Quiz)),
        Some((&"teach", above)) => (above, None, Some(Route::Teach)),
        _ => (&[], None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_come_from_search_and_hash() {
        let o = LinkOptions::from_location("?lang=id", "#/quiz?embed=1");
        assert_eq!(
            o,
            LinkOptions {
                lang: Some(Lang::Id),
                embed: Some(Embed::Section)
            }
        );
        let o = LinkOptions::from_location("?embed=widget", "#/");
        assert_eq!(o.embed, Some(Embed::Widget));
        let o = LinkOptions::from_location("?lang=xx&foo=bar", "#/");
        assert_eq!(o, LinkOptions::default());
        let o = LinkOptions::from_location("?lang=EN", "#/about?lang=id");
        assert_eq!(o.lang, Some(Lang::Id));
    }

    #[test]
    fn old_hashes_name_routes_or_nothing() {
        assert_eq!(old_route(""), Some(Route::Overview));
        assert_eq!(old_route("teach/"), Some(Route::Teach));
        assert_eq!(
            old_route("results/AbC?lang=id"),
            Some(Route::Results("AbC".into()))
        );
        for bad in [
            "nope",
            "/evil.example/en",
            "results/<x>",
            "a//b",
            "results/a/b",
        ] {
            assert_eq!(old_route(bad), None, "{bad}");
        }
    }
}
