//! Entry point of the lecturer kit (`teach/index.html`): mounts the kit.

fn main() {
    explainer::start_kit();
}
