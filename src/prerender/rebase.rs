//! A page's HTML moved to another folder: every relative `href` and `src`, written for the
//! page's own folder, rewritten (with lol_html) for the site root, as the bare root shows
//! the overview of `id/`.

use lol_html::{element, rewrite_str, RewriteStrSettings};

/// `url`, written on a page in `folder` (`id/`), as written at the site root (`./…`).
/// Fragments, absolute paths and URLs with a scheme stay as they are.
pub fn from_root(url: &str, folder: &str) -> String {
    let path_end = url.find(['?', '#']).unwrap_or(url.len());
    let (path, rest) = url.split_at(path_end);
    if path.is_empty() || path.starts_with('/') || path.contains(':') {
        return url.to_string();
    }
    let mut segments: Vec<&str> = folder.split('/').filter(|s| !s.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            part => segments.push(part),
        }
    }
    // A path ending in a folder keeps its slash (`..` and `.` name folders too).
    let folder_end = path.ends_with('/') || path.ends_with("..") || path.ends_with('.');
    let joined = segments.join("/");
    let slash = if folder_end && !joined.is_empty() {
        "/"
    } else {
        ""
    };
    format!("./{joined}{slash}{rest}")
}

/// `html` written for a page in `folder`, with its relative links and sources for the site
/// root.
pub fn to_root(html: &str, folder: &str) -> Result<String, String> {
    let rewrite = |attr: &'static str| {
        element!(format!("[{attr}]"), move |el| {
            let value = el.get_attribute(attr).unwrap_or_default();
            el.set_attribute(attr, &from_root(&value, folder))?;
            Ok(())
        })
    };
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(rewrite("href"))
        .append_element_content_handler(rewrite("src"));
    rewrite_str(html, settings).map_err(|e| format!("the overview's HTML: {e}"))
}

#[cfg(test)]
mod tests {
    use super::from_root;

    #[test]
    fn links_of_a_folder_are_written_from_the_root() {
        let cases = [
            ("../id/motivations/", "./id/motivations/"),
            ("../en/", "./en/"),
            ("../id/about/index.html", "./id/about/index.html"),
            ("motivations/", "./id/motivations/"),
            ("./", "./id/"),
            ("..", "./"),
            ("../id/results/#CODE", "./id/results/#CODE"),
            ("../id/parasocial/?embed=1", "./id/parasocial/?embed=1"),
            ("#main", "#main"),
            ("https://example.org/x", "https://example.org/x"),
            ("/abs/", "/abs/"),
        ];
        for (href, expected) in cases {
            assert_eq!(from_root(href, "id/"), expected, "{href}");
        }
    }
}
