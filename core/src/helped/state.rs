//! The "what helped" log in the running app.

use super::{Entry, HelpedLog, NewEntry};
use crate::error::ActionError;
use crate::store::private::{Private, Protected};

pub struct Helped {
    pub(crate) log: Private<HelpedLog>,
}

impl Helped {
    pub(crate) fn new(log: Private<HelpedLog>) -> Self {
        Helped { log }
    }

    /// The notes, or `Protected` while Steady is locked.
    pub fn list(&self) -> Result<Vec<Entry>, Protected> {
        self.log.read(|l| l.entries.clone())
    }

    pub fn add(&self, entry: NewEntry) -> Result<Entry, ActionError> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        self.log.update(|log| log.add(entry, now))
    }

    pub fn delete(&self, id: u64) -> Result<(), ActionError> {
        self.log.update(|log| {
            log.delete(id);
            Ok(())
        })
    }

    pub fn clear(&self) -> Result<(), ActionError> {
        self.log.update(|log| {
            log.clear();
            Ok(())
        })
    }
}
