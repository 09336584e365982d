//! Fault injection: every document Steady keeps, saved with the write stopped at each step
//! of the durable sequence (create, write, fsync, rename, folder fsync) by a full disk or an
//! I/O error. Whatever is left must load as the old version or the new one, whole, and
//! the next save must work. Through the app, a failed save leaves what the person wrote
//! in memory (on screen) and the old version on disk.

use std::fmt::Debug;
use std::fs;
use std::io;
use std::path::Path;

use steady_core::breathing::{OwnPatternInput, OwnPatterns, Seconds};
use steady_core::grounding::Shaping;
use steady_core::helped::{HelpedLog, NewEntry};
use steady_core::plan::{ItemInput, Plan, Section};
use steady_core::store::decode_document;
use steady_core::store::{write_durably_with, DocFile, Document, Faults, Step};
use steady_core::vault::file::VaultFile;
use steady_core::vault::{Key, Passphrase, Secret};
use steady_core::{Settings, StoreError};

/// Fails once, at one step, with one error.
struct FailAt {
    step: Step,
    kind: Kind,
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    DiskFull,
    Eio,
}

impl Faults for FailAt {
    fn before(&self, step: Step) -> io::Result<()> {
        if step != self.step {
            return Ok(());
        }
        Err(match self.kind {
            Kind::DiskFull => io::Error::from_raw_os_error(libc::ENOSPC),
            Kind::Eio => io::Error::from_raw_os_error(libc::EIO),
        })
    }
}

fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-") || n.contains("corrupt"))
        .collect()
}

/// The whole sequence for one document type: `old` saved, then `new` saved with a fault.
fn every_fault_leaves_old_or_new<D>(old: D, new: D)
where
    D: Document + Clone + PartialEq + Debug,
{
    every_fault_leaves_old_or_new_sealed(old, new, None);
}

/// The same, with the files sealed by `key` (protection on).
fn every_fault_leaves_old_or_new_sealed<D>(old: D, new: D, key: Option<Key>)
where
    D: Document + Clone + PartialEq + Debug,
{
    for step in Step::ALL {
        for kind in [Kind::DiskFull, Kind::Eio] {
            let tmp = tempfile::tempdir().unwrap();
            let dir = tmp.path();
            let mut file = DocFile::<D>::open(dir).unwrap();
            file.set_key(key.clone());
            file.save(&old).unwrap();
            let err = file
                .save_with(&new, &FailAt { step, kind })
                .expect_err("the fault stops the save");
            match kind {
                Kind::DiskFull => assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}"),
                Kind::Eio => assert!(matches!(err, StoreError::Io { .. }), "{err:?}"),
            }
            assert!(!err.to_string().is_empty());
            drop(file);

            // As after a crash at that point: a fresh handle reads what is on disk.
            let mut file = DocFile::<D>::open(dir).unwrap();
            file.set_key(key.clone());
            let (loaded, notice) = file.load();
            assert!(
                notice.is_none(),
                "{} {step:?} {kind:?}: {notice:?}",
                D::NAME
            );
            let expect = if matches!(step, Step::SyncFolder) {
                &new // renamed already: the new version is the file
            } else {
                &old
            };
            assert_eq!(&loaded, expect, "{} {step:?} {kind:?}", D::NAME);
            assert!(
                leftovers(dir).is_empty(),
                "{} {step:?}: {:?}",
                D::NAME,
                leftovers(dir)
            );
            // And the next save, with the fault gone, goes through.
            file.save(&new).unwrap();
            assert_eq!(file.load().0, new);
        }
    }
}

#[test]
fn a_sealed_plan_survives_a_fault_at_every_step() {
    let mut old = Plan::default();
    old.add(Section::Matters, &item("sealed, my kids"), None)
        .unwrap();
    let mut new = old.clone();
    new.add(Section::OnMyOwn, &item("sealed, cold water"), None)
        .unwrap();
    every_fault_leaves_old_or_new_sealed(old, new, Some(Key::random()));
}

/// Changing the passphrase is one write of vault.json: a fault at any step leaves the
/// old file (the old passphrase opens) or the new one (the new passphrase does).
#[test]
fn the_vault_file_survives_a_fault_at_every_step_of_a_passphrase_change() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let old_file = |dir: &Path| -> VaultFile {
        let bytes = std::fs::read(dir.join("vault.json")).unwrap();
        decode_document(&bytes).unwrap().unwrap()
    };
    let steady = steady_core::Steady::open(&dir, None).unwrap();
    steady.protect("the old passphrase").unwrap();
    let old = old_file(&dir);
    let old_words = Secret::Passphrase(Passphrase::typed("the old passphrase").unwrap());
    steady
        .change_passphrase(&old_words, "the new passphrase")
        .unwrap();
    let new = old_file(&dir);
    drop(steady);
    assert_ne!(old, new);
    every_fault_leaves_old_or_new(old, new);
}

fn item(text: &str) -> ItemInput {
    ItemInput {
        text: text.into(),
        ..ItemInput::default()
    }
}

#[test]
fn settings_survive_a_fault_at_every_step() {
    let new = Settings {
        volume: 12,
        country: Some("IE".into()),
        ..Settings::default()
    };
    every_fault_leaves_old_or_new(Settings::default(), new);
}

#[test]
fn the_plan_survives_a_fault_at_every_step() {
    let mut old = Plan::default();
    old.add(Section::OnMyOwn, &item("Walk round the block 🌊"), None)
        .unwrap();
    let mut new = old.clone();
    new.add(Section::Matters, &item("שלום, my kids"), None)
        .unwrap();
    every_fault_leaves_old_or_new(old, new);
}

#[test]
fn the_what_helped_log_survives_a_fault_at_every_step() {
    let mut old = HelpedLog::default();
    let entry = NewEntry {
        tool: "breathing".into(),
        detail: Some(steady_core::helped::Detail::Text("Even breathing".into())),
        seconds: 60,
        before: Some(7),
        after: Some(4),
    };
    old.add(entry.clone(), 100).unwrap();
    let mut new = old.clone();
    new.add(entry, 200).unwrap();
    every_fault_leaves_old_or_new(old, new);
}

#[test]
fn own_grounding_steps_survive_a_fault_at_every_step() {
    let mut old = Shaping::default();
    old.add_own("Hold the stone Gran gave me").unwrap();
    let mut new = old.clone();
    new.set_statements(&["My name is Ana".into()]).unwrap();
    every_fault_leaves_old_or_new(old, new);
}

#[test]
fn own_patterns_survive_a_fault_at_every_step() {
    let mut old = OwnPatterns::default();
    let input = OwnPatternInput {
        name: "Slow".into(),
        seconds: Seconds {
            breathe_in: 4.0,
            out: 6.5,
            ..Seconds::default()
        },
    };
    old.add(&input).unwrap();
    let mut new = old.clone();
    new.add(&OwnPatternInput {
        name: "Slower".into(),
        ..input
    })
    .unwrap();
    every_fault_leaves_old_or_new(old, new);
}

/// Backups and exports use the same write; a fault leaves the old file or the new one.
#[test]
fn a_backup_or_export_survives_a_fault_at_every_step() {
    for step in Step::ALL {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let target = dir.join("plan-000001-20261124T000000Z-00.json");
        fs::write(&target, b"old").unwrap();
        let fault = FailAt {
            step,
            kind: Kind::Eio,
        };
        assert!(write_durably_with(dir, &target, b"new", &fault).is_err());
        let now = fs::read(&target).unwrap();
        assert!(now == b"old" || now == b"new", "{step:?}");
        let temps: Vec<_> = leftovers(dir);
        assert!(temps.is_empty(), "{step:?}: {temps:?}");
    }
}

/// Through the app: a refused save leaves the plan in memory as it was before the change
/// (what the page shows comes from there) and says why in words for the person.
#[test]
fn a_failed_save_through_the_app_changes_nothing_and_says_why() {
    use steady_core::Steady;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let steady = Steady::open(dir, None).unwrap();
    steady
        .plan
        .add(Section::OnMyOwn, &item("Cold water on my wrists"), None)
        .unwrap();
    let before = steady.plan.get().unwrap();
    // A folder in the file's place makes the rename fail, even for root.
    let plan = dir.join("plan.json");
    let aside = dir.join("plan.json.aside");
    fs::rename(&plan, &aside).unwrap();
    fs::create_dir(&plan).unwrap();
    fs::write(plan.join("x"), b"x").unwrap();
    let err = steady
        .plan
        .add(Section::OnMyOwn, &item("Text my sister"), None)
        .expect_err("the save cannot replace a folder");
    let text = err.to_string();
    assert!(
        text.contains("could not be saved") && text.contains("unchanged"),
        "{text}"
    );
    assert_eq!(
        steady.plan.get().unwrap(),
        before,
        "memory holds what the disk holds"
    );
    let temps: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(temps.is_empty(), "no half-written file is left");
    // Once the disk is itself again, the same change saves.
    fs::remove_dir_all(&plan).unwrap();
    fs::rename(&aside, &plan).unwrap();
    steady
        .plan
        .add(Section::OnMyOwn, &item("Text my sister"), None)
        .unwrap();
    assert_eq!(steady.plan.get().unwrap().on_my_own.len(), 2);
}
