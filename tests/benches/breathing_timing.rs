//! Breathing timing in the real window: a 2-minute box-breathing session (a phase change
//! every 4 s), recording when each change was drawn against when the schedule put it, plus
//! the app's CPU at idle and during the session.
//!
//!   cargo build --release -p steady
//!   STEADY_BIN=target/release/steady cargo bench -p steady-e2e --bench breathing_timing
//!
//! "Shown" is the timestamp of the animation frame that first drew the new phase (the UI
//! records it), so the error is how long after its moment a change reached a frame.

use std::time::Duration;

use serde_json::json;
use steady_e2e::{app_binary, cpu_seconds, App, Options};

const SESSION: Duration = Duration::from_secs(125); // 5 s settle-in + 2 minutes
const IDLE: Duration = Duration::from_secs(15);
const SETTLE: Duration = Duration::from_secs(15);

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

async fn cpu_percent(app: &App, over: Duration) -> f64 {
    let pids = app.app_pids();
    let before = cpu_seconds(&pids);
    tokio::time::sleep(over).await;
    100.0 * (cpu_seconds(&pids) - before) / over.as_secs_f64()
}

#[tokio::main]
async fn main() -> steady_e2e::Result {
    println!("binary: {}", app_binary().display());
    let app = App::launch("bench_breathing", Options::default()).await?;
    // Idle means after start-up has finished: WebKit goes on setting up its storage (a
    // fresh data home in each test) for some seconds after the first screen is drawn.
    tokio::time::sleep(SETTLE).await;
    let idle = cpu_percent(&app, IDLE).await;

    // B starts the last choice at once: box breathing, until stopped.
    let mut settings = app.invoke("get_settings", json!({})).await?;
    settings["last_breath"] = json!({ "pattern": "box", "minutes": null });
    app.invoke("save_settings", json!({ "settings": settings }))
        .await?;
    app.press('b').await?;
    app.wait_for_screen("breathe").await?;
    let during = cpu_percent(&app, SESSION).await;
    let timings = app
        .execute("return window.steadyBreathTimings ?? []", vec![])
        .await?;
    app.press(steady_e2e::Key::Escape).await?;
    app.close().await?;

    let rows = timings.as_array().cloned().unwrap_or_default();
    let errors: Vec<f64> = rows
        .iter()
        .filter_map(|r| Some(r["shown"].as_f64()? - r["expected"].as_f64()?))
        .collect();
    if errors.len() < 20 {
        return Err(format!("only {} phase changes recorded: {timings}", errors.len()).into());
    }
    let half = errors.len() / 2;
    let stats = |e: &[f64]| {
        let mut s = e.to_vec();
        s.sort_by(f64::total_cmp);
        (
            percentile(&s, 0.5),
            percentile(&s, 0.99),
            s[s.len() - 1],
            s[0],
        )
    };
    let (p50, p99, max, min) = stats(&errors);
    let (_, first_p99, first_max, _) = stats(&errors[..half]);
    let (_, second_p99, second_max, _) = stats(&errors[half..]);
    println!("phase changes recorded: {}", errors.len());
    println!("shown minus scheduled, ms: min {min:.1}  p50 {p50:.1}  p99 {p99:.1}  max {max:.1}");
    println!(
        "drift check: first half p99 {first_p99:.1} / max {first_max:.1}; second half p99 {second_p99:.1} / max {second_max:.1}"
    );
    println!(
        "goal: within one frame (17 ms): {}",
        if max <= 17.0 { "met" } else { "NOT met" }
    );
    println!("app CPU (app + WebKit processes, % of one core): idle {idle:.1}%, during session {during:.1}%");
    Ok(())
}
