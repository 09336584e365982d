//! The safety plan in the running app: the saved plan, its kept versions, and what was
//! deleted this session (for undo).

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::{Item, ItemInput, Plan, Section, MAX_FILE_BYTES};
use crate::error::{ActionError, InvalidInput, Reason, StoreError, ThingKind};
use crate::store::history::{History, Version};
use crate::store::private::{Private, Protected};
use crate::store::slot::lock;
use crate::store::{decode_document, encode, Document};
use crate::vault::key::Key;

/// How many deletions undo can reach back to.
const UNDO_DEPTH: usize = 50;

/// The kept versions, as a store error names them (the catalogue's `$doc`).
const HISTORY: &str = "history";

pub struct PlanState {
    slot: Private<Plan>,
    history: History,
    history_dir: PathBuf,
    /// Items deleted this session, newest last, so undo restores exactly what was removed
    /// (the page names only the id, never the item).
    deleted: Mutex<Vec<Deleted>>,
}

struct Deleted {
    section: Section,
    item: Item,
    at: usize,
}

impl PlanState {
    pub(crate) fn new(dir: &Path, slot: Private<Plan>, read_only: bool) -> Self {
        let history = History::new(dir, "plan");
        if !read_only {
            history.remove_stale_temps();
        }
        PlanState {
            slot,
            history,
            history_dir: dir.join("backups"),
            deleted: Mutex::new(Vec::new()),
        }
    }

    /// The plan, or `Protected` while Steady is locked.
    pub fn get(&self) -> Result<Plan, Protected> {
        self.slot.read(Plan::clone)
    }

    /// Opens the plan and its versions with the data key (unlocking).
    pub(crate) fn unlock(
        &self,
        key: &Key,
    ) -> Result<Option<crate::store::LoadNotice>, crate::StartError> {
        self.history.set_key(Some(key.clone()));
        self.slot.load(Some(key.clone()))
    }

    /// Lets go of the plan and of what undo held (locking).
    pub(crate) fn close(&self) {
        self.slot.close();
        self.history.set_key(None);
        lock(&self.deleted).clear();
    }

    /// Writes the plan and every kept version again, sealed with `to` or plain with
    /// `None` (protection turned on or off). `from` is the key they are sealed with now.
    pub(crate) fn rekey(&self, to: Option<Key>, from: Option<Key>) -> Result<(), ActionError> {
        self.slot.rekey(to.clone())?;
        self.history.set_key(to);
        self.history
            .rewrite_all(from.as_ref())
            .map_err(|e| ActionError::Store(StoreError::from_io(HISTORY, &self.history_dir, e)))
    }

    /// Saves a change to the plan, then keeps the saved version in the history. A failed
    /// history write does not undo the save: the plan itself is safe on disk.
    fn change<T>(
        &self,
        change: impl FnOnce(&mut Plan) -> Result<T, InvalidInput>,
    ) -> Result<T, ActionError> {
        self.slot.with_slot(|slot| {
            let out = slot.update(change)?;
            if let Ok(bytes) = encode(&slot.current) {
                let _ = self.history.keep(&bytes);
            }
            Ok(out)
        })
    }

    pub fn add(
        &self,
        section: Section,
        input: &ItemInput,
        at: Option<usize>,
    ) -> Result<Item, ActionError> {
        self.change(|p| p.add(section, input, at))
    }

    pub fn edit(&self, section: Section, id: u64, input: &ItemInput) -> Result<Item, ActionError> {
        self.change(|p| p.edit(section, id, input))
    }

    /// Deletes an item and remembers it for undo; returns it.
    pub fn delete(&self, section: Section, id: u64) -> Result<Item, ActionError> {
        let (item, at) = self.change(|p| p.delete(section, id))?;
        let mut deleted = lock(&self.deleted);
        deleted.push(Deleted {
            section,
            item: item.clone(),
            at,
        });
        let over = deleted.len().saturating_sub(UNDO_DEPTH);
        deleted.drain(..over);
        Ok(item)
    }

    /// Puts back an item deleted this session, as it was and where it was.
    pub fn undo_delete(&self, section: Section, id: u64) -> Result<(), ActionError> {
        let mut deleted = lock(&self.deleted);
        let i = deleted
            .iter()
            .rposition(|d| d.section == section && d.item.id == id)
            .ok_or_else(|| gone("id", ThingKind::DeletedItem))?;
        let d = &deleted[i];
        self.change(|p| p.restore(d.section, d.item.clone(), d.at))?;
        deleted.remove(i);
        Ok(())
    }

    pub fn reorder(&self, section: Section, id: u64, to: usize) -> Result<(), ActionError> {
        self.change(|p| p.reorder(section, id, to))
    }

    pub fn versions(&self) -> Result<Vec<Version>, Protected> {
        self.slot.read(|_| self.history.list())
    }

    /// Deletes a plan kept when it was replaced (only the person ends a pin).
    pub fn unpin(&self, id: &str) -> Result<(), ActionError> {
        self.slot.read(|_| ())?;
        self.history.unpin(id).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                ActionError::Invalid(gone("version", ThingKind::KeptPlan))
            } else {
                ActionError::Store(StoreError::from_io(HISTORY, &self.history_dir, e))
            }
        })
    }

    /// Reads and checks a plan from bytes (a kept version, or a file to import).
    /// A refusal is about the `file` as a whole; a rule the plan in it breaks keeps its
    /// own reason (a text too long, say).
    pub fn parse(bytes: &[u8]) -> Result<Plan, InvalidInput> {
        let refuse = |reason| InvalidInput::new("file", reason);
        if bytes.len() as u64 > MAX_FILE_BYTES {
            let max_mib = MAX_FILE_BYTES / (1024 * 1024);
            return Err(refuse(Reason::FileTooLarge { max_mib }));
        }
        // What was wrong with the bytes is the log's to know; the person is told it is not
        // a plan.
        let mut plan = match decode_document::<Plan>(bytes) {
            Ok(Some(p)) => p,
            Ok(None) => return Err(refuse(Reason::NewerPlan)),
            Err(_) => return Err(refuse(Reason::NotAPlan)),
        };
        // Ids are mended as on load (every item kept); limits are checked as on input.
        plan.check_loaded().map_err(|rule| refuse(rule.reason))?;
        Ok(plan)
    }

    pub fn version(&self, id: &str) -> Result<Plan, ActionError> {
        self.slot.read(|_| ())?;
        let bytes = self
            .history
            .read(id)
            .map_err(|_| gone("version", ThingKind::Version))?;
        Ok(Self::parse(&bytes)?)
    }

    /// Replaces the whole plan (restore or import). The plan being replaced is pinned in
    /// the history first, where rotation never reaches it.
    pub fn replace(&self, new: Plan) -> Result<Plan, ActionError> {
        new.check()?;
        self.slot.with_slot(|slot| {
            if !slot.current.is_empty() {
                let bytes = encode(&slot.current)
                    .map_err(|_| InvalidInput::new("plan", Reason::EncodeFailed))?;
                self.history
                    .pin(&bytes)
                    .map_err(|e| StoreError::from_io(HISTORY, &self.history_dir, e))?;
            }
            slot.update(|p| {
                *p = new.clone();
                Ok(())
            })?;
            if let Ok(bytes) = encode(&slot.current) {
                let _ = self.history.keep(&bytes);
            }
            Ok(new)
        })
    }

    /// A kept version, restored.
    pub fn restore_version(&self, id: &str) -> Result<Plan, ActionError> {
        let old = self.version(id)?;
        self.replace(old)
    }

    /// A file the person chose, imported.
    pub fn import(&self, bytes: &[u8]) -> Result<Plan, ActionError> {
        let plan = Self::parse(bytes)?;
        self.replace(plan)
    }
}

fn gone(field: &'static str, what: ThingKind) -> InvalidInput {
    InvalidInput::new(field, Reason::Gone { what })
}
