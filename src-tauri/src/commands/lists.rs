//! The person's own lists: true sentences, for my next session, moments I got through.

use steady_core::own_lists::{CloseCall, Entry, ListName};
use steady_core::Steady;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use super::Error;

#[tauri::command]
pub fn list_get(steady: State<'_, Steady>, list: ListName) -> Result<Vec<Entry>, Error> {
    Ok(steady.lists.list(list)?)
}

#[tauri::command]
pub fn list_add(steady: State<'_, Steady>, list: ListName, text: String) -> Result<Entry, Error> {
    Ok(steady.lists.add(list, &text)?)
}

/// A close call note: what happened, and its other parts.
#[tauri::command]
pub fn close_call_add(
    steady: State<'_, Steady>,
    happened: String,
    parts: CloseCall,
) -> Result<Entry, Error> {
    Ok(steady.lists.add_close_call(&happened, parts)?)
}

#[tauri::command]
pub fn list_delete(steady: State<'_, Steady>, list: ListName, id: u64) -> Result<(), Error> {
    Ok(steady.lists.delete(list, id)?)
}

/// Puts the last deleted entry back; answers which list it went to.
#[tauri::command]
pub fn list_undo_delete(steady: State<'_, Steady>) -> Result<ListName, Error> {
    Ok(steady.lists.undo_delete()?)
}

/// Saves a list as Markdown where the person chooses; the path, or `None` if they
/// cancelled. `title` is the list's heading in the page's words.
#[tauri::command]
pub async fn list_save_markdown<R: Runtime>(
    app: AppHandle<R>,
    steady: State<'_, Steady>,
    list: ListName,
    title: String,
) -> Result<Option<String>, Error> {
    let title: String = title
        .chars()
        .filter(|c| !c.is_control())
        .take(200)
        .collect();
    let text = steady.lists.markdown(list, &title)?;
    let chosen = app
        .dialog()
        .file()
        .set_file_name(format!("{title}.md"))
        .add_filter("Markdown", &["md"])
        .blocking_save_file();
    let Some(chosen) = chosen else {
        return Ok(None);
    };
    let path = chosen.into_path().map_err(|_| Error::Path)?;
    crate::export::write(&path, text.as_bytes())?;
    Ok(Some(path.display().to_string()))
}

/// "A reminder hit me": its steps and the person's words for "this is now".
#[tauri::command]
pub fn reminder_get(steady: State<'_, Steady>) -> steady_core::paths::ReminderView {
    steady.reminder_view()
}

/// HALT's needs, in order (`assets/halt.json`), for the close-call note.
#[tauri::command]
pub fn halt_needs() -> Vec<String> {
    steady_core::content::Content::shared()
        .map(|c| c.halt.clone())
        .unwrap_or_default()
}
