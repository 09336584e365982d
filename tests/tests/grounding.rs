//! Grounding, urge surfing and the "what helped" review in the real window.

use std::time::{Duration, Instant};

use serde_json::json;
use steady_e2e::{run, App, Key, Options};

async fn step(app: &App) -> steady_e2e::Result<String> {
    let v = app
        .execute(
            "return document.getElementById('screen').dataset.step ?? ''",
            vec![],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

#[tokio::test]
async fn walk_five_four_three_two_one_by_keyboard_and_it_is_noted() {
    run("ground_walk", Options::default(), async |app| {
        app.press('g').await?;
        app.wait_for_screen("ground").await?;
        app.tab_to_and_enter("Begin").await?;
        assert_eq!(step(app).await?, "start");
        app.tab_to_and_enter("Next").await?;
        // Five things to see: the step invites typing, so the field has focus; type two,
        // then move on; the count shows what was noticed.
        assert_eq!(step(app).await?, "see");
        let id = app
            .execute("return document.activeElement?.id ?? ''", vec![])
            .await?;
        assert_eq!(id, json!("notice"), "the field has focus");
        for thing in ["lamp", "window"] {
            let input = app
                .client
                .as_ref()
                .ok_or("no session")?
                .active_element()
                .await?;
            input.send_keys(thing).await?;
            app.press(Key::Enter).await?;
        }
        let count = app.wait_for_text("#screen .count-line", "2").await?;
        let numbers: Vec<u32> = count
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect();
        assert_eq!(numbers, [2, 5], "{count}");
        app.screenshot("ground-see").await?;
        app.tab_to_and_enter("Next").await?;
        // Letters typed on a step that invites typing are the person's: "a cup" stays in
        // the field and never opens another screen (it used to open Ride the wave, then
        // My plan). F1 and Escape still lead on.
        assert_eq!(step(app).await?, "touch");
        let field = app
            .client
            .as_ref()
            .ok_or("no session")?
            .active_element()
            .await?;
        app.watch_keys().await?;
        field.send_keys("a cup, the bed").await?;
        // Once the page has handled every key, none of them did anything but type.
        let acted = app.keys_handled("a cup, the bed".len()).await?;
        assert!(acted.is_empty(), "the page acted on {acted:?}");
        assert_eq!(app.screen().await?, "ground");
        assert_eq!(step(app).await?, "touch");
        let typed = app
            .execute("return document.getElementById('notice').value", vec![])
            .await?;
        assert_eq!(typed, json!("a cup, the bed"));
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        app.press('g').await?;
        app.tab_to_and_enter("Begin").await?;
        for expected in ["start", "see", "touch", "hear", "smell", "taste"] {
            assert_eq!(step(app).await?, expected);
            app.tab_to_and_enter("Next").await?;
        }
        assert_eq!(step(app).await?, "now");
        let text = app.body_text().await?;
        assert!(
            text.contains("2026") || text.contains("20"),
            "the date is shown: {text}"
        );
        // The rest can be skipped, every one, to the ending and its question.
        while !step(app).await?.is_empty() {
            app.tab_to_and_enter("Skip this step").await?;
        }
        app.wait_for_text("#keep-note", "").await?;
        app.click_name("4").await?;
        app.click_name("Keep a private note of this in What helped")
            .await?;
        app.click_name("Done").await?;
        app.wait_for_screen("home").await?;
        let log = app.invoke("helped_list", json!({})).await?;
        assert_eq!(log[0]["tool"], "grounding");
        assert_eq!(log[0]["after"], 4);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_personal_step_and_statements_survive_a_restart() {
    run("ground_personal", Options::default(), async |app| {
        app.press('g').await?;
        app.click_name("Shape these steps").await?;
        app.wait_for_screen("ground-shape").await?;
        let own = app.by_name("What to do (up to 500 characters)").await?;
        own.send_keys("Hold the smooth stone from the beach").await?;
        app.click_name("Add my step").await?;
        app.wait_for_text("#screen", "Hold the smooth stone from the beach").await?;
        let statements = app.by_name("One per line, such as your name, “this is now, not then”, or “I am safe in this room”.").await?;
        statements.send_keys("My name is Ana").await?;
        app.press(Key::Enter).await?;
        let statements = app.client.as_ref().ok_or("no session")?.active_element().await?;
        statements.send_keys("This is now, not then").await?;
        app.click_name("Save these sentences").await?;
        app.wait_for_text("#shape-status:not(:empty)", "").await?;
        // Leave out the smell step.
        app.click_name("Include Two things you can smell").await?;
        // Both changes have reached the core before the app closes.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let v = app.invoke("grounding_get", json!({})).await?;
            let smell_left_out = v["walk"].as_array().is_some_and(|w| w.iter().all(|s| s["id"] != "smell"));
            if smell_left_out && v["statements"].as_array().is_some_and(|s| s.len() == 2) {
                break;
            }
            assert!(Instant::now() < deadline, "not kept: {v}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        app.screenshot("ground-shape").await?;
        app.restart().await?;
        let v = app.invoke("grounding_get", json!({})).await?;
        let walk: Vec<&str> = v["walk"].as_array().unwrap().iter().filter_map(|s| s["text"].as_str()).collect();
        assert!(walk.contains(&"Hold the smooth stone from the beach"));
        assert!(v["walk"].as_array().unwrap().iter().all(|s| s["id"] != "smell"));
        assert_eq!(v["statements"], json!(["My name is Ana", "This is now, not then"]));
        app.press('g').await?;
        app.click_name("Shape these steps").await?;
        app.wait_for_text("#screen", "Hold the smooth stone from the beach").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_five_minute_wave_completes_is_noted_and_the_review_deletes_it() {
    run("urge_wave", Options::default(), async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "on_my_own", "input": { "text": "Go for a run" } }),
        )
        .await?;
        app.press('u').await?;
        app.wait_for_screen("urge").await?;
        app.wait_for_text("details.wave-options summary", "")
            .await?;
        app.execute(
            "document.querySelector('details.wave-options summary').click()",
            vec![],
        )
        .await?;
        let minutes = app
            .client
            .as_ref()
            .ok_or("no session")?
            .find(fantoccini::Locator::Css("#wave-minutes"))
            .await?;
        minutes.clear().await?;
        minutes.send_keys("5").await?;
        app.click_name("7").await?;
        app.click_name("Start").await?;
        app.wait_for_text("#screen[data-wave=running]", "Go for a run")
            .await?;
        app.screenshot("urge-running").await?;
        // A check-in comes at 3 minutes; answer it.
        app.wait_for_text_within(
            "#screen[data-wave=running] .panel[role=group]",
            "",
            Duration::from_secs(200),
        )
        .await?;
        app.assert_readable("wave check-in").await?;
        app.click_name("5").await?;
        app.click_name("Note it").await?;
        app.wait_for_text_within("#screen[data-wave=done]", "", Duration::from_secs(150))
            .await?;
        app.assert_readable("wave ended").await?;
        app.click_name("3").await?;
        app.click_name("Keep a private note of this in What helped")
            .await?;
        app.click_name("Done").await?;
        app.wait_for_screen("home").await?;
        let log = app.invoke("helped_list", json!({})).await?;
        assert_eq!(log[0]["tool"], "urge_surfing");
        assert_eq!(log[0]["before"], 7);
        assert_eq!(log[0]["after"], 3);
        assert!(log[0]["seconds"].as_u64().unwrap_or(0) >= 300);

        // The review shows it, and deletes it.
        app.invoke(
            "helped_add",
            json!({ "entry": { "tool": "breathing", "detail": "Even breathing", "seconds": 60 } }),
        )
        .await?;
        app.press('w').await?;
        app.wait_for_screen("helped").await?;
        // Newest first: the breathing note, then the wave, each with its delete button.
        app.wait_for_text(".helped li:nth-child(2) button", "")
            .await?;
        app.screenshot("helped").await?;
        app.execute(
            "document.querySelector('.helped li:nth-child(2) button').click()",
            vec![],
        )
        .await?;
        app.wait_for_text("#screen .status:not(:empty)", "").await?;
        let log = app.invoke("helped_list", json!({})).await?;
        assert_eq!(log.as_array().map(Vec::len), Some(1), "{log}");
        assert_eq!(
            log[0]["tool"], "breathing",
            "the wave's note was the one deleted: {log}"
        );
        app.click_name("Delete all of it").await?;
        app.click_name("Yes, delete everything here").await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while app.invoke("helped_list", json!({})).await? != json!([]) {
            assert!(Instant::now() < deadline, "not everything was deleted");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn grounding_wave_and_review_screens_have_no_accessibility_violations() {
    run("ground_axe", Options::default(), async |app| {
        app.invoke(
            "helped_add",
            json!({ "entry": { "tool": "grounding", "seconds": 90, "before": 8, "after": 5 } }),
        )
        .await?;
        let mut problems = Vec::new();
        // Each screen, once what only its data draws is there.
        for (key, screen, then, drawn) in [
            ('g', "ground", None, "#screen[data-screen=ground] h1"),
            ('g', "ground", Some("Begin"), "#screen[data-step]"),
            (
                'g',
                "ground-shape",
                Some("Shape these steps"),
                ".shape-list li button",
            ),
            ('u', "urge", None, "details.wave-options summary"),
            ('u', "urge", Some("Start"), "#screen[data-wave=running]"),
            ('w', "helped", None, ".helped li button"),
        ] {
            app.press(key).await?;
            if let Some(name) = then {
                app.click_name(name).await?;
            }
            app.wait_for_screen(screen).await?;
            app.wait_for_text(drawn, "").await?;
            problems.extend(
                app.axe_in_every_look(&format!("{screen}/{}", then.unwrap_or("-")))
                    .await?,
            );
            app.press(Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        Ok(())
    })
    .await;
}
