//! Makes `dist/` from Trunk's build with every page prerendered, from the same components
//! the browser runs (`cargo run --release --bin prerender -- target/trunk dist
//! [package-pages]`; the first two are the defaults). Trunk's build is only read, so it can
//! run again on the same `dist/`. Set `SITE_URL` (ending in `/`) to also write canonical and
//! preview tags, `sitemap.xml` and `robots.txt`. With a third folder, also writes there the
//! pages of the SCORM packages, whose links name their files (`scripts/package.mjs` takes
//! them from there).

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let trunk = args.next().unwrap_or_else(|| "target/trunk".into());
    let dist = args.next().unwrap_or_else(|| "dist".into());
    let package_pages = args.next().map(std::path::PathBuf::from);
    let site_url = std::env::var("SITE_URL")
        .ok()
        .filter(|s| !s.trim().is_empty());
    let written = explainer::prerender::write_site(
        std::path::Path::new(&trunk),
        std::path::Path::new(&dist),
        site_url.as_deref(),
        package_pages.as_deref(),
    );
    match written.await {
        Ok(count) => match &package_pages {
            Some(pages) => println!(
                "prerender: {count} pages written into {dist} (from {trunk}), and their copy with links naming files into {}",
                pages.display()
            ),
            None => println!("prerender: {count} pages written into {dist} (from {trunk})"),
        },
        Err(error) => {
            eprintln!("prerender: {error}");
            std::process::exit(1);
        }
    }
}

/// Prerendering runs on the host only.
#[cfg(target_arch = "wasm32")]
fn main() {}
