//! What goes into each prerendered page's `<head>`: title, description, the
//! Content-Security-Policy, and — only when the build knows the site's public address —
//! language alternates, canonical and preview (Open Graph, Twitter card) tags,
//! `sitemap.xml` and `robots.txt`. Search engines read alternates and canonical addresses
//! only when absolute, so without `site_url` none is written; the language switch in each
//! page's header links the other language either way.

use super::address::PageAddress;
use super::install::manifest_href;
use super::lang::Lang;
use super::link_preview::{image_path, FORMAT};

/// The head of one page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageHead<'a> {
    /// The page this head belongs to.
    pub page: &'a PageAddress,
    /// The document title.
    pub title: &'a str,
    /// The meta description (one or two sentences).
    pub description: &'a str,
    /// The site's public address ending in `/` (`SITE_URL`), if the build was given one.
    pub site_url: Option<&'a str>,
    /// SHA-256 hashes (base64) of the page's inline scripts, for the CSP.
    pub script_hashes: &'a [String],
    /// The text alternative of the page's link preview ([`super::link_preview::LinkPreview::alt`]),
    /// written with its tags.
    pub preview_alt: &'a str,
    /// Whether the page links its language's web app manifest: the public site's pages do,
    /// a SCORM package's copies do not (an app installed from an LMS would leave its course).
    pub installable: bool,
}

/// The Content-Security-Policy of every page.
///
/// Scripts come only from the site, plus WebAssembly compilation and the hashed inline
/// scripts (Trunk's loader and our early boot script); no `'unsafe-inline'` or
/// `'unsafe-eval'`. Stylesheets come only from the site; inline `style` *attributes* are
/// allowed (`style-src-attr`) because the diagrams place their nodes with them, while inline
/// `<style>` elements stay forbidden. The service worker and the web app manifest come only
/// from the site (`worker-src`, `manifest-src`).
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let hashes: String = script_hashes
        .iter()
        .map(|h| format!(" 'sha256-{h}'"))
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
         style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; \
         worker-src 'self'; manifest-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

impl PageHead<'_> {
    /// The same page in `lang` under the public `site` address.
    fn address_of(&self, site: &str, lang: Lang) -> String {
        PageAddress::new(lang, self.page.route.clone()).absolute(site, None)
    }

    /// The tags to put in `<head>`, one per line.
    pub fn to_html(&self) -> String {
        let mut tags = vec![
            format!(
                r#"<meta http-equiv="Content-Security-Policy" content="{}">"#,
                content_security_policy(self.script_hashes)
            ),
            format!("<title>{}</title>", escape_html(self.title)),
            format!(
                r#"<meta name="description" content="{}">"#,
                escape_html(self.description)
            ),
        ];
        if self.installable {
            tags.push(format!(
                r#"<link rel="manifest" href="{}">"#,
                manifest_href(self.page.lang, self.page.depth())
            ));
        }
        if let Some(site) = self.site_url {
            tags.extend(Lang::ALL.into_iter().map(|lang| {
                format!(
                    r#"<link rel="alternate" hreflang="{}" href="{}">"#,
                    lang.code(),
                    escape_html(&self.address_of(site, lang))
                )
            }));
            tags.extend(self.preview_tags(site));
        }
        tags.join("\n")
    }

    /// Canonical address and link-preview tags; only with a public site address.
    fn preview_tags(&self, site: &str) -> Vec<String> {
        let lang = self.page.lang;
        let canonical = escape_html(&self.address_of(site, lang));
        let image = escape_html(&format!("{site}{}", image_path(self.page)));
        let (width, height) = FORMAT.size();
        let alt = escape_html(self.preview_alt);
        let title = escape_html(self.title);
        let description = escape_html(self.description);
        let locale = match lang {
            Lang::Id => "id_ID",
            Lang::En => "en_US",
        };
        vec![
            format!(r#"<link rel="canonical" href="{canonical}">"#),
            format!(r#"<meta property="og:type" content="website">"#),
            format!(r#"<meta property="og:url" content="{canonical}">"#),
            format!(r#"<meta property="og:title" content="{title}">"#),
            format!(r#"<meta property="og:description" content="{description}">"#),
            format!(r#"<meta property="og:locale" content="{locale}">"#),
            format!(r#"<meta property="og:image" content="{image}">"#),
            format!(r#"<meta property="og:image:type" content="image/png">"#),
            format!(r#"<meta property="og:image:width" content="{width}">"#),
            format!(r#"<meta property="og:image:height" content="{height}">"#),
            format!(r#"<meta property="og:image:alt" content="{alt}">"#),
            format!(r#"<meta name="twitter:card" content="summary_large_image">"#),
            format!(r#"<meta name="twitter:title" content="{title}">"#),
            format!(r#"<meta name="twitter:description" content="{description}">"#),
            format!(r#"<meta name="twitter:image" content="{image}">"#),
            format!(r#"<meta name="twitter:image:alt" content="{alt}">"#),
        ]
    }
}

/// `sitemap.xml` for `pages` under the public `site_url` (ending in `/`). Results shells
/// are left out: they show nothing without a code.
pub fn sitemap(site_url: &str, pages: &[PageAddress]) -> String {
    let urls: String = pages
        .iter()
        .filter(|p| !matches!(p.route, super::address::Route::Results(_)))
        .map(|p| {
            format!(
                "  <url><loc>{}</loc></url>\n",
                escape_html(&format!("{site_url}{}", p.folder()))
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
    )
}

/// `robots.txt` that allows everything and names the sitemap.
pub fn robots(site_url: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::address::Route;

    fn head<'a>(page: &'a PageAddress, site: Option<&'a str>, hashes: &'a [String]) -> String {
        PageHead {
            page,
            title: "Kuis — \"Mengapa\" <kita>",
            description: "Refleksi & kuis",
            site_url: site,
            script_hashes: hashes,
            preview_alt: "Kuis <refleksi>",
            installable: true,
        }
        .to_html()
    }

    #[test]
    fn csp_is_strict_and_names_every_inline_script() {
        let csp = content_security_policy(&["abc=".into(), "def=".into()]);
        assert!(csp.starts_with("default-src 'self';"));
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc=' 'sha256-def=';"));
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "worker-src 'self'",
            "manifest-src 'self'",
        ] {
            assert!(csp.contains(directive), "{directive}");
        }
        assert!(!csp.contains("'unsafe-eval'"));
        let scripts = csp
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .unwrap();
        assert!(!scripts.contains("'unsafe-inline'"), "{scripts}");
    }

    #[test]
    fn without_a_site_url_nothing_absolute_is_written() {
        let page = PageAddress::new(Lang::Id, Route::Quiz);
        let html = head(&page, None, &[]);
        assert!(html.contains("<title>Kuis — &quot;Mengapa&quot; &lt;kita&gt;</title>"));
        assert!(html.contains(r#"<meta name="description" content="Refleksi &amp; kuis">"#));
        assert!(html.contains(r#"<link rel="manifest" href="../../id/manifest.webmanifest">"#));
        for absolute in [
            "alternate",
            "canonical",
            "og:",
            "twitter:",
            "http://",
            "https://",
        ] {
            assert!(!html.contains(absolute), "{absolute}");
        }
    }

    #[test]
    fn with_a_site_url_pages_get_canonical_and_preview_tags() {
        let page = PageAddress::new(Lang::En, Route::Parasocial);
        let html = head(&page, Some("https://x.edu/explainer/"), &[]);
        assert!(html
            .contains(r#"<link rel="canonical" href="https://x.edu/explainer/en/parasocial/">"#));
        assert!(html.contains(r#"hreflang="id" href="https://x.edu/explainer/id/parasocial/""#));
        // The page's own picture, with its size and text alternative.
        for tag in [
            r#"<meta property="og:image" content="https://x.edu/explainer/preview/en/parasocial.png">"#,
            r#"<meta name="twitter:image" content="https://x.edu/explainer/preview/en/parasocial.png">"#,
            r#"<meta property="og:image:width" content="1200">"#,
            r#"<meta property="og:image:height" content="630">"#,
            r#"<meta property="og:image:alt" content="Kuis &lt;refleksi&gt;">"#,
            r#"<meta name="twitter:image:alt" content="Kuis &lt;refleksi&gt;">"#,
        ] {
            assert!(html.contains(tag), "{tag}");
        }
        assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
    }

    #[test]
    fn sitemap_lists_reading_pages_but_not_results() {
        let pages = [
            PageAddress::new(Lang::En, Route::Overview),
            PageAddress::new(Lang::Id, Route::Results(String::new())),
        ];
        let xml = sitemap("https://x.edu/e/", &pages);
        assert!(xml.contains("<loc>https://x.edu/e/en/</loc>"));
        assert!(!xml.contains("results"));
        assert_eq!(
            robots("https://x.edu/e/"),
            "User-agent: *\nAllow: /\nSitemap: https://x.edu/e/sitemap.xml\n"
        );
    }
}
