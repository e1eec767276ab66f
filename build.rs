//! Compiles the content in: reads and checks `assets/content/*.json` and writes it as a
//! Rust `static`s to `$OUT_DIR/content.rs` and `$OUT_DIR/quiz.rs`. Malformed or inconsistent content fails the
//! build with the file, the JSON path (or entry) and the reason. A reader built for one
//! language (feature `only-id` or `only-en`) gets the content with only that language's texts,
//! the texts its first loads do not need in groups' files (`explainer_content::stored`):
//! `$OUT_DIR/stored.rs` says what it expects of each, and every build writes each group's
//! file (`$OUT_DIR/text-{lang}-{group}.txt`, both languages where both are compiled in: the
//! prerenderer writes them next to the readers).

use explainer_content::lang::Lang;
use std::path::Path;

fn main() {
    let content_dir = Path::new("assets/content");
    let chapter_file = Path::new("tests/fixtures/chapter-5-conclusion.id.txt");
    println!("cargo::rerun-if-changed={}", content_dir.display());
    println!("cargo::rerun-if-changed={}", chapter_file.display());
    // The chapter is in the repository; quotations are checked against it on every build.
    let chapter = std::fs::read_to_string(chapter_file).ok();
    // Cargo tells build scripts the package's features; each set has its own OUT_DIR.
    let feature = |name: &str| std::env::var_os(format!("CARGO_FEATURE_{name}")).is_some();
    let only = match (feature("ONLY_ID"), feature("ONLY_EN")) {
        (true, false) => Some(Lang::Id),
        (false, true) => Some(Lang::En),
        _ => None,
    };
    match explainer_content::generate::generate_for(content_dir, chapter.as_deref(), only) {
        Ok(generated) => {
            let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
            let write = |file: &str, text: &str| {
                std::fs::write(Path::new(&out).join(file), text).expect("OUT_DIR is writable")
            };
            write("content.rs", &generated.content);
            write("quiz.rs", &generated.quiz);
            write("stored.rs", &generated.expect);
            for file in &generated.files {
                let name = format!("text-{}-{}.txt", file.lang.code(), file.group.name());
                write(&name, &file.text);
            }
        }
        Err(error) => {
            eprintln!("error: content in assets/content is malformed:\n{error}");
            std::process::exit(1);
        }
    }
}
