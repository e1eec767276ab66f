//! Pure Rust: content model and validation, quiz scoring and result codes, addresses,
//! diagram geometry, citations and the class profile.
//!
//! Nothing here may use yew, web-sys, gloo or js-sys, so all of it is tested with plain
//! `cargo test` on the host.

pub mod address;
pub mod card;
pub mod cite;
pub mod class_profile;
pub mod content;
pub mod diagram;
pub mod embed;
pub mod embed_protocol;
pub mod estimate;
pub mod focus;
pub mod glyph;
pub mod i18n;
pub mod install;
pub mod link_preview;
pub use explainer_content::lang;
pub use explainer_content::taxonomy;
pub use explainer_content::text;
pub mod number;
pub mod offline;
pub mod page_head;
pub mod post;
pub mod qr;
pub mod quiz;
pub mod scorm;
pub mod term_note;
pub mod titles;
