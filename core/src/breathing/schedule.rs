//! One schedule for a session: every phase with its offset from the start. The UI animates
//! from it and the sound is rendered from it, so the two cannot drift apart.

use serde::Serialize;

use super::patterns::{Pattern, PhaseKind};
use crate::error::{InvalidInput, Reason};

/// A few quiet seconds to get comfortable before the first breath.
pub const SETTLE_MS: u64 = 5_000;
/// The session lengths offered, in minutes.
pub const MINUTES: [u32; 4] = [1, 3, 5, 10];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    Minutes(u32),
    UntilStopped,
}

impl Length {
    /// `None` means until stopped.
    pub fn from_minutes(m: Option<u32>) -> Result<Length, InvalidInput> {
        match m {
            None => Ok(Length::UntilStopped),
            Some(m) if MINUTES.contains(&m) => Ok(Length::Minutes(m)),
            Some(_) => Err(InvalidInput::new("minutes", Reason::SessionLength)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Step {
    pub kind: PhaseKind,
    /// From the start of the breath.
    pub offset_ms: u64,
    pub duration_ms: u64,
    /// How full the lungs are when the step ends, in percent: the page's shape moves to
    /// it over the step, so the page holds no rule about phases.
    pub fill: u8,
}

/// How full the lungs are after `kind`, from how full they were before it: breathing in
/// fills them (most of the way when a top-up follows), out empties them, a hold keeps.
fn fill_after(kind: PhaseKind, before: u8, top_up_next: bool) -> u8 {
    match kind {
        PhaseKind::In if top_up_next => 80,
        PhaseKind::In | PhaseKind::TopUp => 100,
        PhaseKind::Out => 0,
        PhaseKind::HoldIn | PhaseKind::HoldOut => before,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub settle_ms: u64,
    pub steps: Vec<Step>,
    pub cycle_ms: u64,
    /// Whole breaths in the session; `None` until stopped.
    pub breaths: Option<u64>,
    /// Settle-in plus every breath; `None` until stopped.
    pub total_ms: Option<u64>,
}

/// One phase change, at its offset from the start of the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Event {
    pub at_ms: u64,
    pub breath: u64,
    pub step: usize,
    pub kind: PhaseKind,
}

impl Schedule {
    pub fn new(pattern: &Pattern, length: Length) -> Schedule {
        let mut offset = 0;
        // A breath starts after a breath out: empty.
        let mut fill = 0;
        let phases = pattern.seconds.phases();
        let steps: Vec<Step> = phases
            .iter()
            .enumerate()
            .map(|(i, &(kind, s))| {
                let duration_ms = (s * 1000.0).round() as u64;
                let top_up_next = phases.get(i + 1).is_some_and(|n| n.0 == PhaseKind::TopUp);
                fill = fill_after(kind, fill, top_up_next);
                let step = Step {
                    kind,
                    offset_ms: offset,
                    duration_ms,
                    fill,
                };
                offset += duration_ms;
                step
            })
            .collect();
        let cycle_ms = offset.max(1);
        // Whole breaths only, so a session always ends after a breath out.
        let breaths = match length {
            Length::Minutes(m) => {
                let want = u64::from(m) * 60_000;
                Some(((want + cycle_ms / 2) / cycle_ms).max(1))
            }
            Length::UntilStopped => None,
        };
        Schedule {
            settle_ms: SETTLE_MS,
            total_ms: breaths.map(|b| SETTLE_MS + b * cycle_ms),
            steps,
            cycle_ms,
            breaths,
        }
    }

    /// Every phase change in order (endless when the session is until stopped).
    pub fn events(&self) -> impl Iterator<Item = Event> + '_ {
        let limit = self.breaths.unwrap_or(u64::MAX);
        (0..limit).flat_map(move |breath| {
            self.steps.iter().enumerate().map(move |(step, s)| Event {
                at_ms: self.settle_ms + breath * self.cycle_ms + s.offset_ms,
                breath,
                step,
                kind: s.kind,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_shape_fills_on_the_way_in_and_empties_on_the_way_out() {
        use crate::breathing::patterns::{built_in, Pattern, Seconds};
        let fills = |p: &Pattern| -> Vec<(PhaseKind, u8)> {
            Schedule::new(p, Length::Minutes(1))
                .steps
                .iter()
                .map(|s| (s.kind, s.fill))
                .collect()
        };
        let box_ = built_in().into_iter().find(|p| p.id == "box").unwrap();
        assert_eq!(
            fills(&box_),
            [
                (PhaseKind::In, 100),
                (PhaseKind::HoldIn, 100),
                (PhaseKind::Out, 0),
                (PhaseKind::HoldOut, 0)
            ]
        );
        let sigh = Pattern {
            seconds: Seconds {
                breathe_in: 2.0,
                top_up: 1.0,
                out: 6.0,
                ..Seconds::default()
            },
            ..box_
        };
        assert_eq!(
            fills(&sigh),
            [
                (PhaseKind::In, 80),
                (PhaseKind::TopUp, 100),
                (PhaseKind::Out, 0)
            ]
        );
    }

    use super::*;
    use crate::breathing::patterns::{built_in, Seconds};
    use proptest::prelude::*;

    fn pattern(s: Seconds) -> Pattern {
        Pattern {
            id: "t".into(),
            name: "t".into(),
            description: String::new(),
            advice: None,
            seconds: s,
            own: true,
        }
    }

    fn half_seconds() -> impl Strategy<Value = f64> {
        (0u32..=40).prop_map(|h| f64::from(h) / 2.0)
    }

    fn any_pattern() -> impl Strategy<Value = Pattern> {
        (
            1u32..=40,
            half_seconds(),
            half_seconds(),
            1u32..=40,
            half_seconds(),
        )
            .prop_map(|(i, t, h, o, ho)| {
                pattern(Seconds {
                    breathe_in: f64::from(i) / 2.0,
                    top_up: t,
                    hold_in: h,
                    out: f64::from(o) / 2.0,
                    hold_out: ho,
                })
            })
    }

    #[test]
    fn even_breathing_for_one_minute() {
        let even = built_in().remove(0);
        let s = Schedule::new(&even, Length::Minutes(1));
        assert_eq!(s.cycle_ms, 10_000);
        assert_eq!(s.breaths, Some(6));
        assert_eq!(s.total_ms, Some(65_000));
        let ev: Vec<_> = s.events().take(3).collect();
        assert_eq!(ev[0].at_ms, 5_000);
        assert_eq!(ev[0].kind, PhaseKind::In);
        assert_eq!(ev[1].at_ms, 10_000);
        assert_eq!(ev[1].kind, PhaseKind::Out);
        assert_eq!(ev[2].at_ms, 15_000);
    }

    /// The page reads a schedule by these names (ui/lib/schedule.js, tested in tests/js/).
    #[test]
    fn the_page_reads_the_schedule_by_these_names() {
        let even = built_in().remove(0);
        let v = serde_json::to_value(Schedule::new(&even, Length::Minutes(1))).unwrap();
        assert_eq!(v["settle_ms"], 5_000);
        assert_eq!(v["cycle_ms"], 10_000);
        assert_eq!(v["total_ms"], 65_000);
        assert_eq!(v["steps"][0]["kind"], "in");
        assert_eq!(v["steps"][1]["offset_ms"], 5_000);
        assert_eq!(v["steps"][1]["duration_ms"], 5_000);
        let open = serde_json::to_value(Schedule::new(&even, Length::UntilStopped)).unwrap();
        assert!(open["total_ms"].is_null());
    }

    #[test]
    fn lengths_offered_and_refused() {
        assert_eq!(Length::from_minutes(None), Ok(Length::UntilStopped));
        assert_eq!(Length::from_minutes(Some(5)), Ok(Length::Minutes(5)));
        assert_eq!(
            Length::from_minutes(Some(7)),
            Err(InvalidInput::new("minutes", Reason::SessionLength))
        );
        assert!(Length::from_minutes(Some(0)).is_err());
    }

    #[test]
    fn until_stopped_goes_on() {
        let even = built_in().remove(0);
        let s = Schedule::new(&even, Length::UntilStopped);
        assert_eq!(s.total_ms, None);
        assert_eq!(s.events().nth(10_000).map(|e| e.breath), Some(5_000));
    }

    proptest! {
        #[test]
        fn total_length_is_whole_breaths_near_the_asked_length(p in any_pattern(), m in prop::sample::select(MINUTES.to_vec())) {
            let s = Schedule::new(&p, Length::Minutes(m));
            let breaths = s.breaths.unwrap();
            prop_assert!(breaths >= 1);
            prop_assert_eq!(s.total_ms.unwrap(), SETTLE_MS + breaths * s.cycle_ms);
            let want = u64::from(m) * 60_000;
            // Within half a breath of what was asked (or one breath, for breaths longer than that).
            prop_assert!(s.total_ms.unwrap() - SETTLE_MS <= want + s.cycle_ms / 2 + 1 || breaths == 1);
            prop_assert!(s.total_ms.unwrap() - SETTLE_MS + s.cycle_ms / 2 + 1 >= want);
            prop_assert_eq!(s.events().count() as u64, breaths * s.steps.len() as u64);
        }

        #[test]
        fn phases_come_in_order_and_each_starts_where_the_last_ended(p in any_pattern()) {
            let s = Schedule::new(&p, Length::Minutes(3));
            let kinds: Vec<_> = p.seconds.phases().into_iter().map(|(k, _)| k).collect();
            let ev: Vec<_> = s.events().collect();
            for (i, e) in ev.iter().enumerate() {
                prop_assert_eq!(e.kind, kinds[i % kinds.len()]);
                let end = ev.get(i + 1).map(|n| n.at_ms).or(s.total_ms).unwrap();
                prop_assert_eq!(end - e.at_ms, s.steps[e.step].duration_ms);
                prop_assert_eq!(e.at_ms, s.settle_ms + e.breath * s.cycle_ms + s.steps[e.step].offset_ms);
            }
            // Ends after a breath out (or the hold after it).
            let last = ev.last().unwrap().kind;
            prop_assert!(matches!(last, PhaseKind::Out | PhaseKind::HoldOut));
        }
    }
}
