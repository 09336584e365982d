//! Protection: turning it on and off, locking and unlocking. The rules (what is sealed,
//! when a wrong try waits, what stays open while locked) are the core's `vault`; these
//! translate, and tell the page when Steady locks so it can clear what it shows.

use serde::Serialize;
use steady_core::vault::{Secret, Status};
use steady_core::Steady;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use super::Error;

/// The page listens for this and clears whatever of the person's words it shows.
pub const LOCKED: &str = "steady://locked";
/// Asks the page to save what is being typed, then lock (the tray's Lock).
pub const LOCK_ASKED: &str = "steady://lock";
/// How long the page has to save before Steady locks anyway.
const WAIT_FOR_PAGE: std::time::Duration = std::time::Duration::from_secs(2);

#[derive(Serialize)]
pub struct RecoveryShown {
    recovery_code: String,
}

#[tauri::command]
pub fn protection_status(steady: State<'_, Steady>) -> Status {
    steady.protection()
}

/// Key derivation takes a good part of a second: off the main thread, so the window
/// never freezes.
#[tauri::command(async)]
pub fn protection_on(
    steady: State<'_, Steady>,
    passphrase: String,
) -> Result<RecoveryShown, Error> {
    let code = steady.protect(&passphrase)?;
    Ok(RecoveryShown {
        recovery_code: code.as_str().to_string(),
    })
}

#[tauri::command(async)]
pub fn protection_unlock(
    steady: State<'_, Steady>,
    passphrase: Option<String>,
    recovery_code: Option<String>,
) -> Result<(), Error> {
    Ok(steady.unlock(&Secret::required(passphrase, recovery_code)?)?)
}

#[tauri::command]
pub fn protection_lock<R: Runtime>(app: AppHandle<R>) -> Result<(), Error> {
    app.state::<Steady>().lock()?;
    let _ = app.emit(LOCKED, ());
    Ok(())
}

#[tauri::command(async)]
pub fn protection_change(
    steady: State<'_, Steady>,
    passphrase: Option<String>,
    recovery_code: Option<String>,
    new_passphrase: String,
) -> Result<(), Error> {
    Ok(steady.change_passphrase(
        &Secret::required(passphrase, recovery_code)?,
        &new_passphrase,
    )?)
}

#[tauri::command(async)]
pub fn protection_off(
    steady: State<'_, Steady>,
    passphrase: Option<String>,
    recovery_code: Option<String>,
) -> Result<(), Error> {
    Ok(steady.unprotect(&Secret::required(passphrase, recovery_code)?)?)
}

/// Locks if protection is on and Steady is unlocked (hiding the window, quick hide, the
/// tray), and tells the page so it clears what it shows.
pub fn lock_if_on<R: Runtime>(app: &AppHandle<R>) {
    if let Some(steady) = app.try_state::<Steady>() {
        if steady.protection() == Status::Unlocked && steady.lock().is_ok() {
            log::info!(target: "steady::protection", "locked");
            let _ = app.emit(LOCKED, ());
        }
    }
}

/// Locks from outside the page (the tray): the page first saves what is being typed
/// and locks itself; if it has not within a moment, Steady locks anyway.
pub fn lock_through_page<R: Runtime>(app: &AppHandle<R>) {
    let asked = app.emit(LOCK_ASKED, ()).is_ok();
    let app = app.clone();
    std::thread::spawn(move || {
        if asked {
            std::thread::sleep(WAIT_FOR_PAGE);
        }
        lock_if_on(&app);
    });
}
