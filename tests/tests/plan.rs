//! The safety plan in the real window: written through the guided setup, read step by
//! step after a restart, a corrupt file explained and an earlier version brought back.

use std::time::{Duration, Instant};

use serde_json::json;
use steady_e2e::{run, App, Key, Options};

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

async fn saved(app: &App) -> steady_e2e::Result {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let s = app
            .execute(
                "return document.getElementById('plan-status')?.dataset.state ?? ''",
                vec![],
            )
            .await?;
        if s == json!("saved") {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("not saved: {s}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
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
        app.by_text("Step 1 of 3: Signs that a hard moment is coming")
            .await?;
        app.by_text("I keep replaying what I found").await?;
        app.click_name("Next step").await?;
        app.by_text("Step 2 of 3: Things I can do on my own")
            .await?;
        app.by_text("Cold water on my wrists").await?;
        app.press(Key::Right).await?;
        app.by_text("Step 3 of 3: People I can ask for help")
            .await?;
        app.by_text("07700 900123").await?;
        app.by_text("Sam").await?;
        app.screenshot("plan-step-people").await?;
        app.click_name("Copy number 07700 900123").await?;
        let status = app
            .execute(
                "return document.querySelector('.contact [role=status]').textContent",
                vec![],
            )
            .await?;
        assert!(
            status.as_str().is_some_and(|s| !s.is_empty()),
            "copy said nothing"
        );
        let text = app.body_text().await?;
        assert!(text.contains("This is the last step"), "{text}");
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
        app.by_text("Dismiss").await?;
        let text = app.body_text().await?;
        assert!(text.contains("could not read your safety plan"), "{text}");
        assert!(text.contains("plan.corrupt-"), "{text}");
        app.screenshot("plan-corrupt-notice").await?;
        app.press('p').await?;
        app.click_name("Bring back an earlier version").await?;
        app.wait_for_screen("plan-history").await?;
        let latest = app
            .execute(
                "return document.querySelector('.versions button').textContent",
                vec![],
            )
            .await?;
        assert!(latest.as_str().unwrap_or_default().contains("(the latest)"));
        app.execute("document.querySelector('.versions button').click()", vec![])
            .await?;
        app.by_text("Step outside and name five things I see")
            .await?;
        app.click_name("Bring back this version").await?;
        app.wait_for_screen("plan").await?;
        app.by_text("Call Sam before I decide anything").await?;
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
        app.by_text("All changes saved.").await?;
        app.screenshot("plan-edit").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn plan_screens_have_no_accessibility_violations() {
    run("plan_axe", Options::default(), async |app| {
        let mut problems = Vec::new();
        for theme in ["light", "dark"] {
            app.execute(
                "document.documentElement.dataset.theme = arguments[0]",
                vec![json!(theme)],
            )
            .await?;
            app.invoke(
                "plan_add",
                json!({ "section": "people", "input": { "name": "Sam", "phone": "07700 900123" } }),
            )
            .await?;
            for screen in [
                "plan",
                "plan-edit",
                "plan-history",
                "plan-setup",
                "plan-import",
            ] {
                app.press('p').await?;
                app.wait_for_screen("plan").await?;
                if screen != "plan" {
                    let label = match screen {
                        "plan-edit" => "Change my plan",
                        "plan-history" => "Earlier versions",
                        "plan-import" => "Bring in a plan from a file",
                        _ => "",
                    };
                    if label.is_empty() {
                        continue;
                    }
                    app.click_name(label).await?;
                    app.wait_for_screen(screen).await?;
                }
                tokio::time::sleep(Duration::from_millis(400)).await;
                problems.extend(
                    app.axe_violations()
                        .await?
                        .into_iter()
                        .map(|v| format!("{screen}/{theme}: {v}")),
                );
                app.press(Key::Escape).await?;
                app.wait_for_screen("home").await?;
            }
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
        app.invoke("plan_add", json!({ "section": "matters", "input": { "text": "what I had" } })).await?;
        app.press('p').await?;
        app.click_name("Bring in a plan from a file").await?;
        app.wait_for_screen("plan-import").await?;
        let input = app.by_name("Plan file").await?;
        input.send_keys(&bad.display().to_string()).await?;
        app.by_text("That is not a Steady safety plan: its contents are not what Steady expects (missing field `version`)").await.ok();
        let text = app.body_text().await?;
        assert!(text.contains("not a Steady safety plan"), "{text}");
        assert_eq!(app.invoke("plan_get", json!({})).await?["matters"][0]["text"], "what I had");
        let input = app.by_name("Plan file").await?;
        input.send_keys(&good.display().to_string()).await?;
        app.by_text("Give the spare keys to Ana").await?;
        assert_eq!(app.invoke("plan_get", json!({})).await?["matters"][0]["text"], "what I had", "a preview changes nothing");
        app.click_name("Use this plan").await?;
        app.wait_for_screen("plan").await?;
        app.by_text("Give the spare keys to Ana").await?;

        // Print hands the plan to the system's print dialog.
        app.click_name("Print").await?;
        let display = format!(":{}", app.display());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let tree = std::process::Command::new("xwininfo")
                .args(["-display", &display, "-root", "-tree"])
                .output()?;
            let tree = String::from_utf8_lossy(&tree.stdout).to_string();
            if tree.contains("\"Print\"") {
                break;
            }
            assert!(Instant::now() < deadline, "no print dialog appeared:\n{tree}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        app.screenshot("plan-print-dialog").await.ok();
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn saving_as_markdown_asks_where_with_the_system_dialog() {
    run("plan_export_dialog", Options::default(), async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "matters", "input": { "text": "my dog" } }),
        )
        .await?;
        app.press('p').await?;
        app.click_name("Save as a text file").await?;
        let display = format!(":{}", app.display());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let tree = std::process::Command::new("xwininfo")
                .args(["-display", &display, "-root", "-tree"])
                .output()?;
            let tree = String::from_utf8_lossy(&tree.stdout).to_string();
            if tree.contains("\"Save File\"") || tree.contains("\"Save\"") {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "no save dialog appeared:\n{tree}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        app.screenshot("plan-export-dialog").await.ok();
        // Answer the dialog as a person would: type where to save, press Enter.
        let out = tempfile::tempdir()?;
        let target = out.path().join("plan-for-paper.md");
        // GTK selects the name without its extension; select it all, as a person would.
        std::process::Command::new("xdotool")
            .args(["key", "ctrl+a"])
            .env("DISPLAY", &display)
            .status()?;
        let typed = std::process::Command::new("xdotool")
            .args(["type", "--delay", "20", &target.display().to_string()])
            .env("DISPLAY", &display)
            .status()?;
        assert!(typed.success());
        std::process::Command::new("xdotool")
            .args(["key", "Return"])
            .env("DISPLAY", &display)
            .status()?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while !target.exists() {
            assert!(
                Instant::now() < deadline,
                "nothing was saved at {}",
                target.display()
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let md = std::fs::read_to_string(&target)?;
        assert!(
            md.starts_with("# My safety plan") && md.contains("1. my dog"),
            "{md}"
        );
        app.by_text(&format!("Saved to {}.", target.display()))
            .await?;
        Ok(())
    })
    .await;
}
