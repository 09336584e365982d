// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Before any thread starts: it sets the environment the webview inherits.
    steady_app::renderer::choose();
    std::process::exit(steady_app::run());
}
