//! The study's content, compiled in: `build.rs` turns `assets/content/*.json` into a
//! `static` [`Content`], so the app parses nothing and allocates nothing for it at start-up.

pub use explainer_content::model;
pub use explainer_content::validate;
pub use explainer_content::Content;

/// The content, generated from `assets/content/` and checked when the app was built.
static CONTENT: Content = include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The compiled-in content.
pub fn content() -> &'static Content {
    &CONTENT
}
