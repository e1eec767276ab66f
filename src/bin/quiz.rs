//! Entry point of the reflection quiz (`quiz/index.html`): mounts the quiz.

fn main() {
    explainer::start_quiz();
}
