// Steady's commands: the one list. From it come the build manifest (only these reach the
// page, and only as granted in capabilities/default.json), the handler that routes them
// (`steady_handler!`), and `COMMANDS`, which the tests hold the capability against.
// Each entry is (module, function) in src/.
const COMMANDS: &[(&str, &str)] = &[
    ("commands", "app_info"),
    ("commands", "get_settings"),
    ("commands", "save_settings"),
    ("commands", "page_start"),
    ("commands", "help_view"),
    ("commands", "set_country"),
    ("commands", "ui_ready"),
    ("commands", "breathing_patterns"),
    ("commands", "breathing_start"),
    ("commands", "breathing_last"),
    ("commands", "breathing_pause"),
    ("commands", "breathing_resume"),
    ("commands", "breathing_stop"),
    ("commands", "sound_status"),
    ("commands", "pattern_add"),
    ("commands", "pattern_update"),
    ("commands", "pattern_delete"),
    ("commands", "helped_add"),
    ("commands", "helped_list"),
    ("commands", "helped_delete"),
    ("commands", "helped_clear"),
    ("commands", "grounding_get"),
    ("commands", "grounding_shape"),
    ("commands", "urge_wave"),
    ("commands", "plan_sections"),
    ("commands", "plan_get"),
    ("commands", "plan_add"),
    ("commands", "plan_edit"),
    ("commands", "plan_delete"),
    ("commands", "plan_undo_delete"),
    ("commands", "plan_reorder"),
    ("commands", "plan_versions"),
    ("commands", "plan_unpin"),
    ("commands", "plan_version"),
    ("commands", "plan_restore_version"),
    ("commands", "plan_import_preview"),
    ("commands", "plan_import"),
    ("commands", "open_contact"),
    ("commands", "plan_export"),
    ("commands", "print_page"),
    ("closing", "window_close"),
    ("closing", "window_hide"),
    ("closing", "close_hold"),
    ("launch", "take_route"),
    ("launch", "ui_shown"),
    ("shortcut", "shortcut_status"),
    ("shortcut", "shortcut_set"),
    ("autostart", "autostart_get"),
    ("autostart", "autostart_set"),
];

/// Writes `COMMANDS` and `steady_handler!` for src/lib.rs to include.
fn write_command_list() -> std::io::Result<()> {
    let out = std::path::PathBuf::from(
        std::env::var_os("OUT_DIR").ok_or_else(|| std::io::Error::other("OUT_DIR is not set"))?,
    );
    let names: Vec<String> = COMMANDS
        .iter()
        .map(|(_, n)| format!("    \"{n}\",\n"))
        .collect();
    let paths: Vec<String> = COMMANDS
        .iter()
        .map(|(m, n)| format!("            $crate::{m}::{n},\n"))
        .collect();
    let code = format!(
        "/// Every command the page may call, from build.rs.\npub const COMMANDS: &[&str] = &[\n{}];\n\n\
         /// The handler for exactly `COMMANDS`.\nmacro_rules! steady_handler {{\n    () => {{\n        tauri::generate_handler![\n{}        ]\n    }};\n}}\n",
        names.concat(),
        paths.concat()
    );
    std::fs::write(out.join("command_list.rs"), code)
}

fn main() {
    if let Err(e) = write_command_list() {
        panic!("could not write the command list: {e}");
    }
    // The manifest wants a list that lives for the whole build script: it does.
    let names: &'static [&'static str] =
        COMMANDS.iter().map(|(_, n)| *n).collect::<Vec<_>>().leak();
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(names));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {e:#}");
    }
}
