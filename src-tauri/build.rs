// Lists Steady's own commands so that only these reach the page, and only as granted in
// capabilities/default.json. A command missing here is not callable at all.
const COMMANDS: &[&str] = &[
    "app_info",
    "get_settings",
    "save_settings",
    "take_notices",
    "page_start",
    "help_view",
    "set_country",
    "ui_ready",
    "breathing_patterns",
    "breathing_start",
    "breathing_last",
    "breathing_pause",
    "breathing_resume",
    "breathing_stop",
    "sound_status",
    "pattern_add",
    "pattern_update",
    "pattern_delete",
    "helped_add",
    "helped_list",
    "helped_delete",
    "helped_clear",
    "grounding_get",
    "grounding_shape",
    "urge_wave",
    "plan_sections",
    "plan_get",
    "plan_add",
    "plan_edit",
    "plan_delete",
    "plan_undo_delete",
    "plan_reorder",
    "plan_versions",
    "plan_unpin",
    "plan_version",
    "plan_restore_version",
    "plan_import_preview",
    "plan_import",
    "plan_markdown",
    "open_contact",
    "plan_export",
    "print_page",
    "window_close",
    "window_hide",
    "close_hold",
    "take_route",
    "ui_shown",
    "shortcut_status",
    "shortcut_set",
    "autostart_get",
    "autostart_set",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {e:#}");
    }
}
