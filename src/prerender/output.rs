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
