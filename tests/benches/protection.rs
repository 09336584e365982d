//! Protection's cost: unlocking (key derivation plus opening a plan of 8 sections x 100
//! items) and the durable save of that plan sealed against plain, in-process on this disk.
//!
//!   cargo bench -p steady-e2e --bench protection

use std::time::Instant;

use steady_core::plan::Plan;
use steady_core::store::DocFile;
use steady_core::vault::{Passphrase, Secret};
use steady_core::Steady;
use steady_e2e::full_plan;

fn pct(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

/// Durable saves of the plan through one file, `key` sealing them or not: sorted ms.
fn saves(dir: &std::path::Path, plan: &Plan, key: Option<steady_core::vault::Key>) -> Vec<f64> {
    let mut f = DocFile::<Plan>::open(dir).expect("opens");
    f.set_key(key);
    let mut p = plan.clone();
    let mut out = Vec::new();
    for i in 0..200 {
        p.matters[0].text = format!("edit {i}");
        let t = Instant::now();
        f.save(&p).expect("saves");
        out.push(ms(t));
    }
    out.sort_by(f64::total_cmp);
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let pass = "a long walk by the water";
    let plan = full_plan();
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("data");
    {
        let steady = Steady::open(&dir, None)?;
        steady.plan.replace(plan.clone())?;
        steady.protect(pass)?;
    }
    let size = std::fs::metadata(dir.join("plan.json"))?.len();
    println!("plan: 8 sections x 100 items, {} KiB sealed", size / 1024);

    let mut unlocks = Vec::new();
    for _ in 0..10 {
        let steady = Steady::open(&dir, None)?;
        let t = Instant::now();
        steady.unlock(&Secret::Passphrase(Passphrase::typed(pass)?))?;
        unlocks.push(ms(t));
        assert_eq!(steady.plan.get().map(|p| p.matters.len()), Ok(100));
    }
    unlocks.sort_by(f64::total_cmp);
    println!(
        "unlock (Argon2id {} MiB, {} passes, then every file opened): median {:.0} ms, max {:.0} ms",
        steady_core::vault::key::Kdf::CHOSEN.memory_kib / 1024,
        steady_core::vault::key::Kdf::CHOSEN.passes,
        pct(&unlocks, 0.5),
        pct(&unlocks, 1.0)
    );

    let key = steady_core::vault::Key::random();
    let plain_dir = tempfile::tempdir()?;
    let sealed_dir = tempfile::tempdir()?;
    // Alternate rounds, so a busy moment of the disk lands on both.
    let (mut plain, mut sealed) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        plain.extend(saves(plain_dir.path(), &plan, None));
        sealed.extend(saves(sealed_dir.path(), &plan, Some(key.clone())));
    }
    plain.sort_by(f64::total_cmp);
    sealed.sort_by(f64::total_cmp);
    println!(
        "durable save, plain: p50 {:.2} ms, p99 {:.2} ms",
        pct(&plain, 0.5),
        pct(&plain, 0.99)
    );
    println!(
        "durable save, sealed: p50 {:.2} ms, p99 {:.2} ms ({:+.0}% at p99)",
        pct(&sealed, 0.5),
        pct(&sealed, 0.99),
        (pct(&sealed, 0.99) / pct(&plain, 0.99) - 1.0) * 100.0
    );
    Ok(())
}
