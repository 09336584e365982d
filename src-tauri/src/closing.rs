//! Closing the window never loses typing: the close is held, the page is told to save
//! what is pending, and it closes the window itself when done. If the page cannot answer
//! (hung, or busy), the window closes anyway after a short wait.

use std::time::Duration;

use tauri::{Emitter, Runtime, Window, WindowEvent};

/// The page listens for this and answers with `window_close`.
pub const EVENT: &str = "steady://closing";
const WAIT_FOR_PAGE: Duration = Duration::from_secs(2);

pub fn on_window_event<R: Runtime>(window: &Window<R>, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        api.prevent_close();
        if window.emit(EVENT, ()).is_err() {
            let _ = window.destroy();
            return;
        }
        let w = window.clone();
        std::thread::spawn(move || {
            std::thread::sleep(WAIT_FOR_PAGE);
            // Already gone if the page answered in time; then this does nothing.
            let _ = w.destroy();
        });
    }
}

/// The page has saved what it had: close now.
#[tauri::command]
pub fn window_close<R: Runtime>(window: Window<R>) {
    let _ = window.destroy();
}
