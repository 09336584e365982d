//! SIGKILL against every file Steady writes, not only one document: a child process runs
//! the whole core through plan edits (plan.json and backups/), imports (pinned versions),
//! the what-helped log, own grounding steps, own patterns and settings, in a loop, and is
//! killed at random moments. After every kill, Steady opens with no file set aside or
//! mended, every kept version reads as a whole plan, and no temp file is left behind.
//!
//! The child is this test binary run again with `--ignored` and `STEADY_CRASH_CHILD` set;
//! its helper is marked ignored, so a normal run does not count it as a passed test.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use steady_core::breathing::{OwnPatternInput, Seconds};
use steady_core::grounding::state::GroundingChange;
use steady_core::helped::NewEntry;
use steady_core::plan::{ItemInput, Plan, Section};
use steady_core::vault::{Passphrase, Secret};
use steady_core::{Settings, Steady};

const CHILD_DIR: &str = "STEADY_CRASH_CHILD";
/// Set for the run with protection on: the worker unlocks with it before working.
const CHILD_PASS: &str = "STEADY_CRASH_PASS";
const PASS: &str = "kill after kill";
/// What the worker prints once it is open (and unlocked), so kills land in its saves.
const READY: &str = "STEADY-WORKER-READY";

fn open(dir: &Path) -> Steady {
    Steady::open(dir, None).expect("Steady opens")
}

fn text(t: String) -> ItemInput {
    ItemInput {
        text: t,
        ..ItemInput::default()
    }
}

/// One round of everything a person might do, each step a durable save. Every save must
/// succeed: a failure ends the worker, and the parent sees that it stopped by itself.
fn work(steady: &Steady, n: u64) {
    let plan = steady.plan.get().unwrap();
    if plan.matters.len() >= 30 {
        steady
            .plan
            .delete(Section::Matters, plan.matters[0].id)
            .expect("save");
    }
    let item = steady
        .plan
        .add(Section::Matters, &text(format!("round {n} 🌊")), None)
        .expect("add");
    steady
        .plan
        .edit(
            Section::Matters,
            item.id,
            &text(format!("round {n} edited")),
        )
        .expect("edit");
    if n.is_multiple_of(25) {
        let mut p = Plan::default();
        p.add(Section::OnMyOwn, &text(format!("imported {n}")), None)
            .expect("a plan to import");
        steady.plan.replace(p).expect("save");
    }
    let log = steady.helped.list().unwrap();
    if log.len() >= 40 {
        steady.helped.delete(log[0].id).expect("save");
    }
    steady
        .helped
        .add(NewEntry {
            tool: "grounding".into(),
            detail: Some(steady_core::helped::Detail::Text(format!("round {n}"))),
            seconds: n,
            before: Some(7),
            after: None,
        })
        .expect("save");
    let view = steady.grounding.view();
    if let Some(own) = view.all.iter().find(|s| s.step.own) {
        if view.all.iter().filter(|s| s.step.own).count() >= 10 {
            steady
                .grounding
                .shape(GroundingChange::Delete {
                    id: own.step.id.clone(),
                })
                .expect("save");
        }
    }
    steady
        .grounding
        .shape(GroundingChange::Add {
            text: format!("My own step {n}"),
        })
        .expect("save");
    let own: Vec<_> = steady
        .breathing
        .patterns()
        .into_iter()
        .filter(|p| p.own)
        .collect();
    if own.len() >= 10 {
        steady.breathing.delete(&own[0].id).expect("save");
    }
    steady
        .breathing
        .add(&OwnPatternInput {
            name: format!("Pattern {n}"),
            seconds: Seconds {
                breathe_in: 4.0,
                out: 6.0,
                ..Seconds::default()
            },
        })
        .expect("save");
    steady
        .settings
        .save(Settings {
            volume: (n % 101) as u8,
            ..steady.settings.get()
        })
        .expect("save");
}

#[test]
#[ignore = "a child process that another test starts"]
fn child_app_worker() {
    let dir =
        std::env::var_os(CHILD_DIR).expect("started by its parent test, which names the folder");
    let steady = open(Path::new(&dir));
    if let Some(pass) = std::env::var_os(CHILD_PASS) {
        steady
            .unlock(&secret(&pass.to_string_lossy()))
            .expect("unlocks");
    }
    println!("{READY}");
    let mut n = u64::from(steady.settings.get().volume);
    loop {
        n += 1;
        work(&steady, n);
    }
}

fn secret(pass: &str) -> Secret {
    Secret::Passphrase(Passphrase::typed(pass).expect("a passphrase"))
}

#[test]
fn sigkill_during_every_kind_of_save_leaves_every_file_whole() {
    kill_rounds(false);
}

/// The same with protection on: every file is sealed, and after each kill each one opens
/// (authenticates) as a whole old or new version.
#[test]
fn sigkill_during_every_kind_of_sealed_save_leaves_every_file_whole() {
    kill_rounds(true);
}

fn kill_rounds(protected: bool) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let open_unlocked = |dir: &Path| {
        let steady = open(dir);
        if protected {
            steady.unlock(&secret(PASS)).expect("unlocks");
        }
        steady
    };
    // A first round by hand, so every file and the backups folder exist from the start.
    {
        let first = open(&dir);
        if protected {
            first.protect(PASS).expect("protection on");
        }
        work(&first, 0);
    }
    let kills = 200;
    let child_err = tmp.path().join("worker-stderr.txt");
    let started = Instant::now();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut versions_checked = 0;
    for round in 0..kills {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args([
                "--ignored",
                "--exact",
                "child_app_worker",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DIR, &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::from(std::fs::File::create(&child_err).unwrap()));
        if protected {
            command.env(CHILD_PASS, PASS);
        }
        let mut child = command.spawn().unwrap();
        // Kill only once the worker is working, not while it derives its key.
        let out = child.stdout.take().expect("piped");
        let ready = BufReader::new(out)
            .lines()
            .map_while(Result::ok)
            // libtest has printed "test child_app_worker ... " on the same line.
            .any(|l| l.contains(READY));
        if !ready {
            let status = child.wait().unwrap();
            let err = std::fs::read_to_string(&child_err).unwrap_or_default();
            panic!("round {round}: the worker never started ({status}):\n{err}");
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_micros(5_000 + seed % 60_000));
        if let Some(status) = child.try_wait().unwrap() {
            panic!("round {round}: the worker stopped by itself ({status}), so nothing was killed mid-save");
        }
        child.kill().unwrap();
        child.wait().unwrap();

        let steady = open_unlocked(&dir);
        let notices = steady.take_notices();
        assert!(notices.is_empty(), "round {round}: {notices:?}");
        if protected {
            let sealed = [
                "plan.json",
                "helped.json",
                "grounding.json",
                "patterns.json",
            ];
            for name in sealed {
                let bytes = std::fs::read(dir.join(name)).unwrap();
                assert!(
                    bytes.starts_with(b"STEADY-SEALED-1"),
                    "round {round}: {name}"
                );
            }
        }
        assert!(steady.plan.get().unwrap().check().is_ok(), "round {round}");
        for v in steady.plan.versions().unwrap() {
            steady
                .plan
                .version(&v.id)
                .unwrap_or_else(|e| panic!("round {round}: version {} unreadable: {e}", v.id));
            versions_checked += 1;
        }
        let stray: Vec<_> = common::walk(&dir)
            .into_iter()
            .filter(|p| {
                let n = p.file_name().unwrap().to_string_lossy();
                n.contains(".tmp-") || n.contains("corrupt")
            })
            .collect();
        assert!(stray.is_empty(), "round {round}: {stray:?}");
    }
    // The workers got somewhere: the folder moved on from the one round done here.
    let end = open_unlocked(&dir);
    assert!(
        end.plan.get().unwrap().matters.len() > 1 || end.settings.get().volume != 0,
        "no worker ever saved anything"
    );
    drop(end);
    let pinned = open_unlocked(&dir)
        .plan
        .versions()
        .unwrap()
        .iter()
        .filter(|v| v.pinned)
        .count();
    println!(
        "app crash test{}: {kills} SIGKILLs in {:.1?}; every file whole after each; {versions_checked} kept versions read; {pinned} pinned",
        if protected { " (protection on)" } else { "" },
        started.elapsed()
    );
}
