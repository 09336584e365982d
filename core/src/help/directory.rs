//! The crisis-line directory (`assets/crisis-lines.json`): who to call, by country, with
//! where each number came from and when it was last checked.

use serde::{Deserialize, Serialize};

/// The directory shipped with this build.

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    pub version: u64,
    pub checked_how: String,
    pub fallback: Emergency,
    pub countries: Vec<Country>,
    pub support_groups: Vec<SupportGroup>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: String,
    /// In the language Steady speaks (the file has English; `word` translates it).
    pub name: String,
    /// Its own name(s) in its own language(s), for finding it by typing: "España".
    #[serde(default)]
    pub native_names: Vec<String>,
    /// Other names typing finds it by (its English name, once translated); never shown.
    #[serde(default, skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<String>,
    pub emergency: Emergency,
    /// National crisis lines first, then lines for anyone being hurt at home.
    pub lines: Vec<Line>,
    /// Shown under the lines: e.g. that no national line is open around the clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Numbers left out (sources disagreed, or too thin) and why: for maintainers only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<String>,
}

/// Where a number was read. Primary: the service's own page or a government's.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A readable name of the publisher: "988 Suicide & Crisis Lifeline (988lifeline.org)".
    pub name: String,
    /// The address read (shown as text; Steady opens no web page).
    pub url: String,
    pub primary: bool,
    /// The source's own date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, when it shows one.
    #[serde(default)]
    pub date: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Emergency {
    pub number: String,
    /// The best first.
    pub sources: Vec<Source>,
    pub checked: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// How sure the entry is, for maintainers; never shown to a person in crisis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub name: String,
    /// Which heading the line goes under; a typo in the data fails at load and in tests,
    /// instead of silently hiding a crisis line.
    pub section: Section,
    pub contacts: Vec<Contact>,
    /// The primary source first, where one was found.
    pub sources: Vec<Source>,
    pub checked: String,
    /// Found in one source only: shown with that caveat.
    pub single_source: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// How sure the entry is, for maintainers; never shown to a person in crisis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Crisis lines, for anyone in distress.
    Crisis,
    /// Lines for anyone being hurt at home (their own heading).
    Abuse,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Call,
    Text,
    Tty,
    Email,
    /// A web address for the service's chat (shown as text).
    Chat,
    /// A number that takes WhatsApp messages only.
    Whatsapp,
}

/// Who a support group is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Partners,
    Recovery,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub kind: ContactKind,
    pub value: String,
    /// For texted keywords: "Text HOME to 741741".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportGroup {
    pub name: String,
    #[serde(rename = "for")]
    pub for_whom: Audience,
    pub about: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web: Option<String>,
    pub source: String,
    pub checked: String,
}

/// The emergency number to show for a country, and whether it is that country's own.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct EmergencyChoice {
    /// The country asked about, if any.
    pub country: Option<String>,
    /// Its name when the directory knows it.
    pub country_name: Option<String>,
    /// False when the country is unknown or unlisted and the fallback (112) is shown.
    pub listed: bool,
    pub emergency: Emergency,
}

impl Directory {
    pub fn parse(text: &str) -> Result<Directory, crate::content::Problem> {
        serde_json::from_str(text).map_err(crate::content::Problem::json)
    }

    /// The built-in directory, from the one content module.
    pub fn built_in() -> Result<Directory, crate::content::ContentError> {
        crate::content::Content::shared().map(|c| c.directory.clone())
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries
            .iter()
            .find(|c| c.code.eq_ignore_ascii_case(code))
    }

    pub fn emergency_for(&self, country: Option<&str>) -> EmergencyChoice {
        match country.and_then(|c| self.country(c)) {
            Some(c) => EmergencyChoice {
                country: Some(c.code.clone()),
                country_name: Some(c.name.clone()),
                listed: true,
                emergency: c.emergency.clone(),
            },
            None => EmergencyChoice {
                country: country.map(str::to_ascii_uppercase),
                country_name: None,
                listed: false,
                emergency: self.fallback.clone(),
            },
        }
    }
}

/// First guess at the person's country from a POSIX locale such as `en_GB.UTF-8` or
/// `de_DE@euro`, or a BCP 47 tag such as `en-IE`. Never from the network.
pub fn country_from_locale(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next()?;
    base.split(['_', '-'])
        .skip(1)
        .find(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase)
}

/// The locale from the usual environment variables, in POSIX precedence order.
pub fn system_country() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .and_then(|v| country_from_locale(&v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn dir() -> Directory {
        Directory::built_in().expect("built-in directory parses")
    }

    #[test]
    fn every_entry_is_sourced_and_dated() {
        let d = dir();
        let date_ok = |s: &str| {
            let b = s.as_bytes();
            b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && s.bytes().filter(u8::is_ascii_digit).count() == 8
        };
        assert!(date_ok(&d.fallback.checked));
        for c in &d.countries {
            assert!(!c.emergency.sources.is_empty() && date_ok(&c.emergency.checked));
            assert!(!c.emergency.number.is_empty());
            for l in &c.lines {
                assert!(!l.sources.is_empty(), "{} has no source", l.name);
                assert!(date_ok(&l.checked), "{} has no date", l.name);
                assert!(!l.contacts.is_empty());
            }
        }
        for g in &d.support_groups {
            assert!(!g.source.is_empty() && date_ok(&g.checked));
        }
    }

    #[test]
    fn numbers_are_well_formed_and_unique() {
        let d = dir();
        let mut codes = HashSet::new();
        for c in &d.countries {
            assert!(codes.insert(c.code.clone()), "{} twice", c.code);
            assert!(c.code.len() == 2 && c.code.bytes().all(|b| b.is_ascii_uppercase()));
            let mut seen = HashSet::new();
            for l in &c.lines {
                for k in &l.contacts {
                    if k.kind == ContactKind::Email {
                        assert!(k.value.contains('@'));
                    } else if k.kind == ContactKind::Chat {
                        assert!(
                            k.value.contains('.') && !k.value.contains("://"),
                            "{}",
                            k.value
                        );
                    } else {
                        let digits = k.value.chars().filter(char::is_ascii_digit).count();
                        assert!(
                            k.value
                                .chars()
                                .all(|ch| ch.is_ascii_digit() || " -()+*".contains(ch))
                                && (3..=15).contains(&digits),
                            "{}: {}",
                            l.name,
                            k.value
                        );
                    }
                    assert!(seen.insert((k.kind, k.value.clone())), "{}", k.value);
                }
            }
            assert!(c.emergency.number.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn a_typo_in_a_section_audience_or_kind_fails_to_load() {
        for (good, bad) in [
            (r#""section": "crisis""#, r#""section": "crisiss""#),
            (r#""for": "partners""#, r#""for": "partner""#),
            (r#""kind": "call""#, r#""kind": "phone""#),
        ] {
            assert!(crate::content::CRISIS_LINES.1.contains(good), "{good}");
            let broken = crate::content::CRISIS_LINES.1.replacen(good, bad, 1);
            assert!(serde_json::from_str::<Directory>(&broken).is_err(), "{bad}");
        }
    }

    #[test]
    fn reference_lines_that_must_not_appear() {
        // Ended services, per the reference: the 988 "press 3" option and Samaritans' texts.
        let text = crate::content::CRISIS_LINES.1.to_ascii_lowercase();
        assert!(!text.contains("press 3"));
        let gb = dir().country("GB").cloned().unwrap();
        let samaritans = gb.lines.iter().find(|l| l.name == "Samaritans").unwrap();
        assert!(samaritans
            .contacts
            .iter()
            .all(|c| c.kind == ContactKind::Call));
    }

    #[test]
    fn emergency_numbers() {
        let d = dir();
        assert_eq!(d.emergency_for(Some("gb")).emergency.number, "999");
        assert_eq!(d.emergency_for(Some("US")).emergency.number, "911");
        assert_eq!(d.emergency_for(Some("AU")).emergency.number, "000");
        let unknown = d.emergency_for(None);
        assert!(!unknown.listed);
        assert_eq!(unknown.emergency.number, "112");
        let unlisted = d.emergency_for(Some("EG"));
        assert!(!unlisted.listed);
        assert_eq!(unlisted.emergency.number, "112");
        assert_eq!(unlisted.country.as_deref(), Some("EG"));
    }

    #[test]
    fn locales() {
        assert_eq!(country_from_locale("en_GB.UTF-8").as_deref(), Some("GB"));
        assert_eq!(country_from_locale("de_DE@euro").as_deref(), Some("DE"));
        assert_eq!(country_from_locale("en-ie").as_deref(), Some("IE"));
        assert_eq!(country_from_locale("C.UTF-8"), None);
        assert_eq!(country_from_locale("en"), None);
        assert_eq!(country_from_locale("zh_Hant_TW").as_deref(), Some("TW"));
        assert_eq!(country_from_locale(""), None);
    }
}
