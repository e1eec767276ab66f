//! Reusable view pieces.

pub mod copy_button;
pub mod finding_detail;
pub mod glyph_icon;
pub mod lms_notice;
pub mod page_intro;
pub mod page_link;
pub mod pager;
pub mod post_explorable;
pub mod qr_figure;
pub mod quote_block;
pub mod results_card;
pub mod results_glance;
pub mod rich_text;
pub mod section_badge;
pub mod theory_card;
