//! Steady's commands through Tauri's mock runtime, with the real capability file: no
//! window, no display. What a page can call, and what it gets back.

mod common;

use common::{app, call, request};
use serde_json::{json, Value};
use tauri::test::get_ipc_response;
use tauri::WebviewWindowBuilder;

#[test]
fn settings_round_trip_through_commands_and_reach_the_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), None);
    let mut s = call(&w, "get_settings", json!({})).unwrap();
    assert_eq!(s["theme"], "system");
    s["theme"] = json!("dark");
    s["volume"] = json!(35);
    let saved = call(&w, "save_settings", json!({ "settings": s })).unwrap();
    assert_eq!(saved["volume"], 35);
    let on_disk: Value =
        serde_json::from_slice(&std::fs::read(tmp.path().join("settings.json")).unwrap()).unwrap();
    assert_eq!(on_disk["theme"], "dark");
    assert_eq!(on_disk["version"], 1);
}

#[test]
fn a_bad_setting_comes_back_as_a_code_a_reason_and_its_arguments() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), None);
    let mut s = call(&w, "get_settings", json!({})).unwrap();
    s["volume"] = json!(140);
    let err = call(&w, "save_settings", json!({ "settings": s })).unwrap_err();
    // No words: the page words it from the catalogue (invalid-volume_range).
    assert_eq!(
        err,
        json!({
            "code": "invalid",
            "field": "volume",
            "reason": "volume_range",
            "args": { "min": 0, "max": 100 },
        })
    );
    assert!(
        !tmp.path().join("settings.json").exists(),
        "nothing written"
    );
}

#[test]
fn start_up_notices_are_given_once() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("settings.json"), "{oops").unwrap();
    let (_app, w) = app(tmp.path(), None);
    let notices = call(&w, "page_start", json!({})).unwrap()["notices"].clone();
    assert_eq!(notices.as_array().map(Vec::len), Some(1));
    assert_eq!(notices[0]["code"], "set_aside");
    let again = call(&w, "page_start", json!({})).unwrap()["notices"].clone();
    assert_eq!(again, json!([]));
}

#[test]
fn emergency_number_follows_the_country() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), Some("AU"));
    let e = call(&w, "help_view", json!({})).unwrap();
    assert_eq!(e["emergency"]["number"], "000");
    assert_eq!(e["country"]["code"], "AU");
    // The person's own choice wins over the system's.
    let mut s = call(&w, "get_settings", json!({})).unwrap();
    s["country"] = json!("ie");
    call(&w, "save_settings", json!({ "settings": s })).unwrap();
    let e = call(&w, "help_view", json!({})).unwrap();
    assert_eq!(e["emergency"]["number"], "112");
    assert_eq!(e["country"]["name"], "Ireland");
}

#[test]
fn app_info_names_the_data_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), None);
    let info = call(&w, "app_info", json!({})).unwrap();
    assert_eq!(info["data_dir"], tmp.path().display().to_string());
}

#[test]
fn the_page_gets_only_what_the_capability_grants() {
    let tmp = tempfile::tempdir().unwrap();
    let (app, w) = app(tmp.path(), None);
    // Core window commands are not granted: the page cannot retitle the window.
    let err = call(
        &w,
        "plugin:window|set_title",
        json!({ "label": "main", "value": "x" }),
    )
    .unwrap_err();
    assert!(err.to_string().contains("not allowed"), "{err}");
    // No file-system, shell or http plugin exists at all.
    for cmd in [
        "plugin:fs|read_file",
        "plugin:shell|open",
        "plugin:http|fetch",
    ] {
        assert!(call(&w, cmd, json!({})).is_err(), "{cmd} answered");
    }
    // Our commands are granted to the main window only.
    let other = WebviewWindowBuilder::new(&app, "other", Default::default())
        .build()
        .unwrap();
    let err = call(&other, "get_settings", json!({})).unwrap_err();
    assert!(err.to_string().contains("not allowed"), "{err}");
}

#[test]
fn a_page_from_elsewhere_cannot_call_anything() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), None);
    let mut req = request("get_settings", json!({}));
    req.url = "https://example.invalid/".parse().unwrap();
    assert!(get_ipc_response(&w, req).is_err());
}

#[test]
fn a_breathing_session_starts_from_the_core_schedule_even_without_sound() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), None);
    let patterns = call(&w, "breathing_patterns", json!({})).unwrap();
    assert_eq!(patterns[0]["id"], "even");
    let s = call(
        &w,
        "breathing_start",
        json!({ "patternId": "even", "minutes": 1 }),
    )
    .unwrap();
    assert_eq!(s["schedule"]["total_ms"], 65_000);
    assert_eq!(s["schedule"]["steps"][0]["kind"], "in");
    // The tests give ALSA an empty configuration: no sound device, on any machine. Once the
    // device has been looked for, a session still starts, and says why it is silent.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let status = loop {
        let status = call(&w, "sound_status", json!({})).unwrap();
        if status["state"] != "opening" {
            break status;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the sound device was still being opened after 10 s"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(status["state"], "missing", "{status}");
    let s = call(
        &w,
        "breathing_start",
        json!({ "patternId": "even", "minutes": 1 }),
    )
    .unwrap();
    assert_eq!(s["sound"]["state"], "missing", "{s}");
    assert_eq!(s["sound"]["reason"], "no_device");
    assert_eq!(s["sound_on"], false);
    call(&w, "breathing_pause", json!({})).unwrap();
    call(&w, "breathing_resume", json!({})).unwrap();
    call(&w, "breathing_stop", json!({})).unwrap();
    let err = call(
        &w,
        "breathing_start",
        json!({ "patternId": "even", "minutes": 7 }),
    )
    .unwrap_err();
    assert_eq!(
        err,
        json!({ "code": "invalid", "field": "minutes", "reason": "session_length" })
    );
    let err = call(
        &w,
        "breathing_start",
        json!({ "patternId": "nope", "minutes": 1 }),
    )
    .unwrap_err();
    assert_eq!(
        err,
        json!({ "code": "invalid", "field": "pattern", "reason": "no_such_pattern" })
    );
}

#[test]
fn own_patterns_through_commands() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), None);
    let bad = json!({ "input": { "name": "Zero", "seconds": {} } });
    let err = call(&w, "pattern_add", bad).unwrap_err();
    assert_eq!(
        err,
        json!({ "code": "invalid", "field": "seconds", "reason": "needs_in_and_out" })
    );
    assert!(
        !tmp.path().join("patterns.json").exists(),
        "a refused pattern writes nothing"
    );
    let ok = json!({ "input": { "name": "Mine", "seconds": { "in": 4, "out": 8 } } });
    let p = call(&w, "pattern_add", ok).unwrap();
    assert_eq!(p["own"], true);
    let all = call(&w, "breathing_patterns", json!({})).unwrap();
    assert_eq!(all.as_array().unwrap().last().unwrap()["name"], "Mine");
    call(&w, "pattern_delete", json!({ "id": p["id"] })).unwrap();
    let all = call(&w, "breathing_patterns", json!({})).unwrap();
    assert!(all.as_array().unwrap().iter().all(|p| p["own"] == false));
}

#[test]
fn what_helped_is_created_on_first_use_and_refuses_bad_ratings() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), None);
    assert_eq!(call(&w, "helped_list", json!({})).unwrap(), json!([]));
    assert!(!tmp.path().join("helped.json").exists());
    let e = call(&w, "helped_add", json!({ "entry": { "tool": "breathing", "detail": "Even breathing", "seconds": 60, "after": 2 } })).unwrap();
    assert_eq!(e["after"], 2);
    assert!(tmp.path().join("helped.json").exists());
    let err = call(
        &w,
        "helped_add",
        json!({ "entry": { "tool": "breathing", "after": 12 } }),
    )
    .unwrap_err();
    assert_eq!(
        err,
        json!({
            "code": "invalid",
            "field": "rating",
            "reason": "rating_range",
            "args": { "min": 0, "max": 10 },
        })
    );
}

#[test]
fn help_view_lists_own_people_then_lines_and_follows_the_chosen_country() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), Some("NZ"));
    call(
        &w,
        "plan_add",
        json!({ "section": "people", "input": { "name": "Sam", "phone": "021 000 000" } }),
    )
    .unwrap();
    let v = call(&w, "help_view", json!({})).unwrap();
    assert_eq!(v["own"][0]["name"], "Sam");
    assert_eq!(v["country"]["code"], "NZ");
    assert_eq!(v["emergency"]["number"], "111");
    call(&w, "set_country", json!({ "code": "ZZ" })).unwrap();
    let v = call(&w, "help_view", json!({})).unwrap();
    assert_eq!(v["country"], Value::Null);
    assert_eq!(v["emergency"]["number"], "112");
    let err = call(&w, "set_country", json!({ "code": "Narnia" })).unwrap_err();
    assert_eq!(
        err,
        json!({ "code": "invalid", "field": "country", "reason": "unknown_country" })
    );
}

#[test]
fn grounding_is_shaped_and_kept_and_the_wave_is_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let (_app, w) = app(tmp.path(), None);
    let v = call(&w, "grounding_get", json!({})).unwrap();
    assert_eq!(v["walk"][1]["count"], 5);
    let v = call(
        &w,
        "grounding_shape",
        json!({ "change": { "op": "add", "text": "Stroke the cat" } }),
    )
    .unwrap();
    assert_eq!(
        v["walk"].as_array().unwrap().last().unwrap()["text"],
        "Stroke the cat"
    );
    let long = "x".repeat(501);
    let err = call(
        &w,
        "grounding_shape",
        json!({ "change": { "op": "add", "text": long } }),
    )
    .unwrap_err();
    assert_eq!(
        err,
        json!({
            "code": "invalid",
            "field": "text",
            "reason": "too_long",
            "args": { "what": "step", "max": 500, "n": 501 },
        })
    );
    assert!(tmp.path().join("grounding.json").exists());
    let wave = call(&w, "urge_wave", json!({ "minutes": 15, "checkIns": true })).unwrap();
    assert_eq!(wave["total_ms"], 900_000);
    let err = call(&w, "urge_wave", json!({ "minutes": 2, "checkIns": true })).unwrap_err();
    assert_eq!(err["reason"], "wave_length", "{err}");
    assert_eq!(err["args"], json!({ "min": 5, "max": 30 }), "{err}");
    let e = call(
        &w,
        "helped_add",
        json!({ "entry": { "tool": "urge_surfing", "seconds": 300 } }),
    )
    .unwrap();
    call(&w, "helped_delete", json!({ "id": e["id"] })).unwrap();
    call(
        &w,
        "helped_add",
        json!({ "entry": { "tool": "grounding", "seconds": 60 } }),
    )
    .unwrap();
    call(&w, "helped_clear", json!({})).unwrap();
    assert_eq!(call(&w, "helped_list", json!({})).unwrap(), json!([]));
}

#[test]
fn the_tests_leave_nothing_in_the_home_folder() {
    common::run_again_in_a_fresh_home("the_tests_leave_nothing_in_the_home_folder");
}
