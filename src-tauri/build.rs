// Steady's commands: the one list. From it come the build manifest (only these reach the
// page, and only as granted in capabilities/default.json), the handler that routes them
// (`steady_handler!`), and `COMMANDS`, which the tests hold the capability against.
// Each entry is (module, function) in src/.
const COMMANDS: &[(&str, &str)] = &[
    ("commands::app", "app_info"),
    ("commands::settings", "get_settings"),
    ("commands::settings", "save_settings"),
    ("commands::app", "page_start"),
    ("commands::app", "page_words"),
    ("commands::help", "help_view"),
    ("commands::help", "set_country"),
    ("commands::settings", "set_language"),
    ("commands::app", "ui_ready"),
    ("commands::breathing", "breathing_patterns"),
    ("commands::breathing", "breathing_start"),
    ("commands::breathing", "breathing_last"),
    ("commands::breathing", "breathing_pause"),
    ("commands::breathing", "breathing_resume"),
    ("commands::breathing", "breathing_stop"),
    ("commands::breathing", "sound_status"),
    ("commands::breathing", "pattern_add"),
    ("commands::breathing", "pattern_update"),
    ("commands::breathing", "pattern_delete"),
    ("commands::helped", "helped_add"),
    ("commands::helped", "helped_list"),
    ("commands::helped", "helped_delete"),
    ("commands::helped", "helped_clear"),
    ("commands::lists", "list_get"),
    ("commands::lists", "list_add"),
    ("commands::lists", "close_call_add"),
    ("commands::lists", "list_delete"),
    ("commands::lists", "list_undo_delete"),
    ("commands::lists", "list_save_markdown"),
    ("commands::lists", "reminder_get"),
    ("commands::lists", "halt_needs"),
    ("commands::grounding", "grounding_get"),
    ("commands::grounding", "grounding_shape"),
    ("commands::urge", "urge_wave"),
    ("commands::plan", "plan_sections"),
    ("commands::plan", "plan_get"),
    ("commands::plan", "plan_add"),
    ("commands::plan", "plan_edit"),
    ("commands::plan", "plan_delete"),
    ("commands::plan", "plan_undo_delete"),
    ("commands::plan", "plan_reorder"),
    ("commands::plan", "plan_versions"),
    ("commands::plan", "plan_unpin"),
    ("commands::plan", "plan_version"),
    ("commands::plan", "plan_restore_version"),
    ("commands::plan", "plan_import_preview"),
    ("commands::plan", "plan_import"),
    ("commands::help", "open_contact"),
    ("commands::help", "phone_code"),
    ("commands::plan", "plan_export"),
    ("commands::plan", "print_page"),
    ("closing", "window_close"),
    ("closing", "window_hide"),
    ("closing", "close_hold"),
    ("launch", "take_route"),
    ("launch", "ui_shown"),
    ("shortcut", "shortcut_status"),
    ("shortcut", "shortcut_set"),
    ("autostart", "autostart_get"),
    ("autostart", "autostart_set"),
    ("commands::protection", "protection_status"),
    ("commands::protection", "protection_on"),
    ("commands::protection", "protection_unlock"),
    ("commands::protection", "protection_lock"),
    ("commands::protection", "protection_change"),
    ("commands::protection", "protection_off"),
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
