//! The safety plan in the running app: the saved plan, its kept versions, and what was
//! deleted this session (for undo).

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::{Item, ItemInput, Plan, Section, MAX_FILE_BYTES};
use crate::error::{ActionError, InvalidInput, StoreError};
use crate::store::history::{History, Version};
use crate::store::slot::{lock, Slot};
use crate::store::{decode_document, encode, Document};

/// How many deletions undo can reach back to.
const UNDO_DEPTH: usize = 50;

/// How the person would name it in a message.
const LABEL: &str = "your safety plan";

pub struct PlanState {
    slot: Mutex<Slot<Plan>>,
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
    pub(crate) fn new(dir: &Path, slot: Slot<Plan>, read_only: bool) -> Self {
        let history = History::new(dir, "plan");
        if !read_only {
            history.remove_stale_temps();
        }
        PlanState {
            slot: Mutex::new(slot),
            history,
            history_dir: dir.join("backups"),
            deleted: Mutex::new(Vec::new()),
        }
    }

    pub fn get(&self) -> Plan {
        lock(&self.slot).current.clone()
    }

    /// Saves a change to the plan, then keeps the saved version in the history. A failed
    /// history write does not undo the save: the plan itself is safe on disk.
    fn change<T>(
        &self,
        change: impl FnOnce(&mut Plan) -> Result<T, InvalidInput>,
    ) -> Result<T, ActionError> {
        let mut slot = lock(&self.slot);
        let out = slot.update(change)?;
        if let Ok(bytes) = encode(&slot.current) {
            let _ = self.history.keep(&bytes);
        }
        Ok(out)
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
            .ok_or_else(|| InvalidInput {
                field: "id",
                message: "That item can no longer be brought back.".into(),
            })?;
        let d = &deleted[i];
        self.change(|p| p.restore(d.section, d.item.clone(), d.at))?;
        deleted.remove(i);
        Ok(())
    }

    pub fn reorder(&self, section: Section, id: u64, to: usize) -> Result<(), ActionError> {
        self.change(|p| p.reorder(section, id, to))
    }

    pub fn versions(&self) -> Vec<Version> {
        self.history.list()
    }

    /// Deletes a plan kept when it was replaced (only the person ends a pin).
    pub fn unpin(&self, id: &str) -> Result<(), ActionError> {
        self.history.unpin(id).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                ActionError::Invalid(InvalidInput {
                    field: "version",
                    message: "That kept plan is no longer there.".into(),
                })
            } else {
                ActionError::Store(StoreError::from_io(LABEL, &self.history_dir, e))
            }
        })
    }

    /// Reads and checks a plan from bytes (a kept version, or a file to import).
    pub fn parse(bytes: &[u8]) -> Result<Plan, InvalidInput> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(InvalidInput {
                field: "file",
                message: "That file is larger than 1 MiB, far larger than any plan. Nothing has been changed.".into(),
            });
        }
        let mut plan = match decode_document::<Plan>(bytes) {
            Ok(Some(p)) => p,
            Ok(None) => return Err(InvalidInput {
                field: "file",
                message:
                    "That plan was saved by a newer version of Steady. Nothing has been changed."
                        .into(),
            }),
            Err(reason) => {
                return Err(InvalidInput {
                    field: "file",
                    message: format!(
                        "That is not a Steady safety plan: {reason}. Nothing has been changed."
                    ),
                })
            }
        };
        // Ids are mended as on load (every item kept); limits are checked as on input.
        plan.check_loaded().map_err(|message| InvalidInput {
            field: "file",
            message: format!("That plan cannot be used: {message} Nothing has been changed."),
        })?;
        Ok(plan)
    }

    pub fn version(&self, id: &str) -> Result<Plan, ActionError> {
        let bytes = self.history.read(id).map_err(|_| InvalidInput {
            field: "version",
            message: "That earlier version is no longer kept.".into(),
        })?;
        Ok(Self::parse(&bytes)?)
    }

    /// Replaces the whole plan (restore or import). The plan being replaced is pinned in
    /// the history first, where rotation never reaches it.
    pub fn replace(&self, new: Plan) -> Result<Plan, ActionError> {
        new.check()?;
        let mut slot = lock(&self.slot);
        if !slot.current.is_empty() {
            let bytes = encode(&slot.current).map_err(|e| InvalidInput {
                field: "plan",
                message: format!(
                    "Your current plan could not be kept aside ({e}); nothing was replaced."
                ),
            })?;
            self.history
                .pin(&bytes)
                .map_err(|e| StoreError::from_io(LABEL, &self.history_dir, e))?;
        }
        slot.update(|p| {
            *p = new.clone();
            Ok(())
        })?;
        if let Ok(bytes) = encode(&slot.current) {
            let _ = self.history.keep(&bytes);
        }
        Ok(new)
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
