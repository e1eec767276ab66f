//! Makes `dist/` from Trunk's build with every page prerendered, from the same components
//! the browser runs (`cargo run --release --bin prerender -- target/trunk dist`; those are
//! the defaults). Trunk's build is only read, so it can run again on the same `dist/`. Set
//! `SITE_URL` (ending in `/`) to also write canonical and preview tags, `sitemap.xml` and
//! `robots.txt`.

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let trunk = args.next().unwrap_or_else(|| "target/trunk".into());
    let dist = args.next().unwrap_or_else(|| "dist".into());
    let site_url = std::env::var("SITE_URL")
        .ok()
        .filter(|s| !s.trim().is_empty());
    let (from, to) = (std::path::Path::new(&trunk), std::path::Path::new(&dist));
    match explainer::prerender::write_site(from, to, site_url.as_deref()).await {
        Ok(count) => println!("prerender: {count} pages written into {dist} (from {trunk})"),
        Err(error) => {
            eprintln!("prerender: {error}");
            std::process::exit(1);
        }
    }
}

/// Prerendering runs on the host only.
#[cfg(target_arch = "wasm32")]
fn main() {}
