//! What "Get help now" shows, in order: the person's own people and professionals from
//! their plan, then the checked crisis lines for their country, then the emergency number,
//! then support groups. Assembled here so the screen only renders it.

use serde::Serialize;

use crate::directory::{Directory, Emergency, Line, SupportGroup};
use crate::plan::{Item, Plan};

/// Settings value meaning "my country is not in Steady's list" (ISO 3166 reserves ZZ for
/// an unknown or unspecified country).
pub const NOT_LISTED: &str = "ZZ";

#[derive(Debug, Clone, Serialize)]
pub struct CountryChoice {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HelpView {
    /// The person's own people, then their professionals, from the plan.
    pub own: Vec<Item>,
    /// The country the lines are for; `None` when unknown or not listed.
    pub country: Option<CountryChoice>,
    /// Whether the country came from the person's choice (else from the system).
    pub chosen: bool,
    pub crisis_lines: Vec<Line>,
    pub abuse_lines: Vec<Line>,
    pub emergency: Emergency,
    pub partner_groups: Vec<SupportGroup>,
    pub recovery_groups: Vec<SupportGroup>,
    /// Every listed country, for the chooser.
    pub countries: Vec<CountryChoice>,
    pub checked_how: String,
}

pub fn view(
    directory: &Directory,
    plan: &Plan,
    chosen: Option<&str>,
    system: Option<&str>,
) -> HelpView {
    let code = chosen.or(system);
    let country = code.and_then(|c| directory.country(c));
    let own = plan
        .people
        .iter()
        .chain(&plan.professionals)
        .cloned()
        .collect();
    let lines = |section: &str| -> Vec<Line> {
        country
            .map(|c| {
                c.lines
                    .iter()
                    .filter(|l| l.section == section)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    };
    let groups = |whom: &str| -> Vec<SupportGroup> {
        directory
            .support_groups
            .iter()
            .filter(|g| g.for_whom == whom)
            .cloned()
            .collect()
    };
    HelpView {
        own,
        country: country.map(|c| CountryChoice {
            code: c.code.clone(),
            name: c.name.clone(),
        }),
        chosen: chosen.is_some(),
        crisis_lines: lines("crisis"),
        abuse_lines: lines("abuse"),
        emergency: directory.emergency_for(code).emergency,
        partner_groups: groups("partners"),
        recovery_groups: groups("recovery"),
        countries: directory
            .countries
            .iter()
            .map(|c| CountryChoice {
                code: c.code.clone(),
                name: c.name.clone(),
            })
            .collect(),
        checked_how: directory.checked_how.clone(),
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
        let v = view(&dir(), &plan, None, Some("GB"));
        let names: Vec<_> = v.own.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["Sam", "Dr Okafor"]);
    }

    #[test]
    fn the_chosen_country_wins_and_sections_are_separate() {
        let v = view(&dir(), &Plan::default(), Some("US"), Some("GB"));
        assert_eq!(v.country.as_ref().map(|c| c.code.as_str()), Some("US"));
        assert!(v.chosen);
        assert_eq!(v.emergency.number, "911");
        assert!(v.crisis_lines.iter().any(|l| l.name.starts_with("988")));
        assert!(v
            .abuse_lines
            .iter()
            .any(|l| l.name.contains("Domestic Violence")));
        assert!(v.crisis_lines.iter().all(|l| l.section == "crisis"));
        assert!(!v.partner_groups.is_empty() && !v.recovery_groups.is_empty());
    }

    #[test]
    fn an_unlisted_or_unknown_country_falls_back_to_112_with_no_lines() {
        for (chosen, system) in [
            (Some(NOT_LISTED), Some("GB")),
            (None, Some("BR")),
            (None, None),
        ] {
            let v = view(&dir(), &Plan::default(), chosen, system);
            assert!(v.country.is_none());
            assert_eq!(v.emergency.number, "112");
            assert!(v.crisis_lines.is_empty() && v.abuse_lines.is_empty());
        }
    }
}
