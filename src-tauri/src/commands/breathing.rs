//! Breathing: patterns, a session's schedule and its sound cues.

use serde::Serialize;
use steady_core::breathing::{OwnPatternInput, Pattern, Schedule};
use steady_core::settings::LastBreath;
use steady_core::Steady;
use tauri::State;

use super::Error;
use crate::sound::{Sound, SoundStatus};

#[tauri::command]
pub fn breathing_patterns(steady: State<'_, Steady>) -> Vec<Pattern> {
    steady.breathing.patterns()
}

#[derive(Serialize)]
pub struct Session {
    pattern: Pattern,
    schedule: Schedule,
    sound: SoundStatus,
    /// The person's setting, so the page can tell "off" from "still starting".
    sound_wanted: bool,
    sound_on: bool,
}

/// Computes the session's schedule and starts its sound from the same schedule.
#[tauri::command]
pub fn breathing_start(
    steady: State<'_, Steady>,
    sound: State<'_, Sound>,
    pattern_id: String,
    minutes: Option<u32>,
) -> Result<Session, Error> {
    let (pattern, schedule) = steady
        .breathing
        .schedule(&steady.settings, &pattern_id, minutes)?;
    let settings = steady.settings.get();
    let status = sound.status();
    let sound_on = settings.cues_play(status == SoundStatus::Ready);
    if sound_on {
        sound.play(&schedule, settings.volume);
    }
    Ok(Session {
        pattern,
        schedule,
        sound: status,
        sound_wanted: settings.sound,
        sound_on,
    })
}

/// The pattern and length B starts at once.
#[tauri::command]
pub fn breathing_last(steady: State<'_, Steady>) -> LastBreath {
    steady.breathing.last(&steady.settings)
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
pub fn pattern_add(steady: State<'_, Steady>, input: OwnPatternInput) -> Result<Pattern, Error> {
    Ok(steady.breathing.add(&input)?)
}

#[tauri::command]
pub fn pattern_update(
    steady: State<'_, Steady>,
    id: String,
    input: OwnPatternInput,
) -> Result<Pattern, Error> {
    Ok(steady.breathing.update(&id, &input)?)
}

#[tauri::command]
pub fn pattern_delete(steady: State<'_, Steady>, id: String) -> Result<Pattern, Error> {
    Ok(steady.breathing.delete(&id)?)
}
