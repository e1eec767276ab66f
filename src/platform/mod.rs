//! The only layer that touches browser APIs. Each function reports failure as a value
//! (never a panic), because storage can be blocked, clipboards refused and frames sandboxed.

pub mod card;
pub mod clipboard;
pub mod dom;
pub mod embed;
pub mod files;
pub mod location;
pub mod qr_png;
pub mod scorm;
pub mod storage;
pub mod text;
