//! Opening Steady from outside, in the real window: command-line routes, a second launch
//! handed to the running Steady, closing to the tray, the global shortcut, start at login.

use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::json;
use steady_e2e::{app_binary, run, App, Key, Options, RealHome, Result};

fn with_args(args: &[&str]) -> Options {
    Options {
        args: args.iter().map(|s| s.to_string()).collect(),
        ..reporting()
    }
}

/// The app says on stdout when the page has drawn a screen it was sent to from outside
/// (`STEADY_SHOWN <screen>`): the event that proves a hand-off was handled.
fn reporting() -> Options {
    Options {
        env: vec![("STEADY_REPORT_READY".into(), "1".into())],
        ..Options::default()
    }
}

/// A breathing session in its settle-in.
const SETTLING: &str = "#screen[data-phase=settling]";

/// Waits for a session of pattern `name` (its heading); the core says which pattern and
/// length it started with.
async fn session_is(app: &App, name: &str, id: &str, minutes: u32) -> Result {
    app.wait_for_text("#screen[data-phase] h1", name).await?;
    let last = app.invoke("breathing_last", json!({})).await?;
    assert_eq!(last, json!({ "pattern": id, "minutes": minutes }), "{name}");
    Ok(())
}

/// Starts counting the route events the page is sent (a hand-off, the tray, the
/// shortcut), once the page listens for them.
async fn count_routes(app: &App) -> Result {
    app.execute_async(
        "const done = arguments[arguments.length - 1];\
         window.e2eRoutes = 0;\
         window.__TAURI__.event.listen('steady://route', () => { window.e2eRoutes += 1; }).then(() => done(true));",
        vec![],
    )
    .await?;
    Ok(())
}

/// How many route events the page has been sent since `count_routes`. A command answered
/// first: the core handles commands in order, after anything it had already sent.
async fn routes(app: &App) -> Result<u64> {
    app.invoke("app_info", json!({})).await?;
    let n = app.execute("return window.e2eRoutes", vec![]).await?;
    n.as_u64()
        .ok_or_else(|| "routes are not being counted".into())
}

/// Gives Steady's window the keyboard focus on its display (there is no window manager),
/// so keys pressed there reach the page unless something has grabbed them.
fn focus_steady(app: &App) -> Result {
    let display = format!(":{}", app.display());
    let out = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", "^Steady$"])
        .env("DISPLAY", &display)
        .output()?;
    let id = String::from_utf8_lossy(&out.stdout)
        .lines()
        .last()
        .map(str::to_string)
        .ok_or("Steady's window was not found")?;
    let ok = Command::new("xdotool")
        .args(["windowfocus", "--sync", &id])
        .env("DISPLAY", &display)
        .status()?
        .success();
    if ok {
        Ok(())
    } else {
        Err("xdotool could not focus Steady's window".into())
    }
}

/// Presses a combination on the display with Steady's window focused, and waits until the
/// page has been given all of it (its modifiers and its key): so no global shortcut took
/// it. Returns the keys the page acted on.
async fn combination_reaches_the_page(app: &App, combo: &str) -> Result<Vec<String>> {
    focus_steady(app)?;
    app.watch_keys().await?;
    app.system_key(combo)?;
    app.keys_handled(combo.split('+').count())
        .await
        .map_err(|e| format!("{combo} did not reach the page (is it still grabbed?): {e}").into())
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

/// Steady from the terminal with no display, for the data folder `folder`.
fn without_display(folder: &std::path::Path) -> Command {
    let mut cmd = Command::new(app_binary());
    cmd.env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("STEADY_DATA_DIR", folder);
    cmd
}

#[test]
fn help_version_and_mistakes_need_no_window_and_touch_no_files() {
    let home = RealHome::snapshot();
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("steady");
    let steady = |args: &[&str]| {
        without_display(&folder)
            .args(args)
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
    home.check().unwrap();
}

#[test]
fn the_terminal_speaks_the_language_chosen_in_settings() {
    let data = tempfile::tempdir().unwrap();
    let settings = data.path().join("settings.json");
    let help = |lang: &str| {
        let out = without_display(data.path())
            .arg("--help")
            .env_remove("STEADY_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .output()
            .expect("the app binary runs");
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // No choice yet: the system's language.
    assert!(
        help("C.UTF-8").contains("a calm place"),
        "{}",
        help("C.UTF-8")
    );
    assert!(help("de_DE.UTF-8").contains("ein ruhiger Ort"));
    // German chosen in Settings, on an English system: German, as the window speaks.
    std::fs::write(&settings, r#"{"version":1,"language":"de"}"#).unwrap();
    assert!(
        help("C.UTF-8").contains("ein ruhiger Ort"),
        "{}",
        help("C.UTF-8")
    );
    // A damaged settings file is the system's language, and is left as it was.
    std::fs::write(&settings, "{\"version\":1,").unwrap();
    assert!(help("C.UTF-8").contains("a calm place"));
    assert_eq!(
        std::fs::read_to_string(&settings).unwrap(),
        "{\"version\":1,"
    );
}

#[test]
fn an_unknown_pattern_is_refused_before_any_window_opens() {
    let data = tempfile::tempdir().unwrap();
    let out = without_display(data.path())
        .args(["breathe", "--pattern", "squares"])
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
            // Straight there: home is not painted on the way.
            let painted = app
                .execute_async("window.steady.painted.then(arguments[0])", vec![])
                .await?;
            assert_eq!(painted, json!(false), "home showed before {word}");
            assert!(app.window_visible()?);
            Ok(())
        })
        .await;
    }
    let args = ["breathe", "--pattern", "Box breathing", "--minutes", "5"];
    run("route_breathe", with_args(&args), async |app| {
        // No decision left: the session asked for starts at once.
        app.wait_for_text(SETTLING, "").await?;
        session_is(app, "Box breathing", "box", 5).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_second_launch_brings_the_running_window_to_its_screen() {
    run("handoff", reporting(), async |app| {
        let (out, took) =
            app.launch_again(&["breathe", "--pattern", "4-7-8", "--minutes", "10"])?;
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            took < Duration::from_secs(5),
            "the second launch took {took:?}"
        );
        app.wait_for_screen("breathe").await?;
        session_is(app, "4-7-8", "4-7-8", 10).await?;

        let (out, _) = app.launch_again(&["plan"])?;
        assert!(out.status.success(), "{}", stderr(&out));
        app.wait_for_screen("plan").await?;

        // Refused by the running Steady, which answers only once it has decided, and
        // stays where it was: it sent the page no route.
        count_routes(app).await?;
        let (out, _) = app.launch_again(&["breathe", "--pattern", "squares"])?;
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("\"squares\""), "{}", stderr(&out));
        assert_eq!(routes(app).await?, 0, "a refused launch was sent to the page");
        assert_eq!(app.screen().await?, "plan");

        // A breathing session keeps going when breathing is asked for again: once the page
        // has handled the hand-off (it says so), the same session runs on.
        app.press('b').await?;
        app.wait_for_text(SETTLING, "").await?;
        app.execute("window.steadyBreathTimings.e2eSession = true", vec![])
            .await?;
        let shown = app.output_lines("STEADY_SHOWN breathe")?.len();
        let (out, _) = app.launch_again(&["breathe"])?;
        assert!(out.status.success(), "{}", stderr(&out));
        app.wait_for_output("STEADY_SHOWN breathe", shown + 1).await?;
        let same = app
            .execute(
                "return window.steadyBreathTimings?.e2eSession === true && !!document.getElementById('screen').dataset.phase",
                vec![],
            )
            .await?;
        assert_eq!(same, json!(true), "the session was interrupted");

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
        app.wait_for_text("dialog[aria-labelledby=tray-title]", "").await?;
        app.screenshot("close_to_tray_explained").await?;
        let problems = app.axe_in_every_look("the tray note").await?;
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
        let note = app
            .execute("return document.querySelector('dialog[aria-labelledby=tray-title]')?.open ?? false", vec![])
            .await?;
        assert_eq!(note, json!(false), "the note came again");
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
        let deadline = Instant::now() + Duration::from_secs(10);
        while app.invoke("get_settings", json!({})).await?["close_to_tray"] != false {
            assert!(Instant::now() < deadline, "the setting was not saved");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
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
        app.wait_for_text("#shortcut-status:not(.error)", "Ctrl+Alt+B")
            .await?;
        app.screenshot("shortcut_settings").await?;
        app.wait_for_text(
            "#breathe-command",
            &format!("{} breathe", app_binary().display()),
        )
        .await?;
        let field = app.by_name("Key combination").await?;
        field.clear().await?;
        field.send_keys("alt + ctrl + g").await?;
        app.click_name("Use this shortcut").await?;
        app.wait_for_text("#shortcut-status:not(.error)", "Ctrl+Alt+G")
            .await?;
        // A combination that would swallow typing is refused; the old one stays.
        field.clear().await?;
        field.send_keys("shift+g").await?;
        app.click_name("Use this shortcut").await?;
        app.wait_for_text("#shortcut-status.error", "").await?;
        let status = app.invoke("shortcut_status", json!({})).await?;
        assert_eq!(status["shortcut"], "Ctrl+Alt+G", "{status}");

        // The old combination is free again: it reaches the page as any key would, and
        // the page does nothing with it.
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        let acted = combination_reaches_the_page(app, "ctrl+alt+b").await?;
        assert!(acted.is_empty(), "the page acted on {acted:?}");
        assert_eq!(app.screen().await?, "home", "the old shortcut still works");
        app.system_key("ctrl+alt+g")?;
        app.wait_for_screen("breathe").await?;

        app.press(Key::Escape).await?;
        app.press('s').await?;
        app.click_name("Turn the shortcut off").await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while app.invoke("get_settings", json!({})).await?["shortcut"] != json!(null) {
            assert!(Instant::now() < deadline, "the shortcut was not turned off");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        let acted = combination_reaches_the_page(app, "ctrl+alt+g").await?;
        assert!(acted.is_empty(), "the page acted on {acted:?}");
        assert_eq!(app.screen().await?, "home");
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
        app.wait_for_text("#login-status:not(.error):not(:empty)", "")
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
        let deadline = Instant::now() + Duration::from_secs(10);
        while entry.exists() {
            assert!(Instant::now() < deadline, "the entry was not removed");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let box_checked = app
            .execute(
                "return document.getElementById('start-at-login').checked",
                vec![],
            )
            .await?;
        assert_eq!(box_checked, json!(false));
        Ok(())
    })
    .await;

    // What the entry runs: Steady waits in the tray with no window, until asked.
    let mut hidden = opts;
    hidden.args = vec!["--hidden".into()];
    run("start_hidden", hidden, async |app| {
        // Start-up is over once the tray and the shortcut are set up (the page is up
        // already): the window stayed hidden all along.
        settled(app).await?;
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
