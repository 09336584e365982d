//! "What helped": a small private log of the tools the person used and, if they chose to
//! say, how they felt before and after. Never a streak, a score or a count of misses.

pub mod state;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::InvalidInput;
use crate::store::Document;

/// The log holds this many entries; past it, Steady asks the person to delete some
/// instead of dropping any by itself.
pub const MAX_ENTRIES: usize = 2_000;
const MAX_DETAIL_CHARS: usize = 120;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: u64,
    /// Unix seconds, UTC.
    pub at: i64,
    /// `breathing`, `grounding` or `urge_surfing`.
    pub tool: String,
    /// E.g. the pattern's name.
    #[serde(default)]
    pub detail: String,
    /// How long it ran, in seconds.
    #[serde(default)]
    pub seconds: u64,
    /// 0 (calm) to 10 (the worst), if the person chose to say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<u8>,
}

/// What the UI sends to add an entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewEntry {
    pub tool: String,
    #[serde(default)]
    pub detail: String,
    #[serde(default)]
    pub seconds: u64,
    #[serde(default)]
    pub before: Option<u8>,
    #[serde(default)]
    pub after: Option<u8>,
}

const TOOLS: [&str; 3] = ["breathing", "grounding", "urge_surfing"];

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HelpedLog {
    pub entries: Vec<Entry>,
    pub next_id: u64,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Document for HelpedLog {
    const NAME: &'static str = "helped";
    const LABEL: &'static str = "your what-helped notes";
    const VERSION: u64 = 1;
    const MAX_BYTES: u64 = 2 * 1024 * 1024;

    fn check_loaded(&mut self) -> Result<Option<String>, String> {
        for e in &self.entries {
            check_entry(&e.tool, e.before, e.after).map_err(|e| e.message)?;
            if e.detail.chars().count() > MAX_DETAIL_CHARS || e.detail.chars().any(char::is_control)
            {
                return Err(
                    "a note is longer than Steady keeps, or holds a control character".into(),
                );
            }
        }
        let renumbered = crate::ids::repair(
            self.entries.iter_mut().map(|e| &mut e.id),
            &mut self.next_id,
        );
        Ok(renumbered.then(|| "some entries shared a number, and each now has its own".into()))
    }
}

fn check_entry(tool: &str, before: Option<u8>, after: Option<u8>) -> Result<(), InvalidInput> {
    if !TOOLS.contains(&tool) {
        return Err(InvalidInput {
            field: "tool",
            message: format!("Steady has no tool called {tool:?}."),
        });
    }
    if [before, after].into_iter().flatten().any(|r| r > 10) {
        return Err(InvalidInput {
            field: "rating",
            message: "How you feel goes from 0 to 10.".into(),
        });
    }
    Ok(())
}

impl HelpedLog {
    pub fn add(&mut self, new: NewEntry, now_unix: i64) -> Result<Entry, InvalidInput> {
        check_entry(&new.tool, new.before, new.after)?;
        if self.entries.len() >= MAX_ENTRIES {
            return Err(InvalidInput {
                field: "full",
                message: format!("Your what-helped notes hold {MAX_ENTRIES} entries, as many as Steady keeps. Nothing was dropped; delete some older ones to keep new ones."),
            });
        }
        let entry = Entry {
            id: crate::ids::give(&mut self.next_id)?,
            at: now_unix,
            tool: new.tool,
            detail: new
                .detail
                .chars()
                .filter(|c| !c.is_control())
                .take(MAX_DETAIL_CHARS)
                .collect(),
            seconds: new.seconds.min(24 * 3600),
            before: new.before,
            after: new.after,
        };
        self.entries.push(entry.clone());
        Ok(entry)
    }

    /// Removes one entry; `false` if it was already gone.
    pub fn delete(&mut self, id: u64) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.id != id);
        self.entries.len() != before
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new(tool: &str, after: Option<u8>) -> NewEntry {
        NewEntry {
            tool: tool.into(),
            detail: "Even breathing".into(),
            seconds: 60,
            before: None,
            after,
        }
    }

    #[test]
    fn add_delete_clear() {
        let mut log = HelpedLog::default();
        let a = log.add(new("breathing", Some(4)), 100).unwrap();
        let b = log.add(new("breathing", None), 200).unwrap();
        assert_eq!((a.id, b.id), (1, 2));
        assert!(log.delete(a.id));
        assert!(!log.delete(a.id));
        assert_eq!(log.entries, vec![b]);
        log.clear();
        assert!(log.entries.is_empty());
        assert_eq!(
            log.add(new("grounding", None), 1).unwrap().id,
            3,
            "ids never reused"
        );
    }

    #[test]
    fn refuses_what_is_not_a_rating_or_a_tool() {
        let mut log = HelpedLog::default();
        assert_eq!(
            log.add(new("breathing", Some(11)), 0).unwrap_err().field,
            "rating"
        );
        assert_eq!(log.add(new("streaks", None), 0).unwrap_err().field, "tool");
        assert!(log.entries.is_empty());
    }

    #[test]
    fn a_full_log_refuses_with_a_reason_and_drops_nothing() {
        let mut log = HelpedLog::default();
        for i in 0..MAX_ENTRIES {
            log.add(new("breathing", None), i as i64).unwrap();
        }
        let err = log.add(new("breathing", None), 9).unwrap_err();
        assert_eq!(err.field, "full");
        assert_eq!(log.entries.len(), MAX_ENTRIES);
        assert_eq!(log.entries[0].at, 0, "the oldest entry is still there");
    }

    #[test]
    fn a_loaded_log_is_checked_and_its_ids_mended() {
        use crate::store::{decode_document, Document};
        let bytes = br#"{"version":1,"next_id":18446744073709551615,"entries":[
            {"id":5,"at":1,"tool":"breathing"},{"id":5,"at":2,"tool":"grounding"}]}"#;
        let mut log: HelpedLog = decode_document(bytes).unwrap().unwrap();
        assert!(log.check_loaded().unwrap().is_some());
        assert_eq!(log.entries.len(), 2);
        assert_ne!(log.entries[0].id, log.entries[1].id);
        let id = log.add(new("breathing", None), 3).unwrap().id;
        assert!(log.delete(id));
        assert_eq!(
            log.entries.len(),
            2,
            "deleting the new entry leaves the old ones"
        );
        let bad = br#"{"version":1,"entries":[{"id":1,"at":1,"tool":"breathing","after":200}]}"#;
        let mut log: HelpedLog = decode_document(bad).unwrap().unwrap();
        assert!(log.check_loaded().is_err());
    }
}
