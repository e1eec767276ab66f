//! `dist/` made anew from Trunk's build, which is only read: so prerendering can run again
//! on the same `dist/` and give the same site.

use std::fs;
use std::path::Path;

/// `io` errors as the prerenderer reports them: the path, then the reason.
fn at(path: &Path) -> impl Fn(std::io::Error) -> String + '_ {
    move |e| format!("{}: {e}", path.display())
}

/// Empties `dist` (only when it is empty or an earlier build, which has a `404.html`) and
/// copies every file of Trunk's build in `trunk` into it but those in `leave_out` (paths from
/// `trunk`, `/`-separated). The pages written next replace Trunk's HTML templates.
pub fn copy_build(trunk: &Path, dist: &Path, leave_out: &[String]) -> Result<(), String> {
    if dist.exists() {
        let same = fs::canonicalize(trunk).map_err(at(trunk))?
            == fs::canonicalize(dist).map_err(at(dist))?;
        let empty = fs::read_dir(dist).map_err(at(dist))?.next().is_none();
        if same || (!empty && !dist.join("404.html").is_file()) {
            return Err(format!(
                "{}: neither empty nor an earlier build of the site, so it is left alone",
                dist.display()
            ));
        }
        fs::remove_dir_all(dist).map_err(at(dist))?;
    }
    copy_tree(trunk, dist)?;
    for file in leave_out {
        let path = dist.join(file);
        fs::remove_file(&path).map_err(at(&path))?;
    }
    Ok(())
}

/// Copies the folder `from` to `to`, which does not exist yet.
fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(at(to))?;
    for entry in fs::read_dir(from).map_err(at(from))? {
        let entry = entry.map_err(at(from))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().map_err(at(&source))?.is_dir() {
            copy_tree(&source, &target)?;
        } else {
            fs::copy(&source, &target).map_err(at(&source))?;
        }
    }
    Ok(())
}

/// V8's compile hint ("explicit compile hints", Chromium 136 and later; a comment to other
/// browsers): compile every function of the script as it loads. Without it, each function of
/// the glue is parsed and compiled the first time it runs, and most of them first run in the
/// reader's first tap (the event closures, the DOM calls that create nodes): 10 ms of a
/// first tap at 4x CPU, measured with `make bench`'s trace. Compiling them with the script
/// happens off the main thread, while the WebAssembly still downloads. About 25 B brotli.
pub const EAGER_HINT: &str = "//# allFunctionsCalledOnLoad\n";

/// Writes the wasm-bindgen glue `file` under `dist` again without its indentation and comment
/// lines ([`super::compact_js`]): about 700 B brotli of a reader's first load. Trunk's own
/// minifier cannot parse the glue's `export { … as default }`. Line breaks stay, so the script
/// means the same, unless a string or template literal spans lines: such a script (an odd
/// number of backticks on a line, a line ending in a backslash) is left as it is. Either way
/// it starts with [`EAGER_HINT`].
pub fn compact_glue(dist: &Path, file: &str) -> Result<(), String> {
    let path = dist.join(file);
    let source = fs::read_to_string(&path).map_err(at(&path))?;
    let spans_lines = |line: &str| line.matches('`').count() % 2 == 1 || line.ends_with('\\');
    let body = if source.lines().any(spans_lines) {
        source
    } else {
        super::compact_js(&source)
    };
    fs::write(&path, format!("{EAGER_HINT}{body}")).map_err(at(&path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_glue_with_a_literal_over_several_lines_is_left_as_it_is() {
        let dir = std::env::temp_dir().join(format!("explainer-glue-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        for source in [
            "const a = `one\n    two`;\n",
            "const b = 'one\\\n    two';\n",
        ] {
            fs::write(dir.join("glue.js"), source).unwrap();
            compact_glue(&dir, "glue.js").unwrap();
            let written = fs::read_to_string(dir.join("glue.js")).unwrap();
            assert_eq!(written, format!("{EAGER_HINT}{source}"));
        }
        fs::remove_dir_all(&dir).unwrap();
    }
}
