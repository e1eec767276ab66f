//! Diagram views: they map `domain::diagram` geometry to markup.

pub mod diagram_lines;
pub mod diagram_node;
pub mod diagram_stage;
pub mod diagram_text;
pub mod diagram_view;
