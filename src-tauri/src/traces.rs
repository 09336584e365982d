//! Nothing of Steady outside its data folder: the webview keeps its storage inside it
//! (not in a folder of its own under ~/.local/share), and the desktop's recent-files
//! list is never told about an export.

use std::path::{Path, PathBuf};

/// Where the webview keeps its storage and cache: inside Steady's own folder.
pub fn webview_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("webview")
}

/// Turns GTK's recent-files list off for this process, so the save dialog adds nothing
/// to it. Call on the main thread, once GTK is up.
pub fn no_recent_files() {
    #[cfg(target_os = "linux")]
    {
        use gtk::prelude::ObjectExt;
        // Without a display (the mock runtime's tests) there is no GTK and no dialog.
        if !gtk::is_initialized_main_thread() {
            return;
        }
        if let Some(settings) = gtk::Settings::default() {
            settings.set_property("gtk-recent-files-enabled", false);
        }
    }
}

/// Whether GTK would note a saved file in the recent-files list (what the tests read);
/// `None` where there is no GTK to ask.
pub fn recent_files_enabled() -> Option<bool> {
    #[cfg(target_os = "linux")]
    {
        use gtk::prelude::ObjectExt;
        if !gtk::is_initialized_main_thread() {
            return None;
        }
        if let Some(settings) = gtk::Settings::default() {
            return Some(settings.property::<bool>("gtk-recent-files-enabled"));
        }
    }
    None
}
