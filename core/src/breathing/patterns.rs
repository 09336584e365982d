//! Breathing patterns: the built-in ones (`assets/breathing-patterns.json`) and the
//! person's own, which are validated before they are kept.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::InvalidInput;
use crate::store::Document;

/// Longest single phase, in seconds.
pub const MAX_PHASE_SECONDS: f64 = 20.0;
pub const MAX_NAME_CHARS: usize = 60;
pub const MAX_OWN_PATTERNS: usize = 50;

/// A breath's five possible phases, in the order they are breathed. Zero means "skip".
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Seconds {
    #[serde(rename = "in")]
    pub breathe_in: f64,
    pub top_up: f64,
    pub hold_in: f64,
    pub out: f64,
    pub hold_out: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    In,
    TopUp,
    HoldIn,
    Out,
    HoldOut,
}

impl PhaseKind {
    pub fn is_hold(self) -> bool {
        matches!(self, PhaseKind::HoldIn | PhaseKind::HoldOut)
    }
}

impl Seconds {
    /// The non-zero phases in breathing order.
    pub fn phases(&self) -> Vec<(PhaseKind, f64)> {
        [
            (PhaseKind::In, self.breathe_in),
            (PhaseKind::TopUp, self.top_up),
            (PhaseKind::HoldIn, self.hold_in),
            (PhaseKind::Out, self.out),
            (PhaseKind::HoldOut, self.hold_out),
        ]
        .into_iter()
        .filter(|(_, s)| *s > 0.0)
        .collect()
    }

    pub fn holds_breath(&self) -> bool {
        self.hold_in > 0.0 || self.hold_out > 0.0
    }

    fn check(&self) -> Result<(), InvalidInput> {
        let all = [
            ("in", self.breathe_in),
            ("top_up", self.top_up),
            ("hold_in", self.hold_in),
            ("out", self.out),
            ("hold_out", self.hold_out),
        ];
        for (field, s) in all {
            if !s.is_finite() || !(0.0..=MAX_PHASE_SECONDS).contains(&s) {
                return Err(InvalidInput {
                    field: "seconds",
                    message: format!(
                        "Each part of a breath lasts from 0 to 20 seconds ({field} is {s})."
                    ),
                });
            }
            if (s * 2.0).fract() != 0.0 {
                return Err(InvalidInput {
                    field: "seconds",
                    message: format!(
                        "Times go in half seconds, such as 4 or 4.5 ({field} is {s})."
                    ),
                });
            }
        }
        if self.breathe_in == 0.0 || self.out == 0.0 {
            return Err(InvalidInput {
                field: "seconds",
                message:
                    "A pattern needs a breath in and a breath out, each of at least half a second."
                        .into(),
            });
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pattern {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
    pub seconds: Seconds,
    /// True for the person's own patterns.
    #[serde(default)]
    pub own: bool,
}

impl Pattern {
    pub fn holds_breath(&self) -> bool {
        self.seconds.holds_breath()
    }

    /// One breath, in milliseconds.
    pub fn cycle_ms(&self) -> u64 {
        self.seconds
            .phases()
            .iter()
            .map(|(_, s)| (s * 1000.0).round() as u64)
            .sum()
    }
}

#[derive(Deserialize)]
struct BuiltInFile {
    patterns: Vec<Pattern>,
}

/// The built-in patterns, breath-free ones first.
pub fn parse_built_in(text: &str) -> Result<Vec<Pattern>, String> {
    let mut list = serde_json::from_str::<BuiltInFile>(text)
        .map_err(|e| e.to_string())?
        .patterns;
    let mut ids = std::collections::HashSet::new();
    for p in &list {
        // The same rules as a pattern the person makes, so a built-in one can always play.
        OwnPatternInput {
            name: p.name.clone(),
            seconds: p.seconds,
        }
        .validated()
        .map_err(|e| format!("pattern {:?}: {}", p.id, e.message))?;
        if p.id.is_empty() || p.id.starts_with("own-") || !ids.insert(p.id.clone()) {
            return Err(format!(
                "pattern id {:?} is empty, reserved or used twice",
                p.id
            ));
        }
    }
    if !list
        .iter()
        .any(|p| p.id == crate::breathing::DEFAULT_PATTERN)
    {
        return Err("the default pattern is missing".into());
    }
    list.sort_by_key(Pattern::holds_breath); // stable: keeps the file's order otherwise
    Ok(list)
}

/// The built-in patterns, from the one content module.
pub fn built_in() -> Vec<Pattern> {
    crate::content::Content::shared()
        .map(|c| c.patterns.clone())
        .unwrap_or_default()
}

/// What the person sends when making or changing a pattern of their own.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct OwnPatternInput {
    pub name: String,
    pub seconds: Seconds,
}

impl OwnPatternInput {
    /// Checks it; returns the tidied name.
    pub fn validated(&self) -> Result<String, InvalidInput> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(InvalidInput {
                field: "name",
                message: "Give the pattern a name, so you can find it again.".into(),
            });
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(InvalidInput {
                field: "name",
                message: format!("A name can be up to {MAX_NAME_CHARS} characters."),
            });
        }
        if name.chars().any(char::is_control) {
            return Err(InvalidInput {
                field: "name",
                message: "A name cannot hold line breaks or control characters.".into(),
            });
        }
        self.seconds.check()?;
        Ok(name.to_string())
    }
}

/// The person's own patterns, kept as `patterns.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnPatterns {
    pub patterns: Vec<Pattern>,
    pub next_id: u64,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Document for OwnPatterns {
    const NAME: &'static str = "patterns";
    const LABEL: &'static str = "your breathing patterns";
    const VERSION: u64 = 1;
    const MAX_BYTES: u64 = 1024 * 1024;

    /// Each pattern meets the rules a new one must (a phase of 1e300 seconds would
    /// overflow the schedule), and is marked as the person's own.
    fn check_loaded(&mut self) -> Result<Option<String>, String> {
        if self.patterns.len() > MAX_OWN_PATTERNS {
            return Err(format!("it holds more than {MAX_OWN_PATTERNS} patterns"));
        }
        for p in &mut self.patterns {
            let input = OwnPatternInput {
                name: p.name.clone(),
                seconds: p.seconds,
            };
            input.validated().map_err(|e| e.message)?;
            p.own = true;
        }
        let renumbered = crate::ids::repair_own(
            self.patterns.iter_mut().map(|p| &mut p.id),
            &mut self.next_id,
        );
        Ok(renumbered
            .then(|| "some of your patterns shared a name, and each now has its own".into()))
    }
}

impl OwnPatterns {
    pub fn add(&mut self, input: &OwnPatternInput) -> Result<Pattern, InvalidInput> {
        let name = input.validated()?;
        if self.patterns.len() >= MAX_OWN_PATTERNS {
            return Err(InvalidInput {
                field: "patterns",
                message: format!("You can keep up to {MAX_OWN_PATTERNS} patterns of your own. Delete one to make room."),
            });
        }
        let p = Pattern {
            id: format!("own-{}", crate::ids::give(&mut self.next_id)?),
            name,
            description: String::new(),
            advice: None,
            seconds: input.seconds,
            own: true,
        };
        self.patterns.push(p.clone());
        Ok(p)
    }

    pub fn update(&mut self, id: &str, input: &OwnPatternInput) -> Result<Pattern, InvalidInput> {
        let name = input.validated()?;
        let p = self
            .patterns
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or_else(|| not_found(id))?;
        p.name = name;
        p.seconds = input.seconds;
        Ok(p.clone())
    }

    pub fn delete(&mut self, id: &str) -> Result<Pattern, InvalidInput> {
        let i = self
            .patterns
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| not_found(id))?;
        Ok(self.patterns.remove(i))
    }
}

fn not_found(id: &str) -> InvalidInput {
    InvalidInput {
        field: "id",
        message: format!("There is no pattern of yours called {id:?}; it may have been deleted."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, s: [f64; 5]) -> OwnPatternInput {
        OwnPatternInput {
            name: name.into(),
            seconds: Seconds {
                breathe_in: s[0],
                top_up: s[1],
                hold_in: s[2],
                out: s[3],
                hold_out: s[4],
            },
        }
    }

    #[test]
    fn built_ins_load_breath_free_first_with_the_default_leading() {
        let list = built_in();
        assert_eq!(list[0].id, "even");
        assert_eq!(list[0].seconds.phases().len(), 2);
        let first_hold = list.iter().position(Pattern::holds_breath).unwrap();
        assert!(list[first_hold..].iter().all(Pattern::holds_breath));
        for p in &list {
            assert!(!p.description.is_empty());
            assert!(
                input(
                    &p.name,
                    [
                        p.seconds.breathe_in,
                        p.seconds.top_up,
                        p.seconds.hold_in,
                        p.seconds.out,
                        p.seconds.hold_out
                    ]
                )
                .validated()
                .is_ok(),
                "{}",
                p.id
            );
            if p.holds_breath() {
                assert!(p.description.contains("holds the breath"), "{}", p.id);
            }
        }
        let four = list.iter().find(|p| p.id == "4-7-8").unwrap();
        assert!(four
            .advice
            .as_deref()
            .unwrap_or("")
            .contains("four breaths"));
        assert_eq!(
            list.iter().find(|p| p.id == "box").unwrap().cycle_ms(),
            16_000
        );
    }

    #[test]
    fn own_patterns_are_refused_with_reasons() {
        let cases = [
            (input("Zero", [0.0; 5]), "breath in and a breath out"),
            (input("", [4.0, 0.0, 0.0, 4.0, 0.0]), "name"),
            (input("   ", [4.0, 0.0, 0.0, 4.0, 0.0]), "name"),
            (input("Long", [21.0, 0.0, 0.0, 4.0, 0.0]), "0 to 20 seconds"),
            (input("Neg", [4.0, -1.0, 0.0, 4.0, 0.0]), "0 to 20 seconds"),
            (input("Odd", [4.2, 0.0, 0.0, 4.0, 0.0]), "half seconds"),
            (
                input("NaN", [f64::NAN, 0.0, 0.0, 4.0, 0.0]),
                "0 to 20 seconds",
            ),
            (
                input(&"x".repeat(61), [4.0, 0.0, 0.0, 4.0, 0.0]),
                "60 characters",
            ),
            (input("a\nb", [4.0, 0.0, 0.0, 4.0, 0.0]), "line breaks"),
        ];
        for (i, why) in cases {
            let err = i.validated().unwrap_err();
            assert!(err.message.contains(why), "{:?}: {}", i.name, err.message);
        }
    }

    #[test]
    fn add_edit_delete() {
        let mut own = OwnPatterns::default();
        let p = own
            .add(&input("  Mine 🌊 ", [4.5, 0.0, 0.0, 7.0, 0.0]))
            .unwrap();
        assert_eq!(p.name, "Mine 🌊");
        assert!(p.own);
        let q = own
            .update(&p.id, &input("Slower", [5.0, 0.0, 0.0, 8.0, 1.0]))
            .unwrap();
        assert!(q.holds_breath());
        assert!(own
            .update("own-99", &input("x", [1.0, 0.0, 0.0, 1.0, 0.0]))
            .is_err());
        own.delete(&p.id).unwrap();
        assert!(own.patterns.is_empty());
        // Ids are never reused, so an old reference cannot hit a new pattern.
        assert_eq!(
            own.add(&input("Again", [4.0, 0.0, 0.0, 4.0, 0.0]))
                .unwrap()
                .id,
            "own-2"
        );
    }
}
