//! Guided breathing in the real window: phases in order, pause and resume, Escape stops,
//! the gentle close and its optional rating, own patterns, accessibility. This machine
//! and CI have no sound card, so these runs are also the "no sound device" case.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use steady_e2e::{run, App, Key, Options};

/// A quick pattern of the person's own, so a test sees many phases: in 1, hold 0.5, out 1.5.
async fn quick_pattern(app: &App) -> steady_e2e::Result<String> {
    let p = app
        .invoke(
            "pattern_add",
            json!({ "input": { "name": "Quick test", "seconds": { "in": 1, "hold_in": 0.5, "out": 1.5 } } }),
        )
        .await?;
    Ok(p["id"].as_str().unwrap_or_default().to_string())
}

async fn phase(app: &App) -> steady_e2e::Result<String> {
    let v = app
        .execute(
            "return document.getElementById('screen').dataset.phase ?? ''",
            vec![],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

/// The phases shown over `span`, each recorded once as it changes.
async fn watch(app: &App, span: Duration) -> steady_e2e::Result<Vec<String>> {
    let mut seen: Vec<String> = Vec::new();
    let until = Instant::now() + span;
    while Instant::now() < until {
        let p = phase(app).await?;
        if seen.last() != Some(&p) {
            seen.push(p);
        }
        tokio::time::sleep(Duration::from_millis(40)).await;
    }
    Ok(seen)
}

/// B starts the last choice at once; this changes it and starts the one asked for.
async fn start(app: &App, pattern: &str, minutes: &str) -> steady_e2e::Result {
    app.press('b').await?;
    app.wait_for_screen("breathe").await?;
    app.click_name("Change pattern or length").await?;
    // The choices are drawn once the patterns have come from the core.
    app.wait_for_text("#breathe-start", "").await?;
    app.execute(
        "document.querySelector(`input[name=pattern][value=\"${arguments[0]}\"]`).click();\
         document.querySelector(`input[name=minutes][value=\"${arguments[1]}\"]`).click();",
        vec![json!(pattern), json!(minutes)],
    )
    .await?;
    app.click_name("Start").await
}

#[tokio::test]
async fn phases_change_in_order_pause_holds_them_and_escape_stops() {
    run("breathe_session", Options::default(), async |app| {
        let id = quick_pattern(app).await?;
        start(app, &id, "open").await?;
        app.wait_for_text("#screen[data-phase=settling]", "")
            .await?;
        app.screenshot("breathe-session").await?;
        let seen = watch(app, Duration::from_millis(5_000 + 6_500)).await?;
        let breaths: Vec<&str> = seen
            .iter()
            .map(String::as_str)
            .filter(|p| *p != "settling")
            .collect();
        assert!(breaths.len() >= 6, "{seen:?}");
        for w in breaths.windows(2) {
            let next = match w[0] {
                "in" => "hold_in",
                "hold_in" => "out",
                _ => "in",
            };
            assert_eq!(w[1], next, "out of order: {seen:?}");
        }
        // Space pauses: nothing moves for longer than a whole breath.
        app.press(' ').await?;
        app.wait_for_text("#screen[data-paused=true]", "").await?;
        let before = phase(app).await?;
        let clock = app
            .execute(
                "return document.getElementById('time-left').textContent",
                vec![],
            )
            .await?;
        let during = watch(app, Duration::from_millis(3_500)).await?;
        assert_eq!(during, vec![before], "moved while paused");
        let clock_after = app
            .execute(
                "return document.getElementById('time-left').textContent",
                vec![],
            )
            .await?;
        assert_eq!(clock, clock_after, "the clock ran while paused");
        // Space again goes on from where it was.
        app.press(' ').await?;
        app.wait_for_text("#screen[data-phase]:not([data-paused])", "")
            .await?;
        let after = watch(app, Duration::from_millis(3_200)).await?;
        assert!(after.len() >= 3, "did not go on: {after:?}");
        // Escape stops and goes home; nothing keeps running.
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        assert_eq!(phase(app).await?, "");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_whole_minute_ends_gently_and_the_rating_is_kept() {
    run("breathe_minute", Options::default(), async |app| {
        // The sound device is looked for just after start-up: once it has been (the test
        // gives the app none), the first time, B starts even breathing at once (its name
        // is the heading), and the session says there is no sound device.
        let deadline = Instant::now() + Duration::from_secs(10);
        let sound = loop {
            let sound = app.invoke("sound_status", json!({})).await?;
            if sound["state"] != "opening" {
                break sound;
            }
            assert!(
                Instant::now() < deadline,
                "the sound device was never looked for"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        assert_eq!(sound["state"], "missing", "{sound}");
        app.press('b').await?;
        app.wait_for_text("#screen[data-phase] h1", "Even breathing")
            .await?;
        app.wait_for_text("#screen .session-notes", "No sound device found")
            .await?;
        app.click_name("Change pattern or length").await?;
        app.wait_for_text("#breathe-start", "").await?;
        // Breath-free patterns are listed before those that hold the breath.
        let order = app
            .execute(
                "return [...document.querySelectorAll('input[name=pattern]')].map(i => i.value)",
                vec![],
            )
            .await?;
        assert_eq!(order[0], json!("even"));
        let ids: Vec<&str> = order
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let box_at = ids.iter().position(|i| *i == "box").unwrap();
        assert!(ids.iter().position(|i| *i == "resonance").unwrap() < box_at);
        app.press(Key::Escape).await?;
        start(app, "even", "1").await?;
        // 5 s settle-in + 6 breaths of 10 s.
        app.wait_for_text_within("#screen[data-phase=done]", "", Duration::from_secs(80))
            .await?;
        app.assert_readable("breathing ended").await?;
        app.screenshot("breathe-close").await?;
        app.click_name("3").await?;
        // Nothing is kept unless the person says so.
        app.click_name("Keep a private note of this in What helped")
            .await?;
        app.click_name("Done").await?;
        app.wait_for_screen("home").await?;
        let log = app.invoke("helped_list", json!({})).await?;
        assert_eq!(log.as_array().map(Vec::len), Some(1), "{log}");
        assert_eq!(log[0]["tool"], "breathing");
        assert_eq!(
            log[0]["detail"],
            json!({ "kind": "breathe", "pattern": "even", "minutes": 1 }),
            "{log}"
        );
        assert_eq!(log[0]["after"], 3);
        assert_eq!(log[0]["seconds"], 60);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn own_patterns_are_checked_kept_and_offered() {
    run("own_patterns", Options::default(), async |app| {
        app.press('b').await?;
        app.click_name("Change pattern or length").await?;
        app.click_name("Your own patterns").await?;
        app.wait_for_screen("patterns").await?;
        let name = app.by_name("Name").await?;
        name.send_keys("Evening ").await?;
        // WebKitWebDriver cannot type characters beyond the BMP; add the emoji as an input
        // method would.
        app.execute(
            "const i = document.getElementById('pattern-name'); i.value += '🌙';\
             i.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![],
        )
        .await?;
        for part in ["Breathe in (seconds)", "Breathe out (seconds)"] {
            let input = app.by_name(part).await?;
            input.clear().await?;
            input.send_keys("0").await?;
        }
        app.click_name("Save pattern").await?;
        // Refused, and the reason shown (the core's words); nothing is kept.
        let refused = app
            .wait_for_text("#patterns-status", "half a second")
            .await?;
        assert!(!refused.contains("Evening"), "{refused}");
        let own = app.invoke("breathing_patterns", json!({})).await?;
        assert!(
            own.as_array()
                .is_some_and(|a| a.iter().all(|p| p["own"] == false)),
            "{own}"
        );
        // What was typed is still there.
        let typed = app
            .execute(
                "return document.getElementById('pattern-name').value",
                vec![],
            )
            .await?;
        assert_eq!(typed, json!("Evening 🌙"));
        let input = app.by_name("Breathe in (seconds)").await?;
        input.clear().await?;
        input.send_keys("4.5").await?;
        let out = app.by_name("Breathe out (seconds)").await?;
        out.clear().await?;
        out.send_keys("7").await?;
        app.click_name("Save pattern").await?;
        // Saved: the status names it, and the core has it.
        app.wait_for_text("#patterns-status", "Evening 🌙").await?;
        let saved = app.invoke("breathing_patterns", json!({})).await?;
        let mine = saved
            .as_array()
            .and_then(|a| a.iter().find(|p| p["own"] == true))
            .cloned()
            .unwrap_or_default();
        assert_eq!(mine["name"], "Evening 🌙", "{saved}");
        assert_eq!(mine["seconds"]["in"].as_f64(), Some(4.5), "{saved}");
        assert_eq!(mine["seconds"]["out"].as_f64(), Some(7.0), "{saved}");
        app.screenshot("own-patterns").await?;
        app.restart().await?;
        app.press('b').await?;
        app.click_name("Change pattern or length").await?;
        // Offered among the patterns, with its own lengths.
        let id = mine["id"].as_str().unwrap_or_default();
        let choice = app
            .wait_for_text(
                &format!("label.pattern:has(input[value={id:?}])"),
                "Evening 🌙",
            )
            .await?;
        assert!(choice.contains("4.5") && choice.contains('7'), "{choice}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn breathing_screens_have_no_accessibility_violations() {
    run("breathe_axe", Options::default(), async |app| {
        let mut problems = Vec::new();
        let id = quick_pattern(app).await?;
        app.press('b').await?;
        app.wait_for_screen("breathe").await?;
        app.click_name("Change pattern or length").await?;
        app.wait_for_text("#breathe-start", "").await?;
        problems.extend(app.axe_in_every_look("choose").await?);
        app.click_name("Your own patterns").await?;
        app.wait_for_screen("patterns").await?;
        app.wait_for_text("#pattern-name", "").await?;
        problems.extend(app.axe_in_every_look("patterns").await?);
        app.press(Key::Escape).await?;
        start(app, &id, "open").await?;
        app.wait_for_text("#screen[data-phase=settling]", "")
            .await?;
        problems.extend(app.axe_in_every_look("session").await?);
        // The session in the dark theme, once a breath is under way, for the eye.
        app.execute("document.documentElement.dataset.theme = 'dark'", vec![])
            .await?;
        app.wait_for_text_within(
            "#screen[data-phase]:not([data-phase=settling])",
            "",
            Duration::from_secs(10),
        )
        .await?;
        app.screenshot("breathe-session-dark").await?;
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn with_reduced_motion_a_calm_bar_replaces_the_scaling_shape() {
    run("breathe_reduced", Options::default(), async |app| {
        app.press('s').await?;
        app.click_name("Reduce motion").await?;
        // Taken on at once, and saved.
        app.wait_for_text("html[data-motion=reduce]", "").await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while app.invoke("get_settings", json!({})).await?["motion"] != "reduce" {
            assert!(Instant::now() < deadline, "reduced motion was not saved");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        app.press(Key::Escape).await?;
        let id = quick_pattern(app).await?;
        start(app, &id, "open").await?;
        app.wait_for_text("#screen[data-phase=settling]", "").await?;
        let shapes = app
            .execute(
                "return [document.querySelectorAll('.breath-shape').length, document.querySelectorAll('.breath-bar').length]",
                vec![],
            )
            .await?;
        assert_eq!(shapes, json!([0, 1]), "the scaling shape is gone and the bar shown");
        // The bar fills and empties with the breath; nothing is scaled.
        let mut widths: Vec<f64> = Vec::new();
        let until = Instant::now() + Duration::from_millis(5_000 + 3_000);
        while Instant::now() < until {
            let w = app
                .execute("return document.querySelector('.breath-fill').style.width", vec![])
                .await?;
            if let Some(v) = w.as_str().and_then(|w| w.trim_end_matches('%').parse().ok()) {
                widths.push(v);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let full = widths.iter().any(|w| *w >= 95.0);
        let empty = widths.iter().rev().take(10).any(|w| *w <= 5.0);
        let moving = widths.windows(2).filter(|p| p[0] != p[1]).count();
        assert!(full && empty && moving > 3, "{widths:?}");
        let scaled = app
            .execute("return document.querySelector('[style*=scale]') !== null", vec![])
            .await?;
        assert_eq!(scaled, json!(false));
        app.screenshot("breathe-reduced").await?;
        Ok(())
    })
    .await;
}
