//! The directory's words in a language other than English
//! (`assets/locales/<lang>/crisis-lines.json`): country names and the sentences a person
//! reads (notes, hours, what a support group is), by key. Numbers, the names of services
//! and the sources stay in the directory itself, in one place. A key the directory does
//! not have is a damaged file (a renamed line would otherwise keep a stale note); a key it
//! lacks keeps the English (the tests require every key of the four languages).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::directory::Directory;
use crate::content::Problem;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryWords {
    /// For maintainers.
    #[serde(default)]
    pub about: String,
    /// Country code -> the country's name in this language.
    #[serde(default)]
    pub countries: BTreeMap<String, String>,
    /// The note under the fallback number (112).
    #[serde(default)]
    pub fallback: Option<String>,
    /// Country code -> the note under its emergency number.
    #[serde(default)]
    pub emergency: BTreeMap<String, String>,
    /// Country code -> the note under its lines (no line open at night, ...).
    #[serde(default)]
    pub country_notes: BTreeMap<String, String>,
    /// `"<code> | <line name>"` -> the line's note.
    #[serde(default)]
    pub lines: BTreeMap<String, String>,
    /// The directory's English hours -> the same hours in this language.
    #[serde(default)]
    pub hours: BTreeMap<String, String>,
    /// A support group's name -> its name and what it is, in this language.
    #[serde(default)]
    pub support_groups: BTreeMap<String, GroupWords>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupWords {
    pub name: String,
    pub about: String,
}

/// The key a line's note is found under.
pub fn line_key(country: &str, line: &str) -> String {
    format!("{country} | {line}")
}

impl DirectoryWords {
    pub fn parse(lang: &str, text: &str) -> Result<DirectoryWords, Problem> {
        serde_json::from_str(text).map_err(|e| Problem::Json(format!("{lang}: {e}")))
    }

    /// Every key that names nothing in `directory`, as sentences for the tests and the log.
    pub fn stale_keys(&self, directory: &Directory) -> Vec<String> {
        let mut stale = Vec::new();
        let known = |code: &str| directory.country(code).is_some();
        for code in self
            .countries
            .keys()
            .chain(self.emergency.keys())
            .chain(self.country_notes.keys())
        {
            if !known(code) {
                stale.push(format!("country {code:?}"));
            }
        }
        for key in self.lines.keys() {
            let found = directory
                .countries
                .iter()
                .any(|c| c.lines.iter().any(|l| line_key(&c.code, &l.name) == *key));
            if !found {
                stale.push(format!("line {key:?}"));
            }
        }
        for hours in self.hours.keys() {
            let found = directory.countries.iter().any(|c| {
                c.lines
                    .iter()
                    .any(|l| l.hours.as_deref() == Some(hours.as_str()))
            });
            if !found {
                stale.push(format!("hours {hours:?}"));
            }
        }
        for name in self.support_groups.keys() {
            if !directory.support_groups.iter().any(|g| g.name == *name) {
                stale.push(format!("support group {name:?}"));
            }
        }
        stale
    }
}

impl Directory {
    /// The directory worded in another language: each sentence that has a translation
    /// takes it, and each country keeps its English name among the names typing finds.
    pub fn word(&mut self, words: &DirectoryWords) {
        let take = |map: &BTreeMap<String, String>, key: &str, into: &mut Option<String>| {
            if into.is_some() {
                if let Some(t) = map.get(key) {
                    *into = Some(t.clone());
                }
            }
        };
        if let Some(t) = &words.fallback {
            if self.fallback.note.is_some() {
                self.fallback.note = Some(t.clone());
            }
        }
        for c in &mut self.countries {
            if let Some(name) = words.countries.get(&c.code) {
                let english = std::mem::replace(&mut c.name, name.clone());
                if !c.native_names.contains(&english) {
                    c.other_names.push(english);
                }
            }
            take(&words.emergency, &c.code, &mut c.emergency.note);
            take(&words.country_notes, &c.code, &mut c.note);
            for l in &mut c.lines {
                take(&words.lines, &line_key(&c.code, &l.name), &mut l.note);
                if let Some(h) = l.hours.as_ref().and_then(|h| words.hours.get(h)) {
                    l.hours = Some(h.clone());
                }
            }
        }
        for g in &mut self.support_groups {
            if let Some(w) = words.support_groups.get(&g.name) {
                g.name = w.name.clone();
                g.about = w.about.clone();
            }
        }
    }
}
