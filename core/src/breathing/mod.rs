//! Guided breathing: patterns, the session schedule, and the sound cues drawn from it.

pub mod cues;
pub mod patterns;
pub mod schedule;
pub mod state;

pub use patterns::{OwnPatternInput, OwnPatterns, Pattern, PhaseKind, Seconds};
pub use schedule::{Event, Length, Schedule};

/// The pattern a first session uses: even breathing, which holds no breath.
pub const DEFAULT_PATTERN: &str = "even";
