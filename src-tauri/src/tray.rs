//! The tray icon and its menu, built from the core's one list (`launch::tray::MENU`): the
//! way back to Steady while its window is hidden.

use steady_core::launch::closing::Mode;
use steady_core::launch::command_line::Route;
use steady_core::launch::tray::{self, Action, MENU};
use steady_core::words::Words;
use tauri::menu::{IsMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

use crate::closing;
use crate::launch::{self, MAIN_WINDOW};

/// Why there is no tray icon. Said on stderr (`words`); closing the window then quits.
#[derive(Debug, thiserror::Error)]
pub enum TrayError {
    #[error("its menu could not be made: {0}")]
    Menu(#[source] tauri::Error),
    #[error("the icon could not be made: {0}")]
    Icon(#[source] tauri::Error),
    /// The indicator library is loaded on first use, and panics if it is missing.
    #[error("the tray library (ayatana-appindicator3) is missing")]
    LibraryMissing,
}

impl TrayError {
    /// What the terminal says: the missing library by name, since that is what to
    /// install; any other fault goes to the log.
    pub fn words(&self, words: &Words) -> String {
        match self {
            TrayError::LibraryMissing => {
                words.get("cli-no-tray-library", &[("library", TRAY_LIBRARY.into())])
            }
            TrayError::Menu(_) | TrayError::Icon(_) => {
                log::warn!(target: "steady", "no tray icon: {self}");
                words.get("cli-no-tray", &[])
            }
        }
    }
}

const TRAY_ID: &str = "steady";

/// Names the window and the tray as the settings ask (Steady, or a discreet "Notes").
pub fn apply_names<R: Runtime>(app: &AppHandle<R>) {
    let steady = app.state::<steady_core::Steady>();
    let (title, tooltip) = tray::desktop_names(steady.settings.get().discreet);
    let words = steady.words();
    if let Some(w) = app.get_webview_window(MAIN_WINDOW) {
        let _ = w.set_title(&words.get(title, &[]));
    }
    if let Some(t) = app.tray_by_id(TRAY_ID) {
        let _ = t.set_tooltip(Some(words.get(tooltip, &[])));
        // The language may have changed: the menu is worded again.
        if let Ok(menu) = menu(app) {
            let _ = t.set_menu(Some(menu));
        }
    }
}

/// The tray's menu, worded in the language Steady speaks now.
fn menu<R: Runtime>(app: &AppHandle<R>) -> Result<Menu<R>, TrayError> {
    let words = app.state::<steady_core::Steady>().words();
    let mut items: Vec<Box<dyn IsMenuItem<R>>> = Vec::new();
    for (i, item) in MENU.iter().enumerate() {
        if tray::separator_before(i) {
            items.push(Box::new(
                PredefinedMenuItem::separator(app).map_err(TrayError::Menu)?,
            ));
        }
        let label = words.get(item.words, &[]);
        let entry =
            MenuItem::with_id(app, item.id, label, true, None::<&str>).map_err(TrayError::Menu)?;
        items.push(Box::new(entry));
    }
    let refs: Vec<&dyn IsMenuItem<R>> = items.iter().map(|b| b.as_ref()).collect();
    Menu::with_items(app, &refs).map_err(TrayError::Menu)
}

/// The indicator library the tray needs on Linux.
const TRAY_LIBRARY: &str = "ayatana-appindicator3";

/// Builds the tray. An error (or a desktop without the indicator library) leaves Steady
/// without one, and closing the window then quits instead of hiding.
pub fn build<R: Runtime>(app: &AppHandle<R>) -> Result<(), TrayError> {
    let steady = app.state::<steady_core::Steady>();
    let words = steady.words();
    let menu = menu(app)?;
    let (_, tooltip) = tray::desktop_names(steady.settings.get().discreet);
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip(words.get(tooltip, &[]))
        .menu(&menu)
        .on_menu_event(|app, event| {
            if let Some(a) = tray::action(event.id().as_ref()) {
                act(app, a);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| builder.build(app)));
    match built {
        Ok(Ok(_tray)) => Ok(()),
        Ok(Err(e)) => Err(TrayError::Icon(e)),
        Err(_) => Err(TrayError::LibraryMissing),
    }
}

pub fn act<R: Runtime>(app: &AppHandle<R>, action: Action) {
    match action {
        Action::Open(screen) => launch::open(app, Route::screen(screen)),
        Action::ShowOrHide => {
            let visible = app
                .get_webview_window(MAIN_WINDOW)
                .map(|w| w.is_visible().unwrap_or(false));
            match visible {
                // Through the page, as a close to the tray is: what is being typed is
                // saved and the screen cleared before the window hides (and Steady locks).
                Some(true) => closing::begin(app, Mode::Tray),
                Some(false) => {
                    let handle = app.clone();
                    let _ = app.run_on_main_thread(move || {
                        if let Some(w) = handle.get_webview_window(MAIN_WINDOW) {
                            launch::show(&w);
                        }
                    });
                }
                None => {}
            }
        }
        Action::Lock => crate::commands::protection::lock_through_page(app),
        // Through the page, so whatever is being typed is saved first.
        Action::Quit => closing::begin(app, Mode::Quit),
    }
}
