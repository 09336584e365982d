//! The page's only way in. Each command translates one call into the core and back;
//! no rules live here.

use serde::Serialize;
use steady_core::app::{ActionError, AppInfo};
use steady_core::breathing::{OwnPatternInput, Pattern, Schedule};
use steady_core::directory::EmergencyChoice;
use steady_core::helped::{Entry, NewEntry};
use steady_core::{Notice, Settings, Steady};
use tauri::State;

use crate::ready::ReadySignal;
use crate::sound::{Sound, SoundStatus};

/// How an error reaches the page: a code to react to and words to show.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct ErrorDto {
    pub code: &'static str,
    pub message: String,
}

impl From<ActionError> for ErrorDto {
    fn from(e: ActionError) -> Self {
        ErrorDto {
            code: e.code(),
            message: e.to_string(),
        }
    }
}

#[tauri::command]
pub fn app_info(steady: State<'_, Steady>) -> AppInfo {
    steady.info()
}

#[tauri::command]
pub fn get_settings(steady: State<'_, Steady>) -> Settings {
    steady.settings()
}

#[tauri::command]
pub fn save_settings(
    steady: State<'_, Steady>,
    sound: State<'_, Sound>,
    settings: Settings,
) -> Result<Settings, ErrorDto> {
    let saved = steady.save_settings(settings)?;
    sound.set_volume(if saved.sound { saved.volume } else { 0 });
    Ok(saved)
}

#[tauri::command]
pub fn take_notices(steady: State<'_, Steady>) -> Vec<Notice> {
    steady.take_notices()
}

#[tauri::command]
pub fn emergency(steady: State<'_, Steady>) -> EmergencyChoice {
    steady.emergency()
}

#[tauri::command]
pub fn ui_ready(ready: State<'_, ReadySignal>) {
    ready.report();
}

// ------------------------------------------------------------------ breathing

#[tauri::command]
pub fn breathing_patterns(steady: State<'_, Steady>) -> Vec<Pattern> {
    steady.patterns()
}

#[derive(Serialize)]
pub struct Session {
    pattern: Pattern,
    schedule: Schedule,
    sound: SoundStatus,
    sound_on: bool,
}

/// Computes the session's schedule and starts its sound from the same schedule.
#[tauri::command]
pub fn breathing_start(
    steady: State<'_, Steady>,
    sound: State<'_, Sound>,
    pattern_id: String,
    minutes: Option<u32>,
) -> Result<Session, ErrorDto> {
    let (pattern, schedule) = steady.breathing_schedule(&pattern_id, minutes)?;
    let settings = steady.settings();
    let status = sound.status();
    let sound_on = settings.sound && status == SoundStatus::Ready;
    if sound_on {
        sound.play(&schedule, settings.volume);
    }
    Ok(Session {
        pattern,
        schedule,
        sound: status,
        sound_on,
    })
}

#[tauri::command]
pub fn breathing_pause(sound: State<'_, Sound>) {
    sound.pause();
}

#[tauri::command]
pub fn breathing_resume(sound: State<'_, Sound>) {
    sound.resume();
}

#[tauri::command]
pub fn breathing_stop(sound: State<'_, Sound>) {
    sound.stop();
}

#[tauri::command]
pub fn sound_status(sound: State<'_, Sound>) -> SoundStatus {
    sound.status()
}

#[tauri::command]
pub fn pattern_add(steady: State<'_, Steady>, input: OwnPatternInput) -> Result<Pattern, ErrorDto> {
    Ok(steady.add_pattern(&input)?)
}

#[tauri::command]
pub fn pattern_update(
    steady: State<'_, Steady>,
    id: String,
    input: OwnPatternInput,
) -> Result<Pattern, ErrorDto> {
    Ok(steady.update_pattern(&id, &input)?)
}

#[tauri::command]
pub fn pattern_delete(steady: State<'_, Steady>, id: String) -> Result<Pattern, ErrorDto> {
    Ok(steady.delete_pattern(&id)?)
}

// ------------------------------------------------------------------ what helped

#[tauri::command]
pub fn helped_add(steady: State<'_, Steady>, entry: NewEntry) -> Result<Entry, ErrorDto> {
    Ok(steady.add_helped(entry)?)
}

#[tauri::command]
pub fn helped_list(steady: State<'_, Steady>) -> Vec<Entry> {
    steady.helped()
}
