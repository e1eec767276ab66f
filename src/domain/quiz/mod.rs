//! The self-assessment: instrument, answers, scoring and result codes.

pub mod answers;
pub mod code;
pub use explainer_content::instrument;
pub mod progress;
pub mod scoring;
