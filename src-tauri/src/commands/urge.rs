//! Riding the wave: a session's length and check-ins.

use steady_core::urge::Wave;

use super::Error;

#[tauri::command]
pub fn urge_wave(minutes: u32, check_ins: bool) -> Result<Wave, Error> {
    Ok(Wave::new(minutes, check_ins)?)
}
