//! The system-wide key to breathing. X11, Windows and macOS allow one; Wayland does not,
//! so there Settings explains how to bind `steady breathe` in the desktop's own settings.

use std::sync::Mutex;

use serde::Serialize;
use steady_core::launch::command_line::{Route, Screen};
use steady_core::launch::shortcut;
use steady_core::Steady;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_global_shortcut::{GlobalShortcut, ShortcutState};

use crate::error::Error;
use crate::launch;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    /// Registered and listening.
    On,
    /// Turned off by the person.
    Off,
    /// The desktop does not allow it (Wayland), or another program holds the keys.
    Unavailable,
    /// Not set up yet: that happens just after the first screen.
    Starting,
}

/// What Settings shows about the shortcut.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub state: Availability,
    pub shortcut: Option<String>,
    pub message: String,
    /// What to bind in the desktop's own keyboard settings instead.
    pub command: String,
    pub wayland: bool,
}

#[derive(Default)]
pub struct Shortcuts {
    status: Mutex<Option<Status>>,
}

pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_global_shortcut::Builder::new()
        .with_handler(|app, _shortcut, event| {
            if event.state() == ShortcutState::Pressed {
                launch::open(app, Route::screen(Screen::Breathe));
            }
        })
        .build()
}

fn wayland() -> bool {
    std::env::var_os("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty())
        || std::env::var("XDG_SESSION_TYPE").is_ok_and(|v| v == "wayland")
}

/// `steady breathe` with this program's full path, quoted for a shell if it needs it.
fn breathe_command() -> String {
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "steady".into());
    let plain = exe
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c));
    if plain {
        format!("{exe} breathe")
    } else {
        format!("'{}' breathe", exe.replace('\'', "'\\''"))
    }
}

/// Registers `wanted` in place of whatever was registered; returns what now holds.
fn apply<R: Runtime>(app: &AppHandle<R>, wanted: Option<&str>) -> Status {
    let status = |state, shortcut: Option<&str>, message: String| Status {
        state,
        shortcut: shortcut.map(str::to_string),
        message,
        command: breathe_command(),
        wayland: wayland(),
    };
    let Some(gs) = app.try_state::<GlobalShortcut<R>>() else {
        return status(
            Availability::Unavailable,
            wanted,
            "Global shortcuts are not available here.".into(),
        );
    };
    let _ = gs.unregister_all();
    let Some(keys) = wanted else {
        return status(Availability::Off, None, "The shortcut is off.".into());
    };
    if wayland() {
        return status(
            Availability::Unavailable,
            Some(keys),
            "This desktop (Wayland) does not let apps set a key that works everywhere. You can bind the command below in your desktop's keyboard settings instead.".into(),
        );
    }
    match gs.register(keys) {
        Ok(()) => status(
            Availability::On,
            Some(keys),
            format!("{keys} opens breathing from anywhere."),
        ),
        Err(e) => {
            let taken = e.to_string().contains("already registered");
            status(
                Availability::Unavailable,
                Some(keys),
                if taken {
                    format!("Another program already uses {keys}. Choose another combination.")
                } else {
                    format!("{keys} could not be set up ({e}).")
                },
            )
        }
    }
}

/// At start: registers the shortcut from the settings.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let wanted = app.state::<Steady>().settings.get().shortcut;
    let s = apply(app, wanted.as_deref());
    if let Some(state) = app.try_state::<Shortcuts>() {
        *state.status.lock().unwrap_or_else(|p| p.into_inner()) = Some(s);
    }
}

#[tauri::command]
pub fn shortcut_status(steady: State<'_, Steady>, state: State<'_, Shortcuts>) -> Status {
    let s = state.status.lock().unwrap_or_else(|p| p.into_inner());
    s.clone().unwrap_or_else(|| Status {
        state: Availability::Starting,
        shortcut: steady.settings.get().shortcut,
        message: "The shortcut is being set up.".into(),
        command: breathe_command(),
        wayland: wayland(),
    })
}

/// Changes the shortcut (`None` turns it off) and saves the choice.
#[tauri::command]
pub fn shortcut_set<R: Runtime>(
    app: AppHandle<R>,
    steady: State<'_, Steady>,
    state: State<'_, Shortcuts>,
    shortcut: Option<String>,
) -> Result<Status, Error> {
    let wanted = shortcut.as_deref().map(shortcut::normalise).transpose()?;
    let mut settings = steady.settings.get();
    let before = settings.shortcut.clone();
    let now = apply(&app, wanted.as_deref());
    if now.state == Availability::Unavailable && !now.wayland {
        // Keep what worked before; the message says why the new one did not.
        let restored = apply(&app, before.as_deref());
        *state.status.lock().unwrap_or_else(|p| p.into_inner()) = Some(restored);
        return Err(Error::ShortcutUnavailable(now.message));
    }
    settings.shortcut = wanted;
    steady.settings.save(settings)?;
    *state.status.lock().unwrap_or_else(|p| p.into_inner()) = Some(now.clone());
    Ok(now)
}
