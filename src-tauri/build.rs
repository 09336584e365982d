// Lists Steady's own commands so that only these reach the page, and only as granted in
// capabilities/default.json. A command missing here is not callable at all.
const COMMANDS: &[&str] = &[
    "app_info",
    "get_settings",
    "save_settings",
    "take_notices",
    "emergency",
    "ui_ready",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {e:#}");
    }
}
