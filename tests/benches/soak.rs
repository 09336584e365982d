//! Soak: the real app through an "hour-equivalent" of use, watching for growth in memory
//! and open files. Each round starts and stops two breathing sessions (one during the
//! settle-in, one after the first breath), walks a few grounding steps and leaves with
//! Escape, adds, edits and deletes a plan item, hands `breathe`, `plan` and `help` from a
//! second launch to the running app, and hides the window to the tray and shows it again.
//!
//!   cargo build --release -p steady
//!   STEADY_BIN=target/release/steady cargo bench -p steady-e2e --bench soak
//!   (SOAK_ROUNDS=n for another number of rounds; the default takes 10-15 minutes)
//!
//! Prints the RSS of the app's process tree (the app and its WebKit processes) and the
//! open file descriptors of the app, after a warm-up round and at the end, with the growth
//! against the aim of no more than 5%. It fails only if the app misbehaves: a screen does
//! not appear, a hand-off is refused, or the app dies.

use std::collections::HashMap;
use std::future::Future;
use std::time::{Duration, Instant};

use serde_json::json;
use steady_e2e::{app_binary, App, Key, Options, Result};

const DEFAULT_ROUNDS: usize = 80; // about 8 s each on a 2-core machine
const AIM_PERCENT: f64 = 5.0;
const PLAN_SECTION: &str = "What matters most to me";

// ------------------------------------------------------------ waiting

/// Polls `check` until it says yes, or fails with `what` after `limit`.
async fn until<F, Fut>(what: &str, limit: Duration, mut check: F) -> Result
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<bool>>,
{
    let deadline = Instant::now() + limit;
    loop {
        if check().await? {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("{what} (waited {limit:?})").into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn dataset(app: &App, key: &str) -> Result<String> {
    let v = app
        .execute(
            "return document.getElementById('screen')?.dataset[arguments[0]] ?? ''",
            vec![json!(key)],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

async fn to_home(app: &App) -> Result {
    app.press(Key::Escape).await?;
    app.wait_for_screen("home").await
}

// ------------------------------------------------------------ the round

/// B starts a session at once with the last choice (even breathing the first time).
async fn start_breathing(app: &App) -> Result {
    app.press('b').await?;
    app.wait_for_screen("breathe").await?;
    app.wait_for_text("#screen[data-phase=settling]", "")
        .await?;
    Ok(())
}

async fn breathing(app: &App) -> Result {
    // Stopped with Escape during the settle-in.
    start_breathing(app).await?;
    to_home(app).await?;
    if !dataset(app, "phase").await?.is_empty() {
        return Err("breathing still ran after Escape".into());
    }
    // Stopped with the Stop button once the first breath has been drawn.
    start_breathing(app).await?;
    until(
        "the first breath did not come",
        Duration::from_secs(20),
        || async {
            Ok(!matches!(
                dataset(app, "phase").await?.as_str(),
                "" | "settling"
            ))
        },
    )
    .await?;
    app.click_name("Stop").await?;
    app.wait_for_screen("home").await
}

async fn wait_step(app: &App, step: &str) -> Result {
    until(
        &format!("grounding step {step:?} did not appear"),
        Duration::from_secs(10),
        || async { Ok(dataset(app, "step").await? == step) },
    )
    .await
}

async fn grounding(app: &App) -> Result {
    app.press('g').await?;
    app.wait_for_screen("ground").await?;
    app.click_name("Begin").await?;
    wait_step(app, "start").await?;
    app.click_name("Next").await?;
    wait_step(app, "see").await?;
    let field = app
        .by_name("Type what you notice, if you like, and press Enter")
        .await?;
    field.send_keys("the lamp").await?;
    app.press(Key::Enter).await?;
    app.wait_for_text("#screen .count-line", "1").await?;
    app.click_name("Next").await?;
    wait_step(app, "touch").await?;
    to_home(app).await
}

async fn plan_texts(app: &App) -> Result<Vec<String>> {
    let plan = app.invoke("plan_get", json!({})).await?;
    Ok(plan["matters"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|i| i["text"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default())
}

async fn wait_plan(app: &App, wanted: &[&str]) -> Result {
    until(
        &format!("the plan never held {wanted:?}"),
        Duration::from_secs(10),
        || async { Ok(plan_texts(app).await? == wanted) },
    )
    .await
}

async fn plan_edits(app: &App, seed: &str, round: usize) -> Result {
    app.press('p').await?;
    app.wait_for_screen("plan").await?;
    app.click_name("Change my plan").await?;
    app.wait_for_screen("plan-edit").await?;
    app.click_name(&format!("Add to “{PLAN_SECTION}”")).await?;
    let field = app.by_name(&format!("{PLAN_SECTION}, item 2")).await?;
    let text = format!("Soak round {round}");
    field.send_keys(&text).await?;
    wait_plan(app, &[seed, &text]).await?;
    field.send_keys(", edited").await?;
    let edited = format!("{text}, edited");
    wait_plan(app, &[seed, &edited]).await?;
    app.click_name(&format!("Delete {PLAN_SECTION}, item 2"))
        .await?;
    app.by_name("Undo").await?;
    wait_plan(app, &[seed]).await?;
    to_home(app).await
}

async fn hand_off(app: &App, word: &str) -> Result {
    let (out, _) = app.launch_again(&[word])?;
    if !out.status.success() {
        return Err(format!(
            "`steady {word}` beside the running app failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    app.wait_for_screen(word).await
}

async fn hand_offs(app: &App) -> Result {
    for word in ["breathe", "plan", "help"] {
        hand_off(app, word).await?;
    }
    to_home(app).await
}

async fn tray(app: &App, first: bool) -> Result {
    // The close button of a window manager (there is none under Xvfb): the same request.
    app.execute("window.__TAURI__.window.getCurrentWindow().close()", vec![])
        .await
        .ok();
    if first {
        app.wait_for_text("dialog[aria-labelledby=tray-title]", "")
            .await?;
        app.click_name("Keep Steady in the tray").await?;
    }
    app.wait_visible(false).await?;
    if !app.running() {
        return Err("Steady quit instead of staying in the tray".into());
    }
    let (out, _) = app.launch_again(&[])?;
    if !out.status.success() {
        return Err(format!(
            "a second launch did not show the window ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    app.wait_visible(true).await?;
    app.wait_for_screen("home").await
}

async fn round(app: &App, seed: &str, n: usize) -> Result {
    breathing(app).await?;
    grounding(app).await?;
    plan_edits(app, seed, n).await?;
    hand_offs(app).await?;
    tray(app, n == 0).await
}

// ------------------------------------------------------------ measuring

struct Proc {
    pid: i32,
    ppid: i32,
    comm: String,
    start: u64,
}

fn processes() -> Vec<Proc> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let pid: i32 = e.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
            let (head, rest) = stat.rsplit_once(") ")?;
            let comm = head.split_once(" (")?.1.to_string();
            let f: Vec<&str> = rest.split_whitespace().collect();
            Some(Proc {
                pid,
                ppid: f.get(1)?.parse().ok()?,
                comm,
                start: f.get(19)?.parse().ok()?,
            })
        })
        .collect()
}

/// The running app: the oldest of its own processes that runs its binary.
fn main_pid(app: &App, procs: &[Proc]) -> Result<i32> {
    let bin = app_binary();
    let name = bin
        .file_name()
        .map(|n| n.to_string_lossy().chars().take(15).collect::<String>())
        .unwrap_or_default();
    let ours = app.app_pids();
    procs
        .iter()
        .filter(|p| ours.contains(&p.pid) && p.comm == name)
        .min_by_key(|p| p.start)
        .map(|p| p.pid)
        .ok_or_else(|| "the app is not running".into())
}

/// `root` and every process below it.
fn tree(root: i32, procs: &[Proc]) -> Vec<i32> {
    let mut children: HashMap<i32, Vec<i32>> = HashMap::new();
    for p in procs {
        children.entry(p.ppid).or_default().push(p.pid);
    }
    let mut out = vec![root];
    let mut i = 0;
    while i < out.len() {
        if let Some(c) = children.get(&out[i]) {
            out.extend(c);
        }
        i += 1;
    }
    out
}

/// A `kB` field of a /proc file, in KiB.
fn kib(path: &str, field: &str) -> Option<u64> {
    std::fs::read_to_string(path)
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix(field))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

struct Sample {
    rss_kib: u64,
    anon_kib: u64,
    pss_kib: u64,
    fds: usize,
    parts: Vec<(i32, String, u64)>,
}

fn sample(app: &App) -> Result<Sample> {
    let procs = processes();
    let main = main_pid(app, &procs)?;
    let mut s = Sample {
        rss_kib: 0,
        anon_kib: 0,
        pss_kib: 0,
        fds: std::fs::read_dir(format!("/proc/{main}/fd"))?.count(),
        parts: Vec::new(),
    };
    for pid in tree(main, &procs) {
        let Some(rss) = kib(&format!("/proc/{pid}/status"), "VmRSS:") else {
            continue; // a kernel thread or gone meanwhile
        };
        s.rss_kib += rss;
        s.anon_kib += kib(&format!("/proc/{pid}/status"), "RssAnon:").unwrap_or(0);
        s.pss_kib += kib(&format!("/proc/{pid}/smaps_rollup"), "Pss:").unwrap_or(0);
        let comm = procs
            .iter()
            .find(|p| p.pid == pid)
            .map_or(String::new(), |p| p.comm.clone());
        s.parts.push((pid, comm, rss));
    }
    Ok(s)
}

/// A steadier figure: at home, after a short rest, the median of five samples.
async fn settled_sample(app: &App) -> Result<Sample> {
    tokio::time::sleep(Duration::from_secs(3)).await;
    let mut all = Vec::new();
    for _ in 0..5 {
        all.push(sample(app)?);
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    all.sort_by_key(|s| s.rss_kib);
    Ok(all.swap_remove(2))
}

fn mib(k: u64) -> f64 {
    k as f64 / 1024.0
}

fn print_sample(label: &str, s: &Sample) {
    println!(
        "{label}: RSS {:.1} MiB (anonymous {:.1} MiB, PSS {:.1} MiB) over {} processes, {} open fds in the app",
        mib(s.rss_kib),
        mib(s.anon_kib),
        mib(s.pss_kib),
        s.parts.len(),
        s.fds
    );
    for (pid, comm, rss) in &s.parts {
        println!("    {pid:>7} {comm:<22} {:>7.1} MiB", mib(*rss));
    }
}

fn growth(start: f64, end: f64) -> f64 {
    if start > 0.0 {
        100.0 * (end - start) / start
    } else {
        0.0
    }
}

fn verdict(pct: f64) -> &'static str {
    if pct <= AIM_PERCENT {
        "PASS"
    } else {
        "MISS"
    }
}

// ------------------------------------------------------------ main

async fn soak(app: &App, rounds: usize) -> Result {
    // The tray and the shortcut are set up just after the first screen.
    until(
        "the tray and shortcut were never set up",
        Duration::from_secs(10),
        || async {
            Ok(app.invoke("shortcut_status", json!({})).await?["state"] != json!("starting"))
        },
    )
    .await?;
    let seed = "Seed: the people I love";
    app.invoke(
        "plan_add",
        json!({ "section": "matters", "input": { "text": seed } }),
    )
    .await?;

    let t = Instant::now();
    round(app, seed, 0).await?;
    println!("warm-up round: {:.1} s", t.elapsed().as_secs_f64());
    let start = settled_sample(app).await?;
    print_sample("start", &start);

    let began = Instant::now();
    for n in 1..=rounds {
        let t = Instant::now();
        round(app, seed, n)
            .await
            .map_err(|e| format!("round {n}: {e}"))?;
        let now = sample(app)?;
        println!(
            "round {n}/{rounds}: {:.1} s, RSS {:.1} MiB, {} fds",
            t.elapsed().as_secs_f64(),
            mib(now.rss_kib),
            now.fds
        );
    }
    let took = began.elapsed();
    let end = settled_sample(app).await?;
    print_sample("end", &end);

    let rss = growth(start.rss_kib as f64, end.rss_kib as f64);
    let anon = growth(start.anon_kib as f64, end.anon_kib as f64);
    let pss = growth(start.pss_kib as f64, end.pss_kib as f64);
    let fds = growth(start.fds as f64, end.fds as f64);
    println!(
        "{rounds} rounds in {:.1} min: {} breathing sessions, {} grounding walks, {} plan items added/edited/deleted, {} hand-offs, {} hides to the tray",
        took.as_secs_f64() / 60.0,
        2 * rounds,
        rounds,
        rounds,
        3 * rounds,
        rounds
    );
    println!(
        "RSS (app + WebKit): start {:.1} MiB, end {:.1} MiB, growth {rss:+.1}% (anonymous {anon:+.1}%, PSS {pss:+.1}%)",
        mib(start.rss_kib),
        mib(end.rss_kib)
    );
    println!(
        "open fds (app): start {}, end {}, growth {fds:+.1}%",
        start.fds, end.fds
    );
    println!(
        "aim: no growth beyond {AIM_PERCENT}%: RSS {}, fds {}: {}",
        verdict(rss),
        verdict(fds),
        verdict(rss.max(fds))
    );
    Ok(())
}

#[tokio::main]
async fn main() -> Result {
    let rounds = match std::env::var("SOAK_ROUNDS") {
        Ok(v) => v
            .trim()
            .parse::<usize>()
            .map_err(|_| format!("SOAK_ROUNDS must be a whole number, not {v:?}"))?,
        Err(_) => DEFAULT_ROUNDS,
    };
    println!("binary: {}", app_binary().display());
    println!("rounds: {rounds} after one warm-up round");
    let app = App::launch("bench_soak", Options::default()).await?;
    if let Err(e) = soak(&app, rounds).await {
        match app.screenshot("bench_soak-failure").await {
            Ok(p) => eprintln!("screenshot of the failure: {}", p.display()),
            Err(s) => eprintln!("no screenshot: {s}"),
        }
        let alive = if app.running() {
            "still running"
        } else {
            "no longer running"
        };
        return Err(format!("{e} (the app is {alive})").into());
    }
    app.close().await?;
    Ok(())
}
