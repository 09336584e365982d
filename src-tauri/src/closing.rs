//! Closing the window, carried out. The rule (what a close does, with or without a tray,
//! and what happens if the page does not answer) is the core's `launch::closing`; this
//! holds the close, tells the page, waits, and quits or hides as the core says.

use std::time::Duration;

use steady_core::launch::closing::{CloseState, Closing, Ending, Mode};
use steady_core::Steady;
use tauri::{AppHandle, Emitter, Manager, Runtime, State, Window, WindowEvent};

use crate::launch::MAIN_WINDOW;

/// The page listens for this and answers with `window_close`, `window_hide` or `close_hold`.
pub const EVENT: &str = "steady://closing";
const WAIT_FOR_PAGE: Duration = Duration::from_secs(2);

pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        api.prevent_close();
        let app = window.app_handle();
        let mode = match (app.try_state::<CloseState>(), app.try_state::<Steady>()) {
            (Some(state), Some(steady)) => state.mode(&steady.settings.get()),
            _ => Mode::Quit,
        };
        begin(app, mode);
    }
}

/// Asks the page to save and then do `mode`; does it anyway if the page stays silent.
pub fn begin<R: Runtime>(app: &AppHandle<R>, mode: Mode) {
    match app.try_state::<CloseState>() {
        Some(state) => tell_page(app, state.begin(mode)),
        None => end(app, Ending::Exit),
    }
}

/// Sends the page a close the core has numbered, and waits for its answer.
pub fn tell_page<R: Runtime>(app: &AppHandle<R>, closing: Closing) {
    let app = app.clone();
    let sent = app.emit(EVENT, closing).is_ok();
    std::thread::spawn(move || {
        if sent {
            std::thread::sleep(WAIT_FOR_PAGE);
        }
        let unanswered = app
            .try_state::<CloseState>()
            .and_then(|s| s.unanswered(&closing));
        if let Some(ending) = unanswered {
            end(&app, ending);
        }
    });
}

pub fn end<R: Runtime>(app: &AppHandle<R>, ending: Ending) {
    match ending {
        Ending::Exit => app.exit(0),
        Ending::Hide => {
            crate::commands::protection::lock_if_on(app);
            let handle = app.clone();
            let _ = app.run_on_main_thread(move || {
                if let Some(w) = handle.get_webview_window(MAIN_WINDOW) {
                    let _ = w.hide();
                }
            });
        }
    }
}

/// The page has saved what it had: end Steady.
#[tauri::command]
pub fn window_close<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, CloseState>,
    generation: Option<u64>,
) {
    end(&app, state.page_quit(generation));
}

/// The page has saved what it had: hide to the tray (or end, if there is none).
#[tauri::command]
pub fn window_hide<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, CloseState>,
    generation: Option<u64>,
) {
    end(&app, state.page_hide(generation));
}

/// The page has saved and is asking the person what closing should do; no fallback.
#[tauri::command]
pub fn close_hold(state: State<'_, CloseState>, generation: Option<u64>) {
    state.page_hold(generation);
}
