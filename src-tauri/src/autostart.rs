//! Start at login (waiting in the tray). Where the entry lives, what it holds and whether
//! it is on are the core's `launch::autostart`; these commands only reach it.

use steady_core::launch::autostart::{self, AutostartError, Status};
use steady_core::launch::env::System;

use crate::error::Error;

impl From<AutostartError> for Error {
    fn from(e: AutostartError) -> Self {
        match e {
            AutostartError::Unsupported => Error::Unsupported,
            AutostartError::Store(e) => Error::Store(e),
        }
    }
}

#[tauri::command]
pub fn autostart_get() -> Status {
    autostart::status(&System)
}

#[tauri::command]
pub fn autostart_set(enabled: bool) -> Result<Status, Error> {
    Ok(autostart::set(&System, enabled)?)
}
