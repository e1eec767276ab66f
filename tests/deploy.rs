//! The deploy recipes agree with the build: `deploy/nginx.conf` sends the same policy as the
//! `_headers` the build writes (every page's own, plus `frame-ancestors`), so a change to an
//! inline script cannot leave nginx blocking it; and the GitHub Pages workflow builds with the
//! README's command. (e2e/tests/deploy.spec.ts serves dist/ with the snippet in nginx.)
#![cfg(not(target_arch = "wasm32"))]

use explainer::prerender::{header_policy, FRAME_ANCESTORS};

fn repo_file(path: &str) -> String {
    let at = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&at).unwrap_or_else(|e| panic!("{}: {e}", at.display()))
}

#[test]
fn nginx_sends_the_policy_the_build_writes() {
    let conf = repo_file("deploy/nginx.conf");
    let line = format!("set $explainer_csp \"{}\";", header_policy());
    assert!(
        conf.lines().any(|l| l == line),
        "deploy/nginx.conf's policy is not the build's; put this line in its place:\n{line}"
    );
    assert!(header_policy().ends_with(FRAME_ANCESTORS));
    // Every add_header of the policy sends that variable, at both levels.
    assert_eq!(
        conf.matches("add_header Content-Security-Policy $explainer_csp always;")
            .count(),
        2
    );
    assert_eq!(
        conf.matches("add_header X-Content-Type-Options nosniff always;")
            .count(),
        2
    );
}

#[test]
fn the_pages_workflow_builds_with_the_readmes_command() {
    let workflow = repo_file(".github/workflows/pages.yml");
    let readme = repo_file("README.md");
    assert!(workflow.contains("run: make build"), "{workflow}");
    assert!(readme.contains("make build"));
    assert!(workflow.contains("path: dist"), "{workflow}");
}
