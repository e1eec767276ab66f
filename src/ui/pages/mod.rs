//! One routed screen per file.

pub mod class_overview;
pub mod family;
pub mod library;
pub mod link_builder;
pub mod lms_packages;
pub mod moved;
pub mod overview;
pub mod parasocial;
pub mod quiz;
pub mod quiz_intro;
pub mod quiz_item;
pub mod quiz_lms;
pub mod quiz_state;
pub mod reading;
pub mod results;
pub mod teach;
