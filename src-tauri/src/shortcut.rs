//! The system-wide key to breathing, reached through tauri-plugin-global-shortcut. The rule
//! (try the new key, put the old one back if the system refuses, Wayland has none) is the
//! core's `launch::shortcut`; here are only the plugin behind its `Keys` trait and the
//! commands.

use std::sync::{Mutex, MutexGuard};

use steady_core::error::ActionError;
use steady_core::launch::command_line::{Route, Screen};
use steady_core::launch::env::System;
use steady_core::launch::shortcut::{self, ChangeError, KeyError, Keys, Shortcut, Status};
use steady_core::Steady;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_global_shortcut::{GlobalShortcut, ShortcutState};

use crate::error::Error;
use crate::launch;

/// The shortcut as it stands (the core's), shared by the commands and the start.
pub struct Shortcuts(Mutex<Shortcut>);

impl Shortcuts {
    /// Before it is set up, with the person's saved choice.
    pub fn new(steady: &Steady) -> Self {
        Shortcuts(Mutex::new(Shortcut::new(
            &System,
            steady.settings.get().shortcut,
        )))
    }

    fn lock(&self) -> MutexGuard<'_, Shortcut> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
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

/// The plugin as the core's `Keys`; without the plugin (the mock runtime), there are none.
struct PluginKeys<'a, R: Runtime>(Option<State<'a, GlobalShortcut<R>>>);

impl<'a, R: Runtime> PluginKeys<'a, R> {
    fn of(app: &'a AppHandle<R>) -> Self {
        PluginKeys(app.try_state::<GlobalShortcut<R>>())
    }
}

impl<R: Runtime> Keys for PluginKeys<'_, R> {
    fn register(&mut self, combo: &str) -> Result<(), KeyError> {
        let Some(gs) = &self.0 else {
            return Err(KeyError::Unsupported);
        };
        gs.register(combo).map_err(|e| {
            let kind = key_error(combo, &e);
            // The system's words go to the log only.
            log::info!(target: "steady::shortcut", "not registered ({kind:?}): {e}");
            kind
        })
    }

    fn unregister(&mut self, combo: &str) {
        if let Some(gs) = &self.0 {
            if let Err(e) = gs.unregister(combo) {
                log::debug!(target: "steady::shortcut", "not unregistered: {e}");
            }
            // On X11, global-hotkey (0.8, 0.9) queues the ungrab without sending it, so the
            // key stays taken system-wide until its next request that waits for an answer
            // (tauri-apps/global-hotkey#197). Each unregister starts with one (it reads the
            // keyboard map), so a second one sends the first's ungrab; its own is a no-op.
            let _ = gs.unregister(combo);
        }
    }
}

/// Which `KeyError` the plugin's error is. The plugin keeps global-hotkey's error only as
/// its text (`Error::GlobalHotkey(String)`), so "taken" is that text being exactly what
/// global-hotkey's own `AlreadyRegistered` says for this combination (X11's answer when
/// another program grabbed it), made from the variant itself, not a phrase searched for.
fn key_error(combo: &str, e: &tauri_plugin_global_shortcut::Error) -> KeyError {
    use tauri_plugin_global_shortcut::Error as Plugin;
    match e {
        Plugin::GlobalHotkey(text) => {
            let taken = combo
                .parse::<tauri_plugin_global_shortcut::Shortcut>()
                .is_ok_and(|k| *text == global_hotkey::Error::AlreadyRegistered(k).to_string());
            if taken {
                KeyError::Taken
            } else {
                KeyError::NotAllowed
            }
        }
        // The main thread did not answer, or the runtime refused: no key service to ask.
        _ => KeyError::Unsupported,
    }
}

impl From<ChangeError<ActionError>> for Error {
    fn from(e: ChangeError<ActionError>) -> Self {
        match e {
            ChangeError::Refused(r) => Error::ShortcutUnavailable(r.trouble),
            ChangeError::Save(e) => Error::Action(e),
        }
    }
}

/// At start: registers the shortcut from the settings.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let saved = app.state::<Steady>().settings.get().shortcut;
    if let Some(s) = app.try_state::<Shortcuts>() {
        s.lock().start(&mut PluginKeys::of(app), saved.as_deref());
    }
}

#[tauri::command]
pub fn shortcut_status(state: State<'_, Shortcuts>) -> Status {
    state.lock().status()
}

/// Changes the shortcut (`None` turns it off) and saves the choice, if the system gives it.
#[tauri::command]
pub fn shortcut_set<R: Runtime>(
    app: AppHandle<R>,
    steady: State<'_, Steady>,
    state: State<'_, Shortcuts>,
    shortcut: Option<String>,
) -> Result<Status, Error> {
    let wanted = shortcut.as_deref().map(shortcut::normalise).transpose()?;
    let save = |shortcut| {
        let mut settings = steady.settings.get();
        settings.shortcut = shortcut;
        steady.settings.save(settings).map(drop)
    };
    Ok(state
        .lock()
        .change(&mut PluginKeys::of(&app), wanted, save)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tauri_plugin_global_shortcut::Shortcut as Combo;

    fn plugin_error(e: global_hotkey::Error) -> tauri_plugin_global_shortcut::Error {
        e.into()
    }

    #[test]
    fn the_plugin_s_errors_are_told_apart_by_global_hotkey_s_variants() {
        let combo = "Ctrl+Alt+B";
        let key: Combo = combo.parse().unwrap();
        let taken = plugin_error(global_hotkey::Error::AlreadyRegistered(key));
        assert_eq!(key_error(combo, &taken), KeyError::Taken);
        // Taken, but for another combination: not this one's answer.
        assert_eq!(key_error("Ctrl+Alt+G", &taken), KeyError::NotAllowed);
        let refused = plugin_error(global_hotkey::Error::FailedToRegister("BadAccess".into()));
        assert_eq!(key_error(combo, &refused), KeyError::NotAllowed);
        let os = plugin_error(global_hotkey::Error::OsError(std::io::Error::other("x")));
        assert_eq!(key_error(combo, &os), KeyError::NotAllowed);
        let gone = tauri_plugin_global_shortcut::Error::RecvError(std::sync::mpsc::RecvError);
        assert_eq!(key_error(combo, &gone), KeyError::Unsupported);
    }
}
