//! What makes the explainer installable: one web app manifest per language
//! (`en/manifest.webmanifest`), whose app is that language's pages (`start_url` and `scope`
//! are the language folder), with the app icon as SVG and as the PNG sizes platforms ask
//! for. Every URL in it is relative to the manifest, so one build installs under any path.

use super::card::{palette, Rgb};
use super::i18n::{offline as o, shell as s};
use super::lang::Lang;

/// The manifest's file name in each language folder.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// The app icon, drawn once (`assets/icon.svg`), at the site root.
pub const ICON_SVG: &str = "icon.svg";

/// The PNG sizes drawn from [`ICON_SVG`] at build time (`scripts/drawings.mjs`): 192 for home
/// screens and 512 for splash screens and stores.
pub const ICON_PNG_SIZES: [u32; 2] = [192, 512];

/// The size of the PNG that the reading pages name as their favicon (`index.html`), drawn
/// with the others and named by no manifest: Chromium draws an SVG favicon as a document of
/// its own, on the page's main thread (about 25 ms at 4× CPU slowdown) just as the app starts,
/// and decodes a PNG in well under 1 ms.
pub const FAVICON_SIZE: u32 = 32;

/// The file of the PNG icon of `size` pixels, at the site root.
pub fn icon_png(size: u32) -> String {
    format!("icon-{size}.png")
}

/// The installed window's title bar before a page sets its own `theme-color`: the colour of
/// the site header (`--surface` in the light theme).
pub const THEME: Rgb = Rgb(0xf4, 0xf6, 0xf8);

/// The splash screen behind the icon while the app starts: the page background.
pub const BACKGROUND: Rgb = palette::PAPER;

/// The href of `lang`'s manifest from a page `depth` folders below the site root.
pub fn manifest_href(lang: Lang, depth: usize) -> String {
    format!("{}{}/{MANIFEST_FILE}", "../".repeat(depth), lang.code())
}

/// `text` as a JSON string literal.
fn json(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The web app manifest of `lang`, written to `{lang}/manifest.webmanifest`: JSON on one
/// line with only what installing needs (the app's id is its `start_url`), as it is fetched
/// with the first page.
pub fn web_manifest(lang: Lang) -> String {
    // Browsers tell the icons' types from their files.
    let icon = |src: &str, sizes: &str| {
        format!(
            "{{\"src\":{},\"sizes\":{}}}",
            json(&format!("../{src}")),
            json(sizes)
        )
    };
    let icons: Vec<String> = std::iter::once(icon(ICON_SVG, "any"))
        .chain(
            ICON_PNG_SIZES
                .iter()
                .map(|size| icon(&icon_png(*size), &format!("{size}x{size}"))),
        )
        .collect();
    format!(
        "{{\"name\":{},\"short_name\":{},\"lang\":{},\
         \"start_url\":\"./\",\"scope\":\"./\",\"display\":\"standalone\",\"theme_color\":{},\
         \"background_color\":{},\"icons\":[{}]}}\n",
        json(s::APP_TITLE.get(lang)),
        json(o::APP_SHORT_NAME.get(lang)),
        json(lang.code()),
        json(&THEME.css()),
        json(&BACKGROUND.css()),
        icons.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_installs_its_own_folder_with_its_own_names() {
        for lang in Lang::ALL {
            let manifest = web_manifest(lang);
            assert!(manifest.contains(r#""start_url":"./""#), "{manifest}");
            assert!(manifest.contains(r#""scope":"./""#));
            assert!(manifest.contains(r#""display":"standalone""#));
            assert!(manifest.contains(&format!(r#""lang":"{}""#, lang.code())));
            assert!(manifest.contains(&json(s::APP_TITLE.get(lang))));
            assert!(manifest.contains(&json(o::APP_SHORT_NAME.get(lang))));
        }
        assert!(web_manifest(Lang::Id).contains("Mengapa follower"));
        assert!(web_manifest(Lang::En).contains("Why followers"));
    }

    #[test]
    fn icons_are_the_svg_and_the_png_sizes_at_the_site_root() {
        let manifest = web_manifest(Lang::En);
        assert!(manifest.contains(r#"{"src":"../icon.svg","sizes":"any"}"#));
        for size in ICON_PNG_SIZES {
            assert!(manifest.contains(&format!(
                r#"{{"src":"../icon-{size}.png","sizes":"{size}x{size}"}}"#
            )));
        }
        assert!(manifest.contains(r##""theme_color":"#f4f6f8""##));
        assert!(manifest.contains(r##""background_color":"#ffffff""##));
    }

    #[test]
    fn the_manifest_is_found_from_any_depth() {
        assert_eq!(manifest_href(Lang::En, 1), "../en/manifest.webmanifest");
        assert_eq!(
            manifest_href(Lang::Id, 3),
            "../../../id/manifest.webmanifest"
        );
    }

    #[test]
    fn json_strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(json("a \"b\" \\ c\n"), r#""a \"b\" \\ c\u000a""#);
    }
}
