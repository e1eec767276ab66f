//! Yew views. Rendering is pure; effects and callbacks call into `platform`.

pub mod app;
pub mod components;
pub mod diagrams;
pub mod pages;
pub mod shell;
pub mod state;
