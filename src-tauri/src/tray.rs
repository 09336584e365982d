//! The tray icon and its menu: the way back to Steady while its window is hidden.
//! On Linux the icon's own clicks are not reported, so everything is in the menu.

use steady_core::launch::command_line::{Route, Screen};
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

use crate::closing::{self, Mode};
use crate::launch::{self, MAIN_WINDOW};

/// What a menu item does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Open(Route),
    ShowOrHide,
    Quit,
}

/// The menu, in order: (id, label).
pub const ITEMS: [(&str, &str); 6] = [
    ("breathe", "Breathe"),
    ("ground", "Ground"),
    ("plan", "My plan"),
    ("help", "Get help now"),
    ("show-hide", "Show/Hide Steady"),
    ("quit", "Quit Steady"),
];

pub fn action(id: &str) -> Option<Action> {
    Some(match id {
        "breathe" => Action::Open(Route::screen(Screen::Breathe)),
        "ground" => Action::Open(Route::screen(Screen::Ground)),
        "plan" => Action::Open(Route::screen(Screen::Plan)),
        "help" => Action::Open(Route::screen(Screen::Help)),
        "show-hide" => Action::ShowOrHide,
        "quit" => Action::Quit,
        _ => return None,
    })
}

/// Builds the tray. An error (or a desktop without the indicator library) leaves Steady
/// without one, and closing the window then quits instead of hiding.
pub fn build<R: Runtime>(app: &AppHandle<R>) -> Result<(), String> {
    let handle = app;
    let mut items = Vec::new();
    for (i, (id, label)) in ITEMS.iter().enumerate() {
        if i == 4 {
            items.push(
                Box::new(PredefinedMenuItem::separator(handle).map_err(|e| e.to_string())?)
                    as Box<dyn tauri::menu::IsMenuItem<R>>,
            );
        }
        items.push(Box::new(
            MenuItem::with_id(handle, *id, *label, true, None::<&str>)
                .map_err(|e| e.to_string())?,
        ));
    }
    let refs: Vec<&dyn tauri::menu::IsMenuItem<R>> = items.iter().map(|b| b.as_ref()).collect();
    let menu = Menu::with_items(handle, &refs).map_err(|e| e.to_string())?;
    let mut builder = TrayIconBuilder::with_id("steady")
        .tooltip("Steady")
        .menu(&menu)
        .on_menu_event(|app, event| {
            if let Some(a) = action(event.id().as_ref()) {
                act(app, a);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    // The indicator library is loaded on first use and panics if it is missing.
    let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| builder.build(app)));
    match built {
        Ok(Ok(_tray)) => Ok(()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("the tray library (ayatana-appindicator3) is missing".into()),
    }
}

pub fn act<R: Runtime>(app: &AppHandle<R>, action: Action) {
    match action {
        Action::Open(route) => launch::open(app, route),
        Action::ShowOrHide => {
            let handle = app.clone();
            let _ = app.run_on_main_thread(move || {
                if let Some(w) = handle.get_webview_window(MAIN_WINDOW) {
                    if w.is_visible().unwrap_or(false) {
                        let _ = w.hide();
                    } else {
                        launch::show(&w);
                    }
                }
            });
        }
        // Through the page, so whatever is being typed is saved first.
        Action::Quit => closing::begin(app, Mode::Quit),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_menu_item_does_something_and_the_screens_match_their_names() {
        for (id, _) in ITEMS {
            assert!(action(id).is_some(), "{id} does nothing");
        }
        assert_eq!(
            action("plan"),
            Some(Action::Open(Route::screen(Screen::Plan)))
        );
        assert_eq!(action("quit"), Some(Action::Quit));
        assert_eq!(action("nonsense"), None);
    }
}
