//! The safety plan in the real window: written through the guided setup, read step by
//! step after a restart, a corrupt file explained and an earlier version brought back.

use std::time::{Duration, Instant};

use serde_json::json;
use steady_e2e::{run, App, Key, Options, RealHome};

async fn type_into_focused(app: &App, text: &str) -> steady_e2e::Result {
    let e = app
        .client
        .as_ref()
        .ok_or("no session")?
        .active_element()
        .await?;
    e.send_keys(text).await?;
    Ok(())
}

/// Waits until the editor's save state says everything is saved.
async fn saved(app: &App) -> steady_e2e::Result {
    app.wait_for_text("#plan-status[data-state=saved]", "")
        .await
        .map(drop)
}

/// Waits for the plan's step for `section` (its id), showing `text`; returns the numbers
/// in its heading (which step of how many).
async fn step(app: &App, section: &str, text: &str) -> steady_e2e::Result<Vec<u32>> {
    app.wait_for_text(&format!("#screen .step[data-step={section}]"), text)
        .await?;
    let heading = app
        .wait_for_text(&format!("#screen .step[data-step={section}] h2"), "")
        .await?;
    Ok(heading
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect())
}

#[tokio::test]
async fn write_a_plan_restart_and_work_it_step_by_step() {
    run("plan_write_read", Options::default(), async |app| {
        app.press('p').await?;
        app.wait_for_screen("plan").await?;
        app.screenshot("plan-empty").await?;
        app.click_name("Start writing my plan").await?;
        app.wait_for_screen("plan-setup").await?;
        // Part 1: the first field is ready to type into.
        app.by_name("Signs that a hard moment is coming, item 1")
            .await?
            .click()
            .await?;
        type_into_focused(app, "I keep replaying what I found").await?;
        saved(app).await?;
        app.click_name("Next").await?;
        app.by_name("Things I can do on my own, item 1")
            .await?
            .click()
            .await?;
        type_into_focused(app, "Cold water on my wrists").await?;
        app.click_name("Next").await?; // saves on the way
        app.click_name("Next").await?; // skips part 3
        app.by_name("Name, People I can ask for help, item 1")
            .await?
            .click()
            .await?;
        type_into_focused(app, "Sam").await?;
        app.by_name("Phone, People I can ask for help, item 1")
            .await?
            .click()
            .await?;
        type_into_focused(app, "07700 900123").await?;
        saved(app).await?;
        app.screenshot("plan-setup-people").await?;
        app.click_name("Stop for now").await?;
        app.wait_for_screen("plan").await?;

        app.restart().await?;
        app.press('p').await?;
        // Only the sections written are steps: three, in working order.
        let n = step(app, "warning_signs", "I keep replaying what I found").await?;
        assert_eq!(n, [1, 3], "step 1 of 3");
        app.click_name("Next step").await?;
        let n = step(app, "on_my_own", "Cold water on my wrists").await?;
        assert_eq!(n, [2, 3], "step 2 of 3");
        app.press(Key::Right).await?;
        let n = step(app, "people", "07700 900123").await?;
        assert_eq!(n, [3, 3], "step 3 of 3");
        app.wait_for_text("#screen .step .contact-name", "Sam")
            .await?;
        app.screenshot("plan-step-people").await?;
        app.click_name("Copy number 07700 900123").await?;
        // Copy says what happened.
        app.wait_for_text(".contact [role=status]:not(:empty)", "")
            .await?;
        // The last step says so, and offers no next one.
        let last = app
            .execute(
                "return [!!document.querySelector('#screen .step > p.muted'),\
                 [...document.querySelectorAll('#screen .actions button')].some((b) => b.hidden)]",
                vec![],
            )
            .await?;
        assert_eq!(last, json!([true, true]), "the last step");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_corrupt_plan_is_explained_and_the_last_version_comes_back() {
    let data = tempfile::tempdir().unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run("plan_corrupt", opts.clone(), async |app| {
        for t in [
            "Call Sam before I decide anything",
            "Step outside and name five things I see",
        ] {
            app.invoke(
                "plan_add",
                json!({ "section": "on_my_own", "input": { "text": t } }),
            )
            .await?;
        }
        Ok(())
    })
    .await;
    // Damage the file as a crash of some other program might.
    let path = data.path().join("plan.json");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&path, &bytes).unwrap();

    run("plan_corrupt_start", opts, async |app| {
        // The notice for a file set aside names the copy it kept.
        app.wait_for_text(".notice[data-code=set_aside]", "plan.corrupt-")
            .await?;
        app.screenshot("plan-corrupt-notice").await?;
        // The latest version kept is listed first, and is the plan before the damage.
        let versions = app.invoke("plan_versions", json!({})).await?;
        assert_eq!(versions[0]["pinned"], json!(false), "{versions}");
        app.press('p').await?;
        app.click_name("Bring back an earlier version").await?;
        app.wait_for_screen("plan-history").await?;
        app.wait_for_text(".versions button", "").await?;
        app.execute("document.querySelector('.versions button').click()", vec![])
            .await?;
        app.wait_for_text(
            "#screen .overview",
            "Step outside and name five things I see",
        )
        .await?;
        app.click_name("Bring back this version").await?;
        app.wait_for_screen("plan").await?;
        step(app, "on_my_own", "Call Sam before I decide anything").await?;
        Ok(())
    })
    .await;
    let kept: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("plan.corrupt-"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged bytes are kept");
    assert_eq!(std::fs::read(kept[0].path()).unwrap(), bytes);
}

#[tokio::test]
async fn editing_deleting_with_undo_and_reordering_by_keyboard() {
    run("plan_edit", Options::default(), async |app| {
        for t in ["first", "second", "third"] {
            app.invoke(
                "plan_add",
                json!({ "section": "matters", "input": { "text": t } }),
            )
            .await?;
        }
        app.press('p').await?;
        app.click_name("Change my plan").await?;
        app.wait_for_screen("plan-edit").await?;
        // Move "third" up with the keyboard: focus its Up button and press Enter.
        app.by_name("Move What matters most to me, item 3 up")
            .await?
            .click()
            .await?;
        saved(app).await?;
        let order = || app.invoke("plan_get", json!({}));
        let texts = |v: serde_json::Value| -> Vec<String> {
            v["matters"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["text"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(texts(order().await?), ["first", "third", "second"]);
        app.click_name("Delete What matters most to me, item 1")
            .await?;
        app.by_name("Undo").await?;
        saved(app).await?;
        assert_eq!(texts(order().await?), ["third", "second"]);
        app.click_name("Undo").await?;
        saved(app).await?;
        assert_eq!(texts(order().await?), ["first", "third", "second"]);
        // A change to an item saves within a second or so, without leaving the field.
        let field = app.by_name("What matters most to me, item 2").await?;
        field.click().await?;
        type_into_focused(app, " and more").await?;
        let deadline = Instant::now() + Duration::from_millis(2_500);
        loop {
            if texts(order().await?)[1] == "third and more" {
                break;
            }
            assert!(Instant::now() < deadline, "not autosaved");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        saved(app).await?;
        app.screenshot("plan-edit").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn plan_screens_have_no_accessibility_violations() {
    run("plan_axe", Options::default(), async |app| {
        let mut problems = Vec::new();
        // The empty plan, and its guided setup.
        app.press('p').await?;
        app.wait_for_screen("plan").await?;
        app.by_name("Start writing my plan").await?;
        problems.extend(app.axe_in_every_look("plan (empty)").await?);
        app.click_name("Start writing my plan").await?;
        app.wait_for_screen("plan-setup").await?;
        app.wait_for_text("#screen textarea", "").await?;
        problems.extend(app.axe_in_every_look("plan-setup").await?);
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        // A plan with a person in it, and every screen it opens.
        app.invoke(
            "plan_add",
            json!({ "section": "people", "input": { "name": "Sam", "phone": "07700 900123" } }),
        )
        .await?;
        for (screen, label, drawn) in [
            ("plan", None, "#screen .step[data-step=people]"),
            ("plan-edit", Some("Change my plan"), "#plan-status"),
            ("plan-history", Some("Earlier versions"), ".versions button"),
            (
                "plan-import",
                Some("Bring in a plan from a file"),
                "#plan-file",
            ),
        ] {
            app.press('p').await?;
            app.wait_for_screen("plan").await?;
            if let Some(label) = label {
                app.click_name(label).await?;
                app.wait_for_screen(screen).await?;
            }
            app.wait_for_text(drawn, "").await?;
            problems.extend(app.axe_in_every_look(screen).await?);
            app.press(Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn closing_the_window_mid_sentence_keeps_every_word() {
    let data = tempfile::tempdir().unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run("plan_close_flush", opts, async |app| {
        // Closing quits here (the tray is covered in launch.rs).
        let mut settings = app.invoke("get_settings", json!({})).await?;
        settings["close_to_tray"] = json!(false);
        app.invoke("save_settings", json!({ "settings": settings }))
            .await?;
        app.invoke(
            "plan_add",
            json!({ "section": "boundaries", "input": { "text": "I will" } }),
        )
        .await?;
        app.press('p').await?;
        app.click_name("Change my plan").await?;
        app.by_name("My boundaries, item 1").await?.click().await?;
        type_into_focused(app, " ask for space tonight").await?;
        // Close at once, well inside the autosave delay, as the window's close button would.
        app.execute("window.__TAURI__.window.getCurrentWindow().close()", vec![])
            .await
            .ok();
        // The app saves and closes by itself; only then is the session ended.
        app.wait_until_closed(Duration::from_secs(5)).await?;
        app.restart().await?;
        let plan = app.invoke("plan_get", json!({})).await?;
        assert_eq!(
            plan["boundaries"][0]["text"],
            "I will ask for space tonight"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_plan_file_is_previewed_then_brought_in_and_print_opens_the_system_dialog() {
    let files = tempfile::tempdir().unwrap();
    let good = files.path().join("plan.json");
    std::fs::write(
        &good,
        r#"{"version":1,"next_id":1,"safer_space":[{"id":1,"text":"Give the spare keys to Ana"}]}"#,
    )
    .unwrap();
    let bad = files.path().join("list.json");
    std::fs::write(&bad, r#"{"groceries":["milk"]}"#).unwrap();
    run("plan_import_print", Options::default(), async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "matters", "input": { "text": "what I had" } }),
        )
        .await?;
        app.press('p').await?;
        app.click_name("Bring in a plan from a file").await?;
        app.wait_for_screen("plan-import").await?;
        let input = app.by_name("Plan file").await?;
        input.send_keys(&bad.display().to_string()).await?;
        // Refused with a reason, and nothing to use: no preview, the plan unchanged.
        app.wait_for_text("#screen [role=status]:not(:empty)", "")
            .await?;
        let previews = app
            .execute(
                "return document.querySelectorAll('#screen .overview').length",
                vec![],
            )
            .await?;
        assert_eq!(previews, json!(0), "a refused file is previewed");
        assert_eq!(
            app.invoke("plan_get", json!({})).await?["matters"][0]["text"],
            "what I had"
        );
        let input = app.by_name("Plan file").await?;
        input.send_keys(&good.display().to_string()).await?;
        app.wait_for_text("#screen .overview", "Give the spare keys to Ana")
            .await?;
        assert_eq!(
            app.invoke("plan_get", json!({})).await?["matters"][0]["text"],
            "what I had",
            "a preview changes nothing"
        );
        app.click_name("Use this plan").await?;
        app.wait_for_screen("plan").await?;
        step(app, "safer_space", "Give the spare keys to Ana").await?;

        // Print hands the plan to the system's print dialog.
        app.click_name("Print").await?;
        app.dialog("Print").await?;
        app.screenshot("plan-print-dialog").await?;
        Ok(())
    })
    .await;
}

/// The system's save dialog, answered as a person in a hurry would: Enter, to save under
/// the name offered, in the folder it opens on. The harness makes that the app's own
/// working folder, which is also its private HOME, so where the file lands does not
/// depend on how fast anything types. Nothing is added to any recent-files list, and
/// the webview's storage stays in Steady's folder.
#[tokio::test]
async fn saving_as_markdown_asks_where_with_the_system_dialog() {
    let home = RealHome::snapshot();
    let real_recent = std::path::PathBuf::from(std::env::var_os("HOME").expect("HOME is set"))
        .join(".local/share/recently-used.xbel");
    let recent_before = std::fs::read(&real_recent).ok();
    run("plan_export_dialog", Options::default(), async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "matters", "input": { "text": "my dog" } }),
        )
        .await?;
        app.press('p').await?;
        app.click_name("Save as a text file").await?;
        let window = app.dialog("Save File|Save").await?;
        app.screenshot("plan-export-dialog").await?;
        let target = app.app_home().join("my-safety-plan.md");
        // Enter, once the dialog has the focus. If the dialog is still there and nothing
        // was saved a while later, the key went nowhere: give it the focus and press again.
        // (A key pressed while the dialog has the focus goes to the dialog, so a second
        // Enter can never reach the page behind it.)
        app.save_in_dialog(&window, &target).await?;
        // The page says where, and the file holds the plan as text.
        app.wait_for_text(
            "#screen .plan-tools + [role=status]",
            &target.display().to_string(),
        )
        .await?;
        let md = std::fs::read_to_string(&target)?;
        assert!(md.starts_with("# ") && md.contains("1. my dog"), "{md}");
        // GTK's recent-files list is off in Steady, so the dialog noted the file nowhere:
        // not in the app's own list (its private data home), nor the desktop's (below).
        let info = app.invoke("app_info", json!({})).await?;
        assert_eq!(info["recent_files"], json!(false), "{info}");
        let recent = app.xdg_data_home().join("recently-used.xbel");
        let noted = std::fs::read_to_string(&recent).unwrap_or_default();
        assert!(!noted.contains("my-safety-plan.md"), "{noted}");
        // WebKit keeps its storage inside Steady's folder, not one of its own.
        assert!(app.data_dir().join("webview").is_dir());
        assert!(!app.xdg_data_home().join("org.steady.companion").exists());
        Ok(())
    })
    .await;
    // The desktop's own list is as it was (absent, or byte for byte the same).
    assert_eq!(
        std::fs::read(&real_recent).ok(),
        recent_before,
        "{} changed during the test",
        real_recent.display()
    );
    home.check().unwrap();
}
