//! The one list of commands (build.rs, as `steady_app::COMMANDS`) held against the places
//! that must agree with it: the capability that grants them, the page that calls them, and
//! the handler that routes them (through the real capability, in Tauri's mock runtime).

use std::collections::BTreeSet;
use std::path::Path;

mod common;

use serde_json::{json, Value};
use steady_app::COMMANDS;
use tauri::test::get_ipc_response;

fn listed() -> BTreeSet<String> {
    COMMANDS.iter().map(|c| c.to_string()).collect()
}

#[test]
fn the_capability_grants_exactly_the_listed_commands() {
    let cap: Value =
        serde_json::from_str(include_str!("../capabilities/default.json")).expect("capability");
    let granted: BTreeSet<String> = cap["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .filter_map(Value::as_str)
        .filter_map(|p| p.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect();
    assert_eq!(
        granted,
        listed(),
        "capabilities/default.json against build.rs"
    );
}

/// `call('name'` in every page file.
fn called_by_the_page() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for e in std::fs::read_dir(dir).expect("ui folder").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "js") {
                let text = std::fs::read_to_string(&p).expect("a page file");
                for part in text.split("call('").skip(1) {
                    if let Some(name) = part.split('\'').next() {
                        out.insert(name.to_string());
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui"),
        &mut out,
    );
    out
}

#[test]
fn the_page_calls_every_listed_command_and_no_other() {
    let called = called_by_the_page();
    let listed = listed();
    let missing: Vec<_> = called.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "the page calls commands that are not listed: {missing:?}"
    );
    let unused: Vec<_> = listed.difference(&called).cloned().collect();
    assert!(
        unused.is_empty(),
        "listed commands no page calls: {unused:?}"
    );
}

#[test]
fn every_listed_command_reaches_its_handler_through_the_real_capability() {
    let tmp = tempfile::tempdir().expect("temp folder");
    let (_app, w) = common::app(tmp.path(), None);
    // Arguments of the wrong type: every command is refused by its own argument check,
    // after the capability let it through, so nothing runs (no exit, no dialog).
    let wrong = json!({ "generation": "x", "format": 5, "id": "x", "section": 5, "input": 5,
        "settings": 5, "code": 5, "patternId": 5, "minutes": "x", "entry": 5, "change": 5,
        "bytes": "x", "kind": 5, "number": 5, "screen": 5, "keys": 5, "enabled": "x",
        "checkIns": "x", "to": "x", "at": "x", "stage": 5 });
    for cmd in COMMANDS {
        // Opens the system print dialog before looking at anything: its grant is checked above.
        if *cmd == "print_page" {
            continue;
        }
        let req = common::request(cmd, wrong.clone());
        if let Err(e) = get_ipc_response(&w, req) {
            let text = e.to_string();
            assert!(
                !text.contains("not allowed") && !text.contains("not found"),
                "{cmd}: {text}"
            );
        }
    }
}

#[test]
fn the_tests_leave_nothing_in_the_home_folder() {
    common::run_again_in_a_fresh_home("the_tests_leave_nothing_in_the_home_folder");
}
