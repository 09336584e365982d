//! What the hardening promises, in the real window: a logout or `kill` (SIGTERM, SIGHUP)
//! saves what is being typed before Steady ends, and the window never leaves Steady's own
//! pages.

use std::time::Duration;

use serde_json::json;
use steady_e2e::{run, Options};

async fn signal_mid_sentence_keeps_every_word(name: &str, signal: i32) {
    let data = tempfile::tempdir().unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run(name, opts, async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "boundaries", "input": { "text": "I will" } }),
        )
        .await?;
        app.press('p').await?;
        app.click_name("Change my plan").await?;
        let field = app.by_name("My boundaries, item 1").await?;
        field.click().await?;
        field.send_keys(" ask for space tonight").await?;
        // At once, well inside the autosave delay: only the closing save can keep it.
        app.signal_main(signal)?;
        app.wait_until_closed(Duration::from_secs(10)).await?;
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
async fn sigterm_mid_sentence_keeps_every_word() {
    signal_mid_sentence_keeps_every_word("sigterm_flush", libc::SIGTERM).await;
}

#[tokio::test]
async fn sighup_mid_sentence_keeps_every_word() {
    signal_mid_sentence_keeps_every_word("sighup_flush", libc::SIGHUP).await;
}

#[tokio::test]
async fn the_window_stays_on_steadys_own_pages() {
    run("navigation_guard", Options::default(), async |app| {
        for target in [
            "https://example.org/",
            "http://127.0.0.1:9/",
            "file:///etc/passwd",
        ] {
            app.execute(&format!("location.href = {target:?}"), vec![])
                .await
                .ok();
            // A round trip through the core: by its answer the navigation was decided.
            app.invoke("app_info", json!({})).await?;
            let here = app.execute("return location.href", vec![]).await?;
            let here = here.as_str().unwrap_or_default().to_string();
            assert!(here.starts_with("tauri://localhost"), "{target} -> {here}");
        }
        // And the app still answers keys as before.
        app.press('h').await?;
        app.wait_for_screen("help").await?;
        Ok(())
    })
    .await;
}

/// A save the disk refuses (here a folder stands where plan.json must go, which no
/// permission can get round) says so in plain words, and what was typed stays on screen;
/// once the disk is itself again, the next keystroke saves it.
#[tokio::test]
async fn a_refused_save_keeps_the_words_on_screen_and_says_so() {
    let data = tempfile::tempdir().unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run("refused_save", opts, async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "boundaries", "input": { "text": "I will" } }),
        )
        .await?;
        let plan = app.data_dir().join("plan.json");
        let aside = app.data_dir().join("plan.json.aside");
        std::fs::rename(&plan, &aside)?;
        std::fs::create_dir(&plan)?;
        std::fs::write(plan.join("x"), b"x")?;
        app.press('p').await?;
        app.click_name("Change my plan").await?;
        let field = app.by_name("My boundaries, item 1").await?;
        field.click().await?;
        field.send_keys(" ask for space tonight").await?;
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let status = app
                .execute(
                    "return document.getElementById('plan-status')?.textContent ?? ''",
                    vec![],
                )
                .await?;
            let status = status.as_str().unwrap_or_default().to_string();
            if status.starts_with("Not saved.") {
                assert!(status.contains("could not be saved"), "{status}");
                assert!(
                    !status.contains("os error") && !status.contains("Os {"),
                    "{status}"
                );
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no word of the failed save: {status:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let typed = app
            .execute("return document.activeElement.value", vec![])
            .await?;
        assert_eq!(
            typed,
            json!("I will ask for space tonight"),
            "the words stay"
        );
        app.screenshot("refused-save").await?;
        // The disk is itself again: the next keystroke saves everything typed.
        std::fs::remove_dir_all(&plan)?;
        std::fs::rename(&aside, &plan)?;
        field.send_keys(".").await?;
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            let saved = app.invoke("plan_get", json!({})).await?;
            if saved["boundaries"][0]["text"] == "I will ask for space tonight." {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "not saved after the disk came back"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    })
    .await;
}
