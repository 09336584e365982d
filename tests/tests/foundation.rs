//! The frame every flow stands in: home, keyboard model, Get help now everywhere, settings
//! that survive a restart, bad files, accessibility, no network.

use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::json;
use steady_e2e::{app_binary, run, start_xvfb, App, Key, Options, PrivateHomes, RealHome, SCREENS};

async fn help_control_present(app: &App) -> steady_e2e::Result {
    let help = app.by_name("Get help now").await?;
    assert_eq!(help.attr("id").await?.as_deref(), Some("help-now"));
    assert!(help.is_displayed().await?);
    Ok(())
}

#[tokio::test]
async fn home_appears_calm_with_help_at_hand() {
    run("home_appears", Options::default(), async |app| {
        let title = app.execute("return document.title", vec![]).await?;
        assert_eq!(title, json!("Steady"));
        app.wait_for_text("#screen[data-screen=home] h1", "")
            .await?;
        // A keyboard or screen-reader user starts on the first screen's heading.
        let focused = app
            .execute(
                "const e = document.activeElement; return e?.tagName === 'H1' && !!e.closest('#screen')",
                vec![],
            )
            .await?;
        assert_eq!(focused, json!(true), "the first screen's heading does not have the focus");
        // Home was painted from the core's words before any module ran (start.js), and
        // the modules took it over as it was.
        let painted = app
            .execute_async("window.steady.painted.then(arguments[0])", vec![])
            .await?;
        assert_eq!(painted, json!(true), "home waited for the modules");
        help_control_present(app).await?;
        // Each choice shows its key.
        let settings = app.by_name("Settings").await?;
        assert_eq!(
            settings.attr("aria-keyshortcuts").await?.as_deref(),
            Some("S")
        );
        app.screenshot("home-light").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn every_screen_by_its_key_and_escape_returns_home() {
    run("keys", Options::default(), async |app| {
        for (screen, key) in SCREENS {
            app.press(*key).await?;
            app.wait_for_screen(screen).await?;
            help_control_present(app).await?;
            app.press(Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn every_screen_by_tab_and_enter() {
    run("tab_enter", Options::default(), async |app| {
        for (name, expected) in [
            ("Breathe", "breathe"),
            ("Ground", "ground"),
            ("Ride the wave", "urge"),
            ("My plan", "plan"),
            ("What helped", "helped"),
            ("Settings", "settings"),
            ("Get help now", "help"),
        ] {
            // Walk focus with Tab until a control with that name is reached, as a
            // keyboard user would.
            let mut reached = false;
            for _ in 0..20 {
                app.press(Key::Tab).await?;
                if app.focused_name().await?.starts_with(name) {
                    reached = true;
                    break;
                }
            }
            assert!(reached, "Tab never reached {name}");
            app.press(Key::Enter).await?;
            app.wait_for_screen(expected).await?;
            help_control_present(app).await?;
            app.press(Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn help_shows_the_emergency_number_with_its_source() {
    let opts = Options {
        env: vec![("LANG".into(), "en_US.UTF-8".into())],
        ..Options::default()
    };
    run("help_country", opts, async |app| {
        app.click_name("Get help now").await?;
        app.wait_for_screen("help").await?;
        app.wait_for_text(".emergency .number", "911").await?;
        app.wait_for_text("#emergency-h", "United States").await?;
        // Where the number comes from, with the month it was checked.
        let source = app.wait_for_text(".emergency .source", "").await?;
        assert!(
            source
                .split(|c: char| !c.is_ascii_digit())
                .any(|w| w.len() == 4 && w.starts_with("20")),
            "no date checked: {source}"
        );
        Ok(())
    })
    .await;
    let unknown = Options {
        env: vec![("LANG".into(), "C.UTF-8".into())],
        ..Options::default()
    };
    run("help_unknown_country", unknown, async |app| {
        app.press('h').await?;
        app.wait_for_text(".emergency .number", "112").await?;
        // No country: no crisis line is offered as if it were checked for this one.
        let lines = app
            .execute(
                "return document.querySelectorAll('[aria-labelledby=lines-h] .line').length",
                vec![],
            )
            .await?;
        assert_eq!(lines, json!(0));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn settings_survive_a_restart_and_show_the_data_folder() {
    run("settings_restart", Options::default(), async |app| {
        app.press('s').await?;
        app.wait_for_screen("settings").await?;
        let path = app.by_text(&app.data_dir().display().to_string()).await?;
        assert_eq!(path.attr("id").await?.as_deref(), Some("data-dir"));
        app.click_name("Dark").await?;
        app.wait_for_text("html[data-theme=dark]", "").await?;
        app.click_name("Larger").await?;
        app.click_name("Play sound cues").await?;
        // Wait for the last save to land before closing.
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        loop {
            let s = app.invoke("get_settings", json!({})).await?;
            if s["sound"] == json!(false) {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "sound setting not saved");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        app.screenshot("settings-dark-larger").await?;

        app.restart().await?;
        let look = app
            .execute(
                "return [document.documentElement.dataset.theme, document.documentElement.dataset.text]",
                vec![],
            )
            .await?;
        assert_eq!(look, json!(["dark", "larger"]));
        app.press('s').await?;
        app.wait_for_screen("settings").await?;
        let dark = app.by_name("Dark").await?;
        assert_eq!(dark.prop("checked").await?.as_deref(), Some("true"));
        let sound = app.by_name("Play sound cues").await?;
        assert_eq!(sound.prop("checked").await?.as_deref(), Some("false"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_corrupt_settings_file_is_kept_and_explained() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("settings.json"),
        b"{\"version\":1,\"theme\":",
    )
    .unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run("corrupt_settings", opts, async |app| {
        // The notice for a file set aside names the copy it kept.
        app.wait_for_text(".notice[data-code=set_aside]", "settings.corrupt-")
            .await?;
        app.screenshot("notice-corrupt").await?;
        app.click_name("Dismiss").await?;
        Ok(())
    })
    .await;
    let kept: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("settings.corrupt-")
        })
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read(kept[0].path()).unwrap(),
        b"{\"version\":1,\"theme\":"
    );
}

#[tokio::test]
async fn a_settings_file_from_a_newer_steady_is_left_alone() {
    let data = tempfile::tempdir().unwrap();
    let newer = br#"{"version":7,"theme":"dark","future":true}"#;
    std::fs::write(data.path().join("settings.json"), newer).unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run("newer_settings", opts, async |app| {
        app.wait_for_text(".notice[data-code=newer_version]", "")
            .await?;
        app.press('s').await?;
        app.click_name("Large").await?;
        // Refused: the status says so, and the page keeps the saved look.
        app.wait_for_text("#settings-status.error", "").await?;
        let text = app
            .execute("return document.documentElement.dataset.text ?? ''", vec![])
            .await?;
        assert_ne!(text, json!("large"), "the refused size was taken on");
        Ok(())
    })
    .await;
    assert_eq!(
        std::fs::read(data.path().join("settings.json")).unwrap(),
        newer
    );
}

#[tokio::test]
async fn no_accessibility_violations_on_any_screen_in_either_theme() {
    run("axe", Options::default(), async |app| {
        let mut problems = Vec::new();
        // Each screen once its data has arrived (an element that only its data draws).
        for (screen, key, drawn) in [
            ("home", None, "#screen[data-screen=home] h1"),
            ("help", Some('h'), "#country"),
            ("settings", Some('s'), "#data-dir"),
        ] {
            if let Some(key) = key {
                app.press(key).await?;
            }
            app.wait_for_screen(screen).await?;
            app.wait_for_text(drawn, "").await?;
            problems.extend(app.axe_in_every_look(screen).await?);
            app.execute("document.documentElement.dataset.theme = 'dark'", vec![])
                .await?;
            app.screenshot(&format!("{screen}-dark")).await?;
            app.execute("delete document.documentElement.dataset.theme", vec![])
                .await?;
            app.press(Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_whole_session_makes_no_network_connection() {
    let log_dir = tempfile::tempdir().unwrap();
    let log = log_dir.path().join("connect.log");
    let opts = Options {
        strace_log: Some(log.clone()),
        ..Options::default()
    };
    run("no_network", opts, async |app| {
        for (screen, key) in SCREENS {
            app.press(*key).await?;
            app.wait_for_screen(screen).await?;
            app.press(Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        app.press('s').await?;
        app.click_name("Dark").await?;
        app.wait_for_text("html[data-theme=dark]", "").await?;
        Ok(())
    })
    .await;
    let text = std::fs::read_to_string(&log).expect("strace wrote its log");
    let calls: Vec<&str> = text.lines().filter(|l| l.contains("connect(")).collect();
    assert!(
        !calls.is_empty(),
        "strace saw no connect() at all: is it tracing?"
    );
    let outside: Vec<&&str> = calls
        .iter()
        .filter(|l| l.contains("AF_INET"))
        .filter(|l| !(l.contains("inet_addr(\"127.") || l.contains("inet_pton(AF_INET6, \"::1\"")))
        .collect();
    assert!(
        outside.is_empty(),
        "connections off this machine:\n{outside:#?}"
    );
    println!(
        "no-network check: {} connect() calls, all local (unix sockets or loopback)",
        calls.len()
    );
}

#[test]
fn without_a_display_it_says_so_plainly() {
    let data = tempfile::tempdir().unwrap();
    let home = RealHome::snapshot();
    let out = Command::new(app_binary())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("STEADY_DATA_DIR", data.path())
        .output()
        .expect("app binary runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs a graphical desktop"), "{err}");
    home.check().unwrap();
}

#[test]
fn ready_signal_is_one_timestamped_line() {
    // Real window, no WebDriver: the same way the start-up benchmark sees it.
    let data = tempfile::tempdir().unwrap();
    let (mut xvfb, display) = start_xvfb().expect("Xvfb starts");
    let display = format!(":{display}");
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis();
    // WebKit's own storage and every other home stay in the test, as the harness arranges
    // for its apps; the real home is left as it was.
    let home = RealHome::snapshot();
    let homes = PrivateHomes::new().unwrap();
    let mut app = Command::new(app_binary());
    homes.apply(&mut app);
    let mut app = app
        .env("DISPLAY", &display)
        .env("STEADY_DATA_DIR", data.path())
        .env("STEADY_REPORT_READY", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Other report lines (a screen shown) may come first; the ready line comes once.
    let mut ready = String::new();
    let mut out = std::io::BufReader::new(app.stdout.take().unwrap());
    while !ready.starts_with("STEADY_READY ") {
        ready.clear();
        if std::io::BufRead::read_line(&mut out, &mut ready).unwrap() == 0 {
            break;
        }
    }
    // Then, once, the page's modules take over from the first paint.
    let mut live = String::new();
    while !live.starts_with("STEADY_LIVE ") {
        live.clear();
        if std::io::BufRead::read_line(&mut out, &mut live).unwrap() == 0 {
            break;
        }
        assert!(
            !live.starts_with("STEADY_READY"),
            "a second ready line: {live:?}"
        );
    }
    let _ = app.kill();
    let _ = app.wait();
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    // `<WORD> <unix ms>`
    let stamp = |line: &str, word: &str| -> u128 {
        line.trim()
            .strip_prefix(word)
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or_else(|| panic!("not a {word} line: {line:?}"))
    };
    let (stamp, live) = (stamp(&ready, "STEADY_READY"), stamp(&live, "STEADY_LIVE"));
    assert!(
        stamp >= started && stamp < started + 60_000,
        "{stamp} vs {started}"
    );
    assert!(
        live >= stamp,
        "live at {live}, before the first paint at {stamp}"
    );
    home.check().unwrap();
    println!(
        "spawn to first screen painted: {} ms; to the page live: {} ms",
        stamp - started,
        live - started
    );
}
