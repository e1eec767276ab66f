//! Static generation (host only): `dist/` made from Trunk's build (`target/trunk/`, only
//! read), with every page in both languages rendered to HTML with yew's server renderer, from
//! the same components the browser runs, in the head of Trunk's template of its document
//! ([`Template`]).
//!
//! - Reading pages (`en/motivations/bandwagon/index.html`) hold the full page, rendered from
//!   [`page_state`], the same starting state the browser hydrates with.
//! - The quiz, results and lecturer kit pages hold a shell ([`ShellApp`]): header, footer, a
//!   heading that says what the page is, and a `<noscript>` saying it needs JavaScript.
//! - The site root is the Indonesian overview without the app ([`root_html`]); `quiz/`,
//!   `teach/` (where old links point) and `404.html` hold no app either. Their boot script
//!   moves old `#/…` links to the canonical page.
//!
//! Every page gets its own head ([`PageHead`]) with a CSP naming the SHA-256 of each inline
//! script: the boot script (`assets/boot.js`) and the loader ([`LOADER`]), the same on every
//! page, so hosts can send the policy as a header too ([`header_policy`], `_headers`,
//! `deploy/nginx.conf`). Asset URLs are relative to the page's depth, so one build works
//! under any sub-path.
//!
//! The public site's pages link to page folders (`../../en/about/`). A second copy, for the
//! SCORM packages, is rendered with [`LinkStyle::Files`]: every link names its file
//! (`../../en/about/index.html`), as LMS players serve files by exact path only, and
//! `<html data-links="files">` tells the boot script and the apps to keep that style.

use crate::domain::address::html::{self, Boot};
use crate::domain::address::legacy::route_paths;
use crate::domain::address::{Document, LinkStyle, Links, PageAddress, Route};
use crate::domain::content::content;
use crate::domain::i18n::shell as s;
use crate::domain::install::{web_manifest, MANIFEST_FILE};
use crate::domain::lang::Lang;
use crate::domain::link_preview::LinkPreview;
use crate::domain::offline::{OFFLINE_PAGE, REGISTER_FILE, WORKER_FILE};
use crate::domain::page_head::{content_security_policy, escape_html, robots, sitemap, PageHead};
use crate::domain::titles::{document_title, route_label};
use crate::ui::app::{page_state, AppProps, ShellApp};
use base64::Engine;

pub mod offline;
use sha2::{Digest, Sha256};
use std::path::Path;

mod headers;
mod output;
mod preview;
mod rebase;
mod stored;
mod template;

pub use headers::{header_policy, headers_file, FRAME_ANCESTORS};
pub use template::{Template, LOADER};

/// `assets/boot.js`, the boot script inlined at the top of every page (embed mode before
/// first paint, and old `#/…` links moved to their canonical page), minified by esbuild
/// (`assets/boot.min.js`, written by `node scripts/minify.mjs --boot`; `tests/boot.test.mjs`
/// runs it and checks it is the source's).
const BOOT_SOURCE: &str = include_str!("../assets/boot.min.js");

/// Where the boot script takes the route folders it knows.
pub const BOOT_ROUTES: &str = "[/* routes */]";

/// The boot script as inlined: `assets/boot.min.js` with the route folders it knows
/// ([`route_paths`]).
pub fn boot_js() -> String {
    let routes: Vec<String> = route_paths().iter().map(|p| format!("'{p}'")).collect();
    BOOT_SOURCE
        .trim_end()
        .replace(BOOT_ROUTES, &format!("[{}]", routes.join(",")))
}

/// A script of ours as the build writes it: without its comment lines and indentation.
pub fn compact_js(source: &str) -> String {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The hashes of a page's inline scripts, as its policy names them: the boot script and
/// the loader, the same on every page.
pub fn page_script_hashes() -> Vec<String> {
    vec![sha256_base64(&boot_js()), sha256_base64(LOADER)]
}

/// The base64 SHA-256 of `text`, as a CSP hash source wants it.
pub fn sha256_base64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

/// The meta description of `page`: the finding's or term's own summary where it has one.
pub fn description(page: &PageAddress) -> String {
    let lang = page.lang;
    let own = match &page.route {
        Route::Family {
            node: Some(node), ..
        } => content()
            .finding(node)
            .map(|f| f.summary.get(lang).to_string()),
        Route::Glossary(Some(term)) => content()
            .term(term)
            .map(|t| t.definition.get(lang).to_string()),
        _ => None,
    };
    let text = own.unwrap_or_else(|| {
        format!(
            "{}. {}",
            route_label(&page.route, content(), lang),
            s::SITE_DESCRIPTION.get(lang)
        )
    });
    plain(&text)
}

/// Text without the content's inline markup (`[[slug|words]]`, `*italic*`, citations).
fn plain(text: &str) -> String {
    use crate::domain::text::{parse_inline, Inline};
    parse_inline(text)
        .into_iter()
        .map(|part| match part {
            Inline::Text(t) | Inline::Italic(t) => t.to_string(),
            Inline::Term { text, .. } | Inline::Cite { text, .. } => text.to_string(),
        })
        .collect()
}

/// The `<main>`-and-all HTML of `page`, its links in `style`: the reader's page itself, or
/// the quiz's or kit's shell. `site_url` is what shareable links start with (empty without
/// `SITE_URL`).
pub async fn render_body(page: &PageAddress, site_url: &str, style: LinkStyle) -> String {
    let document = Document::of(&page.route);
    let initial = page_state(document, page, style, site_url);
    match document {
        Document::Reader => {
            yew::LocalServerRenderer::<crate::ui::reader::ReaderApp>::with_props(AppProps {
                initial,
            })
            .render()
            .await
        }
        Document::Quiz | Document::Teach => {
            yew::LocalServerRenderer::<ShellApp>::with_props(AppProps { initial })
                .render()
                .await
        }
    }
}

/// The contents of every inline `<script …>…</script>` in `html`, for the CSP hashes.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body_start = open_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        // Scripts the page runs: not those it loads, nor data blocks (the reader's texts).
        if !tag.contains(" src=") && !tag.contains(" type=\"text/plain\"") {
            scripts.push(&after[body_start..body_start + close]);
        }
        rest = &after[body_start + close..];
    }
    scripts
}

/// Everything around a page's head tags and body. `attributes` are further attributes of
/// `<html>` (name and value, the value unescaped).
fn document(
    boot: Boot,
    lang: &str,
    site_url: Option<&str>,
    attributes: &[(&str, &str)],
    head: &str,
    body: &str,
) -> String {
    let site = site_url.map(|site| (html::SITE, site));
    let attributes: String = [(html::BOOT, boot.code())]
        .iter()
        .chain(attributes)
        .chain(site.iter())
        .map(|(name, value)| format!(" {name}=\"{}\"", escape_html(value)))
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"{attributes}>\n<head>\n\
         <meta charset=\"utf-8\">\n{head}\n</head>\n<body>{body}</body>\n</html>\n"
    )
}

/// The full HTML of a prerendered `page`, made from the template of its document (whose
/// assets sit in `asset_folder` under the site root: `""`, `"quiz/"` or `"teach/"`), with its
/// `body` rendered in link `style`.
pub fn page_html(
    template: &Template,
    asset_folder: &str,
    page: &PageAddress,
    body: &str,
    site_url: Option<&str>,
    style: LinkStyle,
) -> String {
    let root = "../".repeat(page.depth());
    let trunk_head = format!(
        "{}{}",
        template.head_at(&format!("{root}{asset_folder}")),
        stored::inline(page)
    );
    // `<html data-page>`: the page this HTML is, so the app hydrates only that page (after a
    // back or forward within the document, the address may already name another one).
    let folder = page.folder();
    let attributes = [(html::PAGE, folder.as_str())]
        .into_iter()
        .chain(links_attribute(style))
        .collect::<Vec<_>>();
    let hashes = page_script_hashes();
    let head = PageParts {
        boot: Boot::Page,
        page,
        hashes: &hashes,
        assets: &trunk_head,
        site_url,
        installable: style == LinkStyle::Folders,
    };
    head.document(&attributes, body)
}

/// What a page's document is made of besides its body.
struct PageParts<'a> {
    boot: Boot,
    page: &'a PageAddress,
    /// The hashes of the page's inline scripts, for its policy.
    hashes: &'a [String],
    /// Trunk's head tags, at the page's depth.
    assets: &'a str,
    site_url: Option<&'a str>,
    /// Whether it links its language's web app manifest (see [`PageHead`]).
    installable: bool,
}

impl PageParts<'_> {
    /// The document: the page's own head, the boot script, the assets, and `body`.
    fn document(&self, attributes: &[(&str, &str)], body: &str) -> String {
        let page = self.page;
        let title = document_title(&page.route, content(), page.lang);
        let description = description(page);
        let preview_alt = LinkPreview::of(page, content()).alt();
        let tags = PageHead {
            page,
            title: &title,
            description: &description,
            site_url: self.site_url,
            script_hashes: self.hashes,
            preview_alt: &preview_alt,
            installable: self.installable,
        }
        .to_html();
        let boot = format!("<script>{}</script>", boot_js());
        document(
            self.boot,
            page.lang.code(),
            self.site_url,
            attributes,
            &format!("{tags}\n{boot}\n{}", self.assets),
            body,
        )
    }
}

/// The page the bare root shows: the overview in Indonesian, the study's language.
pub fn root_page() -> PageAddress {
    PageAddress::new(Lang::Id, Route::Overview)
}

/// The bare root (`index.html`): [`root_page`] as a page of its own, not a redirect. A reader
/// who chose English before (or follows `?lang=en`) is moved to `en/` by the boot script
/// before anything paints. It holds no app: `body`, the overview as rendered for `id/`, gets
/// its links re-based to the site root, and they lead to the pages where the app runs.
pub fn root_html(
    template: &Template,
    body: &str,
    site_url: Option<&str>,
    style: LinkStyle,
) -> Result<String, String> {
    let page = root_page();
    let body = rebase::to_root(body, &page.folder())?;
    let hashes = [sha256_base64(&boot_js())];
    // No manifest: the root registers no worker and would name it from the wrong depth.
    let head = PageParts {
        boot: Boot::Root,
        page: &page,
        hashes: &hashes,
        assets: &template.tags_at("./"),
        site_url,
        installable: false,
    };
    let attributes: Vec<_> = links_attribute(style).into_iter().collect();
    Ok(head.document(&attributes, &body))
}

/// `<html data-links="files">` where links name their file; nothing on the public site.
fn links_attribute(style: LinkStyle) -> Option<(&'static str, &'static str)> {
    (style == LinkStyle::Files).then_some((html::LINKS, style.code()))
}

/// A document without an app (the root, and the not-found page also written to the old
/// document folders `quiz/` and `teach/`): bilingual, with the boot script, the stylesheet,
/// and links to both languages (`main`, written in link `style`).
pub fn static_html(template: &Template, boot: Boot, main: &str, style: LinkStyle) -> String {
    let boot_js = boot_js();
    let csp = content_security_policy(&[sha256_base64(&boot_js)]);
    let title = format!(
        "{} · {}",
        s::APP_TITLE.get(Lang::Id),
        s::APP_TITLE.get(Lang::En)
    );
    let description = format!(
        "{} {}",
        s::SITE_DESCRIPTION.get(Lang::Id),
        s::SITE_DESCRIPTION.get(Lang::En)
    );
    let file = template.stylesheet();
    // 404.html is served at any depth: the boot script adds the stylesheet from the site root.
    let (css, mut extra) = match boot {
        Boot::NotFound => (String::new(), vec![(html::CSS, file)]),
        _ => (
            format!("<link rel=\"stylesheet\" href=\"./{file}\">"),
            Vec::new(),
        ),
    };
    extra.extend(links_attribute(style));
    let head = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>{}</title>\n<meta name=\"description\" content=\"{}\">\n\
         <link rel=\"icon\" href=\"data:,\">\n<script>{boot_js}</script>\n{css}",
        escape_html(&title),
        escape_html(&description)
    );
    document(boot, "id", None, &extra, &head, main)
}

/// The `<main>` of a document without an app: a heading and a link to each language's
/// overview, in link `style`.
fn chooser(
    heading: &[(Lang, &str)],
    text: &[(Lang, &str)],
    boot: Boot,
    style: LinkStyle,
) -> String {
    let rel = |lang: Lang| {
        let overview = Links { depth: 0, style }.href(&PageAddress::new(lang, Route::Overview));
        match boot {
            Boot::NotFound => format!("{}=\"href\" href=\"/{overview}\"", html::REL),
            _ => format!("href=\"./{overview}\""),
        }
    };
    let headings: String = heading
        .iter()
        .map(|(lang, t)| format!("<span lang=\"{}\">{}</span>", lang.code(), escape_html(t)))
        .collect::<Vec<_>>()
        .join(" · ");
    let paragraphs: String = text
        .iter()
        .map(|(lang, t)| format!("<p lang=\"{}\">{}</p>", lang.code(), escape_html(t)))
        .collect();
    let links: String = Lang::ALL
        .into_iter()
        .map(|lang| {
            let name = lang.native_name();
            format!(
                "<li><a class=\"button\" {} hreflang=\"{code}\" lang=\"{code}\" data-testid=\"choose-{code}\">{name}</a></li>",
                rel(lang),
                code = lang.code()
            )
        })
        .collect();
    format!(
        "<div class=\"app\"><main id=\"main\" class=\"chooser\"><h1>{headings}</h1>{paragraphs}\
         <nav aria-label=\"{} · {}\"><ul class=\"chooser__langs\">{links}</ul></nav></main></div>",
        s::CHOOSE_LANGUAGE.get(Lang::Id),
        s::CHOOSE_LANGUAGE.get(Lang::En)
    )
}

/// Every page the build writes, in both languages: the reading order, the quiz, the
/// lecturer kit, the results shell and one page per glossary term in `terms`.
pub fn prerendered_pages(terms: &[&str]) -> Vec<PageAddress> {
    let mut routes = Route::stable_links();
    routes.push(Route::Results(String::new()));
    routes.extend(
        terms
            .iter()
            .map(|t| Route::Glossary(Some((*t).to_string()))),
    );
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            routes
                .iter()
                .map(move |route| PageAddress::new(lang, route.clone()))
        })
        .collect()
}

/// The glossary terms that get a page of their own.
pub fn term_slugs() -> Vec<&'static str> {
    content().glossary.iter().map(|t| &*t.slug).collect()
}

/// Writes `contents` to `path` under `dir`, making its folders.
fn write(dir: &Path, path: &str, contents: &[u8]) -> Result<(), String> {
    let path = dir.join(path);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// The Trunk-built template of each document, read from Trunk's build, and the English
/// reader's app (`reader-en/index.html`, a template of only the app): the reader's pages load
/// the reader of their language.
struct Templates {
    documents: [Template; 3],
    reader_en: Template,
}

impl Templates {
    fn read(trunk: &Path) -> Result<Templates, String> {
        let read_html = |path: &str| {
            std::fs::read_to_string(trunk.join(path))
                .map_err(|e| format!("{}: {e}", trunk.join(path).display()))
        };
        let read = |document: Document| {
            let path = format!("{}index.html", document.asset_folder());
            read_html(&path)
                .and_then(|html| Template::parse(&html).map_err(|e| format!("{path}: {e}")))
        };
        let [reader, quiz, teach] = Document::ALL.map(read);
        let reader = reader?;
        let folder = Document::Reader.app_folder(Lang::En);
        let path = format!("{folder}index.html");
        let reader_en = read_html(&path).and_then(|html| {
            reader
                .with_app_of(&html, folder)
                .map_err(|e| format!("{path}: {e}"))
        })?;
        Ok(Templates {
            documents: [reader, quiz?, teach?],
            reader_en,
        })
    }

    /// The template of `document`'s pages in `lang`.
    fn of(&self, document: Document, lang: Lang) -> &Template {
        let [reader, quiz, teach] = &self.documents;
        match (document, lang) {
            (Document::Reader, Lang::En) => &self.reader_en,
            (Document::Reader, Lang::Id) => reader,
            (Document::Quiz, _) => quiz,
            (Document::Teach, _) => teach,
        }
    }

    /// The wasm-bindgen glue of each app (both readers, the quiz, the kit), as paths from the
    /// site root.
    fn glue_files(&self) -> Vec<String> {
        Document::ALL
            .into_iter()
            .map(|document| {
                let js = self.of(document, Lang::Id).app_js();
                format!("{}{js}", document.asset_folder())
            })
            .chain(std::iter::once(self.reader_en.app_js().to_string()))
            .collect()
    }

    /// The files Trunk named by a hash of their content, as paths from the site root.
    fn hashed_files(&self) -> Vec<String> {
        let mut files: Vec<String> = Document::ALL
            .into_iter()
            .flat_map(|document| {
                self.of(document, Lang::Id)
                    .hashed_files()
                    .into_iter()
                    .map(move |file| format!("{}{file}", document.asset_folder()))
            })
            .collect();
        for file in self.reader_en.hashed_files() {
            if !files.iter().any(|f| f == file) {
                files.push(file.to_string());
            }
        }
        files
    }
}

/// A text in both languages, as the documents without an app show it.
fn both(tr: crate::domain::i18n::Tr) -> [(Lang, &'static str); 2] {
    [(Lang::Id, tr.get(Lang::Id)), (Lang::En, tr.get(Lang::En))]
}

/// Writes `pages` and the root into `out`, their links in `style`.
async fn write_pages(
    templates: &Templates,
    out: &Path,
    pages: &[PageAddress],
    site_url: Option<&str>,
    style: LinkStyle,
) -> Result<(), String> {
    for page in pages {
        let document = Document::of(&page.route);
        let body = render_body(page, site_url.unwrap_or(""), style).await;
        let html = page_html(
            templates.of(document, page.lang),
            document.asset_folder(),
            page,
            &body,
            site_url,
            style,
        );
        write(
            out,
            &format!("{}index.html", page.folder()),
            html.as_bytes(),
        )?;
    }
    let overview = render_body(&root_page(), site_url.unwrap_or(""), style).await;
    let root = root_html(
        templates.of(Document::Reader, Lang::Id),
        &overview,
        site_url,
        style,
    )?;
    write(out, "index.html", root.as_bytes())
}

/// Makes `dist` from Trunk's build in `trunk`: Trunk's files, every page, the documents
/// without an app, each language's web app manifest, the offline page and the worker's
/// registration, the hosts' `_headers`, and with `site_url` also `sitemap.xml`,
/// `robots.txt` and each page's link preview as SVG (`preview/en/about.svg`, made a PNG by
/// `scripts/drawings.mjs`). `trunk` is only read and `dist` is made anew, so the
/// step can run again on the same `dist` (with another `site_url`, say) and give the same
/// site. With `package_pages`, also writes there the copy of every page and of the root that
/// the SCORM packages hold: the same pages, links naming their files. Returns the number of
/// pages written into `dist`.
pub async fn write_site(
    trunk: &Path,
    dist: &Path,
    site_url: Option<&str>,
    package_pages: Option<&Path>,
) -> Result<usize, String> {
    let templates = Templates::read(trunk)?;
    // The English reader's template is no page: only its app is copied.
    let reader_en = Document::Reader.app_folder(Lang::En);
    output::copy_build(trunk, dist, &[format!("{reader_en}index.html")])?;
    for glue in templates.glue_files() {
        output::compact_glue(dist, &glue)?;
    }
    // Each reader's texts that its first loads leave out, next to it.
    let stored_files = stored::files();
    for (path, text) in &stored_files {
        write(dist, path, text.as_bytes())?;
    }
    let pages = prerendered_pages(&term_slugs());
    write_pages(&templates, dist, &pages, site_url, LinkStyle::Folders).await?;
    if let Some(out) = package_pages {
        write_pages(&templates, out, &pages, site_url, LinkStyle::Files).await?;
    }
    let not_found = chooser(
        &both(s::NOT_FOUND_TITLE),
        &both(s::NOT_FOUND_BODY),
        Boot::NotFound,
        LinkStyle::Folders,
    );
    let reader = templates.of(Document::Reader, Lang::Id);
    let not_found = static_html(reader, Boot::NotFound, &not_found, LinkStyle::Folders);
    // The old documents' folders hold their assets now; old links to them (`quiz/?lang=en`)
    // are moved by the not-found page's boot script, even on hosts without a 404 page.
    for document in [Document::Quiz, Document::Teach] {
        let path = format!("{}index.html", document.asset_folder());
        write(dist, &path, not_found.as_bytes())?;
    }
    write(dist, "404.html", not_found.as_bytes())?;
    for lang in Lang::ALL {
        let manifest = web_manifest(lang);
        write(
            dist,
            &format!("{}/{MANIFEST_FILE}", lang.code()),
            manifest.as_bytes(),
        )?;
    }
    // Offline reading: the page the service worker shows for a page it does not hold (served
    // at any address, like 404.html) and the script that registers the worker.
    let offline_page = static_html(
        reader,
        Boot::NotFound,
        &offline::offline_main(),
        LinkStyle::Folders,
    );
    write(dist, OFFLINE_PAGE, offline_page.as_bytes())?;
    write(dist, REGISTER_FILE, offline::register_js().as_bytes())?;
    // Asked for again every time: the pages, and the worker with its registration.
    let revalidated: Vec<String> = std::iter::once(String::new())
        .chain(pages.iter().map(PageAddress::folder))
        .chain([WORKER_FILE, REGISTER_FILE].map(String::from))
        .collect();
    let hashed: Vec<String> = (templates.hashed_files().into_iter())
        .chain(stored_files.into_iter().map(|(path, _)| path))
        .collect();
    let headers = headers_file(&hashed, &revalidated);
    write(dist, "_headers", headers.as_bytes())?;
    if let Some(site) = site_url {
        write(dist, "sitemap.xml", sitemap(site, &pages).as_bytes())?;
        write(dist, "robots.txt", robots(site).as_bytes())?;
        // Each page's link preview as SVG; scripts/drawings.mjs makes the PNGs the tags name.
        for page in &pages {
            let (path, svg) = preview::drawing(page).await;
            write(dist, &path, svg.as_bytes())?;
        }
    }
    Ok(pages.len())
}
