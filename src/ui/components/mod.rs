//! Reusable view pieces.

pub mod copy_button;
pub mod finding_detail;
pub mod page_intro;
pub mod pager;
pub mod quote_block;
pub mod rich_text;
pub mod section_badge;
pub mod theory_card;
