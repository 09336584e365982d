//! Breathing in the running app: the built-in patterns beside the person's own.

use super::{Length, OwnPatternInput, OwnPatterns, Pattern, Schedule};
use crate::error::{ActionError, InvalidInput, Reason};
use crate::settings::state::SettingsState;
use crate::settings::LastBreath;
use crate::store::private::Private;

pub struct Breathing {
    /// The built-in content in English, the fallback of every language (`Content::now_or`).
    english: &'static crate::content::Content,
    pub(crate) own: Private<OwnPatterns>,
}

impl Breathing {
    pub(crate) fn new(
        english: &'static crate::content::Content,
        own: Private<OwnPatterns>,
    ) -> Self {
        Breathing { english, own }
    }

    /// Whether the person's own patterns are behind the lock (only built-in ones show).
    pub fn own_locked(&self) -> bool {
        !self.own.is_open()
    }

    /// Built-in patterns (breath-free first), then the person's own (none while locked:
    /// breathing never waits for a passphrase).
    pub fn patterns(&self) -> Vec<Pattern> {
        let own = self.own.read(|o| o.patterns.clone()).unwrap_or_default();
        crate::content::Content::now_or(self.english)
            .patterns
            .iter()
            .cloned()
            .chain(own)
            .collect()
    }

    /// A pattern by id or by name (any case), as typed on a command line.
    pub fn find(&self, wanted: &str) -> Result<Pattern, InvalidInput> {
        let wanted = wanted.trim();
        let all = self.patterns();
        let lower = wanted.to_lowercase();
        all.iter()
            .find(|p| p.id == wanted)
            .or_else(|| all.iter().find(|p| p.name.to_lowercase() == lower))
            .cloned()
            .ok_or_else(no_such_pattern)
    }

    /// Every pattern as the command line names it: a built-in one by id, the person's own
    /// by its name in quotes.
    pub fn command_line_names(&self) -> Vec<String> {
        self.patterns()
            .iter()
            .map(|p| {
                if p.own {
                    format!("\"{}\"", p.name)
                } else {
                    p.id.clone()
                }
            })
            .collect()
    }

    pub fn add(&self, input: &OwnPatternInput) -> Result<Pattern, ActionError> {
        self.own.update(|p| p.add(input))
    }

    pub fn update(&self, id: &str, input: &OwnPatternInput) -> Result<Pattern, ActionError> {
        self.own.update(|p| p.update(id, input))
    }

    pub fn delete(&self, id: &str) -> Result<Pattern, ActionError> {
        self.own.update(|p| p.delete(id))
    }

    /// The session's schedule; `minutes: None` runs until stopped. The choice is
    /// remembered, so B starts it again next time.
    pub fn schedule(
        &self,
        settings: &SettingsState,
        pattern_id: &str,
        minutes: Option<u32>,
    ) -> Result<(Pattern, Schedule), ActionError> {
        let length = Length::from_minutes(minutes)?;
        let pattern = self
            .patterns()
            .into_iter()
            .find(|p| p.id == pattern_id)
            .ok_or_else(no_such_pattern)?;
        let schedule = Schedule::new(&pattern, length);
        settings.remember_breath(LastBreath {
            pattern: pattern.id.clone(),
            minutes,
        });
        Ok((pattern, schedule))
    }

    /// What B starts: the pattern and length used last, or the default; a remembered
    /// pattern that has since been deleted falls back too.
    pub fn last(&self, settings: &SettingsState) -> LastBreath {
        let last = settings.get().last_breath.unwrap_or_default();
        if self.patterns().iter().any(|p| p.id == last.pattern) {
            last
        } else {
            LastBreath::default()
        }
    }
}

/// The refusal names neither what was asked for nor what there is: both can be the
/// person's own words.
fn no_such_pattern() -> InvalidInput {
    InvalidInput::new("pattern", Reason::NoSuchPattern)
}
