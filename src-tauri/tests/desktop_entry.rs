//! The launcher entry the package installs: valid for freedesktop tools, and each of its
//! actions is a command line Steady understands and routes to the screen it names.

use std::process::Command;

use steady_core::launch::command_line::{parse, Invocation, Screen};

const TEMPLATE: &str = include_str!("../linux/steady.desktop");

/// Fills the template as the Tauri bundler does (handlebars, with these variables).
fn rendered() -> String {
    TEMPLATE
        .replace("{{#if comment}}\n", "")
        .replace("{{/if}}\n", "")
        .replace("{{name}}", "Steady")
        .replace("{{comment}}", "A calm place for hard moments")
        .replace("{{exec}}", "steady")
        .replace("{{icon}}", "steady")
        .replace("{{categories}}", "Utility;")
}

#[test]
fn every_action_opens_the_screen_it_names() {
    let text = rendered();
    let mut seen = Vec::new();
    let mut section = String::new();
    for line in text.lines() {
        if line.starts_with('[') {
            section = line.to_string();
        }
        if let Some(exec) = line.strip_prefix("Exec=") {
            let mut words = exec.split_whitespace();
            assert_eq!(words.next(), Some("steady"));
            let launch = match parse(words.map(Into::into)) {
                Ok(Invocation::Open(l)) => l,
                other => panic!("{line}: {other:?}"),
            };
            seen.push((section.clone(), launch.route.screen));
        }
    }
    assert_eq!(
        seen,
        vec![
            ("[Desktop Entry]".into(), Screen::Home),
            ("[Desktop Action breathe]".into(), Screen::Breathe),
            ("[Desktop Action ground]".into(), Screen::Ground),
            ("[Desktop Action plan]".into(), Screen::Plan),
            ("[Desktop Action help]".into(), Screen::Help),
        ]
    );
    for name in [
        "Name=Breathe",
        "Name=Ground",
        "Name=My plan",
        "Name=Get help now",
    ] {
        assert!(text.contains(name), "missing {name}");
    }
    // Each action named in every language Steady speaks, as its tray item says it.
    for lang in steady_core::words::languages() {
        if lang == "en" {
            continue;
        }
        let words = steady_core::words::Words::new(lang);
        for id in ["tray-breathe", "tray-ground", "tray-plan", "tray-help"] {
            let line = format!("Name[{lang}]={}", words.get(id, &[]));
            assert!(text.contains(&line), "missing {line}");
        }
    }
}

#[test]
fn desktop_file_validate_accepts_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("steady.desktop");
    std::fs::write(&path, rendered()).unwrap();
    let out = Command::new("desktop-file-validate")
        .arg(&path)
        .output()
        .expect("desktop-file-validate (package desktop-file-utils; scripts/test.sh installs it)");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success() && said.trim().is_empty(), "{said}");
}
