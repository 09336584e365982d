//! Everything Steady ships as data (`assets/`): built into the binary, read and checked
//! once per language, here. A damaged file is a typed error naming the file, at start and
//! in the tests, never a screen that quietly shows less. The data files hold ids, numbers
//! and sources; their words come from the catalogue (`content.ftl`, and each language's
//! `crisis-lines.json` for the directory), filled in as a language's content is loaded.

use std::sync::{Mutex, RwLock};

use crate::words::Words;

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
/// Each language's words for the directory (the problem names the language).
pub const DIRECTORY_WORDS_FILE: &str = "locales/<lang>/crisis-lines.json";
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

/// The language the process speaks now (`use_language`); English until told otherwise.
static CURRENT: RwLock<Option<String>> = RwLock::new(None);

/// Speaks `lang` from now on: `Content::shared` words everything in it. Settings can
/// change the language while Steady runs, so this is not fixed at start.
pub fn use_language(lang: &str) {
    let mut current = CURRENT.write().unwrap_or_else(|e| e.into_inner());
    *current = Some(lang.to_string());
}

fn current_language() -> String {
    CURRENT
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone()
        .unwrap_or_else(|| crate::words::FALLBACK.to_string())
}

impl Content {
    /// Parses and checks every file, worded in English.
    pub fn load() -> Result<Content, ContentError> {
        Content::load_in(crate::words::FALLBACK)
    }

    /// Parses and checks every file, worded in `lang` (a message it lacks falls back to
    /// English; one English lacks is a damaged file).
    pub fn load_in(lang: &str) -> Result<Content, ContentError> {
        let words = Words::new(lang);
        let mut directory = read(CRISIS_LINES, Directory::parse)?;
        if let Some(text) = crate::words::directory_words(lang) {
            let own = crate::help::words::DirectoryWords::parse(lang, text).map_err(|problem| {
                ContentError {
                    file: DIRECTORY_WORDS_FILE,
                    problem,
                }
            })?;
            directory.word(&own);
        }
        Ok(Content {
            patterns: read(PATTERNS, |t| {
                crate::breathing::patterns::parse_built_in(t, &words)
            })?,
            grounding: read(GROUNDING, |t| crate::grounding::parse_built_in(t, &words))?,
            directory,
            plan_sections: read(PLAN_SECTIONS, |t| crate::plan::parse_sections(t, &words))?,
            reminder: read(REMINDER, crate::paths::reminder::parse)?,
            halt: read(HALT, crate::paths::halt::parse)?,
        })
    }

    /// The content in the language the process speaks now, loaded once per language.
    /// Should that language's words be damaged (the tests make sure none is), English.
    pub fn shared() -> Result<&'static Content, ContentError> {
        let lang = current_language();
        Content::in_language(&lang).or_else(|e| {
            log::warn!("content in {lang} could not be loaded, English instead: {e}");
            Content::in_language(crate::words::FALLBACK)
        })
    }

    /// The content in the language spoken now, or `english` (loaded at start, so always
    /// at hand) should that language's ever fail: what every feature reads.
    pub fn now_or(english: &'static Content) -> &'static Content {
        Content::shared().unwrap_or(english)
    }

    /// The content worded in `lang`, loaded on first use and kept for the process (a
    /// handful of languages at most, each a few hundred kilobytes).
    pub fn in_language(lang: &str) -> Result<&'static Content, ContentError> {
        type Loaded = Vec<(String, Result<&'static Content, ContentError>)>;
        static LOADED: Mutex<Loaded> = Mutex::new(Vec::new());
        let mut loaded = LOADED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, c)) = loaded.iter().find(|(l, _)| l == lang) {
            return c.clone();
        }
        let c = Content::load_in(lang).map(|c| &*Box::leak(Box::new(c)));
        loaded.push((lang.to_string(), c.clone()));
        c
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
    fn every_language_loads_its_content_in_its_own_words() {
        let en = Content::load_in("en").unwrap();
        for lang in crate::words::languages() {
            let c = Content::load_in(lang).unwrap_or_else(|e| panic!("{lang}: {e}"));
            if lang == "en" {
                continue;
            }
            // The same content, other words: every built-in step, pattern and section
            // differs from English (a missing translation would fall back to it).
            for (a, b) in c.grounding.iter().zip(&en.grounding) {
                assert_eq!(a.id, b.id);
                assert_ne!(a.text, b.text, "{lang}: grounding step {} is English", a.id);
            }
            for (a, b) in c.plan_sections.iter().zip(&en.plan_sections) {
                assert_ne!(
                    a.prompt, b.prompt,
                    "{lang}: plan section {:?} is English",
                    a.id
                );
            }
            for (a, b) in c.patterns.iter().zip(&en.patterns) {
                assert_eq!(a.seconds, b.seconds);
                assert_ne!(
                    a.description, b.description,
                    "{lang}: pattern {} is English",
                    a.id
                );
            }
            // The directory: every key names an entry, and the countries are renamed but
            // still found by their English name.
            let own = crate::help::words::DirectoryWords::parse(
                lang,
                crate::words::directory_words(lang).expect("directory words"),
            )
            .unwrap();
            assert_eq!(
                own.stale_keys(&en.directory),
                Vec::<String>::new(),
                "{lang}"
            );
            let de = c.directory.country("DE").unwrap();
            assert_ne!(de.name, "Germany", "{lang}");
            assert!(de.other_names.contains(&"Germany".to_string()), "{lang}");
            assert_eq!(
                c.directory.country("DE").unwrap().lines.len(),
                en.directory.country("DE").unwrap().lines.len()
            );
        }
    }

    #[test]
    fn a_stale_key_in_a_languages_directory_words_is_found() {
        let en = Content::load_in("en").unwrap();
        let own = crate::help::words::DirectoryWords::parse(
            "xx",
            r#"{"countries": {"QQ": "Nowhere"}, "lines": {"DE | No such line": "x"}}"#,
        )
        .unwrap();
        assert_eq!(own.stale_keys(&en.directory).len(), 2);
        assert!(crate::help::words::DirectoryWords::parse("xx", r#"{"colour": 1}"#).is_err());
    }

    #[test]
    fn a_damaged_file_is_named_in_the_error() {
        let en = Words::new("en");
        let e = read(("plan-sections.json", "{"), |t| {
            crate::plan::parse_sections(t, &en)
        })
        .unwrap_err();
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
        let en = Words::new("en");
        assert!(crate::plan::parse_sections(&fewer.to_string(), &en).is_err());
        let mut twice = v.clone();
        let first = twice["sections"][0].clone();
        twice["sections"].as_array_mut().unwrap().push(first);
        assert!(crate::plan::parse_sections(&twice.to_string(), &en).is_err());
    }
}
