//! Where the window goes when Steady is asked to open somewhere: from its own command
//! line, from a later launch handed over, from the tray menu or the global shortcut.
//! The route waits here until the page takes it, so none is lost while the page loads.

use std::sync::Mutex;

use steady_core::launch::command_line::Route;
use tauri::{AppHandle, Emitter, Manager, Runtime, State, WebviewWindow};

use crate::ready::ReadySignal;

/// The page listens for this, then asks for the route with `take_route`.
pub const ROUTE_EVENT: &str = "steady://route";
pub const MAIN_WINDOW: &str = "main";

#[derive(Default)]
pub struct PendingRoute(Mutex<Option<Route>>);

impl PendingRoute {
    pub fn new(route: Route) -> Self {
        PendingRoute(Mutex::new(Some(route)))
    }

    fn put(&self, route: Route) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(route);
    }

    /// The route, left where it is for the page to take.
    pub fn peek(&self) -> Option<Route> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn take(&self) -> Option<Route> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }
}

/// Brings the window forward on `route`. Safe from any thread.
pub fn open<R: Runtime>(app: &AppHandle<R>, route: Route) {
    if let Some(pending) = app.try_state::<PendingRoute>() {
        pending.put(route);
    }
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        if let Some(w) = handle.get_webview_window(MAIN_WINDOW) {
            show(&w);
            let _ = w.emit(ROUTE_EVENT, ());
        }
    });
}

/// Shows, restores and focuses the window. (The window manager may still decline focus.)
pub fn show<R: Runtime>(w: &WebviewWindow<R>) {
    let _ = w.show();
    let _ = w.unminimize();
    let _ = w.set_focus();
}

#[tauri::command]
pub fn take_route(pending: State<'_, PendingRoute>) -> Option<Route> {
    pending.take()
}

/// The page has drawn a screen it was sent to; with `STEADY_REPORT_READY=1` this prints
/// `STEADY_SHOWN <screen> <ms>`, so the hand-off can be timed from outside.
#[tauri::command]
pub fn ui_shown(ready: State<'_, ReadySignal>, screen: String) {
    ready.report_shown(&screen);
}
