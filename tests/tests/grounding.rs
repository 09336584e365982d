//! Grounding, urge surfing and the "what helped" review in the real window.

use std::time::{Duration, Instant};

use serde_json::json;
use steady_e2e::{run, App, Key, Options};

/// Tabs to the control with this name and presses Enter on it, as a keyboard user would.
async fn tab_to_and_enter(app: &App, name: &str) -> steady_e2e::Result {
    for _ in 0..40 {
        app.press(Key::Tab).await?;
        if app.focused_name().await? == name {
            return app.press(Key::Enter).await;
        }
    }
    Err(format!("Tab never reached {name:?}").into())
}

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
        tab_to_and_enter(app, "Begin").await?;
        assert_eq!(step(app).await?, "start");
        tab_to_and_enter(app, "Next").await?;
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
        app.by_text("2 of 5 noticed").await?;
        app.screenshot("ground-see").await?;
        tab_to_and_enter(app, "Next").await?;
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
        field.send_keys("a cup, the bed").await?;
        assert_eq!(app.screen().await?, "ground");
        assert_eq!(step(app).await?, "touch");
        let typed = app
            .execute("return document.getElementById('notice').value", vec![])
            .await?;
        assert_eq!(typed, json!("a cup, the bed"));
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        app.press('g').await?;
        tab_to_and_enter(app, "Begin").await?;
        for expected in ["start", "see", "touch", "hear", "smell", "taste"] {
            assert_eq!(step(app).await?, expected);
            tab_to_and_enter(app, "Next").await?;
        }
        assert_eq!(step(app).await?, "now");
        let text = app.body_text().await?;
        assert!(
            text.contains("2026") || text.contains("20"),
            "the date is shown: {text}"
        );
        // The rest can be skipped, every one.
        while !step(app).await?.is_empty() {
            tab_to_and_enter(app, "Skip this step").await?;
        }
        app.by_text("You are here, now.").await?;
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
        app.by_text("Hold the smooth stone from the beach").await?;
        let statements = app.by_name("One per line, such as your name, “this is now, not then”, or “I am safe in this room”.").await?;
        statements.send_keys("My name is Ana").await?;
        app.press(Key::Enter).await?;
        let statements = app.client.as_ref().ok_or("no session")?.active_element().await?;
        statements.send_keys("This is now, not then").await?;
        app.click_name("Save these sentences").await?;
        app.by_text("Saved.").await?;
        // Leave out the smell step.
        app.click_name("Include Two things you can smell").await?;
        app.screenshot("ground-shape").await?;
        app.restart().await?;
        let v = app.invoke("grounding_get", json!({})).await?;
        let walk: Vec<&str> = v["walk"].as_array().unwrap().iter().filter_map(|s| s["text"].as_str()).collect();
        assert!(walk.contains(&"Hold the smooth stone from the beach"));
        assert!(v["walk"].as_array().unwrap().iter().all(|s| s["id"] != "smell"));
        assert_eq!(v["statements"], json!(["My name is Ana", "This is now, not then"]));
        app.press('g').await?;
        app.click_name("Shape these steps").await?;
        app.by_text("Hold the smooth stone from the beach").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_five_minute_wave_completes_is_noted_and_the_review_deletes_it() {
    run("urge_wave", Options::default(), async |app| {
        app.invoke("plan_add", json!({ "section": "on_my_own", "input": { "text": "Go for a run" } })).await?;
        app.press('u').await?;
        app.wait_for_screen("urge").await?;
        app.by_text("Length and check-ins: 15 minutes, with a question every few minutes").await?.click().await?;
        let minutes = app.by_name("How long, in minutes (5 to 30)").await?;
        minutes.clear().await?;
        minutes.send_keys("5").await?;
        app.click_name("7").await?;
        app.click_name("Start").await?;
        app.by_text("Go for a run").await?;
        app.screenshot("urge-running").await?;
        // A check-in comes at 3 minutes; answer it.
        let deadline = Instant::now() + Duration::from_secs(200);
        while app.execute("return document.body.innerText.includes('How strong is the urge now?')", vec![]).await? != json!(true) {
            assert!(Instant::now() < deadline, "no check-in");
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        app.assert_readable("wave check-in").await?;
        app.click_name("5").await?;
        app.click_name("Note it").await?;
        let deadline = Instant::now() + Duration::from_secs(150);
        while app.execute("return document.getElementById('screen').dataset.wave ?? ''", vec![]).await? != json!("done") {
            assert!(Instant::now() < deadline, "the wave did not end");
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        app.by_text("The time you set is up.").await?;
        app.assert_readable("wave ended").await?;
        app.click_name("3").await?;
        app.click_name("Keep a private note of this in What helped").await?;
        app.click_name("Done").await?;
        app.wait_for_screen("home").await?;
        let log = app.invoke("helped_list", json!({})).await?;
        assert_eq!(log[0]["tool"], "urge_surfing");
        assert_eq!(log[0]["before"], 7);
        assert_eq!(log[0]["after"], 3);
        assert!(log[0]["seconds"].as_u64().unwrap_or(0) >= 300);

        // The review shows it, and deletes it.
        app.invoke("helped_add", json!({ "entry": { "tool": "breathing", "detail": "Even breathing", "seconds": 60 } })).await?;
        app.press('w').await?;
        app.wait_for_screen("helped").await?;
        app.by_text("Riding the wave").await?;
        app.screenshot("helped").await?;
        let delete = app
            .execute("return [...document.querySelectorAll('.helped button')].map(b => b.getAttribute('aria-label'))", vec![])
            .await?;
        let wave_label = delete.as_array().unwrap().iter().filter_map(|v| v.as_str()).find(|l| l.contains("Riding the wave")).unwrap().to_string();
        app.click_name(&wave_label).await?;
        app.by_text("Deleted.").await?;
        let log = app.invoke("helped_list", json!({})).await?;
        assert_eq!(log.as_array().map(Vec::len), Some(1));
        app.click_name("Delete all of it").await?;
        app.click_name("Yes, delete everything here").await?;
        app.by_text("Everything here has been deleted.").await?;
        assert_eq!(app.invoke("helped_list", json!({})).await?, json!([]));
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
        for theme in ["light", "dark"] {
            app.execute(
                "document.documentElement.dataset.theme = arguments[0]",
                vec![json!(theme)],
            )
            .await?;
            for (key, screen, then) in [
                ('g', "ground", None),
                ('g', "ground", Some("Begin")),
                ('g', "ground-shape", Some("Shape these steps")),
                ('u', "urge", None),
                ('u', "urge", Some("Start")),
                ('w', "helped", None),
            ] {
                app.press(key).await?;
                if let Some(name) = then {
                    app.click_name(name).await?;
                }
                app.wait_for_screen(screen).await?;
                tokio::time::sleep(Duration::from_millis(400)).await;
                problems.extend(
                    app.axe_violations()
                        .await?
                        .into_iter()
                        .map(|v| format!("{screen}/{}/{theme}: {v}", then.unwrap_or("-"))),
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
