//! Sound cues made from the schedule, one sample at a time, so every cue starts on the
//! exact sample its phase starts. In rises, out falls, holds are a quiet low note. Each cue
//! fades in and out on a raised cosine: no clicks.
//!
//! The shell plays this through rodio; pausing the player pauses this stream, which is
//! what shifts the sound by exactly the pause.

use std::f64::consts::TAU;

use super::patterns::PhaseKind;
use super::schedule::{Event, Schedule};

pub const SAMPLE_RATE: u32 = 48_000;
const SAMPLES_PER_MS: u64 = SAMPLE_RATE as u64 / 1000;
/// Fade-in length: long enough to be soft, short enough to mark the moment.
const ATTACK_MS: f64 = 40.0;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Voice {
    from_hz: f64,
    to_hz: f64,
    ms: f64,
    amp: f64,
}

fn voice(kind: PhaseKind) -> Voice {
    match kind {
        PhaseKind::In => Voice {
            from_hz: 330.0,
            to_hz: 440.0,
            ms: 700.0,
            amp: 0.20,
        },
        PhaseKind::TopUp => Voice {
            from_hz: 440.0,
            to_hz: 494.0,
            ms: 300.0,
            amp: 0.14,
        },
        PhaseKind::Out => Voice {
            from_hz: 440.0,
            to_hz: 294.0,
            ms: 900.0,
            amp: 0.20,
        },
        PhaseKind::HoldIn | PhaseKind::HoldOut => Voice {
            from_hz: 262.0,
            to_hz: 262.0,
            ms: 350.0,
            amp: 0.07,
        },
    }
}

/// The sample index at which an event's cue begins.
pub fn onset_sample(e: &Event) -> u64 {
    e.at_ms * SAMPLES_PER_MS
}

struct Playing {
    voice: Voice,
    len: u64,
    k: u64,
    phase: f64,
}

impl Playing {
    fn start(kind: PhaseKind, phase_ms: u64) -> Playing {
        let mut voice = voice(kind);
        // A cue never outlasts most of its phase, so cues never overlap.
        voice.ms = voice.ms.min(phase_ms as f64 * 0.8);
        Playing {
            voice,
            len: (voice.ms * SAMPLES_PER_MS as f64) as u64,
            k: 0,
            phase: 0.0,
        }
    }

    fn next(&mut self) -> Option<f32> {
        if self.k >= self.len {
            return None;
        }
        let t = self.k as f64 / self.len as f64;
        let attack = (ATTACK_MS * SAMPLES_PER_MS as f64).min(self.len as f64 / 2.0);
        let env = if (self.k as f64) < attack {
            0.5 - 0.5 * (std::f64::consts::PI * self.k as f64 / attack).cos()
        } else {
            // Release over the rest: from 1 down to 0 at the last sample.
            let r = (self.k as f64 - attack) / (self.len as f64 - attack);
            0.5 + 0.5 * (std::f64::consts::PI * r).cos()
        };
        let v = self.voice;
        let sample = v.amp * env * (self.phase.sin() + 0.25 * (2.0 * self.phase).sin());
        let hz = v.from_hz + (v.to_hz - v.from_hz) * t;
        self.phase = (self.phase + TAU * hz / f64::from(SAMPLE_RATE)) % TAU;
        self.k += 1;
        Some(sample as f32)
    }
}

/// Mono samples at [`SAMPLE_RATE`] for a whole session, from its first sample.
pub struct CueTrack {
    events: Box<dyn Iterator<Item = Event> + Send>,
    steps: Vec<u64>,
    next: Option<Event>,
    playing: Option<Playing>,
    pos: u64,
    end: Option<u64>,
}

impl CueTrack {
    pub fn new(schedule: &Schedule) -> CueTrack {
        let owned = schedule.clone();
        let steps = owned.steps.iter().map(|s| s.duration_ms).collect();
        let end = owned.total_ms.map(|t| t * SAMPLES_PER_MS);
        // The schedule is small; the iterator owns a copy so the track can move to the
        // audio thread.
        let mut events: Box<dyn Iterator<Item = Event> + Send> = Box::new(EventsOwned {
            schedule: owned,
            breath: 0,
            step: 0,
        });
        let next = events.next();
        CueTrack {
            events,
            steps,
            next,
            playing: None,
            pos: 0,
            end,
        }
    }
}

struct EventsOwned {
    schedule: Schedule,
    breath: u64,
    step: usize,
}

impl Iterator for EventsOwned {
    type Item = Event;
    fn next(&mut self) -> Option<Event> {
        let s = &self.schedule;
        if s.breaths.is_some_and(|b| self.breath >= b) || s.steps.is_empty() {
            return None;
        }
        let st = s.steps[self.step];
        let e = Event {
            at_ms: s.settle_ms + self.breath * s.cycle_ms + st.offset_ms,
            breath: self.breath,
            step: self.step,
            kind: st.kind,
        };
        self.step += 1;
        if self.step == s.steps.len() {
            self.step = 0;
            self.breath += 1;
        }
        Some(e)
    }
}

impl Iterator for CueTrack {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        if self.end.is_some_and(|e| self.pos >= e) {
            return None;
        }
        if let Some(e) = self.next.filter(|e| onset_sample(e) == self.pos) {
            let phase_ms = self.steps.get(e.step).copied().unwrap_or(1000);
            self.playing = Some(Playing::start(e.kind, phase_ms));
            self.next = self.events.next();
        }
        self.pos += 1;
        let sample = self.playing.as_mut().and_then(Playing::next);
        if sample.is_none() {
            self.playing = None;
        }
        Some(sample.unwrap_or(0.0))
    }
}

/// Renders the first `seconds` of a session offline.
pub fn render(schedule: &Schedule, seconds: u64) -> Vec<f32> {
    CueTrack::new(schedule)
        .take((seconds * u64::from(SAMPLE_RATE)) as usize)
        .collect()
}
