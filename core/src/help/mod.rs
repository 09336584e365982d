//! What "Get help now" shows, in order: the emergency number for the person's country,
//! their own people and professionals from their plan, the crisis lines for their country,
//! lines for anyone being hurt, then support groups. Assembled here so the screen only
//! renders it, and worded for a person in crisis: the directory's bookkeeping (which entry
//! was found in one source only, which has no single page cited) stays in the data.

pub mod countries;
pub mod dial;
pub mod directory;
pub mod qr;
pub mod state;
pub mod words;

use serde::Serialize;

use crate::plan::{Item, Plan};
use directory::{Audience, Contact, Directory, Emergency, Line, Section, SupportGroup};

/// Settings value meaning "my country is not in Steady's list" (ISO 3166 reserves ZZ for
/// an unknown or unspecified country).
pub const NOT_LISTED: &str = "ZZ";

#[derive(Debug, Clone, Serialize)]
pub struct CountryChoice {
    pub code: String,
    pub name: String,
    /// Its own names, so typing "España" or "Suomi" finds it.
    pub native_names: Vec<String>,
    /// Names typing also finds it by (English, when Steady speaks another language).
    pub other_names: Vec<String>,
}

impl CountryChoice {
    fn of(c: &directory::Country) -> CountryChoice {
        CountryChoice {
            code: c.code.clone(),
            name: c.name.clone(),
            native_names: c.native_names.clone(),
            other_names: c.other_names.clone(),
        }
    }
}

/// A line as the screen shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ShownLine {
    pub name: String,
    pub contacts: Vec<Contact>,
    pub hours: Option<String>,
    /// BCP 47 codes (`en`, `es`); the page names them in the person's language.
    pub languages: Vec<String>,
    pub note: Option<String>,
    /// Where the number came from, by name; `None` when only Steady's own list names it.
    pub source: Option<String>,
    /// `YYYY-MM-DD`.
    pub checked: String,
}

/// The emergency number as the screen shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ShownEmergency {
    pub number: String,
    pub note: Option<String>,
    pub source: Option<String>,
    pub checked: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HelpView {
    /// The person's own people, then their professionals, from the plan.
    pub own: Vec<Item>,
    /// Their own people are behind the lock (protection on, Steady locked): the screen
    /// says so and offers to unlock. The lines below never are.
    pub own_locked: bool,
    /// The country the lines are for; `None` when unknown or not listed.
    pub country: Option<CountryChoice>,
    /// What the person should know about that country's lines (none open at night...).
    pub country_note: Option<String>,
    /// Whether the country came from the person's choice (else from the system).
    pub chosen: bool,
    pub emergency: ShownEmergency,
    pub crisis_lines: Vec<ShownLine>,
    pub abuse_lines: Vec<ShownLine>,
    pub partner_groups: Vec<SupportGroup>,
    pub recovery_groups: Vec<SupportGroup>,
    /// Every listed country, for the chooser.
    pub countries: Vec<CountryChoice>,
}

/// A note without the sentences about how sure the directory is ("found in one source
/// only"): a person in crisis is never asked to check a number.
pub fn shown_note(note: &str) -> Option<String> {
    let kept: Vec<&str> = note
        .split(". ")
        .map(|s| s.trim().trim_end_matches('.'))
        .filter(|s| !s.is_empty() && !s.to_lowercase().contains("one source"))
        .collect();
    (!kept.is_empty()).then(|| format!("{}.", kept.join(". ")))
}

/// The source a person is shown: the first, which the data puts primary-first.
fn first_source(sources: &[directory::Source]) -> Option<String> {
    sources.first().map(|s| s.name.clone())
}

fn shown_line(l: &Line) -> ShownLine {
    ShownLine {
        name: l.name.clone(),
        contacts: l.contacts.clone(),
        hours: l.hours.clone(),
        languages: l.languages.clone().unwrap_or_default(),
        note: l.note.as_deref().and_then(shown_note),
        source: first_source(&l.sources),
        checked: l.checked.clone(),
    }
}

fn shown_emergency(e: Emergency) -> ShownEmergency {
    ShownEmergency {
        note: e.note.as_deref().and_then(shown_note),
        source: first_source(&e.sources),
        number: e.number,
        checked: e.checked,
    }
}

pub fn view(
    directory: &Directory,
    plan: Option<&Plan>,
    chosen: Option<&str>,
    system: Option<&str>,
) -> HelpView {
    let code = chosen.or(system);
    let country = code.and_then(|c| directory.country(c));
    let own = plan
        .map(|plan| {
            plan.people
                .iter()
                .chain(&plan.professionals)
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let lines = |section: Section| -> Vec<ShownLine> {
        country
            .map(|c| {
                c.lines
                    .iter()
                    .filter(|l| l.section == section)
                    .map(shown_line)
                    .collect()
            })
            .unwrap_or_default()
    };
    let groups = |whom: Audience| -> Vec<SupportGroup> {
        directory
            .support_groups
            .iter()
            .filter(|g| g.for_whom == whom)
            .cloned()
            .collect()
    };
    HelpView {
        own,
        own_locked: plan.is_none(),
        country: country.map(CountryChoice::of),
        country_note: country.and_then(|c| c.note.clone()),
        chosen: chosen.is_some(),
        emergency: shown_emergency(directory.emergency_for(code).emergency),
        crisis_lines: lines(Section::Crisis),
        abuse_lines: lines(Section::Abuse),
        partner_groups: groups(Audience::Partners),
        recovery_groups: groups(Audience::Recovery),
        countries: directory.countries.iter().map(CountryChoice::of).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{ItemInput, Section};

    fn dir() -> Directory {
        Directory::built_in().unwrap()
    }

    #[test]
    fn own_people_come_first_then_professionals() {
        let mut plan = Plan::default();
        let c = |n: &str| ItemInput {
            name: n.into(),
            phone: "0123 456".into(),
            ..ItemInput::default()
        };
        plan.add(Section::Professionals, &c("Dr Okafor"), None)
            .unwrap();
        plan.add(Section::People, &c("Sam"), None).unwrap();
        let v = view(&dir(), Some(&plan), None, Some("GB"));
        let names: Vec<_> = v.own.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["Sam", "Dr Okafor"]);
    }

    #[test]
    fn the_chosen_country_wins_and_sections_are_separate() {
        let v = view(&dir(), Some(&Plan::default()), Some("US"), Some("GB"));
        assert_eq!(v.country.as_ref().map(|c| c.code.as_str()), Some("US"));
        assert!(v.chosen);
        assert_eq!(v.emergency.number, "911");
        assert!(v.crisis_lines.iter().any(|l| l.name.starts_with("988")));
        assert!(v
            .abuse_lines
            .iter()
            .any(|l| l.name.contains("Domestic Violence")));
        assert!(v.abuse_lines.iter().all(|l| !l.name.starts_with("988")));
        assert!(!v.partner_groups.is_empty() && !v.recovery_groups.is_empty());
    }

    #[test]
    fn an_unlisted_or_unknown_country_falls_back_to_112_with_no_lines() {
        for (chosen, system) in [
            (Some(NOT_LISTED), Some("GB")),
            (None, Some("EG")),
            (None, None),
        ] {
            let v = view(&dir(), Some(&Plan::default()), chosen, system);
            assert!(v.country.is_none());
            assert_eq!(v.emergency.number, "112");
            assert!(v.crisis_lines.is_empty() && v.abuse_lines.is_empty());
        }
    }

    #[test]
    fn the_directory_bookkeeping_stays_off_the_screen() {
        assert_eq!(
            shown_note("Chat at 113.nl. That calling 113 is free since October 2025 was found in one source only.")
                .as_deref(),
            Some("Chat at 113.nl.")
        );
        assert_eq!(
            shown_note("Found in one source only; the mental-health option was not confirmed."),
            None
        );
        assert_eq!(
            shown_note("Free to call.").as_deref(),
            Some("Free to call.")
        );
        // Every country, as the screen would get it.
        let d = dir();
        for c in &d.countries {
            let v = view(&d, Some(&Plan::default()), Some(&c.code), None);
            let text =
                serde_json::to_string(&(&v.emergency, &v.crisis_lines, &v.abuse_lines)).unwrap();
            for word in [
                "one source",
                "primary source",
                "no single page",
                "reference list",
                "was read",
                "provenance",
            ] {
                assert!(!text.contains(word), "{}: {word} in {text}", c.code);
            }
        }
    }
}
