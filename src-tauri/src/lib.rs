//! Steady's window: wires the core into Tauri. Commands live in `commands`; start-up
//! checks (display, data folder, second instance) in `run`.

pub mod closing;
pub mod commands;
pub mod export;
pub mod ready;
pub mod sound;

use steady_core::directory::{system_country, Directory};
use steady_core::{data_dir, StartError, Steady};
use tauri::{Builder, Runtime};

/// Everything the app registers, for the real runtime and the mock one alike.
pub fn setup<R: Runtime>(builder: Builder<R>, steady: Steady, sound: sound::Sound) -> Builder<R> {
    builder
        .on_window_event(closing::on_window_event)
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(steady)
        .manage(sound)
        .manage(ready::ReadySignal::from_env())
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::get_settings,
            commands::save_settings,
            commands::take_notices,
            commands::help_view,
            commands::set_country,
            commands::ui_ready,
            commands::breathing_patterns,
            commands::breathing_start,
            commands::breathing_pause,
            commands::breathing_resume,
            commands::breathing_stop,
            commands::sound_status,
            commands::pattern_add,
            commands::pattern_update,
            commands::pattern_delete,
            commands::helped_add,
            commands::helped_list,
            commands::helped_delete,
            commands::helped_clear,
            commands::grounding_get,
            commands::grounding_shape,
            commands::urge_wave,
            commands::plan_sections,
            commands::plan_get,
            commands::plan_add,
            commands::plan_edit,
            commands::plan_delete,
            commands::plan_undo_delete,
            commands::plan_reorder,
            commands::plan_versions,
            commands::plan_version,
            commands::plan_restore_version,
            commands::plan_import_preview,
            commands::plan_import,
            commands::plan_markdown,
            commands::open_contact,
            commands::plan_export,
            commands::print_page,
            closing::window_close,
        ])
}

/// Opens the core for the data folder from the environment.
pub fn open_core() -> Result<Steady, StartError> {
    let dir = data_dir::resolve(std::env::var_os(data_dir::DATA_DIR_ENV))?;
    let directory = Directory::built_in().map_err(|e| StartError::DataDir {
        dir: dir.clone(),
        source: std::io::Error::other(format!("the built-in crisis-line list is damaged: {e}")),
    })?;
    Steady::open(&dir, directory, system_country())
}

/// The whole app; returns the process exit status.
pub fn run() -> i32 {
    if let Some(msg) = missing_display() {
        eprintln!("{msg}");
        return 1;
    }
    let steady = match open_core() {
        Ok(s) => s,
        Err(e @ StartError::AlreadyRunning { .. }) => {
            eprintln!("{e} Use the window that is already open.");
            return 0;
        }
        Err(e) => {
            eprintln!("Steady could not start: {e}");
            return 1;
        }
    };
    // Opened before the window so the device is ready by the first breath.
    let sound = sound::Sound::start();
    match setup(Builder::default(), steady, sound).run(tauri::generate_context!()) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("Steady could not open its window: {e}");
            1
        }
    }
}

/// GTK aborts without a display; say so plainly instead.
fn missing_display() -> Option<&'static str> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let set = |k| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    (!set("DISPLAY") && !set("WAYLAND_DISPLAY")).then_some(
        "Steady needs a graphical desktop, and none was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from your desktop session.",
    )
}
