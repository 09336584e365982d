//! The store under real failure: processes killed mid-save, a full disk, a read-only folder,
//! corrupt, foreign and newer files, two processes at once, and migrations.
//!
//! Child processes are this same test binary run again, with `--ignored` and `STEADY_CHILD`
//! set: the child helpers are marked ignored, so a normal run lists them as such instead of
//! counting them as passed tests.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use steady_core::store::{BadFile, DocFile, Document, LoadNotice};
use steady_core::{Settings, StoreError};

const CHILD: &str = "STEADY_CHILD";
const CHILD_DIR: &str = "STEADY_CHILD_DIR";

fn child_mode() -> Option<(String, PathBuf)> {
    let mode = std::env::var(CHILD).ok()?;
    let dir = std::env::var(CHILD_DIR).ok()?;
    Some((mode, PathBuf::from(dir)))
}

fn child(test_name: &str, mode: &str, dir: &Path) -> Command {
    let mut c = Command::new(std::env::current_exe().expect("test binary path"));
    c.args([
        "--ignored",
        "--exact",
        test_name,
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD, mode)
    .env(CHILD_DIR, dir);
    c
}

/// A settings document whose payload proves it is whole: `seq` and a body derived from it.
fn versioned(seq: u64) -> Settings {
    let mut s = Settings::default();
    let body: String = (0..2000).map(|i| format!("{seq}:{i};")).collect();
    s.extra.insert("seq".into(), json!(seq));
    s.extra.insert("body".into(), json!(body));
    s
}

fn seq_of(s: &Settings) -> Option<u64> {
    let seq = s.extra.get("seq")?.as_u64()?;
    let body = s.extra.get("body")?.as_str()?;
    (versioned(seq).extra.get("body")?.as_str()? == body).then_some(seq)
}

// ---------------------------------------------------------------- crash test

#[test]
#[ignore = "a child process that another test starts"]
fn child_saver() {
    let (mode, dir) = child_mode().expect("started by its parent test, which sets its mode");
    assert_eq!(mode, "saver");
    let mut file = DocFile::<Settings>::open(&dir).expect("child takes the lock");
    let (s, notice) = file.load();
    assert!(notice.is_none(), "child saw {notice:?}");
    let mut seq = seq_of(&s).unwrap_or(0);
    loop {
        seq += 1;
        file.save(&versioned(seq)).expect("save");
    }
}

#[test]
fn sigkill_during_saves_always_leaves_a_whole_version() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut rng = Xorshift::seeded();
    let mut last = 0;
    let mut advanced = 0;
    let kills = 220;
    let started = Instant::now();
    for round in 0..kills {
        let mut c = child("child_saver", "saver", dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(2_000 + rng.next() % 40_000));
        c.kill().unwrap(); // SIGKILL on Unix
        c.wait().unwrap();

        let mut file = DocFile::<Settings>::open(dir).expect("lock is free after the kill");
        let (s, notice) = file.load();
        assert!(notice.is_none(), "round {round}: {notice:?}");
        let seq = if dir.join("settings.json").exists() {
            seq_of(&s).unwrap_or_else(|| panic!("round {round}: a torn document"))
        } else {
            0
        };
        assert!(seq >= last, "round {round}: went back from {last} to {seq}");
        if seq > last {
            advanced += 1;
        }
        last = seq;
    }
    let leftovers: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("corrupt") || n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(
        advanced > kills / 2,
        "only {advanced} rounds saved anything"
    );
    println!(
        "crash test: {kills} SIGKILLs in {:.1?}; every load whole; saves advanced in {advanced} rounds; last version {last}",
        started.elapsed()
    );
}

// ------------------------------------------------------ full disk, read-only

/// Runs `script` in a private mount namespace with `$D` a fresh tmpfs at `dir`.
/// Root uses `unshare -m`; others a user namespace (`unshare -rm`).
fn in_small_tmpfs(dir: &Path, script: &str) -> std::process::Output {
    let exe = std::env::current_exe().unwrap();
    let full = format!("mount -t tmpfs -o size=256k tmpfs \"$D\" && {script}");
    let root = unsafe { libc::geteuid() } == 0;
    let mut c = Command::new("unshare");
    c.args(if root { &["-m"][..] } else { &["-rm"][..] })
        .args(["sh", "-c", &full])
        .env("D", dir)
        .env("EXE", exe)
        .env(CHILD_DIR, dir);
    c.output().expect("unshare runs")
}

#[test]
#[ignore = "a child process that another test starts"]
fn child_disk_full() {
    let (mode, dir) = child_mode().expect("started by its parent test, which sets its mode");
    assert_eq!(mode, "disk_full");
    let mut file = DocFile::<Settings>::open(&dir).unwrap();
    let small = Settings {
        volume: 7,
        ..Settings::default()
    };
    file.save(&small).unwrap();
    // Fill the disk.
    let filler = dir.join("filler");
    let chunk = vec![b'x'; 4096];
    let mut f = fs::File::create(&filler).unwrap();
    use std::io::Write;
    while f.write_all(&chunk).is_ok() {}
    let _ = f.sync_all();
    let err = file.save(&versioned(1)).unwrap_err();
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
    assert!(err.to_string().contains("disk is full"), "{err}");
    let (again, notice) = file.load();
    assert!(notice.is_none());
    assert_eq!(again, small, "the old file is intact");
    drop(f);
    fs::remove_file(&filler).unwrap();
    file.save(&versioned(1)).expect("saves once there is room");
    println!("CHILD OK");
}

#[test]
fn full_disk_gives_a_clear_error_and_keeps_the_old_file() {
    let tmp = tempfile::tempdir().unwrap();
    let out = in_small_tmpfs(
        tmp.path(),
        "STEADY_CHILD=disk_full exec \"$EXE\" --ignored --exact child_disk_full --nocapture",
    );
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && text.contains("CHILD OK"), "{text}");
}

#[test]
#[ignore = "a child process that another test starts"]
fn child_read_only() {
    let (mode, dir) = child_mode().expect("started by its parent test, which sets its mode");
    let mut file = DocFile::<Settings>::open(&dir).unwrap();
    let kept = Settings {
        volume: 9,
        ..Settings::default()
    };
    match mode.as_str() {
        "ro_prepare" => file.save(&kept).unwrap(),
        "ro_check" => {
            let err = file.save(&versioned(2)).unwrap_err();
            assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
            assert!(err.to_string().contains("not allowed to write"), "{err}");
            let (again, notice) = file.load();
            assert!(notice.is_none());
            assert_eq!(again, kept);
            println!("CHILD OK");
        }
        other => panic!("unknown mode {other}"),
    }
}

#[test]
fn read_only_folder_gives_a_clear_error_and_keeps_the_old_file() {
    let tmp = tempfile::tempdir().unwrap();
    // The lock file is made while the folder is writable, as on a real system where the
    // folder turned read-only after Steady last ran.
    let out = in_small_tmpfs(
        tmp.path(),
        "STEADY_CHILD=ro_prepare \"$EXE\" --ignored --exact child_read_only --nocapture && \
         mount -o remount,ro \"$D\" && \
         STEADY_CHILD=ro_check exec \"$EXE\" --ignored --exact child_read_only --nocapture",
    );
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && text.contains("CHILD OK"), "{text}");
}

#[test]
#[ignore = "a child process that another test starts"]
fn child_read_only_app() {
    let (mode, dir) = child_mode().expect("started by its parent test, which sets its mode");
    match mode.as_str() {
        // A plan copied in by hand: no lock files exist yet.
        "rof_prepare" => fs::write(
            dir.join("plan.json"),
            br#"{"version":1,"next_id":1,"matters":[{"id":1,"text":"My kids"}]}"#,
        )
        .unwrap(),
        "rof_check" => {
            let steady =
                steady_core::Steady::open(&dir, None).expect("a read-only folder still opens");
            assert!(steady.read_only());
            let notices = steady.take_notices();
            assert_eq!(notices.len(), 1, "{notices:?}");
            assert_eq!(notices[0], steady_core::Notice::ReadOnly);
            assert_eq!(steady.plan.get().unwrap().matters[0].text, "My kids");
            let input = steady_core::plan::ItemInput {
                text: "x".into(),
                ..Default::default()
            };
            let err = steady
                .plan
                .add(steady_core::plan::Section::Matters, &input, None)
                .unwrap_err();
            assert_eq!(err.code(), steady_core::error::Code::ReadOnly, "{err}");
            assert_eq!(steady.plan.get().unwrap().matters.len(), 1);
            println!("CHILD OK");
        }
        other => panic!("unknown mode {other}"),
    }
}

/// A read-only folder with no lock files used to stop start-up: now it opens read-only,
/// the plan can be read, and saves are refused with a reason.
#[test]
fn a_read_only_folder_without_lock_files_opens_read_only() {
    let tmp = tempfile::tempdir().unwrap();
    let out = in_small_tmpfs(
        tmp.path(),
        "chmod 700 \"$D\" && STEADY_CHILD=rof_prepare \"$EXE\" --ignored --exact child_read_only_app --nocapture && \
         mount -o remount,ro \"$D\" && \
         STEADY_CHILD=rof_check exec \"$EXE\" --ignored --exact child_read_only_app --nocapture",
    );
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && text.contains("CHILD OK"), "{text}");
}

// ------------------------------------------------------------ bad files

fn load_bytes(bytes: &[u8]) -> (tempfile::TempDir, Settings, Option<LoadNotice>) {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("settings.json"), bytes).unwrap();
    let mut file = DocFile::<Settings>::open(tmp.path()).unwrap();
    let (s, n) = file.load();
    (tmp, s, n)
}

#[test]
fn corrupt_empty_and_foreign_files_are_set_aside_byte_for_byte() {
    let cases: &[&[u8]] = &[
        b"",
        b"   \n",
        b"{\"version\":1,\"theme\":\"da",
        b"[1,2,3]",
        b"{\"name\":\"someone else's app\"}",
        b"{\"version\":\"one\"}",
        b"{\"version\":0}",
        b"\xff\xfe\x00garbage",
        "{\"version\":1,\"theme\":\"🌙\"}".as_bytes(),
    ];
    for bytes in cases {
        let (tmp, s, notice) = load_bytes(bytes);
        assert_eq!(s, Settings::default());
        let Some(LoadNotice::SetAside { kept_as, reason }) = notice else {
            panic!("{bytes:?}: {notice:?}");
        };
        assert!(!reason.is_empty());
        assert_eq!(&fs::read(&kept_as).unwrap(), bytes, "bytes kept exactly");
        let name = kept_as.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("settings.corrupt-") && name.ends_with(".json"));
        assert!(!tmp.path().join("settings.json").exists());
    }
}

#[test]
fn after_setting_aside_a_save_does_not_touch_the_kept_copy() {
    let (tmp, _, notice) = load_bytes(b"not json");
    let Some(LoadNotice::SetAside { kept_as, .. }) = notice else {
        panic!()
    };
    // The first handle was dropped inside load_bytes, so the lock is free again.
    let mut file = DocFile::<Settings>::open(tmp.path()).unwrap();
    file.save(&Settings::default()).unwrap();
    assert_eq!(fs::read(&kept_as).unwrap(), b"not json");
}

#[test]
fn a_newer_file_is_refused_and_never_overwritten() {
    let newer = br#"{"version":99,"theme":"dark","hologram":true}"#;
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("settings.json");
    fs::write(&path, newer).unwrap();
    let mut file = DocFile::<Settings>::open(tmp.path()).unwrap();
    let (s, notice) = file.load();
    assert_eq!(s, Settings::default());
    assert_eq!(notice, Some(LoadNotice::Newer { found: 99 }));
    let err = file.save(&Settings::default()).unwrap_err();
    assert!(matches!(err, StoreError::NewerVersion { found: 99, .. }));
    assert!(err.to_string().contains("newer version of Steady"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), newer);
}

#[test]
fn an_oversized_file_is_set_aside_without_reading_it_all() {
    let mut big = b"{\"version\":1,\"x\":\"".to_vec();
    big.resize(300 * 1024, b'a');
    let (_tmp, s, notice) = load_bytes(&big);
    assert_eq!(s, Settings::default());
    assert!(matches!(notice, Some(LoadNotice::SetAside { .. })));
}

#[test]
fn a_missing_file_gives_defaults_quietly() {
    let tmp = tempfile::tempdir().unwrap();
    let mut file = DocFile::<Settings>::open(tmp.path()).unwrap();
    assert_eq!(file.load(), (Settings::default(), None));
}

#[test]
fn stale_temp_files_from_a_dead_writer_are_removed() {
    let tmp = tempfile::tempdir().unwrap();
    let stale = tmp.path().join(".settings.json.tmp-4242-0");
    fs::write(&stale, b"half a doc").unwrap();
    let _file = DocFile::<Settings>::open(tmp.path()).unwrap();
    assert!(!stale.exists());
}

#[test]
fn a_second_handle_on_the_same_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let _first = DocFile::<Settings>::open(tmp.path()).unwrap();
    match DocFile::<Settings>::open(tmp.path()) {
        Err(e @ StoreError::Locked { .. }) => {
            assert_eq!(e.code(), steady_core::error::Code::Locked);
            assert!(e.to_string().contains("Another copy of Steady"));
        }
        Err(e) => panic!("{e:?}"),
        Ok(_) => panic!("two writers on one file"),
    }
}

#[test]
#[ignore = "a child process that another test starts"]
fn child_holder() {
    let (mode, dir) = child_mode().expect("started by its parent test, which sets its mode");
    assert_eq!(mode, "holder");
    let _file = DocFile::<Settings>::open(&dir).unwrap();
    println!("HOLDING");
    std::thread::sleep(Duration::from_secs(30));
}

#[test]
fn a_second_process_cannot_write_the_same_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut holder = child("child_holder", "holder", tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the child says it holds the lock.
    use std::io::BufRead;
    let mut out = std::io::BufReader::new(holder.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("HOLDING") {
        line.clear();
        assert!(out.read_line(&mut line).unwrap() > 0, "child ended early");
    }
    let second = DocFile::<Settings>::open(tmp.path());
    assert!(matches!(second, Err(StoreError::Locked { .. })));
    holder.kill().unwrap();
    holder.wait().unwrap();
    assert!(
        DocFile::<Settings>::open(tmp.path()).is_ok(),
        "free after exit"
    );
}

// ------------------------------------------------------------ migrations

/// A document with a history: v1 had `name`, v2 split it into `first`/`last`,
/// v3 added `tags`. Exercises the store's step-by-step migration.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct Card {
    first: String,
    last: String,
    tags: Vec<String>,
}

impl Document for Card {
    const NAME: &'static str = "card";
    const VERSION: u64 = 3;
    fn migrate(from: u64, doc: &mut Map<String, Value>) -> Result<(), BadFile> {
        match from {
            1 => {
                let name = doc
                    .remove("name")
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .ok_or(BadFile::Unexpected)?;
                let (first, last) = name.split_once(' ').unwrap_or((&name, ""));
                doc.insert("first".into(), json!(first));
                doc.insert("last".into(), json!(last));
                Ok(())
            }
            2 => {
                doc.insert("tags".into(), json!([]));
                Ok(())
            }
            _ => Err(BadFile::NoMigration { from }),
        }
    }
}

#[test]
fn older_versions_migrate_step_by_step_on_load_and_save_as_current() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("card.json");
    fs::write(&path, br#"{"version":1,"name":"Ada Lovelace"}"#).unwrap();
    let mut file = DocFile::<Card>::open(tmp.path()).unwrap();
    let (card, notice) = file.load();
    assert!(notice.is_none());
    assert_eq!(
        card,
        Card {
            first: "Ada".into(),
            last: "Lovelace".into(),
            tags: vec![]
        }
    );
    file.save(&card).unwrap();
    let saved: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["version"], 3);

    fs::write(&path, br#"{"version":2,"first":"Grace","last":"Hopper"}"#).unwrap();
    assert_eq!(file.load().0.first, "Grace");

    // A migration that fails sets the file aside rather than guessing.
    fs::write(&path, br#"{"version":1}"#).unwrap();
    assert!(matches!(file.load().1, Some(LoadNotice::SetAside { .. })));
}

// ------------------------------------------------------------ helpers

struct Xorshift(u64);
impl Xorshift {
    fn seeded() -> Self {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x9E37_79B9);
        println!("crash test seed: {t}");
        Xorshift(t | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}
