//! Settings: read, and save (which also sets the cues' volume).

use steady_core::{Settings, Steady};
use tauri::{AppHandle, Runtime, State};

use super::Error;
use crate::sound::Sound;

#[tauri::command]
pub fn get_settings(steady: State<'_, Steady>) -> Settings {
    steady.settings.get()
}

#[tauri::command]
pub fn save_settings<R: Runtime>(
    app: AppHandle<R>,
    steady: State<'_, Steady>,
    sound: State<'_, Sound>,
    mut settings: Settings,
) -> Result<Settings, Error> {
    // The shortcut changes only through `shortcut_set`, which also registers it.
    settings.shortcut = steady.settings.get().shortcut;
    let saved = steady.settings.save(settings)?;
    sound.set_volume(saved.cue_volume());
    crate::tray::apply_names(&app);
    Ok(saved)
}
