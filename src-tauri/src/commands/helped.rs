//! The "what helped" log.

use steady_core::helped::{Entry, NewEntry};
use steady_core::Steady;
use tauri::State;

use super::Error;

#[tauri::command]
pub fn helped_list(steady: State<'_, Steady>) -> Result<Vec<Entry>, Error> {
    Ok(steady.helped.list()?)
}

#[tauri::command]
pub fn helped_add(steady: State<'_, Steady>, entry: NewEntry) -> Result<Entry, Error> {
    Ok(steady.helped.add(entry)?)
}

#[tauri::command]
pub fn helped_delete(steady: State<'_, Steady>, id: u64) -> Result<(), Error> {
    Ok(steady.helped.delete(id)?)
}

#[tauri::command]
pub fn helped_clear(steady: State<'_, Steady>) -> Result<(), Error> {
    Ok(steady.helped.clear()?)
}
