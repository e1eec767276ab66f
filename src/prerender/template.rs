//! Trunk's built `index.html` as the template of a document's prerendered pages, read and
//! rewritten with an HTML rewriter (lol_html), never by searching its text.
//!
//! Trunk's own loader and preloads are dropped: every page gets [`LOADER`], one inline
//! script, the same on every page and in every build (the app's files are named in its
//! attributes), which fetches the app only once the prerendered page's first paint is on
//! screen. So nothing the app downloads stands before the page's largest text (what
//! Lighthouse's LCP counts), and a host's header policy can name the loader by one hash.

use crate::domain::address::html;
use lol_html::html_content::Element;
use lol_html::{doctype, element, rewrite_str, RewriteStrSettings};
use std::cell::RefCell;

/// The loader's source: once the page's first paint has been shown, fetches the
/// WebAssembly (`data-wasm`) its script element names while it imports the module
/// (`data-js`), then starts the app with that response. The two requests run side by side: one
/// after the other, the WebAssembly's waited for the module's arrival and evaluation (tens of
/// ms of time to interactive at phone speed).
///
/// Neither stands before the page's largest text, which is in its first paint: they start
/// once the browser reports that paint (its entry comes when the frame is on screen; the
/// frame after the first, `requestAnimationFrame` then a task, came 5 to 50 ms before that,
/// so Lighthouse's simulated LCP counted the app's download in about half its runs, 1.65–1.8 s
/// against 0.9 s for the page without scripts). Where paint timing never reports, the app
/// starts after 3 s all the same.
pub const LOADER: &str = "\nconst app = document.querySelector('script[data-wasm]').dataset;\n\
const start = async () => {\n\
const module_or_path = fetch(app.wasm);\n\
await (await import(app.js)).default({ module_or_path });\n\
};\n\
new Promise((painted) => {\n\
setTimeout(painted, 3e3);\n\
new PerformanceObserver(painted).observe({ type: 'paint', buffered: true });\n\
}).then(start);\n";

/// What a Trunk-built `index.html` gives every page made from it.
#[derive(Clone, Debug)]
pub struct Template {
    /// The head's other tags (viewport, colour scheme, icon, stylesheet), without charset,
    /// title and description (each page writes its own), URLs relative to its folder (`./`).
    head: String,
    /// Trunk's hashed stylesheets, relative to the template's folder: the site's
    /// (`style-0123.css`), then a document's own (the quiz's and the kit's `documents-….css`).
    css: Vec<String>,
    /// The app's JavaScript module, relative to the template's folder.
    js: String,
    /// The app's WebAssembly, relative to the template's folder.
    wasm: String,
}

/// What the rewriter finds while it reads a template.
#[derive(Default)]
struct Found {
    css: Vec<String>,
    js: Option<String>,
    wasm: Option<String>,
    prerendered: bool,
    unknown_script: bool,
}

/// `href` without its leading `./`.
fn relative(href: &str) -> String {
    href.trim_start_matches("./").to_string()
}

/// Reads a Trunk-built document: its head without Trunk's loader and preloads, and what its
/// tags name.
fn scan(html: &str) -> Result<(String, Found), String> {
    let found = RefCell::new(Found::default());
    let remove = |el: &mut Element| {
        el.remove();
        Ok(())
    };
    let handlers = vec![
        element!("html", |el| {
            found.borrow_mut().prerendered = el.has_attribute(html::BOOT);
            el.remove_and_keep_content();
            Ok(())
        }),
        element!("head", |el| {
            el.remove_and_keep_content();
            Ok(())
        }),
        element!("body", remove),
        element!("meta[charset]", remove),
        element!("title", remove),
        element!("meta[name=description]", remove),
        element!("link[rel=modulepreload]", |el| {
            found.borrow_mut().js = el.get_attribute("href").map(|h| relative(&h));
            el.remove();
            Ok(())
        }),
        element!("link[rel=preload]", |el| {
            if el.get_attribute("type").as_deref() == Some("application/wasm") {
                found.borrow_mut().wasm = el.get_attribute("href").map(|h| relative(&h));
            }
            el.remove();
            Ok(())
        }),
        element!("link[rel=stylesheet]", |el| {
            if let Some(href) = el.get_attribute("href") {
                found.borrow_mut().css.push(relative(&href));
            }
            // Trunk passes on the template's own "no integrity" choice (Trunk.toml says why).
            el.remove_attribute("data-integrity");
            Ok(())
        }),
        element!("script", |el| {
            // Trunk's loader goes (every page gets LOADER); any other script would need
            // a hash of its own in the policy, so it is refused below.
            if el.get_attribute("type").as_deref() != Some("module") {
                found.borrow_mut().unknown_script = true;
            }
            el.remove();
            Ok(())
        }),
    ];
    let settings = handlers.into_iter().fold(
        RewriteStrSettings::new().append_document_content_handler(doctype!(|d| {
            d.remove();
            Ok(())
        })),
        RewriteStrSettings::append_element_content_handler,
    );
    let head = rewrite_str(html, settings).map_err(|e| format!("Trunk's HTML: {e}"))?;
    let found = found.into_inner();
    if found.prerendered {
        return Err("this is a prerendered page, not Trunk's build".into());
    }
    if found.unknown_script {
        return Err("Trunk's head has a script besides its loader".into());
    }
    let head = head
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Ok((head, found))
}

fn missing(what: &str) -> String {
    format!("no {what} in Trunk's head")
}

/// The app's script and WebAssembly a template names.
fn app_files(found: &Found) -> Result<(String, String), String> {
    let js = found.js.clone();
    let wasm = found.wasm.clone();
    Ok((
        js.ok_or_else(|| missing("module preload of the app"))?,
        wasm.ok_or_else(|| missing("preload of the WebAssembly"))?,
    ))
}

impl Template {
    /// Reads a Trunk-built document: its head without Trunk's loader and preloads, and the
    /// app's files named by those preloads.
    pub fn parse(html: &str) -> Result<Template, String> {
        let (head, found) = scan(html)?;
        let (js, wasm) = app_files(&found)?;
        Ok(Template {
            head,
            css: Some(found.css)
                .filter(|css| !css.is_empty())
                .ok_or_else(|| missing("stylesheet"))?,
            js,
            wasm,
        })
    }

    /// This template with the app Trunk built from `html` (a template of only the app, in
    /// `folder` of this template's folder, e.g. `reader-en/`): the same head and stylesheet,
    /// another binary (the reader of one language).
    pub fn with_app_of(&self, html: &str, folder: &str) -> Result<Template, String> {
        let (js, wasm) = app_files(&scan(html)?.1)?;
        Ok(Template {
            head: self.head.clone(),
            css: self.css.clone(),
            js: format!("{folder}{js}"),
            wasm: format!("{folder}{wasm}"),
        })
    }

    /// The head tags with URLs relative to `prefix` (e.g. `../../quiz/`), the loader last.
    pub fn head_at(&self, prefix: &str) -> String {
        format!("{}\n{}", self.tags_at(prefix), self.loader_at(prefix))
    }

    /// The head tags without the app (icon, stylesheet…), URLs relative to `prefix`.
    pub fn tags_at(&self, prefix: &str) -> String {
        let rewrite = |attr: &'static str| {
            element!(format!("[{attr}^='./']"), move |el| {
                let value = el.get_attribute(attr).unwrap_or_default();
                el.set_attribute(attr, &format!("{prefix}{}", relative(&value)))?;
                Ok(())
            })
        };
        let settings = RewriteStrSettings::new()
            .append_element_content_handler(rewrite("href"))
            .append_element_content_handler(rewrite("src"));
        // The head is the rewriter's own output, which it reads again without fail.
        rewrite_str(&self.head, settings).unwrap_or_else(|_| self.head.clone())
    }

    /// The loader script, with the app's files relative to `prefix`.
    fn loader_at(&self, prefix: &str) -> String {
        format!(
            "<script type=\"module\" data-js=\"{prefix}{}\" data-wasm=\"{prefix}{}\">{LOADER}</script>",
            self.js, self.wasm
        )
    }

    /// The site's stylesheet, as Trunk hashed it, relative to the template's folder
    /// (`style-0123.css`).
    pub fn stylesheet(&self) -> &str {
        &self.css[0]
    }

    /// The app's JavaScript module (its wasm-bindgen glue), relative to the template's folder.
    pub fn app_js(&self) -> &str {
        &self.js
    }

    /// The files Trunk named by a hash of their content, relative to the template's folder:
    /// a new build gives them new names, so hosts may cache them for good.
    pub fn hashed_files(&self) -> Vec<&str> {
        (self.css.iter().map(String::as_str))
            .chain([self.js.as_str(), self.wasm.as_str()])
            .collect()
    }
}
