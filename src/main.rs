//! Entry point of the web app: mounts the explainer.

fn main() {
    explainer::start();
}
