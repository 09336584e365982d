//! "What helped": a small private log of the tools the person used and, if they chose to
//! say, how they felt before and after. Never a streak, a score or a count of misses.

pub mod state;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{InvalidInput, ListKind, Reason};
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
    /// What it was, as codes (the pattern's id); the catalogue words it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Detail>,
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
    pub detail: Option<Detail>,
    #[serde(default)]
    pub seconds: u64,
    #[serde(default)]
    pub before: Option<u8>,
    #[serde(default)]
    pub after: Option<u8>,
}

/// What an entry says beyond its tool. Codes and the person's own names only: the page
/// words them in the person's language, so the log never holds Steady's English.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Detail {
    Coded(Coded),
    /// Words an older Steady wrote here (a pattern's name); kept as they were.
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coded {
    pub kind: DetailKind,
    /// The breathing pattern's id.
    pub pattern: String,
    /// The person's own pattern's name when it was used (it may be renamed or deleted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields from a newer Steady, kept.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DetailKind {
    Breathe,
}

impl Detail {
    /// Every text in it is short and holds no control character.
    fn tidy(&self) -> bool {
        let ok =
            |s: &str| s.chars().count() <= MAX_DETAIL_CHARS && !s.chars().any(char::is_control);
        match self {
            Detail::Text(t) => ok(t),
            Detail::Coded(c) => ok(&c.pattern) && c.name.as_deref().is_none_or(ok),
        }
    }
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
    const VERSION: u64 = 1;
    const MAX_BYTES: u64 = 2 * 1024 * 1024;

    fn check_loaded(&mut self) -> Result<Option<String>, InvalidInput> {
        for e in &self.entries {
            check_entry(&e.tool, e.before, e.after)?;
            if !e.detail.as_ref().is_none_or(Detail::tidy) {
                return Err(InvalidInput::new("detail", Reason::BadDetail));
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
        return Err(InvalidInput::new("tool", Reason::NoSuchTool));
    }
    let (min, max) = (0, 10);
    if [before, after].into_iter().flatten().any(|r| r > max) {
        return Err(InvalidInput::new(
            "rating",
            Reason::RatingRange { min, max },
        ));
    }
    Ok(())
}

impl HelpedLog {
    pub fn add(&mut self, new: NewEntry, now_unix: i64) -> Result<Entry, InvalidInput> {
        check_entry(&new.tool, new.before, new.after)?;
        if self.entries.len() >= MAX_ENTRIES {
            // Nothing is dropped: the person chooses what to delete.
            let (what, max) = (ListKind::Helped, MAX_ENTRIES);
            return Err(InvalidInput::new("full", Reason::Full { what, max }));
        }
        let entry = Entry {
            id: crate::ids::give(&mut self.next_id)?,
            at: now_unix,
            tool: new.tool,
            detail: new.detail.map(tidied),
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

/// A detail cut to the limits: control characters out, texts no longer than Steady keeps.
fn tidied(d: Detail) -> Detail {
    let cut = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_control())
            .take(MAX_DETAIL_CHARS)
            .collect()
    };
    match d {
        Detail::Text(t) => Detail::Text(cut(&t)),
        Detail::Coded(c) => Detail::Coded(Coded {
            pattern: cut(&c.pattern),
            name: c.name.as_deref().map(cut),
            ..c
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn breathe(pattern: &str) -> Detail {
        Detail::Coded(Coded {
            kind: DetailKind::Breathe,
            pattern: pattern.into(),
            name: None,
            extra: Map::new(),
        })
    }

    #[test]
    fn details_are_codes_and_older_words_still_read() {
        let coded: NewEntry = serde_json::from_str(
            r#"{"tool":"breathing","detail":{"kind":"breathe","pattern":"box"},"seconds":60}"#,
        )
        .unwrap();
        assert_eq!(coded.detail, Some(breathe("box")));
        let own: NewEntry = serde_json::from_str(
            r#"{"tool":"breathing","detail":{"kind":"breathe","pattern":"own-3","name":"Mine"}}"#,
        )
        .unwrap();
        assert!(
            matches!(own.detail, Some(Detail::Coded(Coded { name: Some(ref n), .. })) if n == "Mine")
        );
        // An entry an older Steady wrote, in its English, reads as it was.
        let old: Entry = serde_json::from_str(
            r#"{"id":1,"at":5,"tool":"breathing","detail":"Even breathing","seconds":60}"#,
        )
        .unwrap();
        assert_eq!(old.detail, Some(Detail::Text("Even breathing".into())));
        let none: NewEntry = serde_json::from_str(r#"{"tool":"grounding"}"#).unwrap();
        assert_eq!(none.detail, None);
        // A kind Steady does not know is refused, not stored as prose.
        let odd = serde_json::from_str::<NewEntry>(
            r#"{"tool":"breathing","detail":{"kind":"shout","pattern":"x"}}"#,
        );
        assert!(odd.is_err());
        // Long or control-laden names are cut when kept.
        let mut log = HelpedLog::default();
        let long = NewEntry {
            detail: Some(Detail::Coded(Coded {
                name: Some(format!("a\u{7}{}", "b".repeat(500))),
                ..match breathe("own-1") {
                    Detail::Coded(c) => c,
                    Detail::Text(_) => unreachable!(),
                }
            })),
            ..new("breathing", None)
        };
        let kept = log.add(long, 1).unwrap();
        assert!(kept.detail.as_ref().is_some_and(Detail::tidy));
    }

    fn new(tool: &str, after: Option<u8>) -> NewEntry {
        NewEntry {
            tool: tool.into(),
            detail: Some(breathe("even")),
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
        let (what, max) = (ListKind::Helped, 2000);
        assert_eq!(err, InvalidInput::new("full", Reason::Full { what, max }));
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
        assert_eq!(
            log.check_loaded().unwrap_err(),
            InvalidInput::new("rating", Reason::RatingRange { min: 0, max: 10 })
        );
    }
}
