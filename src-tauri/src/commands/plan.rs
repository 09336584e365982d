//! The safety plan: its sections, items, kept versions, import, export and printing.

use steady_core::plan::{Item, ItemInput, Plan, Section, SectionInfo};
use steady_core::store::history::Version;
use steady_core::vault::Secret;
use steady_core::Steady;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use super::Error;

#[tauri::command]
pub fn plan_sections() -> Vec<SectionInfo> {
    steady_core::plan::sections()
}

#[tauri::command]
pub fn plan_get(steady: State<'_, Steady>) -> Result<Plan, Error> {
    Ok(steady.plan.get()?)
}

#[tauri::command]
pub fn plan_add(
    steady: State<'_, Steady>,
    section: Section,
    input: ItemInput,
    at: Option<usize>,
) -> Result<Item, Error> {
    Ok(steady.plan.add(section, &input, at)?)
}

#[tauri::command]
pub fn plan_edit(
    steady: State<'_, Steady>,
    section: Section,
    id: u64,
    input: ItemInput,
) -> Result<Item, Error> {
    Ok(steady.plan.edit(section, id, &input)?)
}

#[tauri::command]
pub fn plan_delete(steady: State<'_, Steady>, section: Section, id: u64) -> Result<Item, Error> {
    Ok(steady.plan.delete(section, id)?)
}

/// Undo names only the id: the core restores the item it kept, as it was.
#[tauri::command]
pub fn plan_undo_delete(steady: State<'_, Steady>, section: Section, id: u64) -> Result<(), Error> {
    Ok(steady.plan.undo_delete(section, id)?)
}

#[tauri::command]
pub fn plan_reorder(
    steady: State<'_, Steady>,
    section: Section,
    id: u64,
    to: usize,
) -> Result<(), Error> {
    Ok(steady.plan.reorder(section, id, to)?)
}

#[tauri::command]
pub fn plan_versions(steady: State<'_, Steady>) -> Result<Vec<Version>, Error> {
    Ok(steady.plan.versions()?)
}

#[tauri::command]
pub fn plan_unpin(steady: State<'_, Steady>, id: String) -> Result<(), Error> {
    Ok(steady.plan.unpin(&id)?)
}

#[tauri::command]
pub fn plan_version(steady: State<'_, Steady>, id: String) -> Result<Plan, Error> {
    Ok(steady.plan.version(&id)?)
}

#[tauri::command]
pub fn plan_restore_version(steady: State<'_, Steady>, id: String) -> Result<Plan, Error> {
    Ok(steady.plan.restore_version(&id)?)
}

/// Checks a file the person picked (its bytes, read by the page) without changing
/// anything. A protected copy needs its passphrase or recovery code (off the main thread:
/// opening one derives a key).
#[tauri::command(async)]
pub fn plan_import_preview(
    bytes: Vec<u8>,
    passphrase: Option<String>,
    recovery_code: Option<String>,
) -> Result<Plan, Error> {
    let secret = Secret::given(passphrase, recovery_code)?;
    Ok(Steady::read_plan_file(&bytes, secret.as_ref())?)
}

#[tauri::command(async)]
pub fn plan_import(
    steady: State<'_, Steady>,
    bytes: Vec<u8>,
    passphrase: Option<String>,
    recovery_code: Option<String>,
) -> Result<Plan, Error> {
    let secret = Secret::given(passphrase, recovery_code)?;
    Ok(steady.import_plan(&bytes, secret.as_ref())?)
}

/// Asks where to save (the system dialog), then writes the plan there durably. Returns
/// the path, or `None` if the person cancelled. Async: the dialog must not block the
/// main thread.
#[tauri::command]
pub async fn plan_export<R: Runtime>(
    app: AppHandle<R>,
    steady: State<'_, Steady>,
    format: String,
    include: Option<Vec<steady_core::own_lists::ListName>>,
) -> Result<Option<String>, Error> {
    let words = steady.words();
    let heading = words.get("plan-export-title", &[]);
    // The own lists the person ticked, each under its title in Steady's words.
    let include: Vec<_> = include
        .unwrap_or_default()
        .into_iter()
        .map(|name| {
            let code = serde_json::to_value(name)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            (name, words.get(&format!("lists-{code}-title"), &[]))
        })
        .collect();
    let export = steady.export_plan_with(&format, &heading, &include)?;
    let chosen = app
        .dialog()
        .file()
        .set_file_name(export.file_name)
        .add_filter(export.kind_name, &[export.extension])
        .blocking_save_file();
    let Some(chosen) = chosen else {
        return Ok(None);
    };
    let path = chosen.into_path().map_err(|_| Error::Path)?;
    crate::export::write(&path, &export.bytes)?;
    Ok(Some(path.display().to_string()))
}

/// Opens the system print dialog for the page (paper or PDF). `window.print()` alone does
/// nothing in the Linux webview, so the page asks for it here.
#[tauri::command]
pub fn print_page<R: Runtime>(webview: tauri::Webview<R>) -> Result<(), Error> {
    webview.print().map_err(|e| {
        log::warn!(target: "steady::error", "print: {e}");
        Error::Print
    })
}
