//! Renders breathing sessions offline and checks the sound a person would hear with their
//! eyes closed: every cue on its exact sample, no clicks, in and out distinct, holds quiet.

use steady_core::breathing::cues::{onset_sample, render, SAMPLE_RATE};
use steady_core::breathing::patterns::built_in;
use steady_core::breathing::{Length, PhaseKind, Schedule};

/// Largest step between neighbouring samples that is still a smooth waveform here; a click
/// (a cue starting or stopping off zero) would be a step near the cue's full amplitude.
const SMOOTH_STEP: f32 = 0.03;

fn sixty_seconds(id: &str) -> (Schedule, Vec<f32>) {
    let p = built_in().into_iter().find(|p| p.id == id).unwrap();
    let s = Schedule::new(&p, Length::Minutes(1));
    let samples = render(&s, 60);
    assert_eq!(samples.len(), 60 * SAMPLE_RATE as usize);
    (s, samples)
}

#[test]
fn every_cue_starts_on_its_exact_sample_and_nothing_clicks() {
    for id in [
        "even",
        "longer-out",
        "resonance",
        "cyclic-sigh",
        "box",
        "4-7-8",
    ] {
        let (s, x) = sixty_seconds(id);
        let onsets: Vec<usize> = s
            .events()
            .map(|e| onset_sample(&e) as usize)
            .take_while(|o| *o < x.len())
            .collect();
        assert!(onsets.len() >= 6, "{id}: only {} cues", onsets.len());
        // Silence before the first cue (the settle-in).
        assert!(
            x[..onsets[0]].iter().all(|v| *v == 0.0),
            "{id}: sound during settle-in"
        );
        for (i, &o) in onsets.iter().enumerate() {
            // The cue begins exactly here: silent on its first sample (the fade starts at
            // zero), sounding on the next, and silent just before.
            assert_eq!(x[o], 0.0, "{id}: cue {i} at {o}");
            assert!(x[o - 1] == 0.0, "{id}: something sounding before cue {i}");
            assert!(
                x[o + 1..o + 48].iter().any(|v| *v != 0.0),
                "{id}: cue {i} silent at its onset {o}"
            );
            // It found its onset nowhere earlier: the stretch since the previous cue ended is silent.
            let prev_end = if i == 0 { 0 } else { onsets[i - 1] + 1 };
            let last_sound = x[prev_end..o]
                .iter()
                .rposition(|v| *v != 0.0)
                .map(|p| p + prev_end);
            if let Some(p) = last_sound {
                assert!(p + 1 < o, "{id}: previous cue runs into cue {i}");
            }
        }
        let worst = x
            .windows(2)
            .map(|w| (w[1] - w[0]).abs())
            .fold(0.0f32, f32::max);
        assert!(
            worst < SMOOTH_STEP,
            "{id}: a jump of {worst} between samples"
        );
        let peak = x.iter().fold(0.0f32, |m, v| m.max(v.abs()));
        assert!(peak > 0.05 && peak < 0.5, "{id}: peak {peak}");
        println!(
            "{id}: {} cues, each on its exact sample; largest step {worst:.4}",
            onsets.len()
        );
    }
}

fn zero_crossings(x: &[f32]) -> usize {
    x.windows(2)
        .filter(|w| (w[0] < 0.0) != (w[1] < 0.0))
        .count()
}

fn rms(x: &[f32]) -> f32 {
    (x.iter().map(|v| v * v).sum::<f32>() / x.len() as f32).sqrt()
}

#[test]
fn in_rises_out_falls_and_holds_are_quieter() {
    let (s, x) = sixty_seconds("box");
    let cue = |kind: PhaseKind| {
        let e = s.events().find(|e| e.kind == kind).unwrap();
        let o = onset_sample(&e) as usize;
        // The cue runs to its last non-zero sample within a second.
        let window = &x[o..o + SAMPLE_RATE as usize];
        let last = window.iter().rposition(|v| *v != 0.0).unwrap_or(0);
        &x[o..o + last]
    };
    let pitch_trend = |c: &[f32]| {
        let third = c.len() / 3;
        (zero_crossings(&c[..third]), zero_crossings(&c[2 * third..]))
    };
    let (a, b) = pitch_trend(cue(PhaseKind::In));
    assert!(b > a, "in should rise: {a} -> {b}");
    let (a, b) = pitch_trend(cue(PhaseKind::Out));
    assert!(b < a, "out should fall: {a} -> {b}");
    let hold = rms(cue(PhaseKind::HoldIn));
    let breath = rms(cue(PhaseKind::In));
    assert!(hold < breath * 0.6, "hold {hold} vs in {breath}");
}
