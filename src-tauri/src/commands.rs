//! The page's only way in. Each command translates one call into the core and back;
//! no rules live here.

use serde::Serialize;
use steady_core::app::{AppInfo, SaveSettingsError};
use steady_core::directory::EmergencyChoice;
use steady_core::{Notice, Settings, Steady};
use tauri::State;

use crate::ready::ReadySignal;

/// How an error reaches the page: a code to react to and words to show.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct ErrorDto {
    pub code: &'static str,
    pub message: String,
}

impl From<SaveSettingsError> for ErrorDto {
    fn from(e: SaveSettingsError) -> Self {
        ErrorDto {
            code: e.code(),
            message: e.to_string(),
        }
    }
}

#[tauri::command]
pub fn app_info(steady: State<'_, Steady>) -> AppInfo {
    steady.info()
}

#[tauri::command]
pub fn get_settings(steady: State<'_, Steady>) -> Settings {
    steady.settings()
}

#[tauri::command]
pub fn save_settings(steady: State<'_, Steady>, settings: Settings) -> Result<Settings, ErrorDto> {
    Ok(steady.save_settings(settings)?)
}

#[tauri::command]
pub fn take_notices(steady: State<'_, Steady>) -> Vec<Notice> {
    steady.take_notices()
}

#[tauri::command]
pub fn emergency(steady: State<'_, Steady>) -> EmergencyChoice {
    steady.emergency()
}

#[tauri::command]
pub fn ui_ready(ready: State<'_, ReadySignal>) {
    ready.report();
}
