//! Every address of the explainer, made in one place: routes as folder segments, pages
//! under a language, the one builder of every link the apps and the prerenderer write (in
//! the public site's folder style or a package's file style), the documents that show them,
//! where an old `#/…` link goes, which clicks the app follows, which diagram box a fragment
//! picks, and the `<html>` attributes
//! that tie the prerenderer, the boot script and the apps together.

pub mod document;
pub mod embed;
pub mod follow;
pub mod html;
pub mod legacy;
pub mod page;
pub mod pick;
pub mod route;

pub use document::Document;
pub use embed::Embed;
pub use page::{LinkStyle, Links, Located, PageAddress};
pub use route::{Family, Route};
