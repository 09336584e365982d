//! "What helped": a small private log of the tools the person used and, if they chose to
//! say, how they felt before and after. Never a streak, a score or a count of misses.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::InvalidInput;
use crate::store::Document;

/// Oldest entries are dropped past this many.
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
}

impl HelpedLog {
    pub fn add(&mut self, new: NewEntry, now_unix: i64) -> Result<Entry, InvalidInput> {
        if !TOOLS.contains(&new.tool.as_str()) {
            return Err(InvalidInput {
                field: "tool",
                message: format!("Steady has no tool called {:?}.", new.tool),
            });
        }
        for r in [new.before, new.after].into_iter().flatten() {
            if r > 10 {
                return Err(InvalidInput {
                    field: "rating",
                    message: "How you feel goes from 0 to 10.".into(),
                });
            }
        }
        self.next_id += 1;
        let entry = Entry {
            id: self.next_id,
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
        if self.entries.len() > MAX_ENTRIES {
            let over = self.entries.len() - MAX_ENTRIES;
            self.entries.drain(..over);
        }
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
    fn keeps_a_bounded_history() {
        let mut log = HelpedLog::default();
        for i in 0..(MAX_ENTRIES + 5) {
            log.add(new("breathing", None), i as i64).unwrap();
        }
        assert_eq!(log.entries.len(), MAX_ENTRIES);
        assert_eq!(log.entries[0].at, 5);
    }
}
