//! Yew views. Rendering is pure; effects and callbacks call into `platform`.
//!
//! Three documents share them: the reader app ([`reader`]), the quiz ([`quiz_doc`]) and the
//! lecturer kit ([`kit`]).

pub mod app;
pub mod components;
pub mod diagrams;
pub mod kit;
pub mod pages;
pub mod quiz_doc;
pub mod reader;
pub mod shared;
pub mod shell;
pub mod state;
