//! Hostile and unlucky data folders, met through the whole app as it starts: a FIFO or a
//! device where a file should be, duplicate keys, a byte order mark, numbers wider than
//! 64 bits, colliding or exhausted ids, loose permissions, a read-only folder; and the
//! promises around replacing a plan (the replaced plan stays pinned) and undo.

mod common;

use std::fs;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use steady_core::error::{Reason, RouteRefused};
use steady_core::plan::{ItemInput, Plan, Section};
use steady_core::{InvalidInput, Notice, Steady};

/// A private temp folder, as Steady makes its own (a looser one gets a notice of its own).
fn fresh() -> tempfile::TempDir {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o700)).unwrap();
    tmp
}

fn open(dir: &Path) -> Steady {
    Steady::open(dir, None).unwrap()
}

/// Opens on another thread, so a start-up that hangs fails the test instead of CI.
fn open_within(dir: &Path, limit: Duration) -> (Steady, Vec<Notice>) {
    let (tx, rx) = mpsc::channel();
    let d = dir.to_path_buf();
    std::thread::spawn(move || {
        let s = open(&d);
        let n = s.take_notices();
        let _ = tx.send((s, n));
    });
    rx.recv_timeout(limit)
        .expect("Steady opened within the limit instead of hanging")
}

fn matters(steady: &Steady) -> Vec<String> {
    steady
        .plan
        .get()
        .unwrap()
        .matters
        .iter()
        .map(|i| i.text.clone())
        .collect()
}

fn text(t: &str) -> ItemInput {
    ItemInput::text(t)
}

fn codes(notices: &[Notice]) -> Vec<&str> {
    notices.iter().map(|n| n.code()).collect()
}

#[test]
fn a_fifo_at_the_plan_does_not_hang_start_up() {
    let tmp = fresh();
    let fifo = tmp.path().join("plan.json");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let (steady, notices) = open_within(tmp.path(), Duration::from_secs(10));
    assert_eq!(codes(&notices), vec!["set_aside"], "{notices:?}");
    assert!(
        matches!(&notices[0], Notice::SetAside { doc: "plan", kept_as } if kept_as.starts_with("plan.")),
        "{notices:?}"
    );
    // The plan works again: a new one saves where the FIFO was.
    steady
        .plan
        .add(Section::Matters, &text("My dog"), None)
        .unwrap();
    assert!(fs::metadata(&fifo).unwrap().is_file());
}

#[test]
fn a_link_to_an_endless_device_is_not_read() {
    let tmp = fresh();
    std::os::unix::fs::symlink("/dev/zero", tmp.path().join("helped.json")).unwrap();
    std::os::unix::fs::symlink("/dev/urandom", tmp.path().join("settings.json")).unwrap();
    let (_steady, notices) = open_within(tmp.path(), Duration::from_secs(10));
    assert_eq!(
        codes(&notices),
        vec!["set_aside", "set_aside"],
        "{notices:?}"
    );
}

#[test]
fn duplicate_keys_set_a_file_aside_instead_of_dropping_data() {
    let tmp = fresh();
    let bytes = br#"{"version":99,"version":1,"matters":[{"id":1,"text":"x"}],"next_id":1}"#;
    fs::write(tmp.path().join("plan.json"), bytes).unwrap();
    let steady = open(tmp.path());
    let notices = steady.take_notices();
    assert_eq!(codes(&notices), vec!["set_aside"]);
    assert!(
        matches!(&notices[0], Notice::SetAside { doc: "plan", .. }),
        "{notices:?}"
    );
    let kept: Vec<_> = fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("plan.corrupt-"))
        .collect();
    assert_eq!(
        fs::read(kept[0].path()).unwrap(),
        bytes,
        "kept byte for byte"
    );
}

#[test]
fn a_plan_saved_by_a_text_editor_with_a_byte_order_mark_opens() {
    let tmp = fresh();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(br#"{"version":1,"next_id":1,"matters":[{"id":1,"text":"My kids"}]}"#);
    fs::write(tmp.path().join("plan.json"), bytes).unwrap();
    let steady = open(tmp.path());
    assert!(steady.take_notices().is_empty());
    assert_eq!(steady.plan.get().unwrap().matters[0].text, "My kids");
}

#[test]
fn numbers_wider_than_64_bits_in_unknown_fields_survive_a_save_exactly() {
    let tmp = fresh();
    let big = "123456789012345678901234567890";
    let precise = "0.30000000000000000000000000000004";
    let src = format!(
        r#"{{"version":1,"next_id":1,"tally":{big},"matters":[{{"id":1,"text":"x","weight":{precise}}}]}}"#
    );
    fs::write(tmp.path().join("plan.json"), src).unwrap();
    let steady = open(tmp.path());
    steady.plan.add(Section::Matters, &text("y"), None).unwrap();
    let saved = fs::read_to_string(tmp.path().join("plan.json")).unwrap();
    assert!(saved.contains(&format!("\"tally\": {big}")), "{saved}");
    assert!(saved.contains(&format!("\"weight\": {precise}")), "{saved}");
}

#[test]
fn an_imported_plan_at_the_end_of_the_id_range_cannot_make_a_delete_hit_it() {
    let tmp = fresh();
    let steady = open(tmp.path());
    let import = br#"{"version":1,"next_id":18446744073709551615,
        "matters":[{"id":18446744073709551615,"text":"Imported"},{"id":1,"text":"Also imported"}]}"#;
    let plan = steady_core::plan::state::PlanState::parse(import).unwrap();
    steady.plan.replace(plan).unwrap();
    let mine = steady
        .plan
        .add(Section::Matters, &text("Mine"), None)
        .expect("adding after an import at the end of the range works");
    steady.plan.delete(Section::Matters, mine.id).unwrap();
    let left = matters(&steady);
    assert_eq!(left, vec!["Imported", "Also imported"]);
}

#[test]
fn colliding_ids_on_disk_are_mended_keeping_every_item_and_the_person_is_told() {
    let tmp = fresh();
    fs::write(
        tmp.path().join("plan.json"),
        br#"{"version":1,"next_id":0,"matters":[{"id":1,"text":"First"},{"id":1,"text":"Second"}],
            "people":[{"id":1,"name":"Sam"}]}"#,
    )
    .unwrap();
    let steady = open(tmp.path());
    let notices = steady.take_notices();
    assert_eq!(codes(&notices), vec!["repaired"], "{notices:?}");
    let plan = steady.plan.get().unwrap();
    assert_eq!(plan.matters.len() + plan.people.len(), 3);
    steady
        .plan
        .delete(Section::Matters, plan.matters[0].id)
        .unwrap();
    let plan = steady.plan.get().unwrap();
    assert_eq!(plan.matters[0].text, "Second");
    assert_eq!(plan.people[0].name, "Sam");
}

#[test]
fn undo_restores_only_what_this_session_deleted() {
    let tmp = fresh();
    let steady = open(tmp.path());
    let a = steady.plan.add(Section::Matters, &text("A"), None).unwrap();
    steady.plan.add(Section::Matters, &text("B"), None).unwrap();
    let gone = steady.plan.delete(Section::Matters, a.id).unwrap();
    assert_eq!(gone.text, "A");
    assert!(steady.plan.undo_delete(Section::Matters, 999).is_err());
    assert!(
        steady.plan.undo_delete(Section::People, a.id).is_err(),
        "only into its own section"
    );
    steady.plan.undo_delete(Section::Matters, a.id).unwrap();
    let texts = matters(&steady);
    assert_eq!(texts, vec!["A", "B"], "back where it was");
    assert!(
        steady.plan.undo_delete(Section::Matters, a.id).is_err(),
        "an undo happens once"
    );
}

#[test]
fn a_replaced_plan_stays_pinned_however_much_is_typed_afterwards() {
    let tmp = fresh();
    let steady = open(tmp.path());
    steady
        .plan
        .add(Section::Matters, &text("The old plan"), None)
        .unwrap();
    let mut new = Plan::default();
    new.add(Section::Matters, &text("Imported"), None).unwrap();
    steady.plan.replace(new).unwrap();
    for i in 0..40 {
        steady
            .plan
            .add(Section::OnMyOwn, &text(&format!("typing {i}")), None)
            .unwrap();
    }
    let versions = steady.plan.versions().unwrap();
    let pinned: Vec<_> = versions.iter().filter(|v| v.pinned).collect();
    assert_eq!(pinned.len(), 1, "{versions:?}");
    assert_eq!(versions.iter().filter(|v| !v.pinned).count(), 20);
    let kept = steady.plan.version(&pinned[0].id).unwrap();
    assert_eq!(kept.matters[0].text, "The old plan");
    // Only the person ends a pin.
    steady.plan.unpin(&pinned[0].id).unwrap();
    assert!(steady.plan.versions().unwrap().iter().all(|v| !v.pinned));
    assert!(steady.plan.unpin("plan-000001-x-00.json").is_err());
}

#[cfg(unix)]
#[test]
fn files_are_private_and_a_loose_folder_is_tightened_with_a_word() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = fresh();
    let dir = tmp.path().join("steady");
    fs::create_dir(&dir).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    let steady = open(&dir);
    assert_eq!(codes(&steady.take_notices()), vec!["folder_tightened"]);
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    steady.plan.add(Section::Matters, &text("x"), None).unwrap();
    let mut new = Plan::default();
    new.add(Section::Matters, &text("y"), None).unwrap();
    steady.plan.replace(new).unwrap();
    assert_eq!(mode(&dir.join("backups")), 0o700);
    for entry in common::walk(&dir) {
        let m = mode(&entry);
        if entry.is_dir() {
            assert_eq!(m, 0o700, "{}", entry.display());
        } else if entry
            .extension()
            .is_some_and(|e| e == "json" || e == "lock")
        {
            assert_eq!(m, 0o600, "{}", entry.display());
        }
    }
    drop(steady);
    let steady = open(&dir);
    assert!(
        steady.take_notices().is_empty(),
        "told once, not every start"
    );
}

#[test]
fn an_own_pattern_of_absurd_length_is_set_aside_and_breathing_still_works() {
    let tmp = fresh();
    fs::write(
        tmp.path().join("patterns.json"),
        br#"{"version":1,"next_id":1,"patterns":[{"id":"own-1","name":"Huge","seconds":{"in":1e300,"out":4}}]}"#,
    )
    .unwrap();
    let steady = open(tmp.path());
    assert_eq!(codes(&steady.take_notices()), vec!["set_aside"]);
    assert!(steady.breathing.patterns().iter().all(|p| !p.own));
    assert!(steady
        .breathing
        .schedule(&steady.settings, "even", Some(3))
        .is_ok());
}

#[test]
fn a_hand_off_length_is_checked() {
    let tmp = fresh();
    let steady = open(tmp.path());
    let route = steady_core::launch::command_line::Route {
        screen: steady_core::launch::command_line::Screen::Breathe,
        pattern: None,
        minutes: Some(4_000_000_000),
    };
    let err = steady.resolve_route(route).unwrap_err();
    let RouteRefused::Invalid(err) = err else {
        panic!("{err:?}");
    };
    assert_eq!(err, InvalidInput::new("minutes", Reason::SessionLength));
}

#[test]
fn a_damaged_or_hostile_own_lists_file_is_set_aside_and_the_flows_still_open() {
    use steady_core::own_lists::ListName;
    for bad in [
        &b"{ not json"[..],
        br#"{"version":1,"next_id":1,"moments":[{"id":1,"at":0,"text":"a\u0007b"}]}"#,
        br#"{"version":1,"next_id":1,"close_calls":[{"id":1,"at":0,"text":"x","close_call":{"halt":["<b>"]}}]}"#,
    ] {
        let tmp = fresh();
        fs::write(tmp.path().join("own-lists.json"), bad).unwrap();
        let steady = open(tmp.path());
        assert_eq!(codes(&steady.take_notices()), vec!["set_aside"], "{bad:?}");
        // The damaged file is kept beside, byte for byte; the lists start empty.
        let kept: Vec<_> = fs::read_dir(tmp.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("own-lists") && e.file_name() != "own-lists.json")
            .collect();
        let names: Vec<_> = kept.iter().map(|e| e.file_name()).collect();
        assert!(
            kept.iter().any(|e| fs::read(e.path()).unwrap() == bad),
            "{bad:?} not kept beside: {names:?}"
        );
        assert!(steady.lists.list(ListName::Moments).unwrap().is_empty());
        // A reminder hit me opens, and the lists take new words.
        assert_eq!(steady.reminder_view().steps.len(), 4);
        steady.lists.add(ListName::Moments, "Still here.").unwrap();
    }
}
