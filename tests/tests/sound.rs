//! Breathing with a sound device: a private PulseAudio server with a null sink stands in
//! for speakers, and its monitor records what Steady played.

use std::time::{Duration, Instant};

use serde_json::json;
use steady_e2e::{run, Key, Options, SoundDevice, RECORD_RATE};

/// Loudness in 50 ms windows.
fn envelope(samples: &[i16]) -> Vec<f64> {
    samples
        .chunks(RECORD_RATE as usize / 20)
        .map(|w| (w.iter().map(|s| f64::from(*s).powi(2)).sum::<f64>() / w.len() as f64).sqrt())
        .collect()
}

/// What the sound output had already been given when a recording began plays out in its
/// first moments: this much of a recording is left out when it must be silent.
const OUTPUT_LATENCY_WINDOWS: usize = 6; // 6 x 50 ms

/// The loudest 50 ms window of a recording that must be silent, after the output latency.
fn peak_after_latency(samples: &[i16]) -> f64 {
    envelope(samples)
        .into_iter()
        .skip(OUTPUT_LATENCY_WINDOWS)
        .fold(0.0, f64::max)
}

/// Separate stretches of sound (cues), counting a run of loud windows once.
fn bursts(env: &[f64], threshold: f64) -> usize {
    env.windows(2)
        .filter(|w| w[0] < threshold && w[1] >= threshold)
        .count()
        + usize::from(env.first().is_some_and(|v| *v >= threshold))
}

#[tokio::test]
async fn cues_play_pause_with_the_session_and_stop_on_escape() {
    let opts = Options {
        sound: SoundDevice::NullSink,
        ..Options::default()
    };
    run("sound_session", opts, async |app| {
        app.invoke(
            "pattern_add",
            json!({ "input": { "name": "Quick", "seconds": { "in": 1, "hold_in": 0.5, "out": 1.5 } } }),
        )
        .await?;
        // B starts the last choice at once: make that the quick pattern, until stopped.
        let mut settings = app.invoke("get_settings", json!({})).await?;
        settings["last_breath"] = json!({ "pattern": "own-1", "minutes": null });
        app.invoke("save_settings", json!({ "settings": settings }))
            .await?;
        // The device opens just after start-up: wait until it is ready.
        let deadline = Instant::now() + Duration::from_secs(10);
        while app.invoke("sound_status", json!({})).await?["state"] != "ready" {
            assert!(Instant::now() < deadline, "the sound device did not open");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }

        // Settle-in (5 s) and then about two breaths of 3 s.
        let rec = app.record()?;
        app.press('b').await?;
        app.wait_for_text("#screen[data-phase]", "").await?;
        tokio::time::sleep(Duration::from_millis(11_000)).await;
        let (playing, _) = rec.finish()?;

        // Paused for longer than a whole breath: nothing plays. The page shows the pause
        // once it has asked the core for it; a command answered after that one proves the
        // core has passed it to the sound thread.
        app.press(' ').await?;
        app.wait_for_text("#screen[data-paused=true]", "").await?;
        app.invoke("sound_status", json!({})).await?;
        let rec = app.record()?;
        tokio::time::sleep(Duration::from_millis(4_300)).await;
        let (paused, _) = rec.finish()?;

        // Going on: the cues come back.
        app.press(' ').await?;
        app.wait_for_text("#screen[data-phase]:not([data-paused])", "")
            .await?;
        let rec = app.record()?;
        tokio::time::sleep(Duration::from_millis(4_000)).await;
        let (resumed, _) = rec.finish()?;

        // Escape: silence. Leaving the screen asks the core to stop; again, a later answer
        // proves the request reached it.
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        app.invoke("sound_status", json!({})).await?;
        let rec = app.record()?;
        tokio::time::sleep(Duration::from_millis(3_800)).await;
        let (stopped, _) = rec.finish()?;

        let loud = envelope(&playing).into_iter().fold(0.0, f64::max);
        assert!(loud > 500.0, "no cue was heard (peak window rms {loud:.0})");
        let threshold = loud / 8.0;
        let env = envelope(&playing);
        // The settle-in is quiet: nothing in the first 4 s.
        assert!(env.iter().take(80).all(|v| *v < threshold), "sound during the settle-in");
        // Three cues a breath (in, hold, out); at least two breaths' worth after it.
        // The first cue: 5 s after Start, give or take the output's latency and the
        // time Start took to reach the app.
        let first = env.iter().position(|v| *v >= threshold).unwrap_or(0) as f64 * 0.05;
        assert!((4.5..6.0).contains(&first), "first cue at {first:.2} s");
        let heard = bursts(&env, threshold);
        assert!(heard >= 5, "only {heard} cues in two breaths");
        let paused_peak = peak_after_latency(&paused);
        assert!(paused_peak < threshold, "sound while paused ({paused_peak:.0})");
        let again = bursts(&envelope(&resumed), threshold);
        assert!(again >= 3, "only {again} cues after resuming");
        let after = peak_after_latency(&stopped);
        assert!(after < threshold, "sound after Escape ({after:.0})");
        println!("sound: first cue {first:.2} s after Start (scheduled 5.00 s), {heard} cues in the first breaths, peak rms {loud:.0}; silent while paused and after Escape");
        Ok(())
    })
    .await;
}
