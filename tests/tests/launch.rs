//! Opening Steady from outside, in the real window: command-line routes, a second launch
//! handed to the running Steady, closing to the tray, the global shortcut, start at login.

use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::json;
use steady_e2e::{app_binary, run, App, Key, Options, Result};

fn with_args(args: &[&str]) -> Options {
    Options {
        args: args.iter().map(|s| s.to_string()).collect(),
        ..Options::default()
    }
}

/// The close button of a window manager (there is none under Xvfb): the same request.
async fn close_window(app: &App) {
    app.execute("window.__TAURI__.window.getCurrentWindow().close()", vec![])
        .await
        .ok();
}

/// Waits until the tray and the shortcut are set up (just after the first screen).
async fn settled(app: &App) -> Result {
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.invoke("shortcut_status", json!({})).await?["state"] == json!("starting") {
        if Instant::now() > deadline {
            return Err("the shortcut was never set up".into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

// ------------------------------------------------------------ the command line alone

#[test]
fn help_version_and_mistakes_need_no_window_and_touch_no_files() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("steady");
    let steady = |args: &[&str]| {
        Command::new(app_binary())
            .args(args)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env("STEADY_DATA_DIR", &folder)
            .output()
            .expect("the app binary runs")
    };
    let help = steady(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let usage = String::from_utf8_lossy(&help.stdout);
    for w in [
        "steady breathe",
        "--pattern",
        "--minutes",
        "steady ground",
        "steady plan",
        "steady help",
    ] {
        assert!(usage.contains(w), "usage lacks {w}: {usage}");
    }
    let version = steady(&["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("steady {}", env!("CARGO_PKG_VERSION"))
    );
    for (args, says) in [
        (&["breath"][..], "does not know \"breath\""),
        (&["breathe", "--minutes", "7"], "1, 3, 5 or 10"),
        (&["breathe", "--pattern"], "needs a value"),
        (&["plan", "--minutes", "3"], "go with breathe"),
        (&["--fast"], "option \"--fast\""),
    ] {
        let out = steady(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
    assert!(
        !folder.exists(),
        "a mistake on the command line made the data folder"
    );
}

#[test]
fn an_unknown_pattern_is_refused_before_any_window_opens() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(app_binary())
        .args(["breathe", "--pattern", "squares"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("STEADY_DATA_DIR", data.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("no breathing pattern called \"squares\""),
        "{err}"
    );
    assert!(err.contains("box") && err.contains("even"), "{err}");
}

// ------------------------------------------------------------ in the real window

#[tokio::test]
async fn each_word_opens_steady_straight_on_its_screen() {
    for word in ["ground", "plan", "help"] {
        run(&format!("route_{word}"), with_args(&[word]), async |app| {
            assert_eq!(app.screen().await?, word);
            assert!(app.window_visible()?);
            Ok(())
        })
        .await;
    }
    let args = ["breathe", "--pattern", "Box breathing", "--minutes", "5"];
    run("route_breathe", with_args(&args), async |app| {
        // No decision left: the session asked for starts at once.
        app.by_text("Settle in").await?;
        app.wait_for_body("Box breathing").await?;
        app.wait_for_body("5 min.").await?;
        assert!(app.by_name("Pause").await.is_ok());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_second_launch_brings_the_running_window_to_its_screen() {
    run("handoff", Options::default(), async |app| {
        let (out, took) =
            app.launch_again(&["breathe", "--pattern", "4-7-8", "--minutes", "10"])?;
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            took < Duration::from_secs(5),
            "the second launch took {took:?}"
        );
        app.wait_for_screen("breathe").await?;
        app.wait_for_body("4-7-8").await?;
        app.wait_for_body("10 min.").await?;

        let (out, _) = app.launch_again(&["plan"])?;
        assert!(out.status.success(), "{}", stderr(&out));
        app.wait_for_screen("plan").await?;

        // Refused by the running Steady, which stays where it was.
        let (out, _) = app.launch_again(&["breathe", "--pattern", "squares"])?;
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("no breathing pattern called \"squares\""));
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert_eq!(app.screen().await?, "plan");

        // A breathing session keeps going when breathing is asked for again.
        app.press('b').await?;
        app.by_text("Settle in").await?;
        let (out, _) = app.launch_again(&["breathe"])?;
        assert!(out.status.success(), "{}", stderr(&out));
        tokio::time::sleep(Duration::from_millis(700)).await;
        assert!(
            app.by_name("Pause").await.is_ok(),
            "the session was interrupted"
        );

        // Never two processes on the same files: each later launch has exited, and
        // only the first holds the lock.
        let (out, _) = app.launch_again(&[])?;
        assert!(out.status.success());
        assert!(app.running());
        app.wait_for_screen("home").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn closing_keeps_steady_in_the_tray_explained_the_first_time() {
    run("close_to_tray", Options::default(), async |app| {
        assert!(app.window_visible()?);
        close_window(app).await;
        app.by_text("Steady stays ready in the tray").await?;
        app.screenshot("close_to_tray_explained").await?;
        let problems = app.axe_violations().await?;
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        app.click_name("Keep Steady in the tray").await?;
        app.wait_visible(false).await?;
        assert!(app.running(), "Steady quit instead of staying in the tray");
        let settings = app.invoke("get_settings", json!({})).await?;
        assert_eq!(settings["tray_explained"], json!(true));

        // Starting Steady again shows it at once.
        let (out, _) = app.launch_again(&[])?;
        assert!(out.status.success(), "{}", stderr(&out));
        app.wait_visible(true).await?;

        // The second time it hides without asking, and the shortcut brings it back.
        settled(app).await?;
        close_window(app).await;
        app.wait_visible(false).await?;
        assert!(!app.body_text().await?.contains("Steady stays ready"));
        app.system_key("ctrl+alt+b")?;
        app.wait_visible(true).await?;
        app.wait_for_screen("breathe").await?;

        // Turned off in Settings, closing quits.
        app.press(Key::Escape).await?;
        app.press('s').await?;
        app.click_name(
            "Keep Steady in the tray when I close the window, so it opens again at once",
        )
        .await?;
        app.wait_for_body("Saved.").await?;
        close_window(app).await;
        app.wait_until_closed(Duration::from_secs(5)).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_shortcut_opens_breathing_from_anywhere_and_can_be_changed_or_turned_off() {
    run("shortcut", Options::default(), async |app| {
        settled(app).await?;
        app.system_key("ctrl+alt+b")?;
        app.wait_for_screen("breathe").await?;
        app.press(Key::Escape).await?;

        app.press('s').await?;
        app.wait_for_body("Ctrl+Alt+B opens breathing from anywhere.")
            .await?;
        app.screenshot("shortcut_settings").await?;
        let command = app.body_text().await?;
        assert!(
            command.contains(&format!("{} breathe", app_binary().display())),
            "{command}"
        );
        let field = app.by_name("Key combination").await?;
        field.clear().await?;
        field.send_keys("alt + ctrl + g").await?;
        app.click_name("Use this shortcut").await?;
        app.wait_for_body("Ctrl+Alt+G opens breathing from anywhere.")
            .await?;
        // A combination that would swallow typing is refused; the old one stays.
        field.clear().await?;
        field.send_keys("shift+g").await?;
        app.click_name("Use this shortcut").await?;
        app.wait_for_body("Not changed.").await?;

        app.press(Key::Escape).await?;
        app.system_key("ctrl+alt+b")?;
        tokio::time::sleep(Duration::from_millis(800)).await;
        assert_eq!(app.screen().await?, "home", "the old shortcut still works");
        app.system_key("ctrl+alt+g")?;
        app.wait_for_screen("breathe").await?;

        app.press(Key::Escape).await?;
        app.press('s').await?;
        app.click_name("Turn the shortcut off").await?;
        app.wait_for_body("The shortcut is off.").await?;
        app.press(Key::Escape).await?;
        app.system_key("ctrl+alt+g")?;
        tokio::time::sleep(Duration::from_millis(800)).await;
        assert_eq!(app.screen().await?, "home");
        let settings = app.invoke("get_settings", json!({})).await?;
        assert_eq!(settings["shortcut"], json!(null));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn start_at_login_writes_an_entry_that_starts_steady_hidden_in_the_tray() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    let opts = Options {
        env: vec![
            ("HOME".into(), home.path().display().to_string()),
            ("XDG_CONFIG_HOME".into(), config.display().to_string()),
        ],
        ..Options::default()
    };
    let entry = config.join("autostart").join("steady.desktop");
    let name = "Start Steady when I log in, hidden in the tray";
    run("start_at_login", opts.clone(), async |app| {
        app.press('s').await?;
        app.click_name(name).await?;
        app.wait_for_body("Steady will start when you log in, hidden in the tray.")
            .await?;
        let text = std::fs::read_to_string(&entry)?;
        assert!(
            text.contains(&format!("Exec={} --hidden\n", app_binary().display())),
            "{text}"
        );
        let check = Command::new("desktop-file-validate").arg(&entry).output()?;
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
        app.click_name(name).await?;
        app.wait_for_body("Steady will not start when you log in.")
            .await?;
        assert!(!entry.exists());
        Ok(())
    })
    .await;

    // What the entry runs: Steady waits in the tray with no window, until asked.
    let mut hidden = opts;
    hidden.args = vec!["--hidden".into()];
    run("start_hidden", hidden, async |app| {
        tokio::time::sleep(Duration::from_millis(500)).await;
        assert!(!app.window_visible()?, "--hidden showed the window");
        assert!(app.running());
        let (out, _) = app.launch_again(&["ground"])?;
        assert!(out.status.success(), "{}", stderr(&out));
        app.wait_visible(true).await?;
        app.wait_for_screen("ground").await?;
        Ok(())
    })
    .await;
}
