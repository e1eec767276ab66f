//! The contract between three programs: the prerenderer writes these `<html>` attributes,
//! classes and storage key, the boot script (`assets/boot.js`) and the apps read them. The
//! boot script cannot import Rust, so `tests/fixtures/addresses.json` repeats them and the
//! host and node tests check both sides against it.

/// `<html data-boot>`: what kind of document this is, for the boot script ([`Boot`]).
pub const BOOT: &str = "data-boot";
/// `<html data-page>`: the folder of the page the HTML was written for (`en/about/`), so
/// the app hydrates only that page, and the boot script finds the site root above it.
pub const PAGE: &str = "data-page";
/// `<html data-links>`: `files` where links name their file (SCORM packages).
pub const LINKS: &str = "data-links";
/// `<html data-site>`: the public site address the build was given (`SITE_URL`).
pub const SITE: &str = "data-site";
/// `<html data-css>` on the not-found page: its stylesheet, relative to the site root.
pub const CSS: &str = "data-css";
/// On the not-found page's links: the attribute holding an address relative to the site
/// root, which the boot script completes with the root it finds.
pub const REL: &str = "data-rel";
/// `<html data-ready>`: set by the app once it runs (tests and the benchmark wait for it).
pub const READY: &str = "data-ready";

/// Class on `<html>` for `?embed=1`: no site header, from the first paint.
pub const EMBED_CLASS: &str = "embed";
/// Class on `<html>` for `?embed=widget` (with [`EMBED_CLASS`]): only what the page marks
/// `data-widget` shows.
pub const WIDGET_CLASS: &str = "widget";
/// Class on `<html>` while the boot script moves to another address: nothing paints.
pub const MOVING_CLASS: &str = "moving";

/// Storage key of the reader's chosen language (`id` or `en`).
pub const LANG_KEY: &str = "mie.lang";

/// How the boot script treats a document (`<html data-boot>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boot {
    /// A page (`en/about/`): moves only an old `#/…` link.
    Page,
    /// The bare root (`index.html`, the overview): moves to the reader's chosen language.
    Root,
    /// `404.html` and the old document folders (`quiz/`, `teach/`): served at any depth;
    /// finds the site root in the path, moves an old link, else shows itself.
    NotFound,
}

impl Boot {
    /// Every kind.
    pub const ALL: [Boot; 3] = [Boot::Page, Boot::Root, Boot::NotFound];

    /// The value of `data-boot`.
    pub fn code(self) -> &'static str {
        match self {
            Boot::Page => "page",
            Boot::Root => "root",
            Boot::NotFound => "notfound",
        }
    }

    /// Reads [`Boot::code`].
    pub fn parse(code: &str) -> Option<Boot> {
        Boot::ALL.into_iter().find(|b| b.code() == code)
    }
}
