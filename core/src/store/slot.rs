//! One document held in memory beside its file. Changes go through `update`, which saves
//! before anything in memory changes, so memory never claims what the disk does not hold.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use crate::error::{ActionError, InvalidInput, StartError, StoreError};
use crate::store::{DocFile, Document, LoadNotice};
use crate::vault::key::Key;

pub struct Slot<D: Document + Clone> {
    file: DocFile<D>,
    pub current: D,
}

impl<D: Document + Clone> Slot<D> {
    /// Opens and loads; what the load had to say comes back beside the slot.
    pub fn open(dir: &Path, read_only: bool) -> Result<(Slot<D>, Option<LoadNotice>), StartError> {
        Self::open_sealed(dir, read_only, None)
    }

    /// `open`, for a file sealed with `key` (protection on). A plain file found while
    /// protection is on is sealed at once, so nothing the person wrote stays readable.
    pub fn open_sealed(
        dir: &Path,
        read_only: bool,
        key: Option<Key>,
    ) -> Result<(Slot<D>, Option<LoadNotice>), StartError> {
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
        file.set_key(key);
        let (current, notice) = file.load();
        let mut slot = Slot { file, current };
        if notice == Some(LoadNotice::WasPlain) {
            // A failure here leaves the plain file as it was; the next change tries again.
            let _ = slot.resave();
        }
        Ok((slot, notice))
    }

    /// Writes what is held again, under the file's current key (sealing or unsealing it).
    pub fn resave(&mut self) -> Result<(), StoreError> {
        self.file.save(&self.current)
    }

    /// Seal from now on with `key`, or write plain with `None`; call `resave` to apply
    /// it to the file itself.
    pub fn set_key(&mut self, key: Option<Key>) {
        self.file.set_key(key);
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
