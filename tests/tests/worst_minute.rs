//! What a person in panic meets, in the real window: one key to breathing, keys that
//! never throw work away, nothing broken on any screen, and every screen usable at
//! 800x600 with the largest text, in both themes (screenshots kept in the artifacts).

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use steady_e2e::{run, App, Key, Options};

async fn phase_text(app: &App) -> steady_e2e::Result<String> {
    let v = app
        .execute(
            "return document.getElementById('phase')?.textContent ?? ''",
            vec![],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

/// A breathing session in its settle-in.
const SETTLING: &str = "#screen[data-phase=settling]";

/// Waits for the session B started: its pattern's name as the heading, and the core's
/// record of the pattern and length it started with.
async fn session_is(app: &App, name: &str, id: &str, minutes: u32) -> steady_e2e::Result {
    app.wait_for_text("#screen[data-phase] h1", name).await?;
    let last = app.invoke("breathing_last", json!({})).await?;
    assert_eq!(last, json!({ "pattern": id, "minutes": minutes }), "{name}");
    Ok(())
}

/// Waits until the page's version list shows `count` entries, and the core has pinned one
/// (kept when replaced).
async fn versions_with_a_pinned_one(app: &App, count: usize) -> steady_e2e::Result {
    app.wait_for_text(&format!(".versions li:nth-child({count}) button"), "")
        .await?;
    let versions = app.invoke("plan_versions", json!({})).await?;
    assert!(
        versions
            .as_array()
            .is_some_and(|v| v.iter().any(|v| v["pinned"] == true)),
        "{versions}"
    );
    Ok(())
}

async fn set(app: &App, key: &str, value: Value) -> steady_e2e::Result {
    let mut s = app.invoke("get_settings", json!({})).await?;
    s[key] = value;
    let saved = app
        .invoke("save_settings", json!({ "settings": s }))
        .await?;
    // The page takes the look and the keys from what was saved, as Settings does.
    app.execute(
        "document.documentElement.dataset.theme = arguments[0].theme;\
         document.documentElement.dataset.text = arguments[0].text_size;",
        vec![saved],
    )
    .await?;
    Ok(())
}

#[tokio::test]
async fn b_starts_breathing_at_once_with_the_last_choice() {
    let data = tempfile::tempdir().unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run("one_key_breathing", opts, async |app| {
        // The first time: even breathing, three minutes, no decision.
        app.press('b').await?;
        app.wait_for_text(SETTLING, "").await?;
        session_is(app, "Even breathing", "even", 3).await?;
        // Changing is there, not in the way.
        app.click_name("Change pattern or length").await?;
        // The choices are drawn once the patterns have come from the core.
        app.wait_for_text("#breathe-start", "").await?;
        app.execute(
            "document.querySelector('input[name=pattern][value=\"box\"]').click();\
             document.querySelector('input[name=minutes][value=\"5\"]').click();",
            vec![],
        )
        .await?;
        app.click_name("Start").await?;
        app.wait_for_text(SETTLING, "").await?;
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        // Kept across a restart: B starts box breathing for five minutes.
        app.restart().await?;
        app.press('b').await?;
        app.wait_for_text(SETTLING, "").await?;
        session_is(app, "Box breathing", "box", 5).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn during_a_session_only_space_escape_and_help_act() {
    run("session_keys", Options::default(), async |app| {
        app.press('b').await?;
        app.wait_for_text(SETTLING, "").await?;
        // Stray letters: nothing happens (S used to end the session and open Settings).
        // Once the page has handled them all, it has acted on none.
        let stray = ['s', 'g', 'p', 'u', 'w', 'b', 'x'];
        app.watch_keys().await?;
        for k in stray {
            app.press(k).await?;
        }
        let acted = app.keys_handled(stray.len()).await?;
        assert!(
            acted.is_empty(),
            "the page acted on {acted:?} during a session"
        );
        assert_eq!(app.screen().await?, "breathe");
        app.wait_for_text("#screen[data-phase]", "").await?;
        // Wait for the first phase, then pause: the screen says so, with no frozen count.
        app.wait_for_text_within("#screen[data-phase=in]", "", Duration::from_secs(15))
            .await?;
        app.press(' ').await?;
        app.wait_for_text("#screen[data-paused=true]", "").await?;
        assert_eq!(phase_text(app).await?, "Paused");
        app.assert_readable("breathing paused").await?;
        app.press(' ').await?;
        app.wait_for_text("#screen[data-phase]:not([data-paused])", "")
            .await?;
        let deadline = Instant::now() + Duration::from_secs(15);
        while phase_text(app).await? == "Paused" {
            assert!(Instant::now() < deadline, "the phase never came back");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // H reaches help, even mid-session.
        app.press('h').await?;
        app.wait_for_screen("help").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn single_letter_keys_can_be_turned_off() {
    run("single_keys_off", Options::default(), async |app| {
        app.press('s').await?;
        app.wait_for_screen("settings").await?;
        app.click_name("Single letters open screens (B breathe, G ground, U ride the wave, P my plan, W what helped, H get help now, S settings)").await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        while app.invoke("get_settings", json!({})).await?["single_keys"] != false {
            assert!(Instant::now() < deadline, "the setting was not saved");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        // Once the page has handled every letter, it has acted on none.
        let letters = ['b', 'g', 'h', 'p'];
        app.watch_keys().await?;
        for k in letters {
            app.press(k).await?;
        }
        let acted = app.keys_handled(letters.len()).await?;
        assert!(acted.is_empty(), "letters still act: {acted:?}");
        assert_eq!(app.screen().await?, "home", "letters do nothing now");
        // F1 still reaches help, and Escape still goes home.
        app.press(Key::F1).await?;
        app.wait_for_screen("help").await?;
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        // The choice holds after a restart.
        app.restart().await?;
        app.watch_keys().await?;
        app.press('b').await?;
        let acted = app.keys_handled(1).await?;
        assert!(acted.is_empty(), "B acts again after a restart");
        assert_eq!(app.screen().await?, "home");
        Ok(())
    })
    .await;
}

/// Every screen's main action, by its accessible name, once the screen is open.
/// (The own-pattern editor is left out: its form needs scrolling at this size.)
const MAIN_ACTIONS: [(&str, &str); 8] = [
    ("home", "Breathe"),
    ("breathe", "Pause"),
    ("ground", "Begin"),
    ("urge", "Start"),
    ("plan", "Start writing my plan"),
    // The emergency panel's Call button (its name holds the country's number).
    ("help", ".emergency .actions button"),
    ("helped", "What helped"),
    ("settings", "Settings"),
];

async fn open(app: &App, screen: &str) -> steady_e2e::Result {
    app.press(Key::Escape).await?;
    app.wait_for_screen("home").await?;
    match screen {
        "home" => {}
        "patterns" => {
            app.press('b').await?;
            app.click_name("Change pattern or length").await?;
            app.click_name("Your own patterns").await?;
        }
        other => {
            let key = match other {
                "breathe" => 'b',
                "ground" => 'g',
                "urge" => 'u',
                "plan" => 'p',
                "help" => 'h',
                "helped" => 'w',
                _ => 's',
            };
            app.press(key).await?;
        }
    }
    app.wait_for_screen(screen).await
}

/// Whether an element (by accessible name, or by selector when `name` starts with a dot)
/// is wholly inside the window, with the page scrolled to the top.
async fn in_view(app: &App, name: &str) -> steady_e2e::Result<Value> {
    let el = if name.starts_with('.') {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match app
                .client
                .as_ref()
                .ok_or("no session")?
                .find(fantoccini::Locator::Css(name))
                .await
            {
                Ok(e) => break e,
                Err(_) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(100)).await
                }
                Err(e) => return Err(format!("{name}: {e}").into()),
            }
        }
    } else {
        app.by_name(name).await?
    };
    let v = app
        .execute(
            "window.scrollTo(0, 0); document.getElementById('screen').scrollTop = 0;\
             const r = arguments[0].getBoundingClientRect();\
             return { top: r.top, bottom: r.bottom, left: r.left, right: r.right,\
                      w: window.innerWidth, h: window.innerHeight,\
                      inside: r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth };",
            vec![serde_json::to_value(&el)?],
        )
        .await?;
    Ok(v)
}

#[tokio::test]
async fn every_screen_fits_800x600_at_the_largest_text_in_both_themes() {
    run("fits_800x600", Options::default(), async |app| {
        let mut problems = Vec::new();
        // 800x600 at the largest text, and the smallest window Steady allows at normal text.
        for (theme, (w, h), text) in [
            ("light", (800, 600), "larger"),
            ("dark", (800, 600), "larger"),
            ("light", (420, 480), "normal"),
        ] {
            app.resize(w, h).await?;
            set(app, "theme", json!(theme)).await?;
            set(app, "text_size", json!(text)).await?;
            let theme = if w == 800 { theme.to_string() } else { format!("{theme}-{w}x{h}") };
            let theme = theme.as_str();
            for (screen, main) in MAIN_ACTIONS {
                open(app, screen).await?;
                if screen == "breathe" {
                    app.wait_for_text(SETTLING, "").await?;
                }
                let v = in_view(app, main).await?;
                if v["inside"] != json!(true) {
                    problems.push(format!("{screen}/{theme}: {main:?} is not fully in view: {v}"));
                }
                if screen == "breathe" {
                    for extra in ["Stop"] {
                        let v = in_view(app, extra).await?;
                        if v["inside"] != json!(true) {
                            problems.push(format!("{screen}/{theme}: {extra:?} is not in view: {v}"));
                        }
                    }
                    let phase = app
                        .execute(
                            "const r = document.getElementById('phase').getBoundingClientRect(); return r.bottom <= window.innerHeight && r.top >= 0",
                            vec![],
                        )
                        .await?;
                    if phase != json!(true) {
                        problems.push(format!("{screen}/{theme}: the phase words are off screen"));
                    }
                }
                app.screenshot_window(&format!("{w}x{h}-{text}-{theme}-{screen}"))
                    .await?;
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn nothing_broken_on_any_screen_or_state() {
    let data = tempfile::tempdir().unwrap();
    // A damaged settings file: the notice it brings must read well too.
    std::fs::write(data.path().join("settings.json"), "{oops").unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run("broken_text", opts, async |app| {
        app.assert_readable("home with a notice").await?;
        // Every screen, empty, once what only its data draws is there.
        for (screen, drawn) in [
            ("breathe", SETTLING),
            ("ground", "#screen[data-screen=ground] h1"),
            ("urge", "details.wave-options summary"),
            ("plan", "#screen[data-screen=plan] .actions button"),
            ("help", ".emergency .number"),
            ("helped", ".helped li"),
            ("settings", "#data-dir"),
        ] {
            open(app, screen).await?;
            app.wait_for_text(drawn, "").await?;
            app.assert_readable(&format!("{screen} (empty)")).await?;
        }
        // Breathing: choosing, settling, breathing, paused.
        open(app, "breathe").await?;
        app.click_name("Change pattern or length").await?;
        app.assert_readable("breathe/choose").await?;
        app.click_name("Your own patterns").await?;
        app.wait_for_screen("patterns").await?;
        app.click_name("Save pattern").await?;
        app.assert_readable("patterns/refused").await?;
        open(app, "breathe").await?;
        app.wait_for_text(SETTLING, "").await?;
        app.assert_readable("breathe/settling").await?;
        // Grounding: every step.
        open(app, "ground").await?;
        app.click_name("Begin").await?;
        let mut guard = 0;
        let has_next = "return [...document.querySelectorAll('button')].some(b => b.textContent === 'Next')";
        while app.execute(has_next, vec![]).await? == json!(true) && guard < 20 {
            app.assert_readable(&format!("ground/step {guard}")).await?;
            app.click_name("Next").await?;
            guard += 1;
        }
        app.assert_readable("ground/last step").await?;
        app.click_name("Finish").await?;
        app.wait_for_text("#keep-note", "").await?;
        app.assert_readable("ground/ended").await?;
        app.click_name("Done").await?;
        app.wait_for_screen("home").await?;
        open(app, "ground").await?;
        app.click_name("Shape these steps").await?;
        app.wait_for_screen("ground-shape").await?;
        app.assert_readable("ground-shape").await?;
        // The wave, running, with a plan to show.
        app.invoke("plan_add", json!({ "section": "on_my_own", "input": { "text": "Go for a run" } })).await?;
        app.invoke("plan_add", json!({ "section": "people", "input": { "name": "Sam" } })).await?;
        app.invoke("plan_add", json!({ "section": "professionals", "input": { "phone": "0800 000 000" } })).await?;
        open(app, "urge").await?;
        app.click_name("Start").await?;
        app.wait_for_text("#screen[data-wave=running]", "Go for a run").await?;
        app.assert_readable("urge/running").await?;
        // The plan, filled: every step, the editor, earlier versions with a pinned one.
        open(app, "plan").await?;
        app.by_name("Next step").await?;
        for i in 0..8 {
            app.assert_readable(&format!("plan/step {i}")).await?;
            let more = app
                .execute("const b = [...document.querySelectorAll('button')].find(b => b.textContent === 'Next step'); if (b && !b.hidden) { b.click(); return true; } return false;", vec![])
                .await?;
            if more != json!(true) {
                break;
            }
        }
        app.click_name("Change my plan").await?;
        app.wait_for_screen("plan-edit").await?;
        app.assert_readable("plan-edit").await?;
        let plan = app.invoke("plan_get", json!({})).await?;
        app.invoke("plan_import", json!({ "bytes": serde_json::to_vec(&json!({"version":1,"next_id":1,"matters":[{"id":1,"text":"Imported"}]}))? })).await?;
        app.invoke("plan_import", json!({ "bytes": serde_json::to_vec(&{ let mut p = plan.clone(); p["version"] = json!(1); p })? })).await?;
        open(app, "plan").await?;
        app.click_name("Earlier versions").await?;
        app.wait_for_screen("plan-history").await?;
        versions_with_a_pinned_one(app, 2).await?;
        app.assert_readable("plan-history").await?;
        // What helped, with a session of one second and one of an hour.
        app.invoke("helped_add", json!({ "entry": { "tool": "breathing", "detail": "Even breathing", "seconds": 1 } })).await?;
        app.invoke("helped_add", json!({ "entry": { "tool": "urge_surfing", "seconds": 3600, "before": 8 } })).await?;
        open(app, "helped").await?;
        app.wait_for_text(".helped li:nth-child(2) button", "").await?;
        app.assert_readable("helped/filled").await?;
        // Help with own people, and every country (the help tests check each line).
        open(app, "help").await?;
        app.wait_for_text("[aria-labelledby=own-h] .contact-name", "Sam")
            .await?;
        app.assert_readable("help/filled").await?;
        open(app, "settings").await?;
        app.wait_for_text("#data-dir", "").await?;
        app.assert_readable("settings").await?;
        Ok(())
    })
    .await;
}

/// The states this work touched, as a person meets them at 800x600 with the largest text,
/// in both themes: each checked for broken text and kept as a screenshot to look at.
#[tokio::test]
async fn a_tour_of_the_states_at_the_largest_text() {
    let data = tempfile::tempdir().unwrap();
    // Start with a damaged settings file and a plan whose items share a number: the
    // notices they bring are part of what a person meets.
    std::fs::write(data.path().join("settings.json"), "{oops").unwrap();
    std::fs::write(
        data.path().join("plan.json"),
        r#"{"version":1,"next_id":1,"people":[{"id":1,"name":"Sam","phone":"07700 900123"}],
            "on_my_own":[{"id":1,"text":"Cold water on my wrists"}]}"#,
    )
    .unwrap();
    let opts = Options {
        data_dir: Some(data.path().to_path_buf()),
        ..Options::default()
    };
    run("tour", opts, async |app| {
        app.resize(800, 600).await?;
        app.screenshot_window("tour-notices").await?;
        app.assert_readable("notices").await?;
        let new_plan = json!({"version":1,"next_id":3,"matters":[{"id":1,"text":"My kids"}],
            "on_my_own":[{"id":2,"text":"Cold water on my wrists"}],"people":[{"id":3,"name":"Sam","phone":"07700 900123"}]});
        app.invoke("plan_import", json!({ "bytes": serde_json::to_vec(&new_plan)? })).await?;
        for theme in ["light", "dark"] {
            set(app, "theme", json!(theme)).await?;
            set(app, "text_size", json!("larger")).await?;
            let shot = |name: &str| format!("tour-{theme}-{name}");
            // Breathing: running, paused, the chooser.
            open(app, "breathe").await?;
            app.wait_for_text(SETTLING, "").await?;
            app.press(' ').await?;
            app.wait_for_text("#screen[data-paused=true]", "").await?;
            app.assert_readable("breathe paused").await?;
            app.screenshot_window(&shot("breathe-paused")).await?;
            app.click_name("Change pattern or length").await?;
            app.assert_readable("breathe chooser").await?;
            app.screenshot_window(&shot("breathe-chooser")).await?;
            // Grounding: a step that invites typing, and the ending with its question.
            open(app, "ground").await?;
            app.click_name("Begin").await?;
            app.click_name("Next").await?;
            let field = app.client.as_ref().ok_or("no session")?.active_element().await?;
            field.send_keys("a lamp").await?;
            app.press(Key::Enter).await?;
            app.wait_for_text("#screen .count-line", "1").await?;
            app.assert_readable("ground typing").await?;
            app.screenshot_window(&shot("ground-typing")).await?;
            let skip_all = "for (let i = 0; i < 30; i++) { const b = [...document.querySelectorAll('button')].find(b => b.textContent === 'Skip this step'); if (!b) break; b.click(); }";
            app.execute(skip_all, vec![]).await?;
            app.wait_for_text("#keep-note", "").await?;
            app.assert_readable("ground ending").await?;
            app.screenshot_window(&shot("ground-ending")).await?;
            // The wave, running, with the plan beside it; its options unfolded.
            open(app, "urge").await?;
            app.wait_for_text("details.wave-options summary", "").await?;
            app.execute("document.querySelector('details.wave-options').open = true", vec![]).await?;
            app.screenshot_window(&shot("urge-options")).await?;
            app.click_name("Start").await?;
            app.wait_for_text("#screen[data-wave=running]", "Cold water on my wrists").await?;
            app.assert_readable("urge running").await?;
            app.screenshot_window(&shot("urge-running")).await?;
            // The plan, a step with a contact; its earlier versions with a pinned one.
            open(app, "plan").await?;
            app.by_name("Next step").await?;
            app.screenshot_window(&shot("plan-step")).await?;
            app.click_name("Earlier versions").await?;
            versions_with_a_pinned_one(app, 2).await?;
            app.assert_readable("plan history").await?;
            app.screenshot_window(&shot("plan-history")).await?;
            // Settings, at its Keys and What helped choices.
            open(app, "settings").await?;
            app.execute("document.querySelector('input[name=single_keys]')?.scrollIntoView({ block: 'center' })", vec![]).await?;
            app.screenshot_window(&shot("settings-keys")).await?;
            // What helped, with a short and a long entry.
            if theme == "light" {
                app.invoke("helped_add", json!({ "entry": { "tool": "breathing", "detail": "Even breathing", "seconds": 1, "after": 3 } })).await?;
                app.invoke("helped_add", json!({ "entry": { "tool": "urge_surfing", "seconds": 900, "before": 8, "after": 6 } })).await?;
            }
            open(app, "helped").await?;
            app.wait_for_text(".helped li:nth-child(2) button", "").await?;
            app.assert_readable("helped").await?;
            app.screenshot_window(&shot("helped")).await?;
        }
        Ok(())
    })
    .await;
}
