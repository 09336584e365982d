//! Start at login (waiting in the tray). The entry file is the setting; see the core's
//! `autostart` module for why it is written by hand.

use serde::Serialize;
use steady_core::launch::autostart;
use steady_core::StoreError;

use crate::error::Error;

#[derive(Debug, Serialize)]
pub struct Status {
    pub available: bool,
    pub enabled: bool,
    /// Where the entry lives, so the person can check or remove it themselves.
    pub file: Option<String>,
}

fn folder() -> Option<std::path::PathBuf> {
    if cfg!(target_os = "linux") {
        autostart::folder()
    } else {
        None
    }
}

fn status() -> Status {
    match folder() {
        Some(f) => Status {
            available: true,
            enabled: autostart::is_enabled(&f),
            file: Some(f.join(autostart::FILE_NAME).to_string_lossy().into_owned()),
        },
        None => Status {
            available: false,
            enabled: false,
            file: None,
        },
    }
}

#[tauri::command]
pub fn autostart_get() -> Status {
    status()
}

#[tauri::command]
pub fn autostart_set(enabled: bool) -> Result<Status, Error> {
    let Some(f) = folder() else {
        return Err(Error::Unsupported);
    };
    let result = if enabled {
        // An AppImage runs from a temporary mount: the entry must name the image itself.
        let program = std::env::var_os("APPIMAGE")
            .map(std::path::PathBuf::from)
            .map(Ok)
            .unwrap_or_else(std::env::current_exe)
            .map_err(|e| StoreError::from_io("the start-at-login entry", &f, e))?;
        autostart::enable(&f, &program)
    } else {
        autostart::disable(&f)
    };
    result?;
    Ok(status())
}
