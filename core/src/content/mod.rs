//! Everything Steady ships as data (`assets/`): built into the binary, read and checked
//! once per process, here. A damaged file is a typed error naming the file, at start and
//! in the tests, never a screen that quietly shows less.

use std::sync::OnceLock;

use crate::breathing::Pattern;
use crate::grounding::Step;
use crate::help::directory::Directory;
use crate::plan::{Section, SectionInfo};

/// The built-in files, by the name a maintainer finds them under in `assets/`.
pub const PATTERNS: (&str, &str) = (
    "breathing-patterns.json",
    include_str!("../../../assets/breathing-patterns.json"),
);
pub const GROUNDING: (&str, &str) = (
    "grounding.json",
    include_str!("../../../assets/grounding.json"),
);
pub const CRISIS_LINES: (&str, &str) = (
    "crisis-lines.json",
    include_str!("../../../assets/crisis-lines.json"),
);
pub const REMINDER: (&str, &str) = (
    "reminder.json",
    include_str!("../../../assets/reminder.json"),
);
pub const HALT: (&str, &str) = ("halt.json", include_str!("../../../assets/halt.json"));
pub const PLAN_SECTIONS: (&str, &str) = (
    "plan-sections.json",
    include_str!("../../../assets/plan-sections.json"),
);

/// A built-in file Steady cannot use: which one, and why (for the log and the tests).
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
#[error("the built-in file {file} is damaged: {problem}")]
pub struct ContentError {
    pub file: &'static str,
    pub problem: Problem,
}

/// What is wrong with a built-in file.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum Problem {
    /// It is not the JSON its reader expects (a typo, a section or audience that does
    /// not exist, a missing field).
    #[error("{0}")]
    Json(String),
    /// It reads, but breaks a rule (a pattern that could not play, an id twice).
    #[error("{0}")]
    Rule(String),
}

impl Problem {
    pub fn json(e: serde_json::Error) -> Problem {
        Problem::Json(e.to_string())
    }

    pub fn rule(what: impl Into<String>) -> Problem {
        Problem::Rule(what.into())
    }
}

/// Every built-in file, parsed and checked.
#[derive(Debug)]
pub struct Content {
    pub patterns: Vec<Pattern>,
    pub grounding: Vec<Step>,
    pub directory: Directory,
    pub plan_sections: Vec<SectionInfo>,
    /// "A reminder hit me": the partner's flow.
    pub reminder: Vec<crate::paths::reminder::Step>,
    /// HALT's needs, in order (the wave's check-in before acting).
    pub halt: Vec<String>,
}

impl Content {
    /// Parses and checks every file. `load` is the one way in; `shared` keeps the result.
    pub fn load() -> Result<Content, ContentError> {
        Ok(Content {
            patterns: read(PATTERNS, crate::breathing::patterns::parse_built_in)?,
            grounding: read(GROUNDING, crate::grounding::parse_built_in)?,
            directory: read(CRISIS_LINES, Directory::parse)?,
            plan_sections: read(PLAN_SECTIONS, crate::plan::parse_sections)?,
            reminder: read(REMINDER, crate::paths::reminder::parse)?,
            halt: read(HALT, crate::paths::halt::parse)?,
        })
    }

    /// The content for this process, loaded on first use.
    pub fn shared() -> Result<&'static Content, ContentError> {
        static CONTENT: OnceLock<Result<Content, ContentError>> = OnceLock::new();
        CONTENT
            .get_or_init(Content::load)
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn section(&self, id: Section) -> Option<&SectionInfo> {
        self.plan_sections.iter().find(|s| s.id == id)
    }
}

fn read<T>(
    (file, text): (&'static str, &'static str),
    parse: impl FnOnce(&str) -> Result<T, Problem>,
) -> Result<T, ContentError> {
    parse(text).map_err(|problem| ContentError { file, problem })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_file_loads_and_passes_its_checks() {
        let c = Content::load().unwrap();
        assert!(!c.patterns.is_empty());
        assert!(!c.grounding.is_empty());
        assert!(!c.directory.countries.is_empty());
        assert_eq!(c.plan_sections.len(), Section::ALL.len());
    }

    #[test]
    fn a_damaged_file_is_named_in_the_error() {
        let e = read(("plan-sections.json", "{"), crate::plan::parse_sections).unwrap_err();
        assert_eq!(e.file, "plan-sections.json");
        let e = read(("crisis-lines.json", "[]"), Directory::parse).unwrap_err();
        assert_eq!(e.file, "crisis-lines.json");
    }

    #[test]
    fn a_plan_section_missing_or_twice_is_refused() {
        let (_, text) = PLAN_SECTIONS;
        let v: serde_json::Value = serde_json::from_str(text).unwrap();
        let mut fewer = v.clone();
        fewer["sections"].as_array_mut().unwrap().pop();
        assert!(crate::plan::parse_sections(&fewer.to_string()).is_err());
        let mut twice = v.clone();
        let first = twice["sections"][0].clone();
        twice["sections"].as_array_mut().unwrap().push(first);
        assert!(crate::plan::parse_sections(&twice.to_string()).is_err());
    }
}
