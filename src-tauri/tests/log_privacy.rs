//! The maintainer's log never holds a word the person wrote: a unique marker is written
//! into the plan, the what-helped notes, own grounding steps and sentences, and an own
//! pattern's name; every command then runs (some refused, some answered), at the most
//! detailed log level; the marker is in no file under `logs/`, while the log did record
//! the commands.

mod common;

use serde_json::{json, Value};
use steady_app::COMMANDS;

const MARKER: &str = "zq7-MARKER-5xk";

#[test]
fn no_word_the_person_wrote_reaches_the_log() {
    let tmp = tempfile::tempdir().expect("temp folder");
    std::env::set_var("STEADY_LOG", "debug");
    let (_app, w) = common::app_with(tmp.path(), None, steady_app::start_log);
    let call = |cmd: &str, args: Value| common::call(&w, cmd, args);
    let words = format!("I will call Sam {MARKER}");
    let ok = [
        (
            "plan_add",
            json!({ "section": "matters", "input": { "text": words } }),
        ),
        (
            "plan_add",
            json!({ "section": "people", "input": { "name": MARKER, "phone": "0800 000 000" } }),
        ),
        (
            "helped_add",
            json!({ "entry": { "tool": "breathing", "detail": MARKER, "seconds": 60 } }),
        ),
        (
            "grounding_shape",
            json!({ "change": { "op": "add", "text": words } }),
        ),
        (
            "grounding_shape",
            json!({ "change": { "op": "statements", "statements": [words] } }),
        ),
        (
            "pattern_add",
            json!({ "input": { "name": MARKER, "seconds": { "in": 4, "out": 6 } } }),
        ),
    ];
    for (cmd, args) in ok {
        call(cmd, args).unwrap_or_else(|e| panic!("{cmd}: {e:?}"));
    }
    // Refusals that could quote the person: too long, a control character, an unknown id.
    let long = format!("{MARKER}{}", "x".repeat(2_100));
    let refused = [
        (
            "plan_add",
            json!({ "section": "matters", "input": { "text": long } }),
        ),
        (
            "plan_edit",
            json!({ "section": "matters", "id": 999, "input": { "text": words } }),
        ),
        (
            "grounding_shape",
            json!({ "change": { "op": "edit", "id": MARKER, "text": "\u{7}" } }),
        ),
        // Refusals whose message names what was sent.
        (
            "grounding_shape",
            json!({ "change": { "op": "edit", "id": MARKER, "text": "fine" } }),
        ),
        (
            "pattern_update",
            json!({ "id": MARKER, "input": { "name": "Slow", "seconds": { "in": 4, "out": 6 } } }),
        ),
        (
            "pattern_update",
            json!({ "id": MARKER, "input": { "name": MARKER, "seconds": { "in": 99, "out": 6 } } }),
        ),
        (
            "plan_import_preview",
            json!({ "bytes": format!("{{\"version\":1,\"{MARKER}\":}}").into_bytes() }),
        ),
        ("set_country", json!({ "code": MARKER })),
    ];
    for (cmd, args) in refused {
        assert!(call(cmd, args).is_err(), "{cmd} refused");
    }
    // Every listed command, once, with arguments it refuses (nothing runs to completion
    // that could open a dialog or end the process).
    for cmd in COMMANDS {
        if *cmd != "print_page" {
            let _ = call(
                cmd,
                json!({ "generation": "x", "format": 5, "id": "x", "bytes": "x" }),
            );
        }
    }
    for cmd in [
        "plan_get",
        "helped_list",
        "grounding_get",
        "help_view",
        "breathing_patterns",
        "plan_versions",
    ] {
        call(cmd, json!({})).unwrap_or_else(|e| panic!("{cmd}: {e:?}"));
    }
    // Passphrases and recovery codes, right and wrong, are words of the person's too.
    let pass = format!("pass {MARKER}");
    call("protection_on", json!({ "passphrase": pass })).expect("protection on");
    call("protection_lock", json!({})).expect("locks");
    let wrong = format!("wrong {MARKER}");
    assert!(call("protection_unlock", json!({ "passphrase": wrong })).is_err());
    assert!(call("protection_unlock", json!({ "recoveryCode": MARKER })).is_err());
    call("protection_unlock", json!({ "passphrase": pass })).expect("unlocks");
    let new = format!("new {MARKER}");
    call(
        "protection_change",
        json!({ "passphrase": pass, "newPassphrase": new }),
    )
    .expect("changes");
    log::logger().flush();
    let logs = tmp.path().join("logs");
    let mut seen = String::new();
    for e in std::fs::read_dir(&logs).expect("logs folder").flatten() {
        seen.push_str(&std::fs::read_to_string(e.path()).expect("a log file"));
    }
    assert!(
        seen.contains("steady::command: plan_add"),
        "commands are logged:\n{seen}"
    );
    assert!(
        seen.contains("steady::error: Invalid text"),
        "refusals are logged by code and field:\n{seen}"
    );
    assert!(
        !seen.contains(MARKER),
        "the person's words reached the log:\n{seen}"
    );
}

#[test]
fn the_test_leaves_nothing_in_the_home_folder() {
    common::run_again_in_a_fresh_home("the_test_leaves_nothing_in_the_home_folder");
}
