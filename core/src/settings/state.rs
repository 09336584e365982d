//! The person's settings as the running app holds them.

use std::sync::Mutex;

use super::{LastBreath, Settings};
use crate::error::ActionError;
use crate::store::slot::{lock, Slot};

pub struct SettingsState {
    slot: Mutex<Slot<Settings>>,
}

impl SettingsState {
    pub(crate) fn new(slot: Slot<Settings>) -> Self {
        SettingsState {
            slot: Mutex::new(slot),
        }
    }

    pub fn get(&self) -> Settings {
        lock(&self.slot).current.clone()
    }

    /// Validates and saves. On failure nothing changes, in memory or on disk.
    pub fn save(&self, new: Settings) -> Result<Settings, ActionError> {
        let new = new.validated()?;
        lock(&self.slot).update(|s| {
            *s = new.clone();
            Ok(new)
        })
    }

    /// Sets (or, with `None`, forgets) the person's country for help.
    pub fn set_country(&self, code: Option<String>) -> Result<(), ActionError> {
        let mut s = self.get();
        s.country = code;
        self.save(s).map(|_| ())
    }

    /// Kept quietly: a session never waits on, or fails for, this save (a read-only
    /// folder, a full disk); the next start then uses the older choice.
    pub(crate) fn remember_breath(&self, choice: LastBreath) {
        let mut s = self.get();
        if s.last_breath.as_ref() != Some(&choice) {
            s.last_breath = Some(choice);
            let _ = self.save(s);
        }
    }
}
