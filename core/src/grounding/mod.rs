//! The grounding script: built-in steps (`assets/grounding.json`) shaped by the person:
//! their order, steps they hide, steps they write, and statements for "this is now".
//! Kept as `grounding.json` in the data folder; merged with the built-in script on use,
//! so new built-in steps appear and the person's own words are never dropped.

pub mod state;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{InvalidInput, ListKind, Reason, TextKind, ThingKind};
use crate::store::Document;

pub const MAX_OWN_TEXT: usize = 500;
pub const MAX_OWN_STEPS: usize = 50;
pub const MAX_STATEMENTS: usize = 20;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub title: String,
    pub text: String,
    /// For 5-4-3-2-1: how many things to notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u8>,
    /// Shows the date, time and the person's statements.
    #[serde(default)]
    pub orientation: bool,
    /// Written by the person.
    #[serde(default)]
    pub own: bool,
}

#[derive(Deserialize)]
struct BuiltInFile {
    steps: Vec<BuiltIn>,
}

/// A built-in step as the file has it: its words are in the catalogue, by id.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BuiltIn {
    id: String,
    group: String,
    #[serde(default)]
    count: Option<u8>,
    #[serde(default)]
    orientation: bool,
}

/// The built-in script, worded from `words` (`content-grounding-<id>-title`, `-text`,
/// and `content-grounding-group-<group>`).
pub fn parse_built_in(
    text: &str,
    words: &crate::words::Words,
) -> Result<Vec<Step>, crate::content::Problem> {
    let file = serde_json::from_str::<BuiltInFile>(text).map_err(crate::content::Problem::json)?;
    let mut steps = Vec::with_capacity(file.steps.len());
    for b in file.steps {
        steps.push(Step {
            group: words.required(&format!("content-grounding-group-{}", b.group))?,
            title: words.required(&format!("content-grounding-{}-title", b.id))?,
            text: words.required(&format!("content-grounding-{}-text", b.id))?,
            id: b.id,
            count: b.count,
            orientation: b.orientation,
            own: false,
        });
    }
    let mut ids = HashSet::new();
    for s in &steps {
        if s.id.is_empty() || s.id.starts_with("own-") || !ids.insert(s.id.as_str()) {
            return Err(crate::content::Problem::rule(format!(
                "step id {:?} is empty, reserved or used twice",
                s.id
            )));
        }
    }
    if steps.is_empty() {
        return Err(crate::content::Problem::rule("there are no steps"));
    }
    Ok(steps)
}

/// The built-in steps, from the one content module.
pub fn built_in() -> Vec<Step> {
    crate::content::Content::shared()
        .map(|c| c.grounding.clone())
        .unwrap_or_default()
}

/// The person's shaping of the script.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Shaping {
    /// Step ids in the person's order; steps not named keep their built-in place after these.
    pub order: Vec<String>,
    pub hidden: Vec<String>,
    pub own: Vec<OwnStep>,
    /// Things to read in "this is now": "My name is ...", "This is now, not then".
    pub statements: Vec<String>,
    pub next_id: u64,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OwnStep {
    pub id: String,
    pub text: String,
}

impl Document for Shaping {
    const NAME: &'static str = "grounding";
    const VERSION: u64 = 1;
    const MAX_BYTES: u64 = 512 * 1024;

    fn check_loaded(&mut self) -> Result<Option<String>, InvalidInput> {
        if self.own.len() > MAX_OWN_STEPS {
            return Err(too_many(
                "own",
                ListKind::OwnSteps,
                MAX_OWN_STEPS,
                self.own.len(),
            ));
        }
        if self.statements.len() > MAX_STATEMENTS {
            let n = self.statements.len();
            return Err(too_many(
                "statements",
                ListKind::Statements,
                MAX_STATEMENTS,
                n,
            ));
        }
        for o in &self.own {
            check_own_text(TextKind::Step, &o.text)?;
        }
        for s in &self.statements {
            check_own_text(TextKind::Statement, s)?;
        }
        let renumbered =
            crate::ids::repair_own(self.own.iter_mut().map(|o| &mut o.id), &mut self.next_id);
        Ok(renumbered.then(|| "some of your steps shared a name, and each now has its own".into()))
    }
}

fn check_own_text(what: TextKind, text: &str) -> Result<String, InvalidInput> {
    let refuse = |reason| InvalidInput::new("text", reason);
    let t = text.trim();
    if t.is_empty() {
        return Err(refuse(Reason::Empty { what }));
    }
    let n = t.chars().count();
    if n > MAX_OWN_TEXT {
        let max = MAX_OWN_TEXT;
        return Err(refuse(Reason::TooLong { what, max, n }));
    }
    if t.chars().any(|c| c.is_control() && c != '\n') {
        return Err(refuse(Reason::ControlCharacter { what }));
    }
    Ok(t.to_string())
}

fn too_many(field: &'static str, what: ListKind, max: usize, n: usize) -> InvalidInput {
    InvalidInput::new(field, Reason::TooMany { what, max, n })
}

impl Shaping {
    /// The script to walk: built-in steps merged with the person's own, in their order,
    /// without hidden steps.
    pub fn merged(&self, built_in: &[Step]) -> Vec<Step> {
        let mut all: Vec<Step> = built_in.to_vec();
        all.extend(self.own.iter().map(|o| Step {
            id: o.id.clone(),
            group: "Your own".into(),
            title: String::new(),
            text: o.text.clone(),
            count: None,
            orientation: false,
            own: true,
        }));
        let mut ordered: Vec<Step> = Vec::with_capacity(all.len());
        let mut placed = HashSet::new();
        for id in &self.order {
            if let Some(s) = all.iter().find(|s| &s.id == id) {
                if placed.insert(s.id.clone()) {
                    ordered.push(s.clone());
                }
            }
        }
        for s in all {
            if placed.insert(s.id.clone()) {
                ordered.push(s);
            }
        }
        ordered
    }

    /// The steps to walk now.
    pub fn walk(&self, built_in: &[Step]) -> Vec<Step> {
        self.merged(built_in)
            .into_iter()
            .filter(|s| !self.hidden.contains(&s.id))
            .collect()
    }

    pub fn add_own(&mut self, text: &str) -> Result<OwnStep, InvalidInput> {
        let text = check_own_text(TextKind::Step, text)?;
        if self.own.len() >= MAX_OWN_STEPS {
            let (what, max) = (ListKind::OwnSteps, MAX_OWN_STEPS);
            return Err(InvalidInput::new("own", Reason::Full { what, max }));
        }
        let step = OwnStep {
            id: format!("own-{}", crate::ids::give(&mut self.next_id)?),
            text,
        };
        self.own.push(step.clone());
        Ok(step)
    }

    pub fn edit_own(&mut self, id: &str, text: &str) -> Result<(), InvalidInput> {
        let text = check_own_text(TextKind::Step, text)?;
        let s = self
            .own
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or_else(|| gone(id))?;
        s.text = text;
        Ok(())
    }

    pub fn delete_own(&mut self, id: &str) -> Result<(), InvalidInput> {
        let before = self.own.len();
        self.own.retain(|s| s.id != id);
        if self.own.len() == before {
            return Err(gone(id));
        }
        self.order.retain(|o| o != id);
        self.hidden.retain(|h| h != id);
        Ok(())
    }

    pub fn set_hidden(&mut self, id: &str, hidden: bool) {
        self.hidden.retain(|h| h != id);
        if hidden {
            self.hidden.push(id.to_string());
        }
    }

    /// Moves a step one place up or down in the merged order.
    pub fn nudge(&mut self, built_in: &[Step], id: &str, down: bool) -> Result<(), InvalidInput> {
        let mut ids: Vec<String> = self.merged(built_in).into_iter().map(|s| s.id).collect();
        let i = ids.iter().position(|s| s == id).ok_or_else(|| gone(id))?;
        let j = if down { i + 1 } else { i.wrapping_sub(1) };
        if j < ids.len() {
            ids.swap(i, j);
        }
        self.order = ids;
        Ok(())
    }

    pub fn set_statements(&mut self, statements: &[String]) -> Result<(), InvalidInput> {
        let kept: Vec<String> = statements
            .iter()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect();
        if kept.len() > MAX_STATEMENTS {
            let n = kept.len();
            return Err(too_many(
                "statements",
                ListKind::Statements,
                MAX_STATEMENTS,
                n,
            ));
        }
        self.statements = kept
            .iter()
            .map(|s| check_own_text(TextKind::Statement, s))
            .collect::<Result<_, _>>()?;
        Ok(())
    }
}

/// The refusal names no id: an id can be anything the page sent.
fn gone(_id: &str) -> InvalidInput {
    let what = ThingKind::Step;
    InvalidInput::new("id", Reason::Gone { what })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(steps: &[Step]) -> Vec<&str> {
        steps.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn the_built_in_script_is_whole() {
        let b = built_in();
        let counts: Vec<u8> = b.iter().filter_map(|s| s.count).collect();
        assert_eq!(counts, [5, 4, 3, 2, 1]);
        assert!(b.iter().any(|s| s.orientation));
        let unique: HashSet<_> = b.iter().map(|s| &s.id).collect();
        assert_eq!(unique.len(), b.len());
        assert!(b.iter().all(|s| !s.text.is_empty() && !s.title.is_empty()));
    }

    #[test]
    fn own_steps_order_and_hiding_merge_with_the_built_in_script() {
        let b = built_in();
        let mut s = Shaping::default();
        let mine = s.add_own("  Hold the stone Gran gave me  ").unwrap();
        assert_eq!(mine.text, "Hold the stone Gran gave me");
        s.nudge(&b, &mine.id, false).unwrap(); // one place up
        let walk = s.walk(&b);
        assert_eq!(walk[walk.len() - 2].id, mine.id);
        s.set_hidden("smell", true);
        assert!(!ids(&s.walk(&b)).contains(&"smell"));
        assert!(ids(&s.merged(&b)).contains(&"smell"), "hidden, not gone");
        // A built-in step the person never ordered still appears (e.g. added in an update).
        s.order.retain(|id| id != "people");
        assert!(ids(&s.walk(&b)).contains(&"people"));
        s.delete_own(&mine.id).unwrap();
        assert!(!ids(&s.merged(&b)).contains(&mine.id.as_str()));
    }

    #[test]
    fn a_loaded_script_is_checked_and_repeated_ids_mended() {
        use crate::store::{decode_document, Document};
        let bytes = br#"{"version":1,"next_id":1,"own":[{"id":"own-1","text":"Hold the stone"},
            {"id":"own-1","text":"Cold water"}]}"#;
        let mut s: Shaping = decode_document(bytes).unwrap().unwrap();
        assert!(s.check_loaded().unwrap().is_some());
        assert_eq!(ids_of(&s), vec!["own-1", "own-2"]);
        s.delete_own("own-1").unwrap();
        assert_eq!(
            s.own[0].text, "Cold water",
            "the delete reached only the first step"
        );
        let new = s.add_own("Feet on the floor").unwrap();
        assert_eq!(new.id, "own-3");
        let long = format!(
            r#"{{"version":1,"own":[{{"id":"own-1","text":"{}"}}]}}"#,
            "x".repeat(MAX_OWN_TEXT + 1)
        );
        let mut s: Shaping = decode_document(long.as_bytes()).unwrap().unwrap();
        assert!(s.check_loaded().is_err());
    }

    fn ids_of(s: &Shaping) -> Vec<&str> {
        s.own.iter().map(|o| o.id.as_str()).collect()
    }

    #[test]
    fn own_words_are_checked() {
        let mut s = Shaping::default();
        let long = "x".repeat(MAX_OWN_TEXT + 1);
        let (what, max, n) = (TextKind::Step, 500, 501);
        assert_eq!(
            s.add_own(&long).unwrap_err(),
            InvalidInput::new("text", Reason::TooLong { what, max, n })
        );
        assert_eq!(s.add_own("   ").unwrap_err().reason, Reason::Empty { what });
        assert!(s.add_own(&"é".repeat(MAX_OWN_TEXT)).is_ok());
        assert!(s
            .set_statements(&[
                "My name is Ana".into(),
                "This is now, not then".into(),
                "".into()
            ])
            .is_ok());
        assert_eq!(s.statements.len(), 2);
        let what = TextKind::Statement;
        assert_eq!(
            s.set_statements(&[long]).unwrap_err().reason,
            Reason::TooLong { what, max, n }
        );
        let many = vec!["now".to_string(); MAX_STATEMENTS + 1];
        let (what, max, n) = (ListKind::Statements, 20, 21);
        assert_eq!(
            s.set_statements(&many).unwrap_err(),
            InvalidInput::new("statements", Reason::TooMany { what, max, n })
        );
        assert_eq!(
            s.statements.len(),
            2,
            "a refused change leaves what was there"
        );
    }
}
