//! Compiles the content in: reads and checks `assets/content/*.json` and writes it as a
//! Rust `static`s to `$OUT_DIR/content.rs` and `$OUT_DIR/quiz.rs`. Malformed or inconsistent content fails the
//! build with the file, the JSON path (or entry) and the reason.

use std::path::Path;

fn main() {
    let content_dir = Path::new("assets/content");
    let chapter_file = Path::new("tests/fixtures/chapter-5-conclusion.id.txt");
    println!("cargo::rerun-if-changed={}", content_dir.display());
    println!("cargo::rerun-if-changed={}", chapter_file.display());
    // The chapter is in the repository; quotations are checked against it on every build.
    let chapter = std::fs::read_to_string(chapter_file).ok();
    match explainer_content::generate::generate(content_dir, chapter.as_deref()) {
        Ok(generated) => {
            let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
            for (file, code) in [
                ("content.rs", generated.content),
                ("quiz.rs", generated.quiz),
            ] {
                std::fs::write(Path::new(&out).join(file), code).expect("OUT_DIR is writable");
            }
        }
        Err(error) => {
            eprintln!("error: content in assets/content is malformed:\n{error}");
            std::process::exit(1);
        }
    }
}
