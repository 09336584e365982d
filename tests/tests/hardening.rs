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
        const REFUSED: &str = "Steady kept its window on its own pages";
        // The page is tagged: a page loaded in its place would not carry the tag.
        app.execute("window.e2eStillHere = true", vec![]).await?;
        let still_here = async || -> steady_e2e::Result<serde_json::Value> {
            app.execute(
                "return [location.href, window.e2eStillHere === true]",
                vec![],
            )
            .await
        };
        let at_home = |here: &serde_json::Value| {
            here[0]
                .as_str()
                .is_some_and(|h| h.starts_with("tauri://localhost"))
                && here[1] == json!(true)
        };
        // Addresses the guard decides: it notes each refusal on stderr, and once it has,
        // the request is decided. (A port WebKit itself does not block: it refuses port 9
        // before asking anyone.)
        for (n, (target, scheme)) in [
            ("https://example.org/", "https"),
            ("http://127.0.0.1:4/", "http"),
        ]
        .into_iter()
        .enumerate()
        {
            // Leaving the page may end the script before it answers: its result is moot.
            let _ = app
                .execute(&format!("location.href = {target:?}"), vec![])
                .await;
            let refused = app.wait_for_output(REFUSED, n + 1).await?;
            assert!(
                refused[n].contains(&format!("a {scheme} link")),
                "{target}: {refused:?}"
            );
            let here = still_here().await?;
            assert!(at_home(&here), "{target} -> {here}");
        }
        // A file: address WebKit refuses itself, when the navigation it schedules comes
        // due: the page answers on a later turn of its event loop, after that.
        let answered = app
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 location.href = 'file:///etc/passwd';\
                 setTimeout(() => requestAnimationFrame(() => setTimeout(() => done(true), 0)), 0);",
                vec![],
            )
            .await?;
        assert_eq!(answered, json!(true));
        let here = still_here().await?;
        assert!(at_home(&here), "file:///etc/passwd -> {here}");
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
        // The save state says it failed, in words without a system error's dump.
        let status = app
            .wait_for_text("#plan-status[data-state=error]", "")
            .await?;
        assert!(
            !status.trim().is_empty() && !status.contains("os error") && !status.contains("Os {"),
            "{status:?}"
        );
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
