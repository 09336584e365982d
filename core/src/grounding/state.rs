//! Grounding in the running app: the built-in script shaped by the person.

use serde::{Deserialize, Serialize};

use super::{Shaping, Step};
use crate::error::ActionError;
use crate::store::private::Private;

pub struct Grounding {
    /// The built-in content in English, the fallback of every language (`Content::now_or`).
    english: &'static crate::content::Content,
    pub(crate) shaping: Private<Shaping>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ShapedStep {
    #[serde(flatten)]
    pub step: Step,
    pub hidden: bool,
}

/// The steps to walk, and every step with whether it is hidden (for shaping).
#[derive(Debug, Clone, Serialize)]
pub struct GroundingView {
    pub walk: Vec<Step>,
    pub all: Vec<ShapedStep>,
    pub statements: Vec<String>,
    /// The person's own steps and sentences are behind the lock: this is the built-in
    /// script alone.
    pub locked: bool,
}

/// One change the person makes to their grounding script.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum GroundingChange {
    Add { text: String },
    Edit { id: String, text: String },
    Delete { id: String },
    Hide { id: String, hidden: bool },
    Move { id: String, down: bool },
    Statements { statements: Vec<String> },
}

impl Grounding {
    pub(crate) fn new(
        english: &'static crate::content::Content,
        shaping: Private<Shaping>,
    ) -> Self {
        Grounding { english, shaping }
    }

    /// The built-in steps in the language Steady speaks now.
    fn built_in(&self) -> &'static [Step] {
        &crate::content::Content::now_or(self.english).grounding
    }

    /// The script to walk. While locked, the built-in steps alone: grounding never
    /// waits for a passphrase.
    pub fn view(&self) -> GroundingView {
        let (shaping, locked) = match self.shaping.read(Shaping::clone) {
            Ok(s) => (s, false),
            Err(_) => (Shaping::default(), true),
        };
        let built_in = self.built_in();
        GroundingView {
            walk: shaping.walk(built_in),
            all: shaping
                .merged(built_in)
                .into_iter()
                .map(|s| {
                    let hidden = shaping.hidden.contains(&s.id);
                    ShapedStep { step: s, hidden }
                })
                .collect(),
            statements: shaping.statements,
            locked,
        }
    }

    pub fn shape(&self, change: GroundingChange) -> Result<GroundingView, ActionError> {
        let built_in = self.built_in();
        self.shaping.update(|s| match change {
            GroundingChange::Add { text } => s.add_own(&text).map(|_| ()),
            GroundingChange::Edit { id, text } => s.edit_own(&id, &text),
            GroundingChange::Delete { id } => s.delete_own(&id),
            GroundingChange::Hide { id, hidden } => {
                s.set_hidden(&id, hidden);
                Ok(())
            }
            GroundingChange::Move { id, down } => s.nudge(built_in, &id, down),
            GroundingChange::Statements { statements } => s.set_statements(&statements),
        })?;
        Ok(self.view())
    }
}
