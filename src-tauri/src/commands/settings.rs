//! Settings: read, and save (which also sets the cues' volume).

use steady_core::words::{PageWords, Part};
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
    // The shortcut changes only through `shortcut_set`, which also registers it, and the
    // language only through `set_language`, which also rewords everything.
    let current = steady.settings.get();
    settings.shortcut = current.shortcut;
    settings.language = current.language;
    let saved = steady.settings.save(settings)?;
    sound.set_volume(saved.cue_volume());
    crate::tray::apply_names(&app);
    Ok(saved)
}

/// The person chose a language (`None`: the system's). Answers with the whole catalogue
/// in the language now spoken, for the page to reword itself at once.
#[tauri::command]
pub fn set_language<R: Runtime>(
    app: AppHandle<R>,
    steady: State<'_, Steady>,
    code: Option<String>,
) -> Result<PageWords, Error> {
    steady.set_language(code)?;
    crate::tray::apply_names(&app);
    Ok(steady.page_words(Part::All))
}
