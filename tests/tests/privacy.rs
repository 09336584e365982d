//! Protection in the real window: turned on from Settings, nothing the person wrote lies
//! on disk in the clear, help and breathing never ask for the passphrase, the plan does,
//! a wrong passphrase is refused, and idle time and F9 lock Steady.

use std::path::Path;

use serde_json::json;
use steady_e2e::{run, App, Options};

const PASS: &str = "slow waves on the shore";
const MARKER: &str = "E2E-MARKER-41c7-ש";

/// Every file below the folder holding the marker's bytes.
fn files_holding_marker(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    files
        .into_iter()
        .filter(|p| {
            std::fs::read(p)
                .unwrap_or_default()
                .windows(MARKER.len())
                .any(|w| w == MARKER.as_bytes())
        })
        .map(|p| p.display().to_string())
        .collect()
}

async fn type_into(app: &App, name: &str, text: &str) -> steady_e2e::Result {
    let field = app.by_name(name).await?;
    field.click().await?;
    field.send_keys(text).await?;
    Ok(())
}

/// Turns protection on through Settings, as a person would; returns the recovery code.
async fn turn_on(app: &App) -> steady_e2e::Result<String> {
    app.press('s').await?;
    app.click_name("Privacy and protection").await?;
    app.wait_for_screen("privacy").await?;
    type_into(app, "New passphrase", PASS).await?;
    type_into(app, "The same passphrase again", PASS).await?;
    app.click_name(
        "I understand that without my passphrase or my recovery code, my words cannot be read.",
    )
    .await?;
    app.click_name("Turn on protection").await?;
    let code = app.wait_for_text("#recovery-code", "-").await?;
    Ok(code)
}

#[tokio::test]
async fn protected_words_stay_sealed_and_help_never_asks_for_the_passphrase() {
    let data = tempfile::tempdir().unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run("privacy_sealed", opts, async |app| {
        // Before choosing, the screen says what it protects against and what it does not.
        app.press('s').await?;
        app.click_name("Privacy and protection").await?;
        app.wait_for_screen("privacy").await?;
        let body = app.body_text().await?;
        assert!(body.contains("spying software"), "{body}");
        assert!(body.contains("nobody can read your words again"), "{body}");
        app.assert_readable("privacy-off").await?;
        let problems = app.axe_in_every_look("privacy-off").await?;
        assert!(problems.is_empty(), "{problems:#?}");

        // Two passphrases that differ, and one too short, are refused in words.
        type_into(app, "New passphrase", "one thing").await?;
        type_into(app, "The same passphrase again", "another").await?;
        app.click_name("Turn on protection").await?;
        app.wait_for_text("#privacy-status", "not the same").await?;
        // Out of the field, so the next letter is a key, not typing.
        app.execute("document.activeElement.blur()", vec![]).await?;
        app.press('h').await?;
        let code = turn_on(app).await?;
        assert_eq!(code.len(), 39, "{code}");
        assert_eq!(code.split('-').count(), 8, "{code}");
        app.screenshot_window("privacy-recovery-code").await?;
        app.assert_readable("privacy-code").await?;
        let problems = app.axe_in_every_look("privacy-code").await?;
        assert!(problems.is_empty(), "{problems:#?}");
        app.click_name("I have kept it safe").await?;
        app.by_name("Lock now").await?;
        app.assert_readable("privacy-on").await?;
        let problems = app.axe_in_every_look("privacy-on").await?;
        assert!(problems.is_empty(), "{problems:#?}");

        // The person's words, everywhere they can write them.
        app.invoke(
            "plan_add",
            json!({ "section": "matters", "input": { "text": format!("plan {MARKER}") } }),
        )
        .await?;
        app.invoke(
            "grounding_shape",
            json!({ "change": { "op": "statements", "statements": [format!("now {MARKER}")] } }),
        )
        .await?;
        app.invoke(
            "helped_add",
            json!({ "entry": { "tool": "grounding", "detail": format!("note {MARKER}"), "seconds": 60 } }),
        )
        .await?;
        app.restart().await?;

        let holding = files_holding_marker(app.data_dir());
        assert!(holding.is_empty(), "in the clear: {holding:?}");

        // A new start: locked. Help and breathing work with no passphrase.
        assert_eq!(app.invoke("protection_status", json!({})).await?, "locked");
        app.press('h').await?;
        app.wait_for_screen("help").await?;
        app.by_name("Unlock to see my people").await?;
        let body = app.body_text().await?;
        assert!(body.contains("Your own people are behind the lock"), "{body}");
        assert!(body.contains("Emergency number"), "{body}");
        app.screenshot_window("privacy-help-locked").await?;
        app.assert_readable("help-locked").await?;
        let problems = app.axe_in_every_look("help-locked").await?;
        assert!(problems.is_empty(), "{problems:#?}");
        app.press('b').await?;
        app.wait_for_screen("breathe").await?;
        app.by_name("Pause").await?;
        app.execute(
            "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))",
            vec![],
        )
        .await?;
        app.wait_for_screen("home").await?;
        // Riding the wave too, though it would show the plan's steps beside it.
        app.press('u').await?;
        app.click_name("Start").await?;
        app.by_name("Stop").await?;
        app.assert_readable("wave locked").await?;
        app.click_name("Stop").await?;
        app.wait_for_screen("home").await?;

        // The plan asks for it; a wrong one is refused; the right one shows the words.
        app.press('p').await?;
        app.wait_for_screen("plan").await?;
        app.by_name("Unlock").await?;
        app.screenshot_window("privacy-plan-locked").await?;
        app.assert_readable("plan-locked").await?;
        let problems = app.axe_in_every_look("plan-locked").await?;
        assert!(problems.is_empty(), "{problems:#?}");
        type_into(app, "Passphrase", "not the one").await?;
        app.click_name("Unlock").await?;
        app.wait_for_text(".unlock .status", "does not open Steady")
            .await?;
        assert_eq!(app.invoke("protection_status", json!({})).await?, "locked");
        type_into(app, "Passphrase", PASS).await?;
        app.click_name("Unlock").await?;
        app.wait_for_text("#screen", MARKER).await?;

        // The recovery code opens it too (after Lock now).
        app.execute(
            "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'l', ctrlKey: true, bubbles: true}))",
            vec![],
        )
        .await?;
        app.by_name("Use my recovery code instead").await?.click().await?;
        type_into(app, "Recovery code", &code.to_lowercase()).await?;
        app.click_name("Unlock").await?;
        app.wait_for_text("#screen", MARKER).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn idle_time_and_f9_lock_and_clear_what_was_shown() {
    let data = tempfile::tempdir().unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        // One "minute" of idle time lasts three seconds here: 5 minutes, 15 s.
        env: vec![("STEADY_TEST_MINUTE_MS".into(), "3000".into())],
        ..Options::default()
    };
    run("privacy_locking", opts, async |app| {
        turn_on(app).await?;
        app.click_name("I have kept it safe").await?;
        // Idle lock after 5 "minutes".
        let settings = app.invoke("get_settings", json!({})).await?;
        let mut s = settings.clone();
        s["lock_after_minutes"] = json!(5);
        app.invoke("save_settings", json!({ "settings": s }))
            .await?;
        app.invoke(
            "plan_add",
            json!({ "section": "matters", "input": { "text": format!("plan {MARKER}") } }),
        )
        .await?;
        // The page takes the new setting on its next start. Unlocked by hand: each key
        // and click starts the idle time again.
        app.restart().await?;
        app.press('p').await?;
        type_into(app, "Passphrase", PASS).await?;
        app.click_name("Unlock").await?;
        app.wait_for_text("#screen", MARKER).await?;
        // No key, no click: the plan clears itself and asks for the passphrase again.
        app.wait_for_text_within(
            "#screen",
            "behind the lock",
            std::time::Duration::from_secs(60),
        )
        .await?;
        assert_eq!(app.invoke("protection_status", json!({})).await?, "locked");
        let body = app.body_text().await?;
        assert!(!body.contains(MARKER), "{body}");

        // F9: hidden at once, locked, and the screen cleared.
        type_into(app, "Passphrase", PASS).await?;
        app.click_name("Unlock").await?;
        app.wait_for_text("#screen", MARKER).await?;
        app.execute(
            "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'F9', bubbles: true}))",
            vec![],
        )
        .await?;
        app.wait_visible(false).await?;
        assert_eq!(app.invoke("protection_status", json!({})).await?, "locked");
        assert_eq!(app.screen().await?, "home");
        let body = app.body_text().await?;
        assert!(!body.contains(MARKER), "{body}");
        // Another launch brings it back.
        let (out, _) = app.launch_again(&[])?;
        assert!(out.status.success(), "{out:?}");
        app.wait_visible(true).await?;
        Ok(())
    })
    .await;
}

/// Every privacy state at 800x600 with the largest text, in both themes: each checked
/// for broken text and kept as a screenshot to look at.
#[tokio::test]
async fn a_tour_of_the_privacy_states_at_the_largest_text() {
    run("privacy_tour", Options::default(), async |app| {
        app.resize(800, 600).await?;
        for theme in ["light", "dark"] {
            let mut s = app.invoke("get_settings", json!({})).await?;
            s["theme"] = json!(theme);
            s["text_size"] = json!("larger");
            app.invoke("save_settings", json!({ "settings": s })).await?;
            app.execute(
                "document.documentElement.dataset.theme = arguments[0];\
                 document.documentElement.dataset.text = 'larger';",
                vec![json!(theme)],
            )
            .await?;
            let shot = |name: &str| format!("privacy-tour-{theme}-{name}");
            if app.invoke("protection_status", json!({})).await? != "off" {
                app.invoke("protection_off", json!({ "passphrase": PASS }))
                    .await?;
            }
            app.press('s').await?;
            app.click_name("Privacy and protection").await?;
            app.wait_for_screen("privacy").await?;
            app.screenshot_window(&shot("off")).await?;
            app.assert_readable("privacy off").await?;
            type_into(app, "New passphrase", PASS).await?;
            type_into(app, "The same passphrase again", PASS).await?;
            app.click_name("I understand that without my passphrase or my recovery code, my words cannot be read.")
                .await?;
            app.click_name("Turn on protection").await?;
            app.wait_for_text("#recovery-code", "-").await?;
            app.screenshot_window(&shot("code")).await?;
            app.assert_readable("privacy code").await?;
            app.click_name("I have kept it safe").await?;
            app.by_name("Lock now").await?;
            app.screenshot_window(&shot("on")).await?;
            app.assert_readable("privacy on").await?;
            app.click_name("Lock now").await?;
            app.wait_for_screen("home").await?;
            app.press('p').await?;
            type_into(app, "Passphrase", "wrong words here").await?;
            app.click_name("Unlock").await?;
            app.wait_for_text(".unlock .status", "does not open Steady")
                .await?;
            app.screenshot_window(&shot("plan-locked-wrong")).await?;
            app.assert_readable("plan locked").await?;
            app.execute("document.activeElement.blur()", vec![]).await?;
            app.press('h').await?;
            app.click_name("Unlock to see my people").await?;
            app.screenshot_window(&shot("help-locked")).await?;
            app.assert_readable("help locked").await?;
            type_into(app, "Passphrase", PASS).await?;
            app.click_name("Unlock").await?;
            app.wait_for_text("#screen", "Emergency number").await?;
            app.execute("document.activeElement.blur()", vec![]).await?;
        }
        Ok(())
    })
    .await;
}

/// A copy saved while protection is on is said to be readable first; a protected copy
/// opens only with its passphrase, even in a Steady where protection is off.
#[tokio::test]
async fn a_protected_copy_of_the_plan_asks_for_its_passphrase_when_brought_in() {
    // A protected copy, made by another Steady's core.
    let files = tempfile::tempdir().unwrap();
    let copy = files.path().join("my-safety-plan-protected.json");
    {
        let other = steady_core::Steady::open(&files.path().join("other"), None).unwrap();
        other.protect(PASS).unwrap();
        other
            .plan
            .add(
                steady_core::plan::Section::SaferSpace,
                &steady_core::plan::ItemInput {
                    text: format!("keys with Ana {MARKER}"),
                    ..Default::default()
                },
                None,
            )
            .unwrap();
        let export = other.export_plan("protected", "My plan").unwrap();
        std::fs::write(&copy, export.bytes).unwrap();
    }
    run("privacy_protected_copy", Options::default(), async |app| {
        turn_on(app).await?;
        app.click_name("I have kept it safe").await?;
        app.invoke(
            "plan_add",
            json!({ "section": "matters", "input": { "text": "what I had" } }),
        )
        .await?;
        // Saving a readable copy warns first, and offers a protected one.
        app.press('p').await?;
        app.click_name("Save a copy Steady can bring back").await?;
        app.by_name("Save a protected copy").await?;
        app.wait_for_text("#screen", "anyone who opens it can read your plan")
            .await?;
        app.assert_readable("plan save warning").await?;
        app.click_name("Cancel").await?;

        app.click_name("Bring in a plan from a file").await?;
        app.wait_for_screen("plan-import").await?;
        let input = app.by_name("Plan file").await?;
        input.send_keys(&copy.display().to_string()).await?;
        app.by_name("Its passphrase").await?;
        app.screenshot_window("privacy-import-protected").await?;
        app.assert_readable("import protected").await?;
        let problems = app.axe_in_every_look("import-protected").await?;
        assert!(problems.is_empty(), "{problems:#?}");
        type_into(app, "Its passphrase", "not the one").await?;
        app.click_name("Open the copy").await?;
        app.wait_for_text("#screen [role=status]", "does not open this copy")
            .await?;
        type_into(app, "Its passphrase", PASS).await?;
        app.click_name("Open the copy").await?;
        app.wait_for_text("#screen .overview", "keys with Ana")
            .await?;
        app.click_name("Use this plan").await?;
        app.wait_for_screen("plan").await?;
        let plan = app.invoke("plan_get", json!({})).await?;
        assert_eq!(
            plan["safer_space"][0]["text"],
            format!("keys with Ana {MARKER}")
        );
        Ok(())
    })
    .await;
}

/// The discreet name: the window's title says "Notes", so the taskbar does not name
/// Steady; turned off, it says "Steady" again.
#[tokio::test]
async fn the_discreet_name_retitles_the_window() {
    run("privacy_discreet", Options::default(), async |app| {
        let titled = |name: &str| -> steady_e2e::Result<bool> {
            let out = std::process::Command::new("xdotool")
                .args(["search", "--onlyvisible", "--name", &format!("^{name}$")])
                .env("DISPLAY", format!(":{}", app.display()))
                .output()?;
            Ok(!String::from_utf8_lossy(&out.stdout).trim().is_empty())
        };
        assert!(titled("Steady")?);
        app.press('s').await?;
        app.click_name("Privacy and protection").await?;
        app.click_name("Use a discreet name").await?;
        app.wait_for_text("#privacy-status", "Saved").await?;
        assert!(titled("Notes")?, "the window is not titled Notes");
        assert!(!titled("Steady")?);
        app.click_name("Use a discreet name").await?;
        // Waits for the title itself: the status already says "Saved." from before.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !titled("Steady")? {
            assert!(std::time::Instant::now() < deadline, "still titled Notes");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        Ok(())
    })
    .await;
}
