//! Grounding: the script to walk, and the person's shaping of it.

use steady_core::grounding::state::{GroundingChange, GroundingView};
use steady_core::Steady;
use tauri::State;

use super::Error;

#[tauri::command]
pub fn grounding_get(steady: State<'_, Steady>) -> GroundingView {
    steady.grounding.view()
}

#[tauri::command]
pub fn grounding_shape(
    steady: State<'_, Steady>,
    change: GroundingChange,
) -> Result<GroundingView, Error> {
    Ok(steady.grounding.shape(change)?)
}
