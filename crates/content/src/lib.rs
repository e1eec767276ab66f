//! The explainer's content: its model, the study's taxonomy and the content check.
//!
//! This crate is pure Rust with no dependencies by default; the app compiles a `static`
//! [`Content`] generated from `assets/content/*.json` at build time. With the `build`
//! feature (build script and host tests only) it also reads and checks those files
//! ([`generate`]) and writes them out as Rust ([`emit`]).

#[macro_use]
mod macros;

pub mod claims;
pub mod content;
#[cfg(feature = "build")]
pub mod emit;
#[cfg(feature = "build")]
pub mod generate;
pub mod instrument;
pub mod lang;
pub mod model;
pub mod names;
#[cfg(feature = "build")]
pub mod split;
pub mod stored;
pub mod taxonomy;
pub mod text;
pub mod validate;

pub use content::Content;

pub use stored::Text;

/// A list of content entries: a static slice in the app, a vector while building.
pub type List<T> = std::borrow::Cow<'static, [T]>;
