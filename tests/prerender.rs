//! The prerendered site: every route in both languages rendered by the build, each page's
//! head (title, description, lang, hreflang, CSP naming its inline scripts), asset URLs by
//! depth, the documents without an app (root, quiz/, teach/, 404.html), and what a public
//! `SITE_URL` adds (and that nothing absolute is written without it).
#![cfg(not(target_arch = "wasm32"))]

use explainer::domain::address::{Document, Family, LinkStyle, PageAddress, Route};
use explainer::domain::card::palette;
use explainer::domain::content::content;
use explainer::domain::glyph::Glyph;
use explainer::domain::lang::Lang;
use explainer::domain::link_preview;
use explainer::domain::titles::document_title;
use explainer::prerender::{
    boot_js, description, header_policy, inline_scripts, page_html, prerendered_pages, render_body,
    sha256_base64, term_slugs, write_site, Template, LOADER,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A Trunk-built document like the real ones: loader script, stylesheet, preloads.
fn trunk_html(bin: &str) -> String {
    format!(
        r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Template title</title>
  <meta name="description" content="Template description">
  <link rel="icon" href="data:,">
<script type="module">
import init, * as bindings from './{bin}-0123.js';
const wasm = await init({{ module_or_path: './{bin}-0123_bg.wasm' }});
</script>
  <link rel="stylesheet" href="./style-abc.css" data-integrity="none"/>
<link rel="modulepreload" href="./{bin}-0123.js" crossorigin="anonymous" integrity="sha384-y"><link rel="preload" href="./{bin}-0123_bg.wasm" crossorigin="anonymous" integrity="sha384-z" as="fetch" type="application/wasm"></head>
<body>
  <p id="loading" class="loading" role="status">Memuat… · Loading…</p>
</body>
</html>
"#
    )
}

/// The content of the `content` attribute of the tag that starts with `start`.
fn attr_of<'a>(html: &'a str, start: &str, attr: &str) -> Option<&'a str> {
    let tag = &html[html.find(start)?..];
    let tag = &tag[..tag.find('>')?];
    let value = &tag[tag.find(&format!("{attr}=\""))? + attr.len() + 2..];
    Some(&value[..value.find('"')?])
}

fn escape(text: &str) -> String {
    explainer::domain::page_head::escape_html(text)
}

#[tokio::test]
async fn every_route_in_both_languages_renders_with_its_own_head() {
    let templates = [
        (
            Document::Reader,
            Template::parse(&trunk_html("explainer-app")).unwrap(),
            "",
        ),
        (
            Document::Quiz,
            Template::parse(&trunk_html("explainer-quiz")).unwrap(),
            "quiz/",
        ),
        (
            Document::Teach,
            Template::parse(&trunk_html("explainer-teach")).unwrap(),
            "teach/",
        ),
    ];
    let pages = prerendered_pages(&term_slugs());
    // Every stable route and every glossary term, in both languages, plus the results shell.
    let expected = (Route::stable_links().len() + 1 + content().glossary.len()) * 2;
    assert_eq!(pages.len(), expected);
    for page in &pages {
        let document = Document::of(&page.route);
        let (_, template, folder) = templates.iter().find(|(d, ..)| *d == document).unwrap();
        let body = render_body(page, "", LinkStyle::Folders).await;
        let html = page_html(template, folder, page, &body, None, LinkStyle::Folders);
        let at = page.folder();

        assert!(html.starts_with("<!doctype html>\n<html lang=\""), "{at}");
        assert_eq!(
            attr_of(&html, "<html", "lang"),
            Some(page.lang.code()),
            "{at}"
        );
        assert_eq!(
            attr_of(&html, "<html", "data-page"),
            Some(&*page.folder()),
            "{at}"
        );
        let title = document_title(&page.route, content(), page.lang);
        assert_eq!(html.matches("<title>").count(), 1, "{at}");
        assert!(
            html.contains(&format!("<title>{}</title>", escape(&title))),
            "{at}"
        );
        let meta = attr_of(&html, "<meta name=\"description\"", "content").unwrap();
        assert_eq!(meta, escape(&description(page)), "{at}");
        assert!(meta.len() > 40, "{at}: {meta}");
        // Alternates need absolute addresses, which only a `SITE_URL` gives.
        assert!(!html.contains("rel=\"alternate\""), "{at}");

        // The CSP names exactly the page's inline scripts: the boot script and the loader.
        let csp = attr_of(
            &html,
            "<meta http-equiv=\"Content-Security-Policy\"",
            "content",
        )
        .unwrap()
        .to_string();
        let scripts = inline_scripts(&html);
        assert_eq!(scripts.len(), 2, "{at}");
        assert_eq!(scripts, vec![boot_js().as_str(), LOADER], "{at}");
        for script in &scripts {
            let source = format!("'sha256-{}'", sha256_base64(script));
            assert!(csp.contains(&source), "{at}: {source} not in {csp}");
        }
        assert_eq!(csp.matches("'sha256-").count(), 2, "{at}");
        assert!(html.find("Content-Security-Policy").unwrap() < html.find("<script").unwrap());

        // Assets of the page's document, relative to its depth.
        let assets = format!("{}{folder}", "../".repeat(page.depth()));
        let bin = match document {
            Document::Reader => "explainer-app",
            Document::Quiz => "explainer-quiz",
            Document::Teach => "explainer-teach",
        };
        // The app loads after the page has painted: the loader (the same on every page)
        // imports the files its attributes name once the first paint is reported (or after
        // 3 s without one), and they are not preloaded (so nothing the app
        // downloads stands before the page's largest text).
        assert!(
            html.contains(&format!(
                "<script type=\"module\" data-js=\"{assets}{bin}-0123.js\" data-wasm=\"{assets}{bin}-0123_bg.wasm\">"
            )),
            "{at}"
        );
        assert!(
            LOADER.contains(
                "new PerformanceObserver(painted).observe({ type: 'paint', buffered: true })"
            ) && LOADER.contains("setTimeout(painted, 3e3)")
                && LOADER.contains("}).then(start)"),
            "{at}"
        );
        assert!(!html.contains("import init"), "{at}");
        assert!(!html.contains("modulepreload"), "{at}");
        // Nor any `integrity`: the stylesheet is the page's own origin's (Trunk.toml says why).
        assert!(!html.contains("integrity"), "{at}");
        // Nothing is preloaded: the head carries a copy of each group of the reader's texts
        // the page needs (the overview needs none), which the reader reads instead of
        // requesting its file.
        let needs = match document {
            Document::Reader => explainer::domain::content::needs(&page.route),
            _ => &[],
        };
        assert!(!html.contains("rel=\"preload\""), "{at}");
        // A file of texts is named only by its copy's `id`, never linked.
        assert_eq!(html.matches(".txt\"").count(), needs.len(), "{at}");
        let head = &html[..html.find("</head>").unwrap()];
        let blocks = "<script type=\"text/plain\"";
        assert_eq!(html.matches(blocks).count(), needs.len(), "{at}");
        for &group in needs {
            // `id` is the file's name: the group's, then its hash (`…-motivations-0123abcd.txt`).
            let id = format!("{blocks} id=\"text-{}-{}-", page.lang.code(), group.name());
            let named = head.match_indices(&id).filter(|(at, _)| {
                let hash = &head[at + id.len()..];
                hash.len() > 13
                    && hash[..8].bytes().all(|b| b.is_ascii_hexdigit())
                    && hash[8..].starts_with(".txt\">")
            });
            assert_eq!(named.count(), 1, "{at} {id}");
        }
        assert!(
            html.contains(&format!("href=\"{assets}style-abc.css\"")),
            "{at}"
        );
        for relative in ["\"./", "'./"] {
            let near = html
                .find(relative)
                .map(|i| &html[i.saturating_sub(60)..i + 20]);
            assert_eq!(near, None, "{at}");
        }
        // (The copies of the reader's texts hold the works' addresses: text, not links.)
        let head = &html[..html.find("<body>").unwrap()];
        let head = match (
            head.find("<script type=\"text/plain\""),
            head.rfind("</script>"),
        ) {
            (Some(start), Some(end)) if start < end => {
                format!("{}{}", &head[..start], &head[end..])
            }
            _ => head.to_string(),
        };
        for absolute in ["canonical", "og:", "twitter:", "http://", "https://"] {
            assert!(!head.contains(absolute), "{at}: {absolute}");
        }

        // The body is the app, and only the app: the browser hydrates exactly this.
        let inside = &html[html.find("<body>").unwrap() + 6..html.find("</body>").unwrap()];
        assert_eq!(inside, body, "{at}");
        assert!(body.contains("<main id=\"main\""), "{at}");
        assert!(body.contains("<h1"), "{at}");
        assert!(
            !body.contains("loading\" role=\"status\">Memuat… · Loading…"),
            "{at}"
        );
        match document {
            Document::Reader => assert!(!body.contains("needs-js"), "{at}"),
            _ => assert!(
                body.contains("<noscript><p data-testid=\"needs-js\""),
                "{at}"
            ),
        }
    }
}

#[tokio::test]
async fn reading_pages_link_to_pages_not_hashes() {
    let page = PageAddress::new(
        Lang::Id,
        Route::Family {
            family: Family::Motivations,
            node: Some("bandwagon"),
        },
    );
    let body = render_body(&page, "", LinkStyle::Folders).await;
    // The header, the diagram's node links and the pager: relative page links.
    assert!(
        body.contains(r#"href="../../../id/motivations/attraction/""#),
        "{body}"
    );
    assert!(body.contains(r#"href="../../../id/quiz/""#));
    assert!(body.contains(r#"href="../../../en/motivations/bandwagon/""#));
    assert!(body.contains(r#"href="../../../id/motivations/role-model/" data-node="role-model""#));
    assert!(
        !body.contains(r##"href="#/"##),
        "no old hash links in a page"
    );
}

/// A wasm-bindgen glue script as Trunk writes it: indented, with comment lines.
const GLUE: &str =
    "function f(a) {\n    // Why.\n    return `${a}`;\n}\nexport { f as default };\n";

/// What Trunk builds from a template of only an app (`reader-en/index.html`): no stylesheet.
fn app_only_html(bin: &str) -> String {
    trunk_html(bin).replace(
        "  <link rel=\"stylesheet\" href=\"./style-abc.css\" data-integrity=\"none\"/>\n",
        "",
    )
}

/// A Trunk build of the three documents and the English reader in a temporary folder, and
/// where its site goes.
fn temp_build(name: &str) -> (PathBuf, PathBuf) {
    let dir =
        std::env::temp_dir().join(format!("explainer-prerender-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let trunk = dir.join("trunk");
    for document in Document::ALL {
        let folder = document.asset_folder();
        std::fs::create_dir_all(trunk.join(folder)).unwrap();
        std::fs::write(
            trunk.join(format!("{folder}index.html")),
            trunk_html(document.bin_name()),
        )
        .unwrap();
        std::fs::write(trunk.join(format!("{folder}style-abc.css")), "body{}").unwrap();
        let glue = format!("{folder}{}-0123.js", document.bin_name());
        std::fs::write(trunk.join(glue), GLUE).unwrap();
    }
    let reader_en = Document::Reader.app_folder(Lang::En);
    std::fs::create_dir_all(trunk.join(reader_en)).unwrap();
    std::fs::write(
        trunk.join(format!("{reader_en}index.html")),
        app_only_html("explainer-app"),
    )
    .unwrap();
    std::fs::write(
        trunk.join(format!("{reader_en}explainer-app-0123_bg.wasm")),
        "wasm",
    )
    .unwrap();
    std::fs::write(
        trunk.join(format!("{reader_en}explainer-app-0123.js")),
        GLUE,
    )
    .unwrap();
    (trunk, dir.join("dist"))
}

/// Every file under `dir` with its bytes, by relative path.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files_below(dir)
        .into_iter()
        .map(|file| {
            let bytes = std::fs::read(dir.join(&file)).unwrap();
            (file, bytes)
        })
        .collect()
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[tokio::test]
async fn the_build_writes_every_page_and_the_documents_without_an_app() {
    let (trunk, dist) = temp_build("plain");
    let count = write_site(&trunk, &dist, None, None).await.unwrap();
    assert_eq!(count, prerendered_pages(&term_slugs()).len());
    // Without the site's address, no link previews: a relative image address is of no use.
    assert!(!dist.join(link_preview::FOLDER).exists());
    for page in prerendered_pages(&term_slugs()) {
        assert!(
            dist.join(page.folder()).join("index.html").is_file(),
            "{}",
            page.folder()
        );
    }
    // The bare root is a real page: the Indonesian overview, without the app, every link
    // written from the root to a page the build wrote (the language switch among them).
    let root = read(&dist, "index.html");
    assert!(root.starts_with("<!doctype html>\n<html lang=\"id\" data-boot=\"root\">"));
    let overview = PageAddress::new(Lang::Id, Route::Overview);
    let title = document_title(&overview.route, content(), Lang::Id);
    assert!(root.contains(&format!("<title>{}</title>", escape(&title))));
    let body = render_body(&overview, "", LinkStyle::Folders).await;
    let h1 = &body[body.find("<h1").unwrap()..];
    assert!(root.contains(&h1[..h1.find("</h1>").unwrap()]));
    assert!(!root.contains("type=\"module\""), "no app");
    assert!(
        root.contains(r#"href="./en/" hreflang="en""#),
        "the language switch"
    );
    let links = relative_hrefs(&root);
    assert!(links.len() > 20, "{links:?}");
    for href in links {
        let path = href.split(['?', '#']).next().unwrap();
        let file = match path.strip_suffix('/') {
            Some(folder) => format!("{folder}/index.html"),
            None => path.to_string(),
        };
        assert!(dist.join(&file).is_file(), "{href}");
    }
    let not_found = read(&dist, "404.html");
    assert!(not_found.contains("Page not found") && not_found.contains("Halaman tidak ditemukan"));
    assert!(not_found.contains(r#"data-boot="notfound""#));
    assert!(!not_found.contains("type=\"module\""), "no app");
    // The old documents' folders answer with the not-found page, whose boot script moves
    // old links to them (`quiz/?lang=en`) even on hosts without a 404 page.
    for legacy in ["quiz", "teach"] {
        assert_eq!(
            read(&dist, &format!("{legacy}/index.html")),
            not_found,
            "{legacy}"
        );
    }
    assert!(not_found.contains(r#"data-rel="href" href="/en/""#));
    for html in [&root, &not_found] {
        let csp = attr_of(
            html,
            "<meta http-equiv=\"Content-Security-Policy\"",
            "content",
        )
        .unwrap();
        assert!(csp.contains(&sha256_base64(&boot_js())));
        assert_eq!(inline_scripts(html), vec![boot_js()]);
    }
    assert!(!dist.join("sitemap.xml").exists() && !dist.join("robots.txt").exists());
    // Trunk's files are in the site, and its build is left as it was.
    assert_eq!(read(&dist, "quiz/style-abc.css"), "body{}");
    // The glue goes without its indentation and comment lines, and asks to be compiled as it
    // loads; a script with a template literal over several lines would be left as it is.
    assert_eq!(
        read(&dist, "quiz/explainer-quiz-0123.js"),
        "//# allFunctionsCalledOnLoad\nfunction f(a) {\nreturn `${a}`;\n}\nexport { f as default };"
    );
    assert_eq!(read(&trunk, "index.html"), trunk_html("explainer-app"));
    // A second run on the same dist/ gives the same site, with nothing left of a file the
    // build no longer makes.
    let first = snapshot(&dist);
    std::fs::write(dist.join("en/stale.html"), "old").unwrap();
    write_site(&trunk, &dist, None, None).await.unwrap();
    assert_eq!(snapshot(&dist), first);
    std::fs::remove_dir_all(dist.parent().unwrap()).unwrap();
}

#[tokio::test]
async fn a_folder_that_is_not_a_build_is_left_alone() {
    let (trunk, dist) = temp_build("foreign");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("notes.txt"), "mine").unwrap();
    let error = write_site(&trunk, &dist, None, None).await.unwrap_err();
    assert!(error.contains("left alone"), "{error}");
    assert_eq!(read(&dist, "notes.txt"), "mine");
    // Nor is Trunk's own build written over.
    assert!(write_site(&trunk, &trunk, None, None).await.is_err());
    assert_eq!(read(&trunk, "index.html"), trunk_html("explainer-app"));
    std::fs::remove_dir_all(dist.parent().unwrap()).unwrap();
}

#[tokio::test]
async fn each_language_s_pages_load_the_reader_of_that_language() {
    let (trunk, dist) = temp_build("languages");
    write_site(&trunk, &dist, None, None).await.unwrap();
    let loader = |path: &str| {
        let page = read(&dist, path);
        let start = "<script type=\"module\" data-js";
        let wasm = attr_of(&page, start, "data-wasm").map(str::to_string);
        let css = attr_of(&page, "<link rel=\"stylesheet\"", "href").map(str::to_string);
        (wasm, css)
    };
    let (en, en_css) = loader("en/motivations/bandwagon/index.html");
    let (id, id_css) = loader("id/motivations/bandwagon/index.html");
    assert_eq!(
        en.as_deref(),
        Some("../../../reader-en/explainer-app-0123_bg.wasm")
    );
    assert_eq!(id.as_deref(), Some("../../../explainer-app-0123_bg.wasm"));
    // One stylesheet for both; the quiz and the kit stay one binary for both languages.
    assert_eq!(
        (en_css.as_deref(), id_css),
        (Some("../../../style-abc.css"), en_css.clone())
    );
    assert_eq!(
        loader("en/quiz/index.html").0,
        loader("id/quiz/index.html").0
    );
    // The English reader's template is Trunk's, not a page: only its app is copied.
    assert!(!dist.join("reader-en/index.html").exists());
    assert!(dist.join("reader-en/explainer-app-0123_bg.wasm").is_file());
    std::fs::remove_dir_all(dist.parent().unwrap()).unwrap();
}

#[tokio::test]
async fn hosts_get_the_policy_and_caching_as_headers() {
    let (trunk, dist) = temp_build("headers");
    write_site(&trunk, &dist, None, None).await.unwrap();
    let headers = read(&dist, "_headers");
    // The header policy is every page's policy plus what only a header can carry.
    let page = read(&dist, "en/about/index.html");
    let meta = attr_of(
        &page,
        "<meta http-equiv=\"Content-Security-Policy\"",
        "content",
    )
    .unwrap();
    assert_eq!(
        header_policy(),
        format!("{meta}; frame-ancestors 'self' https:")
    );
    assert!(headers.contains(&format!(
        "/*\n  Content-Security-Policy: {}\n  X-Content-Type-Options: nosniff\n",
        header_policy()
    )));
    // Hashed files are kept for good, pages are asked for again; one Cache-Control each.
    let immutable = "  Cache-Control: public, max-age=31536000, immutable\n";
    for file in [
        "style-abc.css",
        "quiz/explainer-quiz-0123.js",
        "teach/explainer-teach-0123_bg.wasm",
    ] {
        assert!(
            headers.contains(&format!("\n/{file}\n{immutable}")),
            "{file}"
        );
    }
    for reader in ["", "reader-en/"] {
        assert!(headers.contains(&format!(
            "\n/{reader}explainer-app-0123_bg.wasm\n{immutable}  Content-Type: application/wasm\n"
        )));
    }
    // The worker and its registration too: a worker kept by a cache in between would go on
    // serving the old build.
    for path in [
        "",
        "en/",
        "id/motivations/bandwagon/",
        "en/quiz/",
        "sw.js",
        "offline.js",
    ] {
        assert!(
            headers.contains(&format!("\n/{path}\n  Cache-Control: no-cache\n")),
            "{path}"
        );
    }
    let rules = headers.split("\n\n").count();
    assert_eq!(headers.matches("Cache-Control").count(), rules - 1);
    std::fs::remove_dir_all(dist.parent().unwrap()).unwrap();
}

/// The relative hrefs in `html` (not `#…`, not `scheme:`), each with its tag's start.
fn relative_hrefs(html: &str) -> Vec<&str> {
    html.split(" href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap_or(0)])
        .filter(|href| !href.starts_with('#') && !href.contains(':'))
        .collect()
}

/// Every file below `dir`, relative, with `/`.
fn files_below(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_string_lossy();
                out.push(rel.replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

#[tokio::test]
async fn the_packages_copy_names_a_file_in_every_link_and_the_site_keeps_folders() {
    let (trunk, dist) = temp_build("package");
    let pages_dir = dist.with_extension("lms-pages");
    write_site(&trunk, &dist, None, Some(&pages_dir))
        .await
        .unwrap();
    // The same pages and the root, and nothing the packages leave out (404.html, quiz/, teach/).
    let mut expected: Vec<String> = prerendered_pages(&term_slugs())
        .iter()
        .map(|p| format!("{}index.html", p.folder()))
        .chain(["index.html".to_string()])
        .collect();
    expected.sort();
    assert_eq!(files_below(&pages_dir), expected);
    let mut checked = 0;
    for file in &expected {
        let packaged = read(&pages_dir, file);
        assert!(
            attr_of(&packaged, "<html", "data-links") == Some("files"),
            "{file}"
        );
        let hrefs = relative_hrefs(&packaged);
        assert!(!hrefs.is_empty(), "{file} has links");
        for href in hrefs {
            let path = href.split(['?', '#']).next().unwrap();
            assert!(
                path.ends_with(".html") || path.ends_with(".css") || path.ends_with(".txt"),
                "{file}: {href}"
            );
            checked += 1;
        }
        // The public site's page is the same page with folder links.
        let public = read(&dist, file);
        assert_eq!(attr_of(&public, "<html", "data-links"), None, "{file}");
        assert!(
            relative_hrefs(&public).iter().any(|h| h.ends_with('/')),
            "{file}"
        );
    }
    assert!(checked > 1000, "{checked} links checked");
    let root = read(&pages_dir, "index.html");
    assert!(
        root.contains(r#"href="./id/index.html""#) && root.contains(r#"href="./en/index.html""#)
    );
    let quiz = read(&pages_dir, "en/quiz/index.html");
    assert!(
        quiz.contains(r#"href="../../en/about/index.html""#),
        "{quiz}"
    );
    assert!(
        quiz.contains(r#"href="../../id/quiz/index.html""#),
        "the language switch"
    );
    let node = read(&pages_dir, "id/motivations/bandwagon/index.html");
    assert!(node.contains(
        r#"href="../../../id/motivations/role-model/index.html" data-node="role-model""#
    ));
    std::fs::remove_dir_all(dist.parent().unwrap()).unwrap();
}

#[tokio::test]
async fn a_site_url_adds_canonical_preview_tags_sitemap_and_robots() {
    let (trunk, dist) = temp_build("site");
    let site = "https://kampus.example/explainer/";
    write_site(&trunk, &dist, Some(site), None).await.unwrap();
    let page = read(&dist, "en/motivations/bandwagon/index.html");
    assert!(page.contains(
        r#"<link rel="canonical" href="https://kampus.example/explainer/en/motivations/bandwagon/">"#
    ));
    assert!(page.contains(r#"<meta property="og:image" content="https://kampus.example/explainer/preview/en/motivations/bandwagon.png">"#));
    assert!(page.contains(r#"<meta property="og:image:alt" content="Motivations — Friends follow too · bandwagon effect — Why followers follow micro influencers">"#));
    assert!(page.contains(r#"<meta name="twitter:card""#));
    assert!(page.contains(r#"data-site="https://kampus.example/explainer/""#));
    let id_page = read(&dist, "id/about/index.html");
    assert!(id_page.contains(r#"<meta property="og:locale" content="id_ID">"#));
    // A results link is shared with friends: its preview and title are nobody's "your".
    for (lang, plain) in [("en", "Reflection results"), ("id", "Hasil refleksi")] {
        let results = read(&dist, &format!("{lang}/results/index.html"));
        let title = format!(r#"<meta property="og:title" content="{plain} — "#);
        assert!(results.contains(&title), "{results}");
        assert!(results.contains(&format!("<title>{plain} — ")), "{results}");
        assert!(!results.contains("Your reflection") && !results.contains("refleksi Anda"));
    }
    let sitemap = read(&dist, "sitemap.xml");
    assert!(sitemap
        .contains("<loc>https://kampus.example/explainer/id/glossary/micro-influencer/</loc>"));
    assert!(!sitemap.contains("results"));
    assert_eq!(
        read(&dist, "robots.txt"),
        "User-agent: *\nAllow: /\nSitemap: https://kampus.example/explainer/sitemap.xml\n"
    );
    // Each page's preview drawing (made a PNG by scripts/drawings.mjs), where its tags point:
    // one per page, each different.
    let pages = prerendered_pages(&term_slugs());
    let mut drawings: Vec<String> = pages
        .iter()
        .map(|p| {
            let png = link_preview::image_path(p);
            let html = read(&dist, &format!("{}index.html", p.folder()));
            let tag = format!(r#"<meta property="og:image" content="{site}{png}">"#);
            assert!(html.contains(&tag), "{tag}");
            read(&dist, &png.replace(".png", ".svg"))
        })
        .collect();
    let bandwagon = read(&dist, "preview/id/motivations/bandwagon.svg");
    assert!(bandwagon
        .starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630""#));
    assert!(bandwagon.contains(">Motivasi</text>"), "{bandwagon}");
    assert!(bandwagon.contains(Glyph::Bandwagon.path()));
    assert!(bandwagon.contains(&palette::MOTIVATIONS.css()));
    drawings.sort();
    drawings.dedup();
    assert_eq!(drawings.len(), pages.len());
    std::fs::remove_dir_all(dist.parent().unwrap()).unwrap();
}

#[tokio::test]
async fn the_quiz_shell_opens_as_the_quiz_does_and_says_it_needs_javascript() {
    let quiz = explainer::domain::content::quiz();
    for lang in [Lang::Id, Lang::En] {
        let body = render_body(&PageAddress::new(lang, Route::Quiz), "", LinkStyle::Folders).await;
        // The quiz's opening (its caution in one sentence, the whole caution on request, its
        // length) is in the HTML, in the quiz's own markup, so it paints before the app and
        // stays put when it starts.
        assert!(
            body.contains(&format!(
                r#"<section class="quiz-intro"><p data-testid="caveat" class="disclaimer">{}</p><details class="caveat-more">"#,
                explainer::domain::i18n::quiz::CAVEAT_SHORT.get(lang)
            )),
            "{body}"
        );
        assert!(body.contains(quiz.disclaimer.get(lang)));
        assert!(body.contains(r#"data-testid="quiz-length""#));
        assert!(body.contains(r#"data-testid="needs-js""#));
        // No start button that could not work without the app.
        assert!(!body.contains("quiz-start"));
    }
}

#[test]
fn a_documents_own_stylesheet_follows_the_sites_and_is_cached_for_good() {
    // The quiz and the kit link documents.css after the site's stylesheet.
    let html = trunk_html("explainer-quiz").replace(
        "data-integrity=\"none\"/>",
        "data-integrity=\"none\"/>\n  <link rel=\"stylesheet\" href=\"./documents-def.css\" data-integrity=\"none\"/>",
    );
    let template = Template::parse(&html).unwrap();
    assert_eq!(template.stylesheet(), "style-abc.css");
    assert_eq!(
        template.hashed_files(),
        [
            "style-abc.css",
            "documents-def.css",
            "explainer-quiz-0123.js",
            "explainer-quiz-0123_bg.wasm"
        ]
    );
    let head = template.head_at("../quiz/");
    let site = head.find("../quiz/style-abc.css").unwrap();
    assert!(
        site < head.find("../quiz/documents-def.css").unwrap(),
        "{head}"
    );
}

#[test]
fn a_template_is_trunks_head_without_its_loader_and_preloads() {
    let template = Template::parse(&trunk_html("explainer-app")).unwrap();
    assert_eq!(
        template.hashed_files(),
        [
            "style-abc.css",
            "explainer-app-0123.js",
            "explainer-app-0123_bg.wasm"
        ]
    );
    assert_eq!(
        template.head_at("../quiz/"),
        format!(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <link rel=\"icon\" href=\"data:,\">\n\
             <link rel=\"stylesheet\" href=\"../quiz/style-abc.css\" />\n\
             <script type=\"module\" data-js=\"../quiz/explainer-app-0123.js\" \
             data-wasm=\"../quiz/explainer-app-0123_bg.wasm\">{LOADER}</script>"
        )
    );
    // What the prerenderer cannot make a page from is refused, saying why.
    let broken = [
        (
            trunk_html("x").replace(
                "<html lang=\"en\">",
                "<html lang=\"en\" data-boot=\"page\">",
            ),
            "prerendered",
        ),
        (
            trunk_html("x").replace("</head>", "<script>track()</script></head>"),
            "script",
        ),
        (
            trunk_html("x").replace("type=\"application/wasm\"", ""),
            "WebAssembly",
        ),
    ];
    for (html, says) in broken {
        let error = Template::parse(&html).unwrap_err();
        assert!(error.contains(says), "{error}");
    }
}

/// The reading pages' favicon is the PNG the build draws at `FAVICON_SIZE`, never the SVG
/// (which Chromium draws as a document of its own on the main thread while the app starts),
/// named by the reader's template (every reading page gets it relative to its depth).
#[test]
fn the_reading_pages_name_the_favicon_png_the_build_draws() {
    use explainer::domain::install::{icon_png, FAVICON_SIZE};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let favicon = icon_png(FAVICON_SIZE);
    let index = read(root, "index.html");
    assert!(
        index.contains(&format!("<link rel=\"icon\" href=\"./{favicon}\">")),
        "index.html names {favicon} as its icon"
    );
    assert!(!index.contains("rel=\"icon\" href=\"./icon.svg\""));
    let drawings = read(root, "scripts/drawings.mjs");
    assert!(
        drawings.contains(&format!("export const FAVICON = {FAVICON_SIZE};"))
            && drawings.contains("export const SIZES = [FAVICON, "),
        "scripts/drawings.mjs draws {favicon}"
    );
}
