//! The person's own lists in the running app: read, add, delete with undo, and Markdown.

use std::sync::Mutex;

use super::{CloseCall, Entry, ListName, OwnLists};
use crate::error::{ActionError, InvalidInput, Reason, ThingKind};
use crate::store::private::{Private, Protected};

/// What was deleted last, for Undo: the list, where it stood, and the entry. Kept in
/// memory only while unlocked, and dropped at the next change.
type Deleted = (ListName, usize, Entry);

pub struct Lists {
    pub(crate) doc: Private<OwnLists>,
    last_deleted: Mutex<Option<Deleted>>,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

impl Lists {
    pub(crate) fn new(doc: Private<OwnLists>) -> Self {
        Lists {
            doc,
            last_deleted: Mutex::new(None),
        }
    }

    fn forget_deleted(&self) -> Option<Deleted> {
        self.last_deleted
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
    }

    /// One list, or `Protected` while Steady is locked.
    pub fn list(&self, name: ListName) -> Result<Vec<Entry>, Protected> {
        self.doc.read(|d| d.list(name).clone())
    }

    pub fn add(&self, name: ListName, text: &str) -> Result<Entry, ActionError> {
        let entry = self.doc.update(|d| d.add(name, text, now()))?;
        self.forget_deleted();
        Ok(entry)
    }

    /// A close call note, after a slip.
    pub fn add_close_call(&self, happened: &str, parts: CloseCall) -> Result<Entry, ActionError> {
        let entry = self
            .doc
            .update(|d| d.add_close_call(happened, parts, now()))?;
        self.forget_deleted();
        Ok(entry)
    }

    /// Deletes an entry; `undo_delete` puts it back.
    pub fn delete(&self, name: ListName, id: u64) -> Result<(), ActionError> {
        let gone = self.doc.update(|d| {
            d.delete(name, id).ok_or(InvalidInput::new(
                "id",
                Reason::Gone {
                    what: ThingKind::ListEntry,
                },
            ))
        })?;
        *self.last_deleted.lock().unwrap_or_else(|p| p.into_inner()) = Some((name, gone.0, gone.1));
        Ok(())
    }

    /// Puts the last deleted entry back where it was.
    pub fn undo_delete(&self) -> Result<ListName, ActionError> {
        let (name, at, entry) = self.forget_deleted().ok_or(InvalidInput::new(
            "id",
            Reason::Gone {
                what: ThingKind::ListEntry,
            },
        ))?;
        self.doc.update(|d| d.restore(name, at, entry))?;
        Ok(name)
    }

    /// The list as Markdown, under `title` (the page's words for it).
    pub fn markdown(&self, name: ListName, title: &str) -> Result<String, Protected> {
        self.doc.read(|d| d.markdown(name, title))
    }

    /// Lists to add to the plan's own Markdown, each under a second-level heading.
    pub fn markdown_sections(&self, include: &[(ListName, String)]) -> Result<String, Protected> {
        self.doc.read(|d| {
            include
                .iter()
                .map(|(name, title)| format!("\n{}", d.markdown_at(*name, title, 2)))
                .collect()
        })
    }

    /// Locking: nothing deleted stays in memory to be undone.
    pub(crate) fn forget(&self) {
        self.forget_deleted();
    }
}
