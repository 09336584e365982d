// Lists Steady's own commands so that only these reach the page, and only as granted in
// capabilities/default.json. A command missing here is not callable at all.
const COMMANDS: &[&str] = &[
    "app_info",
    "get_settings",
    "save_settings",
    "take_notices",
    "emergency",
    "ui_ready",
    "breathing_patterns",
    "breathing_start",
    "breathing_pause",
    "breathing_resume",
    "breathing_stop",
    "sound_status",
    "pattern_add",
    "pattern_update",
    "pattern_delete",
    "helped_add",
    "helped_list",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {e:#}");
    }
}
