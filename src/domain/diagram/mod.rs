//! Diagram geometry and models, computed in pure Rust; `ui::diagrams` only maps them to markup.

pub mod arranged;
pub mod geometry;
pub mod id;
pub mod labels;
pub mod layout;
pub mod paths;
pub mod specs;
