//! The "what helped" log in the running app.

use std::sync::Mutex;

use super::{Entry, HelpedLog, NewEntry};
use crate::error::ActionError;
use crate::store::slot::{lock, Slot};

pub struct Helped {
    log: Mutex<Slot<HelpedLog>>,
}

impl Helped {
    pub(crate) fn new(log: Slot<HelpedLog>) -> Self {
        Helped {
            log: Mutex::new(log),
        }
    }

    pub fn list(&self) -> Vec<Entry> {
        lock(&self.log).current.entries.clone()
    }

    pub fn add(&self, entry: NewEntry) -> Result<Entry, ActionError> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        lock(&self.log).update(|log| log.add(entry, now))
    }

    pub fn delete(&self, id: u64) -> Result<(), ActionError> {
        lock(&self.log).update(|log| {
            log.delete(id);
            Ok(())
        })
    }

    pub fn clear(&self) -> Result<(), ActionError> {
        lock(&self.log).update(|log| {
            log.clear();
            Ok(())
        })
    }
}
