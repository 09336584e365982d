//! The limits and defaults the page needs to draw its fields and choices, sent once at
//! start-up, so they exist only here in the rules that enforce them (no copies in JS).

use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Limits {
    /// Characters in one plan item's field.
    pub plan_text: usize,
    /// Characters in an own grounding step or sentence.
    pub own_step_text: usize,
    /// Characters in an own pattern's name.
    pub pattern_name: usize,
    /// Longest part of a breath, in seconds, and the step between values.
    pub phase_seconds: f64,
    pub phase_step: f64,
    /// The lengths a breathing session can have, in minutes (besides "until I stop").
    pub session_minutes: Vec<u32>,
    /// What a first breathing session uses.
    pub default_pattern: &'static str,
    pub default_minutes: u32,
    /// The wave's length range and default, in minutes.
    pub wave_minutes: (u32, u32),
    pub wave_default: u32,
    /// The system-wide shortcut a new Steady uses.
    pub default_shortcut: &'static str,
    /// How many earlier versions of the plan are kept (besides pinned ones).
    pub kept_versions: usize,
    /// The kinds of phase a breath can have, in order, and how full each starts and ends.
    pub phases: Vec<crate::breathing::patterns::PhaseInfo>,
    /// The shortest and longest passphrase Steady takes.
    pub passphrase_chars: (usize, usize),
    /// The idle times Steady can lock after, in minutes (0: never).
    pub lock_after_minutes: Vec<u32>,
    /// The languages Steady speaks (tags), for Settings' choice.
    pub languages: Vec<&'static str>,
    /// How long one of those minutes lasts, in ms: 60,000, unless an end-to-end test
    /// shortens it with `STEADY_TEST_MINUTE_MS` (never below 200).
    pub idle_minute_ms: u64,
}

pub fn limits() -> Limits {
    let first = crate::settings::LastBreath::default();
    Limits {
        plan_text: crate::plan::MAX_TEXT_CHARS,
        own_step_text: crate::grounding::MAX_OWN_TEXT,
        pattern_name: crate::breathing::patterns::MAX_NAME_CHARS,
        phase_seconds: crate::breathing::patterns::MAX_PHASE_SECONDS,
        phase_step: 0.5,
        session_minutes: crate::breathing::schedule::MINUTES.to_vec(),
        default_pattern: crate::breathing::DEFAULT_PATTERN,
        default_minutes: first.minutes.unwrap_or(3),
        wave_minutes: (crate::urge::MIN_MINUTES, crate::urge::MAX_MINUTES),
        wave_default: crate::urge::DEFAULT_MINUTES,
        default_shortcut: crate::launch::shortcut::DEFAULT,
        kept_versions: crate::store::history::KEEP,
        phases: crate::breathing::patterns::phase_info(),
        passphrase_chars: (
            crate::vault::key::MIN_PASSPHRASE_CHARS,
            crate::vault::key::MAX_PASSPHRASE_CHARS,
        ),
        lock_after_minutes: crate::settings::LOCK_AFTER_CHOICES.to_vec(),
        languages: crate::words::languages(),
        idle_minute_ms: std::env::var("STEADY_TEST_MINUTE_MS")
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
            .map_or(60_000, |ms| ms.clamp(200, 60_000)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_are_the_rules_own_numbers() {
        let l = limits();
        assert_eq!(l.plan_text, 2_000);
        assert_eq!(l.session_minutes, vec![1, 3, 5, 10]);
        assert!(l.session_minutes.contains(&l.default_minutes));
        assert!(l.wave_minutes.0 <= l.wave_default && l.wave_default <= l.wave_minutes.1);
        assert!(crate::launch::shortcut::normalise(l.default_shortcut).is_ok());
    }
}
