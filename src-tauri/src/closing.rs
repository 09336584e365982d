//! Closing the window never loses typing: the close is held, the page is told to save
//! what is pending, and it answers by quitting, hiding to the tray, or (the first time)
//! holding while it explains the tray. If the page cannot answer (hung, or busy), Steady
//! does what the setting says after a short wait anyway.

use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::time::Duration;

use serde::Serialize;
use steady_core::Steady;
use tauri::{AppHandle, Emitter, Manager, Runtime, State, Window, WindowEvent};

use crate::launch::MAIN_WINDOW;

/// The page listens for this and answers with `window_close`, `window_hide` or `close_hold`.
pub const EVENT: &str = "steady://closing";
const WAIT_FOR_PAGE: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Save, then end Steady.
    Quit,
    /// Save, then hide the window; Steady stays in the tray.
    Tray,
    /// As `Tray`, but first tell the person what that means (once).
    Explain,
}

#[derive(Serialize, Clone)]
struct Closing {
    mode: Mode,
    generation: u64,
}

/// Which close is in progress, and whether the page has answered it.
#[derive(Default)]
pub struct CloseState {
    generation: AtomicU64,
    answered: AtomicU64,
    /// Whether there is a tray icon to close to; without one, closing quits.
    tray: AtomicU8,
}

const TRAY_ABSENT: u8 = 0;
const TRAY_PRESENT: u8 = 1;
/// It is built just after the first screen: a close before then counts on it.
const TRAY_COMING: u8 = 2;

impl CloseState {
    pub fn set_tray(&self, present: bool) {
        let v = if present { TRAY_PRESENT } else { TRAY_ABSENT };
        self.tray.store(v, Ordering::SeqCst);
    }

    pub fn tray_coming(&self) {
        self.tray.store(TRAY_COMING, Ordering::SeqCst);
    }

    /// A tray icon exists, or is about to.
    pub fn has_tray(&self) -> bool {
        self.tray.load(Ordering::SeqCst) != TRAY_ABSENT
    }

    fn answer(&self, generation: Option<u64>) {
        let g = generation.unwrap_or_else(|| self.generation.load(Ordering::SeqCst));
        self.answered.fetch_max(g, Ordering::SeqCst);
    }
}

pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        api.prevent_close();
        let app = window.app_handle();
        begin(app, mode_for(app));
    }
}

/// What closing the window does now, from the settings.
pub fn mode_for<R: Runtime>(app: &AppHandle<R>) -> Mode {
    let tray = app.try_state::<CloseState>().is_some_and(|c| c.has_tray());
    let settings = app.try_state::<Steady>().map(|s| s.settings.get());
    match settings {
        Some(s) if tray && s.close_to_tray && !s.tray_explained => Mode::Explain,
        Some(s) if tray && s.close_to_tray => Mode::Tray,
        _ => Mode::Quit,
    }
}

/// Asks the page to save and then do `mode`; does it anyway if the page stays silent.
pub fn begin<R: Runtime>(app: &AppHandle<R>, mode: Mode) {
    let Some(state) = app.try_state::<CloseState>() else {
        finish(app, mode);
        return;
    };
    let generation = state.generation.fetch_add(1, Ordering::SeqCst) + 1;
    if app.emit(EVENT, Closing { mode, generation }).is_err() {
        finish(app, mode);
        return;
    }
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(WAIT_FOR_PAGE);
        let answered = app
            .try_state::<CloseState>()
            .is_some_and(|s| s.answered.load(Ordering::SeqCst) >= generation);
        if !answered {
            finish(&app, mode);
        }
    });
}

fn finish<R: Runtime>(app: &AppHandle<R>, mode: Mode) {
    match mode {
        Mode::Quit => app.exit(0),
        Mode::Tray | Mode::Explain => hide(app),
    }
}

fn hide<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        if let Some(w) = handle.get_webview_window(MAIN_WINDOW) {
            let _ = w.hide();
        }
    });
}

/// The page has saved what it had: end Steady.
#[tauri::command]
pub fn window_close<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, CloseState>,
    generation: Option<u64>,
) {
    state.answer(generation);
    app.exit(0);
}

/// The page has saved what it had: hide to the tray.
#[tauri::command]
pub fn window_hide<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, CloseState>,
    generation: Option<u64>,
) {
    state.answer(generation);
    hide(&app);
}

/// The page has saved and is asking the person what closing should do; no fallback.
#[tauri::command]
pub fn close_hold(state: State<'_, CloseState>, generation: Option<u64>) {
    state.answer(generation);
}
