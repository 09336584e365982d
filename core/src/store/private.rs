//! A document the person wrote (the plan, the log, their own steps and patterns). While
//! protection is on and Steady is locked it is not held at all: nothing of it is in
//! memory, and every read or change is refused as `Protected`, so a locked Steady can
//! never save an empty document over the sealed one.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{ActionError, InvalidInput, StartError};
use crate::store::slot::{lock, Slot};
use crate::store::{Document, LoadNotice};
use crate::vault::key::Key;

pub struct Private<D: Document + Clone> {
    dir: PathBuf,
    read_only: bool,
    slot: Mutex<Option<Slot<D>>>,
}

/// The document is behind the lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Protected;

impl From<Protected> for ActionError {
    fn from(_: Protected) -> Self {
        ActionError::Protected
    }
}

pub enum Opening {
    /// Protection off: plain files.
    Plain,
    /// Protection on and unlocked: sealed with this key.
    Sealed(Key),
    /// Protection on and locked: not opened.
    Locked,
}

impl<D: Document + Clone> Private<D> {
    pub fn open(
        dir: &Path,
        read_only: bool,
        how: Opening,
    ) -> Result<(Private<D>, Option<LoadNotice>), StartError> {
        let private = Private {
            dir: dir.to_path_buf(),
            read_only,
            slot: Mutex::new(None),
        };
        let notice = match how {
            Opening::Plain => private.load(None)?,
            Opening::Sealed(key) => private.load(Some(key))?,
            Opening::Locked => None,
        };
        Ok((private, notice))
    }

    /// Opens the document with the vault's key (after unlocking). Already open: nothing.
    pub fn load(&self, key: Option<Key>) -> Result<Option<LoadNotice>, StartError> {
        let mut held = lock(&self.slot);
        if held.is_some() {
            return Ok(None);
        }
        let (slot, notice) = Slot::open_sealed(&self.dir, self.read_only, key)?;
        *held = Some(slot);
        Ok(notice)
    }

    /// Lets go of the document (locking): it leaves memory, and its file's lock is freed.
    pub fn close(&self) {
        *lock(&self.slot) = None;
    }

    pub fn is_open(&self) -> bool {
        lock(&self.slot).is_some()
    }

    /// Reads it, or `Protected` while locked.
    pub fn read<T>(&self, f: impl FnOnce(&D) -> T) -> Result<T, Protected> {
        lock(&self.slot)
            .as_ref()
            .map(|s| f(&s.current))
            .ok_or(Protected)
    }

    /// A change, saved before memory changes (see `Slot::update`); `Protected` while
    /// locked.
    pub fn update<T>(
        &self,
        change: impl FnOnce(&mut D) -> Result<T, InvalidInput>,
    ) -> Result<T, ActionError> {
        self.with_slot(|slot| slot.update(change))
    }

    /// The slot itself, for a feature that keeps more beside it (the plan's versions).
    pub fn with_slot<T>(
        &self,
        f: impl FnOnce(&mut Slot<D>) -> Result<T, ActionError>,
    ) -> Result<T, ActionError> {
        let mut held = lock(&self.slot);
        let slot = held.as_mut().ok_or(ActionError::Protected)?;
        f(slot)
    }

    /// Writes the file again, sealed with `key` or plain with `None` (turning protection
    /// on or off). On failure the file on disk keeps its old form, which still loads
    /// (a plain file under protection is sealed at the next unlock), and the next save
    /// uses the new form.
    pub fn rekey(&self, key: Option<Key>) -> Result<(), ActionError> {
        self.with_slot(|slot| {
            slot.set_key(key);
            slot.resave().map_err(ActionError::Store)
        })
    }
}
