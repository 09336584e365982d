//! Breathing patterns: the built-in ones (`assets/breathing-patterns.json`) and the
//! person's own, which are validated before they are kept.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{InvalidInput, ListKind, Reason, TextKind, ThingKind};
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

/// A part of a breath. Adding one: a variant here, its row in `ALL`, how it fills (the
/// schedule's `fill_after`), its
/// field in `Seconds` (with `get`), its cue voice (cues.rs) and its words in
/// breathe.ftl (`breathe-phase-<kind>`, `breathe-part-<kind>`); tests name each place missed.
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
    /// Every kind, in the order a breath goes through them.
    pub const ALL: [PhaseKind; 5] = [
        PhaseKind::In,
        PhaseKind::TopUp,
        PhaseKind::HoldIn,
        PhaseKind::Out,
        PhaseKind::HoldOut,
    ];

    pub fn is_hold(self) -> bool {
        matches!(self, PhaseKind::HoldIn | PhaseKind::HoldOut)
    }
}

/// What the page is told about each kind of phase (in `limits`): the editor's fields.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PhaseInfo {
    pub kind: PhaseKind,
    pub hold: bool,
}

pub fn phase_info() -> Vec<PhaseInfo> {
    PhaseKind::ALL
        .iter()
        .map(|&kind| PhaseInfo {
            kind,
            hold: kind.is_hold(),
        })
        .collect()
}

impl Seconds {
    /// One phase's length.
    pub fn get(&self, kind: PhaseKind) -> f64 {
        match kind {
            PhaseKind::In => self.breathe_in,
            PhaseKind::TopUp => self.top_up,
            PhaseKind::HoldIn => self.hold_in,
            PhaseKind::Out => self.out,
            PhaseKind::HoldOut => self.hold_out,
        }
    }

    /// The non-zero phases in breathing order.
    pub fn phases(&self) -> Vec<(PhaseKind, f64)> {
        PhaseKind::ALL
            .into_iter()
            .map(|k| (k, self.get(k)))
            .filter(|(_, s)| *s > 0.0)
            .collect()
    }

    pub fn holds_breath(&self) -> bool {
        self.hold_in > 0.0 || self.hold_out > 0.0
    }

    fn check(&self) -> Result<(), InvalidInput> {
        let refuse = |reason| InvalidInput::new("seconds", reason);
        for phase in PhaseKind::ALL {
            let s = self.get(phase);
            if !s.is_finite() || !(0.0..=MAX_PHASE_SECONDS).contains(&s) {
                let max = MAX_PHASE_SECONDS as u32;
                return Err(refuse(Reason::PhaseRange { phase, max }));
            }
            if (s * 2.0).fract() != 0.0 {
                return Err(refuse(Reason::HalfSeconds { phase }));
            }
        }
        if self.breathe_in == 0.0 || self.out == 0.0 {
            return Err(refuse(Reason::NeedsInAndOut));
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
    patterns: Vec<BuiltIn>,
}

/// A built-in pattern as the file has it: its words are in the catalogue, by id.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BuiltIn {
    id: String,
    seconds: Seconds,
}

/// The built-in patterns, breath-free ones first, worded from `words`
/// (`content-pattern-<id>-name`, `-description`, and `-advice` where there is any).
pub fn parse_built_in(
    text: &str,
    words: &crate::words::Words,
) -> Result<Vec<Pattern>, crate::content::Problem> {
    let file = serde_json::from_str::<BuiltInFile>(text).map_err(crate::content::Problem::json)?;
    let mut list = Vec::with_capacity(file.patterns.len());
    for b in file.patterns {
        let id = |part: &str| format!("content-pattern-{}-{part}", b.id);
        list.push(Pattern {
            name: words.required(&id("name"))?,
            description: words.required(&id("description"))?,
            advice: words
                .has(&id("advice"))
                .then(|| words.get(&id("advice"), &[])),
            id: b.id,
            seconds: b.seconds,
            own: false,
        });
    }
    let mut ids = std::collections::HashSet::new();
    for p in &list {
        // The same rules as a pattern the person makes, so a built-in one can always play.
        OwnPatternInput {
            name: p.name.clone(),
            seconds: p.seconds,
        }
        .validated()
        .map_err(|e| {
            crate::content::Problem::rule(format!("pattern {:?}: {} ({})", p.id, e, e.field))
        })?;
        if p.id.is_empty() || p.id.starts_with("own-") || !ids.insert(p.id.clone()) {
            return Err(crate::content::Problem::rule(format!(
                "pattern id {:?} is empty, reserved or used twice",
                p.id
            )));
        }
    }
    if !list
        .iter()
        .any(|p| p.id == crate::breathing::DEFAULT_PATTERN)
    {
        return Err(crate::content::Problem::rule(
            "the default pattern is missing",
        ));
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
        let refuse = |reason| InvalidInput::new("name", reason);
        let what = TextKind::PatternName;
        let name = self.name.trim();
        if name.is_empty() {
            return Err(refuse(Reason::Empty { what }));
        }
        let n = name.chars().count();
        if n > MAX_NAME_CHARS {
            let max = MAX_NAME_CHARS;
            return Err(refuse(Reason::TooLong { what, max, n }));
        }
        // A line break too: a name is one line.
        if name.chars().any(char::is_control) {
            return Err(refuse(Reason::ControlCharacter { what }));
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
    const VERSION: u64 = 1;
    const MAX_BYTES: u64 = 1024 * 1024;

    /// Each pattern meets the rules a new one must (a phase of 1e300 seconds would
    /// overflow the schedule), and is marked as the person's own.
    fn check_loaded(&mut self) -> Result<Option<String>, InvalidInput> {
        if self.patterns.len() > MAX_OWN_PATTERNS {
            let (what, max, n) = (ListKind::OwnPatterns, MAX_OWN_PATTERNS, self.patterns.len());
            return Err(InvalidInput::new(
                "patterns",
                Reason::TooMany { what, max, n },
            ));
        }
        for p in &mut self.patterns {
            let input = OwnPatternInput {
                name: p.name.clone(),
                seconds: p.seconds,
            };
            input.validated()?;
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
            let (what, max) = (ListKind::OwnPatterns, MAX_OWN_PATTERNS);
            return Err(InvalidInput::new("patterns", Reason::Full { what, max }));
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

/// The refusal names no id: an id can be anything the page sent.
fn not_found(_id: &str) -> InvalidInput {
    let what = ThingKind::Pattern;
    InvalidInput::new("id", Reason::Gone { what })
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
        let name = TextKind::PatternName;
        let range = |phase| Reason::PhaseRange { phase, max: 20 };
        let cases = [
            (input("Zero", [0.0; 5]), "seconds", Reason::NeedsInAndOut),
            (
                input("", [4.0, 0.0, 0.0, 4.0, 0.0]),
                "name",
                Reason::Empty { what: name },
            ),
            (
                input("   ", [4.0, 0.0, 0.0, 4.0, 0.0]),
                "name",
                Reason::Empty { what: name },
            ),
            (
                input("Long", [21.0, 0.0, 0.0, 4.0, 0.0]),
                "seconds",
                range(PhaseKind::In),
            ),
            (
                input("Neg", [4.0, -1.0, 0.0, 4.0, 0.0]),
                "seconds",
                range(PhaseKind::TopUp),
            ),
            (
                input("Odd", [4.2, 0.0, 0.0, 4.0, 0.0]),
                "seconds",
                Reason::HalfSeconds {
                    phase: PhaseKind::In,
                },
            ),
            (
                input("NaN", [f64::NAN, 0.0, 0.0, 4.0, 0.0]),
                "seconds",
                range(PhaseKind::In),
            ),
            (
                input(&"x".repeat(61), [4.0, 0.0, 0.0, 4.0, 0.0]),
                "name",
                Reason::TooLong {
                    what: name,
                    max: 60,
                    n: 61,
                },
            ),
            (
                input("a\nb", [4.0, 0.0, 0.0, 4.0, 0.0]),
                "name",
                Reason::ControlCharacter { what: name },
            ),
        ];
        for (i, field, reason) in cases {
            let err = i.validated().unwrap_err();
            assert_eq!(err, InvalidInput::new(field, reason), "{:?}", i.name);
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
