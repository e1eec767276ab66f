//! What a host should send with the site beyond what a page can say about itself: the
//! Content-Security-Policy as a header, with `frame-ancestors` (which a `<meta>` policy
//! cannot carry), and caching by kind of file. The build writes it as `dist/_headers` for
//! Netlify and Cloudflare Pages; `deploy/nginx.conf` sends the same (tests/deploy.rs checks).

use super::page_script_hashes;
use crate::domain::page_head::content_security_policy;

/// Which pages may show the site in a frame: the site itself (the lecturer kit's preview)
/// and any page served over HTTPS, since course embeds come from whatever address a
/// course's LMS has (Moodle, Canvas, Google Sites, WordPress, any university's own). Pages
/// over plain HTTP, which anyone on the network can alter, and local files may not.
pub const FRAME_ANCESTORS: &str = "frame-ancestors 'self' https:";

/// `Cache-Control` of the files Trunk names by a hash of their content: a new build gives
/// new names, so browsers may keep them for a year without asking again.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// `Cache-Control` of pages, the service worker and its registration (files whose names stay
/// the same across builds): asked again each time, so a new build shows at once. A worker
/// kept by a cache in between would go on serving the old build.
pub const REVALIDATE: &str = "no-cache";

/// The Content-Security-Policy header: every page's own policy (whose inline scripts are
/// the same on every page) and `frame-ancestors`.
pub fn header_policy() -> String {
    format!(
        "{}; {FRAME_ANCESTORS}",
        content_security_policy(&page_script_hashes())
    )
}

/// `_headers` for Netlify and Cloudflare Pages: the policy and `nosniff` for every path,
/// a year and `immutable` for each of the `hashed` files (paths from the site root), and
/// `no-cache` for each path in `revalidated` (page folders, `""` for the root, `en/about/`,
/// and `sw.js`). Each path gets one `Cache-Control`, as both hosts join the values of rules
/// that match the same path.
pub fn headers_file(hashed: &[String], revalidated: &[String]) -> String {
    let mut out = format!(
        "# Response headers for Netlify and Cloudflare Pages, written by the build\n\
         # (src/prerender/headers.rs); deploy/nginx.conf sends the same from nginx.\n\
         /*\n  Content-Security-Policy: {}\n  X-Content-Type-Options: nosniff\n",
        header_policy()
    );
    for file in hashed {
        out.push_str(&format!("\n/{file}\n  Cache-Control: {IMMUTABLE}\n"));
        if file.ends_with(".wasm") {
            out.push_str("  Content-Type: application/wasm\n");
        }
    }
    for path in revalidated {
        out.push_str(&format!("\n/{path}\n  Cache-Control: {REVALIDATE}\n"));
    }
    out
}
