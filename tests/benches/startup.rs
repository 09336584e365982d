//! Start-up benchmark: Steady against a bare Tauri window of the same Tauri version, both
//! release builds, launched alternately under one Xvfb.
//!
//! Measures, per launch: spawn to first screen interactive (`STEADY_READY` / `BARE_READY`
//! on stdout) and the process tree's PSS 3 s after spawn. Then, in one running Steady, the
//! time from launching `steady breathe` to the running instance showing breathing
//! (`STEADY_SHOWN breathe` on its stdout).
//!
//! Run with `scripts/bench.sh [N]`, or after `cargo build --release -p steady -p steady-bare`:
//! `cargo bench -p steady-e2e --bench startup -- N` (N rounds, default 10, or
//! `STEADY_BENCH_RUNS`). `STEADY_BENCH_APP=<path>` times another binary in Steady's place
//! (for testing the bench itself; it may then report `BARE_READY` too).
//!
//! Exits 0 whether or not the goals are met (it is a measurement); non-zero on errors.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use steady_e2e::{start_xvfb, workspace_root};

type Result<T = ()> = std::result::Result<T, String>;

/// How long a launch may take to report its first screen before the bench gives up.
const READY_TIMEOUT: Duration = Duration::from_secs(30);
/// When, after spawn, the process tree's memory is read.
const PSS_AT: Duration = Duration::from_secs(3);
/// How long a hand-off may take before the bench gives up.
const HANDOFF_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a stopped process gets after SIGTERM before SIGKILL.
const STOP_GRACE: Duration = Duration::from_secs(5);

/// The webview's drawing path, the same for both apps (see `print_context`).
const RENDERER: (&str, &str) = ("WEBKIT_DISABLE_DMABUF_RENDERER", "1");

const GOAL_STARTUP_RATIO: f64 = 1.10;
const GOAL_PSS_RATIO: f64 = 1.15;
const GOAL_HANDOFF_MS: f64 = 150.0;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nbench error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What to launch and which stdout line says its first screen is interactive.
struct Role {
    name: &'static str,
    bin: PathBuf,
    ready: Vec<&'static str>,
    /// The line that says the page's modules have taken over from the first paint (what a
    /// person did on the painted screen meanwhile was held): Steady's own.
    live: Option<&'static str>,
    /// Kept across this role's launches, as a person's cache folder is: WebKit's caches
    /// and Mesa's compiled shaders live here. A fresh one per launch would time a first
    /// launch every time (measured here: about 250 ms more for Steady's page).
    cache: PathBuf,
    /// Kept across launches too, as a person's data folder is: Steady's webview keeps its
    /// storage and cache in it (not under XDG_CACHE_HOME), so a fresh one per launch would
    /// again time a first launch every time.
    data: PathBuf,
}

fn run() -> Result {
    let runs = runs()?;
    let cache_root =
        std::env::temp_dir().join(format!("steady-bench-cache-{}", std::process::id()));
    let _remove = RemoveOnDrop(cache_root.clone());
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(|t| workspace_root().join(t))
        .unwrap_or_else(|| workspace_root().join("target"))
        .join("release");
    let app = match std::env::var_os("STEADY_BENCH_APP") {
        Some(p) => Role {
            name: "steady",
            bin: workspace_root().join(p),
            ready: vec!["STEADY_READY ", "BARE_READY "],
            live: None,
            cache: cache_root.join("steady"),
            data: cache_root.join("steady-data"),
        },
        None => Role {
            name: "steady",
            bin: target.join("steady"),
            ready: vec!["STEADY_READY "],
            live: Some("STEADY_LIVE "),
            cache: cache_root.join("steady"),
            data: cache_root.join("steady-data"),
        },
    };
    let bare = Role {
        name: "bare",
        bin: target.join("steady-bare"),
        ready: vec!["BARE_READY "],
        live: None,
        cache: cache_root.join("bare"),
        data: cache_root.join("bare-data"),
    };
    for role in [&app, &bare] {
        if !role.bin.is_file() {
            return Err(format!(
                "{} is missing: build it first with \
                 `cargo build --release -p steady -p steady-bare` (or run scripts/bench.sh)",
                role.bin.display()
            ));
        }
    }

    let xvfb = Xvfb::start()?;
    print_context(runs, xvfb.display, &app, &bare);

    // One uncounted first launch each fills its cache folder; shown, not counted.
    let first_app = measure_launch(&app, xvfb.display)?;
    let first_bare = measure_launch(&bare, xvfb.display)?;
    println!(
        "  first launch, empty caches (not counted): steady {:.0} ms, bare {:.0} ms",
        first_app.startup_ms, first_bare.startup_ms
    );

    // Alternating rounds: steady first on even rounds, bare first on odd ones.
    println!(
        "\n{:>5}  {:<6}  {:>12}  {:>10}  {:>14}  {:>12}",
        "round", "first", "steady ms", "bare ms", "steady PSS MiB", "bare PSS MiB"
    );
    let mut app_runs = Vec::new();
    let mut bare_runs = Vec::new();
    for round in 0..runs {
        let order = if round % 2 == 0 {
            [&app, &bare]
        } else {
            [&bare, &app]
        };
        for role in order {
            let m = measure_launch(role, xvfb.display)?;
            if std::ptr::eq(role, &app) {
                app_runs.push(m);
            } else {
                bare_runs.push(m);
            }
        }
        let (a, b) = (&app_runs[round], &bare_runs[round]);
        println!(
            "{:>5}  {:<6}  {:>12.0}  {:>10.0}  {:>14.1}  {:>12.1}",
            round, order[0].name, a.startup_ms, b.startup_ms, a.pss_mib, b.pss_mib
        );
    }

    let app_ms: Vec<f64> = app_runs.iter().map(|m| m.startup_ms).collect();
    let bare_ms: Vec<f64> = bare_runs.iter().map(|m| m.startup_ms).collect();
    let app_pss: Vec<f64> = app_runs.iter().map(|m| m.pss_mib).collect();
    let bare_pss: Vec<f64> = bare_runs.iter().map(|m| m.pss_mib).collect();
    let startup_ratio = median(&app_ms) / median(&bare_ms);
    let pss_ratio = median(&app_pss) / median(&bare_pss);

    println!("\n{:<22}  {:>8}  {:>8}  {:>8}", "", "median", "min", "max");
    stat_row("start-up ms  steady", &app_ms, 0);
    stat_row("start-up ms  bare", &bare_ms, 0);
    let live_ms: Vec<f64> = app_runs.iter().filter_map(|m| m.live_ms).collect();
    if !live_ms.is_empty() {
        stat_row("page live ms steady", &live_ms, 0);
    }
    println!("{:<22}  {:>8.2}", "start-up ratio", startup_ratio);
    stat_row("PSS MiB      steady", &app_pss, 1);
    stat_row("PSS MiB      bare", &bare_pss, 1);
    println!("{:<22}  {:>8.2}", "PSS ratio", pss_ratio);

    let mut goals = String::new();
    goal_line(
        &mut goals,
        "start-up ratio",
        format!("{startup_ratio:.2} <= {GOAL_STARTUP_RATIO:.2}"),
        startup_ratio <= GOAL_STARTUP_RATIO,
    );
    goal_line(
        &mut goals,
        "PSS ratio",
        format!("{pss_ratio:.2} <= {GOAL_PSS_RATIO:.2}"),
        pss_ratio <= GOAL_PSS_RATIO,
    );
    println!("\nGoals so far:\n{goals}");

    println!(
        "\nHand-off: `steady breathe` launched into a running Steady, {runs} times \
         (timeout {} s each)",
        HANDOFF_TIMEOUT.as_secs()
    );
    let handoffs = match measure_handoffs(&app, xvfb.display, runs) {
        Ok(h) => h,
        Err(e) => {
            println!(
                "\nGoals:\n{goals}{:<16}  not measured            ERROR",
                "hand-off median"
            );
            return Err(format!("hand-off phase: {e}"));
        }
    };
    let breathe_ms: Vec<f64> = handoffs.iter().map(|h| h.breathe_ms).collect();
    let home_ms: Vec<f64> = handoffs.iter().map(|h| h.home_ms).collect();
    let second_ms: Vec<f64> = handoffs.iter().map(|h| h.second_wall_ms).collect();
    println!("\n{:<22}  {:>8}  {:>8}  {:>8}", "", "median", "p90", "max");
    for (label, v) in [
        ("hand-off ms  breathe", &breathe_ms),
        ("hand-off ms  home", &home_ms),
        ("2nd process wall ms", &second_ms),
    ] {
        println!(
            "{label:<22}  {:>8.0}  {:>8.0}  {:>8.0}",
            median(v),
            p90(v),
            max(v)
        );
    }
    let handoff = median(&breathe_ms);
    goal_line(
        &mut goals,
        "hand-off median",
        format!("{handoff:.0} ms < {GOAL_HANDOFF_MS:.0} ms"),
        handoff < GOAL_HANDOFF_MS,
    );
    println!("\nGoals:\n{goals}");
    Ok(())
}

fn runs() -> Result<usize> {
    let from_args = std::env::args()
        .skip(1)
        .find(|a| !a.is_empty() && a.chars().all(|c| c.is_ascii_digit()));
    let n = match from_args.or_else(|| std::env::var("STEADY_BENCH_RUNS").ok()) {
        Some(s) => s
            .trim()
            .parse::<usize>()
            .map_err(|_| format!("the number of runs must be a whole number, not {s:?}"))?,
        None => 10,
    };
    if n == 0 {
        return Err("the number of runs must be at least 1".into());
    }
    Ok(n)
}

fn print_context(runs: usize, display: u32, app: &Role, bare: &Role) {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let tauri = tauri_version().unwrap_or_else(|| "unknown".into());
    println!("Steady start-up benchmark: {runs} rounds, launched alternately");
    println!("  steady: {}", app.bin.display());
    println!("  bare:   {} (tauri {tauri})", bare.bin.display());
    println!("  machine: nproc {cores}, {cpu}");
    println!(
        "  display: Xvfb :{display}, which renders in software (no GPU): absolute times and \
         memory differ from a desktop; compare the ratios"
    );
    println!(
        "  renderer: {}=1 for both, the path Steady picks for itself (src-tauri/src/renderer.rs), \
         so the ratios are Steady's own cost, not the renderer's",
        RENDERER.0
    );
    println!(
        "  start-up: spawn to the first screen's ready line (painted; Steady holds a click or \
         a key until its page is live, shown as `page live`); PSS: whole process tree, {} s \
         after spawn",
        PSS_AT.as_secs()
    );
}

/// The `tauri` version in Cargo.lock: the one both binaries were built with.
fn tauri_version() -> Option<String> {
    let lock = std::fs::read_to_string(workspace_root().join("Cargo.lock")).ok()?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"tauri\"" {
            let v = lines.next()?.strip_prefix("version = \"")?;
            return Some(v.trim_end_matches('"').to_string());
        }
    }
    None
}

struct LaunchFigures {
    startup_ms: f64,
    /// Spawn to the page being live, for a role that says so.
    live_ms: Option<f64>,
    pss_mib: f64,
}

fn measure_launch(role: &Role, display: u32) -> Result<LaunchFigures> {
    let dirs = TempDirs::new(&role.cache, Some(&role.data))?;
    let mut launched = Launched::spawn(&role.bin, &[], &dirs, display)?;
    let (at, _) = launched
        .wait_line(&role.ready, READY_TIMEOUT)
        .map_err(|e| {
            format!(
                "{} ({}): {e}{}",
                role.name,
                role.bin.display(),
                launched.stderr_tail()
            )
        })?;
    let startup = at.duration_since(launched.spawned);
    let live = match role.live {
        Some(line) => {
            let (at, _) = launched
                .wait_line(&[line], READY_TIMEOUT)
                .map_err(|e| format!("{}: {e}{}", role.name, launched.stderr_tail()))?;
            Some(ms(at.duration_since(launched.spawned)))
        }
        None => None,
    };
    let pss_at = launched.spawned + PSS_AT;
    if let Some(wait) = pss_at.checked_duration_since(Instant::now()) {
        std::thread::sleep(wait);
    }
    let pss_kib = launched.tree_pss_kib();
    launched.stop();
    Ok(LaunchFigures {
        startup_ms: ms(startup),
        live_ms: live,
        pss_mib: pss_kib as f64 / 1024.0,
    })
}

struct Handoff {
    breathe_ms: f64,
    home_ms: f64,
    second_wall_ms: f64,
}

fn measure_handoffs(app: &Role, display: u32, runs: usize) -> Result<Vec<Handoff>> {
    let dirs = TempDirs::new(&app.cache, None)?;
    let mut running = Launched::spawn(&app.bin, &[], &dirs, display)?;
    if let Err(e) = running.wait_line(&app.ready, READY_TIMEOUT) {
        return Err(format!("the running Steady: {e}{}", running.stderr_tail()));
    }
    std::thread::sleep(Duration::from_secs(1));
    println!(
        "{:>5}  {:>11}  {:>11}  {:>14}  {:>8}  {:>15}",
        "run", "breathe ms", "2nd exit", "2nd wall ms", "home ms", "2nd (home) exit"
    );
    let mut out = Vec::new();
    for run in 0..runs {
        let breathe = hand_off(&mut running, app, &dirs, display, &["breathe"], "breathe")?;
        let home = hand_off(&mut running, app, &dirs, display, &[], "home")?;
        println!(
            "{:>5}  {:>11.0}  {:>11}  {:>14.0}  {:>8.0}  {:>15}",
            run, breathe.shown_ms, breathe.status, breathe.wall_ms, home.shown_ms, home.status
        );
        out.push(Handoff {
            breathe_ms: breathe.shown_ms,
            home_ms: home.shown_ms,
            second_wall_ms: breathe.wall_ms,
        });
        std::thread::sleep(Duration::from_millis(300));
    }
    running.stop();
    Ok(out)
}

struct SecondLaunch {
    shown_ms: f64,
    wall_ms: f64,
    status: String,
}

/// Launches a second Steady with `args` into the same data folder and display, and times
/// how long the running one takes to print `STEADY_SHOWN <screen>`.
fn hand_off(
    running: &mut Launched,
    app: &Role,
    dirs: &TempDirs,
    display: u32,
    args: &[&str],
    screen: &str,
) -> Result<SecondLaunch> {
    let what = format!("`steady {}`", args.join(" "));
    let what = what.replace(" `", "`");
    let t0 = Instant::now();
    let mut cmd = app_command(&app.bin, args, dirs, display);
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut second = cmd
        .spawn()
        .map_err(|e| format!("could not start {what}: {e}"))?;
    let second_pid = second.id() as i32;
    // Waits on its own thread (draining its pipes), so its exit is timed to the moment.
    let (tx, exited) = mpsc::channel();
    // Its output only matters for error messages: it arrives on `output` when its pipes
    // close, which WebKit processes it started could delay past its own exit.
    let (text_tx, output) = mpsc::channel();
    for pipe in [
        second
            .stdout
            .take()
            .map(|o| Box::new(o) as Box<dyn Read + Send>),
        second
            .stderr
            .take()
            .map(|e| Box::new(e) as Box<dyn Read + Send>),
    ]
    .into_iter()
    .flatten()
    {
        let text_tx = text_tx.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            let mut pipe = pipe;
            let _ = pipe.read_to_string(&mut text);
            let _ = text_tx.send(text);
        });
    }
    std::thread::spawn(move || {
        let status = second.wait();
        let _ = tx.send((Instant::now(), status));
    });

    let wanted = format!("STEADY_SHOWN {screen}");
    let shown = running.wait_line(&[wanted.as_str()], HANDOFF_TIMEOUT);
    let finished = match exited.recv_timeout(HANDOFF_TIMEOUT) {
        Ok(f) => Some(f),
        Err(_) => {
            // Still running (no hand-off, so it became an app of its own): end it.
            let tree = descendants(second_pid);
            stop_pid(second_pid, &tree);
            exited.recv_timeout(STOP_GRACE).ok();
            None
        }
    };
    let (at, _) = match shown {
        Ok(line) => line,
        Err(e) => {
            let second = match &finished {
                Some((_, status)) => {
                    let text: Vec<String> = (0..2)
                        .map_while(|_| output.recv_timeout(Duration::from_secs(1)).ok())
                        .collect();
                    format!(
                        "{what} exited with {}{}",
                        describe(status),
                        tail(&text.join("\n"), "its output")
                    )
                }
                None => format!(
                    "{what} was still running after {} s, so it was stopped",
                    HANDOFF_TIMEOUT.as_secs()
                ),
            };
            return Err(format!(
                "after {what}, the running Steady: {e}. With STEADY_REPORT_READY=1 it \
                 should print `STEADY_SHOWN <screen> <ms>` each time a launch or hand-off \
                 shows a screen.\n{second}{}",
                tail(&running.stderr_tail_text(), "the running Steady's stderr")
            ));
        }
    };
    let (status, wall_ms) = match finished {
        Some((end, status)) => (describe(&status), ms(end.duration_since(t0))),
        None => ("killed".to_string(), f64::NAN),
    };
    Ok(SecondLaunch {
        shown_ms: ms(at.duration_since(t0)),
        wall_ms,
        status,
    })
}

fn describe(status: &std::io::Result<ExitStatus>) -> String {
    match status {
        Ok(s) => match s.code() {
            Some(c) => format!("exit {c}"),
            None => format!("{s}"),
        },
        Err(e) => format!("wait failed: {e}"),
    }
}

/// A fresh HOME and data folder for one launch, removed afterwards, so nothing touches the
/// real home.
struct TempDirs {
    root: PathBuf,
    home: PathBuf,
    data: PathBuf,
    cache: PathBuf,
}

impl TempDirs {
    /// `data`: a data folder kept across launches; `None`, a fresh one for this launch.
    fn new(cache: &Path, data: Option<&Path>) -> Result<TempDirs> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir().join(format!(
            "steady-bench-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        ));
        let home = root.join("home");
        let data = data.map_or_else(|| root.join("data"), Path::to_path_buf);
        for d in [&home, &data, &cache.to_path_buf()] {
            std::fs::create_dir_all(d)
                .map_err(|e| format!("could not create {}: {e}", d.display()))?;
        }
        Ok(TempDirs {
            root,
            home,
            data,
            cache: cache.to_path_buf(),
        })
    }
}

struct RemoveOnDrop(PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Drop for TempDirs {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn app_command(bin: &Path, args: &[&str], dirs: &TempDirs, display: u32) -> Command {
    let mut cmd = Command::new(bin);
    cmd.args(args)
        .env("DISPLAY", format!(":{display}"))
        .env_remove("WAYLAND_DISPLAY")
        .env("STEADY_REPORT_READY", "1")
        .env(RENDERER.0, RENDERER.1)
        .env("STEADY_DATA_DIR", &dirs.data)
        .env("HOME", &dirs.home)
        .env("XDG_CONFIG_HOME", dirs.home.join(".config"))
        .env("XDG_DATA_HOME", dirs.home.join(".local/share"))
        .env("XDG_STATE_HOME", dirs.home.join(".local/state"))
        .env("XDG_CACHE_HOME", &dirs.cache)
        .stdin(Stdio::null());
    cmd
}

/// A launched app whose stdout lines arrive, timestamped, on a channel.
struct Launched {
    child: Child,
    pid: i32,
    spawned: Instant,
    lines: Receiver<(Instant, String)>,
    stderr_log: PathBuf,
    /// The process tree as last seen, so leftovers can be ended after the app.
    tree: Vec<Proc>,
    stopped: bool,
}

impl Launched {
    fn spawn(bin: &Path, args: &[&str], dirs: &TempDirs, display: u32) -> Result<Launched> {
        let stderr_log = dirs.root.join("stderr.log");
        let stderr = std::fs::File::create(&stderr_log)
            .map_err(|e| format!("could not create {}: {e}", stderr_log.display()))?;
        let mut cmd = app_command(bin, args, dirs, display);
        cmd.stdout(Stdio::piped()).stderr(stderr);
        let spawned = Instant::now();
        let mut child = cmd
            .spawn()
            .map_err(|e| format!("could not start {}: {e}", bin.display()))?;
        let stdout = child.stdout.take().ok_or("no stdout pipe")?;
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let at = Instant::now();
                let Ok(line) = line else { break };
                if tx.send((at, line)).is_err() {
                    break;
                }
            }
        });
        Ok(Launched {
            pid: child.id() as i32,
            child,
            spawned,
            lines,
            stderr_log,
            tree: Vec::new(),
            stopped: false,
        })
    }

    /// The first stdout line from now on starting with one of `prefixes`, and when it came.
    fn wait_line(&mut self, prefixes: &[&str], timeout: Duration) -> Result<(Instant, String)> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok((at, line)) if prefixes.iter().any(|p| line.starts_with(p)) => {
                    return Ok((at, line))
                }
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => {
                    return Err(format!(
                        "no `{}` line on stdout within {} s",
                        prefixes.join("` or `"),
                        timeout.as_secs(),
                    ))
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self
                        .child
                        .wait()
                        .map_or_else(|e| e.to_string(), |s| s.to_string());
                    self.stopped = true;
                    return Err(format!(
                        "exited ({status}) before printing `{}`",
                        prefixes.join("` or `"),
                    ));
                }
            }
        }
    }

    fn stderr_tail_text(&self) -> String {
        std::fs::read_to_string(&self.stderr_log).unwrap_or_default()
    }

    fn stderr_tail(&self) -> String {
        tail(&self.stderr_tail_text(), "stderr")
    }

    /// PSS of the app and all its descendants, in KiB.
    fn tree_pss_kib(&mut self) -> u64 {
        self.tree = descendants(self.pid);
        std::iter::once(self.pid)
            .chain(self.tree.iter().map(|p| p.pid))
            .filter_map(pss_kib)
            .sum()
    }

    /// SIGTERM, SIGKILL after [`STOP_GRACE`], then any descendants left behind.
    fn stop(&mut self) {
        if self.stopped {
            return;
        }
        self.stopped = true;
        let mut tree = descendants(self.pid);
        for p in &self.tree {
            if !tree.contains(p) {
                tree.push(*p);
            }
        }
        steady_e2e::terminate(&mut self.child);
        end_leftovers(&tree);
    }
}

impl Drop for Launched {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Stops a process that is not our `Child` (already handed to another thread) and its tree.
fn stop_pid(pid: i32, tree: &[Proc]) {
    if let Some(start) = start_time(pid) {
        end_leftovers(&[Proc { pid, start }]);
    }
    end_leftovers(tree);
}

/// SIGTERM to each process still alive (the same process: same start time), then SIGKILL
/// to any still there after a moment.
fn end_leftovers(procs: &[Proc]) {
    let alive = |p: &Proc| start_time(p.pid) == Some(p.start);
    let mut left: Vec<Proc> = procs.iter().copied().filter(alive).collect();
    for p in &left {
        // SAFETY: plain kill(2); the start time check above guards against pid reuse.
        unsafe {
            libc::kill(p.pid, libc::SIGTERM);
        }
    }
    let deadline = Instant::now() + Duration::from_secs(2);
    while !left.is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
        left.retain(alive);
    }
    for p in &left {
        // SAFETY: as above.
        unsafe {
            libc::kill(p.pid, libc::SIGKILL);
        }
    }
}

/// A process, told apart from a later one with the same pid by its start time.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Proc {
    pid: i32,
    start: u64,
}

/// (ppid, start time) from /proc/<pid>/stat; None once it has gone or is a zombie (whose
/// parent may never reap it once the app has gone).
fn stat(pid: i32) -> Option<(i32, u64)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name, in parentheses, may itself hold spaces and parentheses.
    let fields: Vec<&str> = text.rsplit_once(") ")?.1.split_whitespace().collect();
    // After the name: state ppid ... with starttime the 20th field from here.
    if matches!(fields.first(), Some(&("Z" | "X"))) {
        return None;
    }
    Some((fields.get(1)?.parse().ok()?, fields.get(19)?.parse().ok()?))
}

fn start_time(pid: i32) -> Option<u64> {
    stat(pid).map(|(_, start)| start)
}

/// Every descendant of `root`, found by scanning the parent pid of each process.
fn descendants(root: i32) -> Vec<Proc> {
    let mut children: HashMap<i32, Vec<Proc>> = HashMap::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse().ok()) else {
                continue;
            };
            if let Some((ppid, start)) = stat(pid) {
                children.entry(ppid).or_default().push(Proc { pid, start });
            }
        }
    }
    let mut found = Vec::new();
    let mut queue = vec![root];
    while let Some(pid) = queue.pop() {
        for child in children.get(&pid).into_iter().flatten() {
            found.push(*child);
            queue.push(child.pid);
        }
    }
    found
}

/// `Pss:` from /proc/<pid>/smaps_rollup, in KiB.
fn pss_kib(pid: i32) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("Pss:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// One Xvfb for the whole run, stopped at the end.
struct Xvfb {
    child: Child,
    display: u32,
}

impl Xvfb {
    fn start() -> Result<Xvfb> {
        let (child, display) = start_xvfb().map_err(|e| e.to_string())?;
        Ok(Xvfb { child, display })
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        steady_e2e::terminate(&mut self.child);
    }
}

fn tail(text: &str, what: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        return String::new();
    }
    let last = &lines[lines.len().saturating_sub(8)..];
    format!("\n  last lines of {what}:\n    {}", last.join("\n    "))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn sorted(v: &[f64]) -> Vec<f64> {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    s
}

fn median(v: &[f64]) -> f64 {
    let s = sorted(v);
    match s.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => s[n / 2],
        n => (s[n / 2 - 1] + s[n / 2]) / 2.0,
    }
}

/// Nearest-rank 90th percentile.
fn p90(v: &[f64]) -> f64 {
    let s = sorted(v);
    if s.is_empty() {
        return f64::NAN;
    }
    let rank = (0.9 * s.len() as f64).ceil() as usize;
    s[rank.clamp(1, s.len()) - 1]
}

fn min(v: &[f64]) -> f64 {
    sorted(v).first().copied().unwrap_or(f64::NAN)
}

fn max(v: &[f64]) -> f64 {
    sorted(v).last().copied().unwrap_or(f64::NAN)
}

fn stat_row(label: &str, v: &[f64], decimals: usize) {
    println!(
        "{label:<22}  {:>8.decimals$}  {:>8.decimals$}  {:>8.decimals$}",
        median(v),
        min(v),
        max(v)
    );
}

fn goal_line(out: &mut String, label: &str, figure: String, met: bool) {
    let verdict = if met { "PASS" } else { "MISS" };
    let _ = writeln!(out, "{label:<16}  {figure:<22}  {verdict}");
}
