//! The self-assessment: instrument, answers, scoring and result codes.

pub mod answers;
pub mod card_lines;
pub mod code;
pub mod form;
pub mod glance;
pub mod length;
pub mod parts;
pub use explainer_content::instrument;
pub mod progress;
pub mod scoring;
pub mod summary;
pub mod v1;
pub mod v2;
pub mod viewer;
