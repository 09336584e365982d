//! Protection at rest through the whole core: what the person wrote never lies on disk in
//! the clear, help and breathing never wait for the passphrase, and a damaged, cut or
//! foreign sealed file is set aside whole, never overwritten.

mod common;

use std::fs;
use std::path::Path;

use steady_core::breathing::{OwnPatternInput, Seconds};
use steady_core::error::{Code, VaultError};
use steady_core::grounding::state::GroundingChange;
use steady_core::helped::NewEntry;
use steady_core::plan::{ItemInput, Section};
use steady_core::vault::{Passphrase, Secret, Status};
use steady_core::{ActionError, Notice, Steady};

const PASS: &str = "the tide comes back";
const MARKER: &str = "MARKER-7f3a9c-ζ";

fn open(dir: &Path) -> Steady {
    Steady::open(dir, None).expect("Steady opens")
}

fn pass(p: &str) -> Secret {
    Secret::Passphrase(Passphrase::typed(p).unwrap())
}

fn text(t: &str) -> ItemInput {
    ItemInput {
        text: t.into(),
        ..ItemInput::default()
    }
}

/// Writes the marker into everything the person can write.
fn write_everywhere(steady: &Steady) {
    steady
        .plan
        .add(Section::Matters, &text(&format!("plan {MARKER}")), None)
        .unwrap();
    steady
        .plan
        .add(
            Section::People,
            &ItemInput {
                name: format!("person {MARKER}"),
                phone: "020 7946 0000".into(),
                ..ItemInput::default()
            },
            None,
        )
        .unwrap();
    steady
        .grounding
        .shape(GroundingChange::Statements {
            statements: vec![format!("sentence {MARKER}")],
        })
        .unwrap();
    steady
        .grounding
        .shape(GroundingChange::Add {
            text: format!("step {MARKER}"),
        })
        .unwrap();
    steady
        .helped
        .add(NewEntry {
            tool: "grounding".into(),
            detail: Some(steady_core::helped::Detail::Text(format!("note {MARKER}"))),
            seconds: 60,
            before: Some(8),
            after: Some(4),
        })
        .unwrap();
    steady
        .breathing
        .add(&OwnPatternInput {
            name: format!("pattern {MARKER}"),
            seconds: Seconds {
                breathe_in: 4.0,
                out: 6.0,
                ..Seconds::default()
            },
        })
        .unwrap();
    for list in steady_core::own_lists::ListName::ALL {
        steady
            .lists
            .add(list, &format!("own words {MARKER}"))
            .unwrap();
    }
}

/// Every file below the folder that holds the marker's bytes.
fn files_holding_marker(dir: &Path) -> Vec<String> {
    common::walk(dir)
        .into_iter()
        .filter(|p| p.is_file())
        .filter(|p| {
            let bytes = fs::read(p).unwrap_or_default();
            bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes())
        })
        .map(|p| p.display().to_string())
        .collect()
}

fn is_protected(e: &ActionError) -> bool {
    e.code() == Code::Protected
}

#[test]
fn with_protection_on_nothing_written_lies_in_the_clear_and_help_never_waits() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    {
        let steady = open(&dir);
        write_everywhere(&steady);
        // Written before protection: plain, as promised when it is off.
        assert!(!files_holding_marker(&dir).is_empty());
        let code = steady.protect(PASS).unwrap();
        assert_eq!(steady.protection(), Status::Unlocked);
        assert_eq!(code.as_str().len(), 39);
        // Written after protection, and everything before, now sealed, versions too.
        steady
            .plan
            .add(Section::Matters, &text(&format!("after {MARKER}")), None)
            .unwrap();
        assert_eq!(files_holding_marker(&dir), Vec::<String>::new());
    }
    assert_eq!(files_holding_marker(&dir), Vec::<String>::new());
    let backups = fs::read_dir(dir.join("backups")).unwrap().count();
    assert!(backups >= 3, "versions were kept ({backups})");

    // A new start: locked.
    let steady = open(&dir);
    assert_eq!(steady.protection(), Status::Locked);
    assert!(steady.take_notices().is_empty());
    // Help, breathing and built-in grounding work; the person's words are behind the lock.
    let help = steady.help_view();
    assert!(help.own_locked);
    assert!(help.own.is_empty());
    assert!(!help.emergency.number.is_empty());
    let ground = steady.grounding.view();
    assert!(ground.locked);
    assert!(!ground.walk.is_empty());
    assert!(ground.walk.iter().all(|s| !s.own));
    assert!(steady.breathing.patterns().iter().all(|p| !p.own));
    assert!(!steady.breathing.patterns().is_empty());
    assert!(steady.plan.get().is_err());
    assert!(steady.plan.versions().is_err());
    assert!(steady.helped.list().is_err());
    assert!(is_protected(
        &steady
            .plan
            .add(Section::Matters, &text("x"), None)
            .unwrap_err()
    ));
    assert!(is_protected(
        &steady
            .grounding
            .shape(GroundingChange::Add { text: "x".into() })
            .unwrap_err()
    ));
    assert!(is_protected(&steady.helped.clear().unwrap_err()));

    // A wrong passphrase is refused; the right one shows everything.
    let wrong = steady.unlock(&pass("the tide goes out")).unwrap_err();
    assert!(matches!(wrong, ActionError::Vault(VaultError::WrongSecret)));
    steady.unlock(&pass(PASS)).unwrap();
    assert_eq!(steady.protection(), Status::Unlocked);
    let plan = steady.plan.get().unwrap();
    assert!(plan
        .matters
        .iter()
        .any(|i| i.text == format!("after {MARKER}")));
    assert!(steady.help_view().own[0].name.contains(MARKER));
    assert!(steady.grounding.view().statements[0].contains(MARKER));
    assert_eq!(steady.helped.list().unwrap().len(), 1);
    assert!(steady.breathing.patterns().iter().any(|p| p.own));
    let versions = steady.plan.versions().unwrap();
    for v in &versions {
        steady.plan.version(&v.id).unwrap();
    }

    // Locking lets go of all of it again.
    steady.lock().unwrap();
    assert!(steady.plan.get().is_err());
    assert!(steady.help_view().own_locked);
    assert!(steady.breathing.patterns().iter().all(|p| !p.own));
}

#[test]
fn a_flipped_cut_or_foreign_sealed_file_is_set_aside_whole_and_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let other = tmp.path().join("other");
    for d in [&dir, &other] {
        let steady = open(d);
        steady.protect(PASS).unwrap();
        write_everywhere(&steady);
    }
    let plan_file = dir.join("plan.json");
    let sealed = fs::read(&plan_file).unwrap();

    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("one byte flipped", {
            let mut b = sealed.clone();
            let mid = b.len() / 2;
            b[mid] ^= 0x20;
            b
        }),
        ("cut short", sealed[..sealed.len() - 10].to_vec()),
        (
            "sealed under another passphrase",
            fs::read(other.join("plan.json")).unwrap(),
        ),
    ];
    for (what, bytes) in cases {
        fs::write(&plan_file, &bytes).unwrap();
        let steady = open(&dir);
        steady.unlock(&pass(PASS)).unwrap();
        let notices = steady.take_notices();
        let kept_as = match notices.as_slice() {
            [Notice::SetAside {
                doc: "plan",
                kept_as,
            }] => kept_as.clone(),
            other => panic!("{what}: {other:?}"),
        };
        assert_eq!(
            fs::read(dir.join(&kept_as)).unwrap(),
            bytes,
            "{what}: kept byte for byte"
        );
        // The plan starts afresh beside it; new saves never touch what was kept.
        steady
            .plan
            .add(Section::Matters, &text("new"), None)
            .unwrap();
        assert_eq!(fs::read(dir.join(&kept_as)).unwrap(), bytes, "{what}");
        fs::remove_file(dir.join(&kept_as)).unwrap();
        drop(steady);
        fs::write(&plan_file, &sealed).unwrap();
    }
}

#[test]
fn a_plain_file_found_while_protected_is_sealed_at_once_and_the_person_told() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    {
        let steady = open(&dir);
        steady.protect(PASS).unwrap();
    }
    // As if protection was turned on while this file could not be sealed.
    fs::write(
        dir.join("plan.json"),
        format!(r#"{{"version":1,"matters":[{{"id":1,"text":"{MARKER}"}}]}}"#),
    )
    .unwrap();
    let steady = open(&dir);
    steady.unlock(&pass(PASS)).unwrap();
    assert_eq!(
        steady.take_notices(),
        vec![Notice::SealedNow { doc: "plan" }]
    );
    assert_eq!(steady.plan.get().unwrap().matters[0].text, MARKER);
    assert_eq!(files_holding_marker(&dir), Vec::<String>::new());
}

#[test]
fn a_sealed_file_with_no_vault_is_left_exactly_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    {
        let steady = open(&dir);
        steady.protect(PASS).unwrap();
        write_everywhere(&steady);
    }
    let sealed = fs::read(dir.join("plan.json")).unwrap();
    fs::remove_file(dir.join("vault.json")).unwrap();
    let steady = open(&dir);
    assert_eq!(steady.protection(), Status::Off);
    assert!(steady
        .take_notices()
        .contains(&Notice::LeftAlone { doc: "plan" }));
    assert!(steady.plan.add(Section::Matters, &text("x"), None).is_err());
    assert_eq!(fs::read(dir.join("plan.json")).unwrap(), sealed);
}

#[test]
fn a_new_passphrase_and_the_recovery_code_open_and_turning_off_writes_plain_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let code = {
        let steady = open(&dir);
        write_everywhere(&steady);
        steady.protect(PASS).unwrap()
    };
    let steady = open(&dir);
    steady
        .change_passphrase(&pass(PASS), "σιγά σιγά, one step")
        .unwrap();
    steady.lock().unwrap();
    assert!(steady.unlock(&pass(PASS)).is_err());
    // NFD of the same words opens too.
    let nfd = "σιγά σιγά, one step".replace('ά', "α\u{301}");
    steady.unlock(&pass(&nfd)).unwrap();
    steady.lock().unwrap();
    steady
        .unlock(&Secret::RecoveryCode(code.as_str().to_string()))
        .unwrap();
    // Forgot it: the code sets a new one.
    steady
        .change_passphrase(
            &Secret::RecoveryCode(code.as_str().to_string()),
            "a brand new one",
        )
        .unwrap();
    steady.lock().unwrap();
    steady.unprotect(&pass("a brand new one")).unwrap();
    assert_eq!(steady.protection(), Status::Off);
    assert!(!files_holding_marker(&dir).is_empty());
    drop(steady);
    let steady = open(&dir);
    assert_eq!(steady.protection(), Status::Off);
    assert!(steady.take_notices().is_empty());
    assert!(steady.plan.get().unwrap().matters[0].text.contains(MARKER));
    for v in steady.plan.versions().unwrap() {
        steady.plan.version(&v.id).unwrap();
    }
    // A passphrase that is too short, empty or huge is refused with a reason.
    for bad in ["", "short", &"x".repeat(10_000)] {
        let e = steady.protect(bad).unwrap_err();
        assert_eq!(e.code(), Code::Invalid, "{bad:.10}");
    }
}

#[test]
fn a_protected_copy_opens_only_with_its_passphrase_or_code_even_in_another_steady() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let steady = open(&dir);
    let code = steady.protect(PASS).unwrap();
    write_everywhere(&steady);
    let copy = steady.export_plan("protected", "My plan").unwrap();
    assert!(!copy
        .bytes
        .windows(MARKER.len())
        .any(|w| w == MARKER.as_bytes()));
    // Readable exports still work, and say what they are.
    let json = steady.export_plan("json", "My plan").unwrap();
    assert!(String::from_utf8_lossy(&json.bytes).contains(MARKER));

    let reason = |e: ActionError| match e {
        ActionError::Invalid(i) => i.reason.name().to_string(),
        other => format!("{:?}", other.code()),
    };
    let bytes = &copy.bytes;
    assert_eq!(
        reason(Steady::read_plan_file(bytes, None).unwrap_err()),
        "protected_file"
    );
    assert_eq!(
        reason(Steady::read_plan_file(bytes, Some(&pass("not it at all"))).unwrap_err()),
        "WrongSecret"
    );
    let opened = Steady::read_plan_file(bytes, Some(&pass(PASS))).unwrap();
    assert!(opened.matters[0].text.contains(MARKER));
    let by_code = Secret::RecoveryCode(code.as_str().to_string());
    assert!(Steady::read_plan_file(bytes, Some(&by_code)).is_ok());

    // A changed byte in the sealed plan: refused, never half a plan.
    let text = String::from_utf8(bytes.clone()).unwrap();
    let at = text.rfind("\"sealed\"").unwrap() + 40;
    let mut bad = bytes.clone();
    bad[at] = if bad[at] == b'0' { b'1' } else { b'0' };
    assert!(Steady::read_plan_file(&bad, Some(&pass(PASS))).is_err());

    // Brought into a Steady with protection off, on another folder.
    let other = open(&tmp.path().join("other"));
    other.import_plan(bytes, Some(&pass(PASS))).unwrap();
    assert!(other.plan.get().unwrap().matters[0].text.contains(MARKER));
}

/// A file that cannot be written while protection is turned off: protection stays on,
/// every file is sealed again, and everything still opens with the passphrase.
#[test]
fn a_failed_write_while_turning_protection_off_leaves_it_on_and_every_file_sealed() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    let steady = open(&dir);
    steady.protect(PASS).unwrap();
    write_everywhere(&steady);
    // A folder in the log's place makes its rename fail, even for root.
    let log = dir.join("helped.json");
    let aside = dir.join("helped.json.aside");
    fs::rename(&log, &aside).unwrap();
    fs::create_dir(&log).unwrap();
    fs::write(log.join("x"), b"x").unwrap();
    let e = steady.unprotect(&pass(PASS)).unwrap_err();
    assert_eq!(e.code(), Code::Io, "{e:?}");
    assert_eq!(steady.protection(), Status::Unlocked);
    fs::remove_dir_all(&log).unwrap();
    fs::rename(&aside, &log).unwrap();
    assert_eq!(files_holding_marker(&dir), Vec::<String>::new());
    drop(steady);
    let steady = open(&dir);
    assert_eq!(steady.protection(), Status::Locked);
    steady.unlock(&pass(PASS)).unwrap();
    assert!(steady.take_notices().is_empty());
    assert_eq!(steady.helped.list().unwrap().len(), 1);
    assert!(steady.plan.get().unwrap().matters[0].text.contains(MARKER));
}

#[test]
fn the_plans_markdown_holds_an_own_list_only_when_it_is_ticked() {
    use steady_core::own_lists::ListName;
    let tmp = tempfile::tempdir().unwrap();
    let steady = open(&tmp.path().join("data"));
    write_everywhere(&steady);
    let plain = steady.export_plan("markdown", "My plan").unwrap();
    let plain = String::from_utf8_lossy(&plain.bytes).to_string();
    assert!(plain.contains(&format!("plan {MARKER}")));
    assert!(!plain.contains("own words"), "{plain}");
    let with = steady
        .export_plan_with(
            "markdown",
            "My plan",
            &[(ListName::NextSession, "For my next session".into())],
        )
        .unwrap();
    let with = String::from_utf8_lossy(&with.bytes).to_string();
    assert!(with.starts_with(&plain), "the plan comes first, unchanged");
    assert!(
        with.contains("\n## For my next session\n\n- own words"),
        "{with}"
    );
    assert_eq!(
        with.matches("own words").count(),
        1,
        "only the ticked list: {with}"
    );
    // A JSON copy is the plan alone, whatever is ticked.
    let json = steady
        .export_plan_with("json", "My plan", &[(ListName::Moments, "Moments".into())])
        .unwrap();
    assert!(!String::from_utf8_lossy(&json.bytes).contains("own words"));
}
