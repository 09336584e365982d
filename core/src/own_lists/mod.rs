//! The person's own short lists, kept private (sealed while protection is on) and never
//! counted, scored or charted:
//! - **true sentences**: words that are true for them, written in a calm hour and offered
//!   when a reminder hits ("I did not cause this");
//! - **for my next session**: things to bring to therapy, noted in the moment to decide
//!   later, when calm;
//! - **moments I got through**: one sentence after a hard moment, to reread in the next;
//! - **play it forward**: what happens after acting on an urge, written in a calm hour and
//!   shown beside the wave;
//! - **close calls**: after a slip, what happened, what was going on (HALT), what helped or
//!   could, what I will do next, who I can tell. No counter, no streak, nothing resets.

pub mod state;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{InvalidInput, ListKind, Reason, TextKind};
use crate::store::Document;

/// The plan's limit for one piece of text, so nothing the person can write in one place
/// is refused in another.
pub const MAX_TEXT_CHARS: usize = crate::plan::MAX_TEXT_CHARS;
/// Each list holds this many; past it Steady asks the person to delete some, and drops none.
pub const MAX_ENTRIES: usize = 500;

/// Which list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListName {
    TrueSentences,
    NextSession,
    Moments,
    PlayForward,
    CloseCalls,
}

impl ListName {
    pub const ALL: [ListName; 5] = [
        ListName::TrueSentences,
        ListName::NextSession,
        ListName::Moments,
        ListName::PlayForward,
        ListName::CloseCalls,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: u64,
    /// Unix seconds, UTC.
    pub at: i64,
    /// The entry; for a close call, what happened.
    pub text: String,
    /// A close call's other parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_call: Option<CloseCall>,
}

/// A close call's parts beside what happened; each may be left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CloseCall {
    /// Which HALT needs were there (`assets/halt.json` ids).
    pub halt: Vec<String>,
    pub helped: String,
    pub next: String,
    pub tell: String,
}

impl CloseCall {
    fn check(&self) -> Result<(), InvalidInput> {
        for part in [&self.helped, &self.next, &self.tell] {
            if !part.is_empty() {
                check_text(part)?;
            }
        }
        let plain = |n: &String| n.len() <= 16 && n.bytes().all(|b| b.is_ascii_lowercase());
        if self.halt.len() > 8 || !self.halt.iter().all(plain) {
            return Err(InvalidInput::new("halt", Reason::Unreadable));
        }
        Ok(())
    }

    fn trimmed(self) -> CloseCall {
        CloseCall {
            halt: self.halt,
            helped: self.helped.trim().to_string(),
            next: self.next.trim().to_string(),
            tell: self.tell.trim().to_string(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnLists {
    pub true_sentences: Vec<Entry>,
    pub next_session: Vec<Entry>,
    pub moments: Vec<Entry>,
    pub play_forward: Vec<Entry>,
    pub close_calls: Vec<Entry>,
    /// The last id given (ids are never reused).
    pub next_id: u64,
    /// Fields from a newer Steady, kept.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Document for OwnLists {
    const NAME: &'static str = "own-lists";
    const VERSION: u64 = 1;
    const MAX_BYTES: u64 = 8 * 1024 * 1024;

    fn check_loaded(&mut self) -> Result<Option<String>, InvalidInput> {
        for name in ListName::ALL {
            let list = self.list(name);
            if list.len() > MAX_ENTRIES {
                return Err(InvalidInput::new(
                    "entries",
                    Reason::TooMany {
                        what: ListKind::OwnList,
                        max: MAX_ENTRIES,
                        n: list.len(),
                    },
                ));
            }
            for e in list {
                check_text(&e.text)?;
                if let Some(c) = &e.close_call {
                    c.check()?;
                }
            }
        }
        let OwnLists {
            true_sentences,
            next_session,
            moments,
            play_forward,
            close_calls,
            next_id,
            ..
        } = self;
        let renumbered = crate::ids::repair(
            true_sentences
                .iter_mut()
                .chain(next_session.iter_mut())
                .chain(moments.iter_mut())
                .chain(play_forward.iter_mut())
                .chain(close_calls.iter_mut())
                .map(|e| &mut e.id),
            next_id,
        );
        Ok(renumbered.then(|| "some entries shared a number, and each now has its own".into()))
    }
}

/// Trimmed, not empty, not longer than the plan allows, no control characters but line
/// breaks and tabs.
fn check_text(text: &str) -> Result<(), InvalidInput> {
    let n = text.chars().count();
    if text.trim().is_empty() {
        return Err(InvalidInput::new(
            "text",
            Reason::Empty {
                what: TextKind::Text,
            },
        ));
    }
    if n > MAX_TEXT_CHARS {
        return Err(InvalidInput::new(
            "text",
            Reason::TooLong {
                what: TextKind::Text,
                max: MAX_TEXT_CHARS,
                n,
            },
        ));
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(InvalidInput::new(
            "text",
            Reason::ControlCharacter {
                what: TextKind::Text,
            },
        ));
    }
    Ok(())
}

impl OwnLists {
    pub fn list(&self, name: ListName) -> &Vec<Entry> {
        match name {
            ListName::TrueSentences => &self.true_sentences,
            ListName::NextSession => &self.next_session,
            ListName::Moments => &self.moments,
            ListName::PlayForward => &self.play_forward,
            ListName::CloseCalls => &self.close_calls,
        }
    }

    fn list_mut(&mut self, name: ListName) -> &mut Vec<Entry> {
        match name {
            ListName::TrueSentences => &mut self.true_sentences,
            ListName::NextSession => &mut self.next_session,
            ListName::Moments => &mut self.moments,
            ListName::PlayForward => &mut self.play_forward,
            ListName::CloseCalls => &mut self.close_calls,
        }
    }

    /// A full list refuses, and drops nothing to make room.
    fn has_room(&self, name: ListName) -> Result<(), InvalidInput> {
        if self.list(name).len() >= MAX_ENTRIES {
            return Err(InvalidInput::new(
                "text",
                Reason::Full {
                    what: ListKind::OwnList,
                    max: MAX_ENTRIES,
                },
            ));
        }
        Ok(())
    }

    /// Adds a text at the end of a list, trimmed.
    pub fn add(&mut self, name: ListName, text: &str, now: i64) -> Result<Entry, InvalidInput> {
        self.add_entry(name, text, None, now)
    }

    /// Adds a close call: what happened, and its other parts.
    pub fn add_close_call(
        &mut self,
        happened: &str,
        parts: CloseCall,
        now: i64,
    ) -> Result<Entry, InvalidInput> {
        self.add_entry(ListName::CloseCalls, happened, Some(parts), now)
    }

    fn add_entry(
        &mut self,
        name: ListName,
        text: &str,
        close_call: Option<CloseCall>,
        now: i64,
    ) -> Result<Entry, InvalidInput> {
        let text = text.trim();
        check_text(text)?;
        let close_call = close_call.map(CloseCall::trimmed);
        if let Some(c) = &close_call {
            c.check()?;
        }
        self.has_room(name)?;
        let id = crate::ids::give(&mut self.next_id)?;
        let entry = Entry {
            id,
            at: now,
            text: text.to_string(),
            close_call,
        };
        self.list_mut(name).push(entry.clone());
        Ok(entry)
    }

    /// Takes an entry out; returns it (and where it was) so it can be put back.
    pub fn delete(&mut self, name: ListName, id: u64) -> Option<(usize, Entry)> {
        let list = self.list_mut(name);
        let at = list.iter().position(|e| e.id == id)?;
        Some((at, list.remove(at)))
    }

    /// Puts a deleted entry back where it was (Undo), unless its id is in use again.
    pub fn restore(&mut self, name: ListName, at: usize, entry: Entry) -> Result<(), InvalidInput> {
        check_text(&entry.text)?;
        if let Some(c) = &entry.close_call {
            c.check()?;
        }
        if ListName::ALL
            .iter()
            .any(|n| self.list(*n).iter().any(|e| e.id == entry.id))
        {
            return Err(InvalidInput::new("id", Reason::IdClash));
        }
        self.has_room(name)?;
        // `next_id` is the last id given: an entry put back never lowers it.
        self.next_id = self.next_id.max(entry.id);
        let list = self.list_mut(name);
        let at = at.min(list.len());
        list.insert(at, entry);
        Ok(())
    }

    /// The list as Markdown, for printing or saving: a heading, then each entry.
    pub fn markdown(&self, name: ListName, title: &str) -> String {
        self.markdown_at(name, title, 1)
    }

    /// The same, under a heading of `level` (2 inside the plan's own Markdown).
    pub fn markdown_at(&self, name: ListName, title: &str, level: usize) -> String {
        let mut out = format!("{} {title}\n\n", "#".repeat(level.clamp(1, 6)));
        for e in self.list(name) {
            let mut lines = e.text.lines();
            if let Some(first) = lines.next() {
                out.push_str(&format!("- {}\n", escape_markdown(first)));
            }
            for more in lines {
                out.push_str(&format!("  {}\n", escape_markdown(more)));
            }
        }
        out
    }
}

/// What the person wrote stays text in Markdown: characters that would start markup at
/// the beginning of a line, or anywhere, are escaped.
fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_{}[]<>()#+-.!|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_added_deleted_and_put_back_where_they_were() {
        let mut l = OwnLists::default();
        let a = l
            .add(ListName::TrueSentences, "  I did not cause this.  ", 1)
            .unwrap();
        let b = l
            .add(
                ListName::TrueSentences,
                "I do not have to decide anything tonight.",
                2,
            )
            .unwrap();
        assert_eq!(a.text, "I did not cause this.");
        let (at, gone) = l.delete(ListName::TrueSentences, a.id).unwrap();
        assert_eq!(l.list(ListName::TrueSentences), &vec![b.clone()]);
        l.restore(ListName::TrueSentences, at, gone).unwrap();
        assert_eq!(l.list(ListName::TrueSentences)[0], a);
        // Twice: the id is in use again.
        assert!(l.restore(ListName::TrueSentences, 0, a.clone()).is_err());
        assert!(l.list(ListName::Moments).is_empty());
    }

    #[test]
    fn odd_text_is_refused_plainly_and_long_unicode_is_kept() {
        let mut l = OwnLists::default();
        assert!(l.add(ListName::Moments, "   ", 0).is_err());
        assert!(l.add(ListName::Moments, "a\u{7}b", 0).is_err());
        assert!(l
            .add(ListName::Moments, &"x".repeat(MAX_TEXT_CHARS + 1), 0)
            .is_err());
        let rtl = "אני לא גרמתי לזה 🌊 ".repeat(100);
        let kept: String = rtl.chars().take(MAX_TEXT_CHARS).collect();
        let e = l.add(ListName::Moments, &kept, 0).unwrap();
        assert_eq!(e.text, kept.trim());
    }

    #[test]
    fn a_close_call_keeps_its_parts_and_refuses_odd_ones() {
        let mut l = OwnLists::default();
        let parts = CloseCall {
            halt: vec!["lonely".into(), "tired".into()],
            helped: " Calling Sam ".into(),
            next: "Go to the Thursday meeting".into(),
            tell: String::new(),
        };
        let e = l
            .add_close_call("I looked, late at night.", parts, 5)
            .unwrap();
        let c = e.close_call.clone().unwrap();
        assert_eq!((c.helped.as_str(), c.tell.as_str()), ("Calling Sam", ""));
        assert_eq!(l.list(ListName::CloseCalls), &vec![e]);
        let bad = CloseCall {
            halt: vec!["<script>".into()],
            ..CloseCall::default()
        };
        assert!(l.add_close_call("x", bad, 0).is_err());
        assert!(l.add_close_call("   ", CloseCall::default(), 0).is_err());
    }

    #[test]
    fn a_full_list_refuses_and_drops_nothing() {
        let mut l = OwnLists::default();
        for i in 0..MAX_ENTRIES {
            l.add(ListName::NextSession, &format!("{i}"), 0).unwrap();
        }
        assert!(l.add(ListName::NextSession, "one more", 0).is_err());
        assert_eq!(l.list(ListName::NextSession).len(), MAX_ENTRIES);
        assert!(l.add(ListName::Moments, "another list has room", 0).is_ok());
    }

    #[test]
    fn markdown_keeps_what_was_written_as_text() {
        let mut l = OwnLists::default();
        l.add(
            ListName::NextSession,
            "# not a heading\nsecond line [link](x)",
            0,
        )
        .unwrap();
        let md = l.markdown(ListName::NextSession, "For my next session");
        assert_eq!(
            md,
            "# For my next session\n\n- \\# not a heading\n  second line \\[link\\]\\(x\\)\n"
        );
    }
}
