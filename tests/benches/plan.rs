//! A full safety plan: 8 sections x 100 items of ~200 characters each.
//! Prints load time and durable save p50/p99 (in-process, the real store on this disk), and
//! the first render of My plan in the real window.
//!
//!   cargo build --release -p steady
//!   STEADY_BIN=target/release/steady cargo bench -p steady-e2e --bench plan

use std::time::Instant;

use steady_core::plan::Plan;
use steady_core::store::{encode, DocFile};
use steady_e2e::{full_plan, App, Options};

fn pct(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

#[tokio::main]
async fn main() -> steady_e2e::Result {
    let plan = full_plan();
    let bytes = encode(&plan)?;
    println!(
        "plan: 8 sections x 100 items, {} KiB on disk",
        bytes.len() / 1024
    );

    // Load: read + parse + check, as at start-up and on import.
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join("plan.json"), &bytes)?;
    let mut loads = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let mut f = DocFile::<Plan>::open(dir.path())?;
        let (p, notice) = f.load();
        p.check()?;
        assert!(notice.is_none());
        loads.push(t.elapsed().as_secs_f64() * 1000.0);
        drop(f);
    }
    loads.sort_by(f64::total_cmp);
    println!(
        "load (open, read, parse, check): p50 {:.2} ms, p99 {:.2} ms",
        pct(&loads, 0.5),
        pct(&loads, 0.99)
    );

    // Save: the durable sequence (temp file, fsync, rename, fsync folder), 200 times.
    let mut f = DocFile::<Plan>::open(dir.path())?;
    let mut saves = Vec::new();
    let mut p = plan.clone();
    for i in 0..200 {
        p.matters[0].text = format!("edit {i}");
        let t = Instant::now();
        f.save(&p)?;
        saves.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    saves.sort_by(f64::total_cmp);
    println!(
        "save (durable): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        pct(&saves, 0.5),
        pct(&saves, 0.99),
        saves[saves.len() - 1]
    );
    drop(f);
    let _ = steady_core::plan::state::PlanState::parse(&bytes)?;

    // First render in the real window: from the key press to the step view painted.
    let data = tempfile::tempdir()?;
    std::fs::write(data.path().join("plan.json"), &bytes)?;
    let app = App::launch(
        "bench_plan",
        Options {
            data_dir: Some(data.path().to_path_buf()),
            ..Options::default()
        },
    )
    .await?;
    let mut renders = Vec::new();
    for _ in 0..10 {
        let v = app
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
const t0 = performance.now();
document.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
const wait = () => document.querySelector('[data-step]')
  ? requestAnimationFrame(() => done(performance.now() - t0))
  : requestAnimationFrame(wait);
wait();"#,
                vec![],
            )
            .await?;
        renders.push(v.as_f64().unwrap_or(f64::NAN));
        app.press(steady_e2e::Key::Escape).await?;
        app.wait_for_screen("home").await?;
    }
    app.close().await?;
    renders.sort_by(f64::total_cmp);
    println!("first render of My plan (key press to step view painted): median {:.1} ms, max {:.1} ms over 10", pct(&renders, 0.5), renders[renders.len() - 1]);
    Ok(())
}
