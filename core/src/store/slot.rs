//! One document held in memory beside its file. Changes go through `update`, which saves
//! before anything in memory changes, so memory never claims what the disk does not hold.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use crate::error::{ActionError, InvalidInput, StartError, StoreError};
use crate::store::{DocFile, Document, LoadNotice};

pub struct Slot<D: Document + Clone> {
    file: DocFile<D>,
    pub current: D,
}

impl<D: Document + Clone> Slot<D> {
    /// Opens and loads; what the load had to say comes back beside the slot.
    pub fn open(dir: &Path, read_only: bool) -> Result<(Slot<D>, Option<LoadNotice>), StartError> {
        let mut file = match DocFile::<D>::open(dir) {
            Ok(f) => f,
            Err(StoreError::Locked { .. }) => {
                return Err(StartError::AlreadyRunning {
                    dir: dir.to_path_buf(),
                })
            }
            Err(e) => return Err(e.into()),
        };
        if read_only {
            file.mark_read_only();
        }
        let (current, notice) = file.load();
        Ok((Slot { file, current }, notice))
    }

    pub fn update<T>(
        &mut self,
        change: impl FnOnce(&mut D) -> Result<T, InvalidInput>,
    ) -> Result<T, ActionError> {
        let mut next = self.current.clone();
        let out = change(&mut next)?;
        self.file.save(&next)?;
        self.current = next;
        Ok(out)
    }
}

/// A panic while holding a lock must not take the person's words down with it.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
