//! Prerenders every page of a Trunk build (`cargo run --release --bin prerender -- dist`),
//! from the same components the browser runs. Set `SITE_URL` (ending in `/`) to also write
//! canonical and preview tags, `sitemap.xml` and `robots.txt`.

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let site_url = std::env::var("SITE_URL")
        .ok()
        .filter(|s| !s.trim().is_empty());
    match explainer::prerender::write_site(std::path::Path::new(&dist), site_url.as_deref()).await {
        Ok(count) => println!("prerender: {count} pages written into {dist}"),
        Err(error) => {
            eprintln!("prerender: {error}");
            std::process::exit(1);
        }
    }
}

/// Prerendering runs on the host only.
#[cfg(target_arch = "wasm32")]
fn main() {}
