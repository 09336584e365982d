//! Get help now: from every screen by one key; the emergency number first, then the
//! person's own people, then the lines for their country (changeable here); the fallback
//! when the country is not listed; and, when this computer has no app for phone links
//! (most desktops), plain words and the number large instead of an error.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use steady_e2e::{run, App, Key, Options};

/// Waits until the page's visible text holds one of `needles`, and returns that text.
async fn wait_for_any(app: &App, needles: &[&str]) -> steady_e2e::Result<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = app.body_text().await?;
        if needles.iter().any(|n| text.contains(n)) {
            return Ok(text);
        }
        if Instant::now() > deadline {
            return Err(format!("none of {needles:?} appeared; the page shows:\n{text}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the page's visible text holds `needle` at least `times` times.
async fn wait_for_count(app: &App, needle: &str, times: usize) -> steady_e2e::Result<String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let text = app.body_text().await?;
        if text.matches(needle).count() >= times {
            return Ok(text);
        }
        if Instant::now() > deadline {
            return Err(format!(
                "{needle:?} did not appear {times} times; the page shows:\n{text}"
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn wait_for_words(app: &App, needle: &str) -> steady_e2e::Result<String> {
    wait_for_any(app, &[needle]).await
}

/// Words that must never reach a person: program values and the directory's bookkeeping.
fn jargon_in(text: &str) -> Vec<&'static str> {
    [
        "null",
        "undefined",
        "NaN",
        "[object",
        "single_source",
        "Languages:",
        "one source",
        "no single page",
        "check it if you can",
        "reference list",
    ]
    .into_iter()
    .filter(|w| text.contains(w))
    .collect()
}

/// Traces of a launcher's error report.
fn error_dump_in(text: &str) -> Vec<String> {
    let mut found: Vec<String> = [
        "failed with",
        "ExitStatus",
        "Operation not supported",
        "no_phone_app",
        "tel:",
        "sms:",
    ]
    .into_iter()
    .filter(|w| text.contains(w))
    .map(String::from)
    .collect();
    found.extend(
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| ["gio", "launcher", "xdg"].contains(&w.to_lowercase().as_str()))
            .map(String::from),
    );
    found
}

/// The first panel under the heading: its heading, its large number and its buttons.
async fn first_panel(app: &App) -> steady_e2e::Result<Value> {
    app.execute(
        r#"
const screen = document.getElementById('screen');
const h1 = screen.querySelector('h1');
const first = [...screen.querySelectorAll('section, article, .panel')][0];
const headings = [...screen.querySelectorAll('h1, h2, h3')].map((h) => h.textContent.trim());
return {
  h1: h1?.textContent.trim(),
  h1_first: screen.firstElementChild === h1,
  next_heading: headings[1] ?? null,
  is_panel: !!first?.classList.contains('panel'),
  heading: first?.querySelector('h2')?.textContent.trim() ?? null,
  number: first?.querySelector('.number')?.textContent.trim() ?? null,
  buttons: [...(first?.querySelectorAll('button') ?? [])].map((b) => b.getAttribute('aria-label') || b.textContent.trim()),
};"#,
        vec![],
    )
    .await
}

/// Screenshots of the whole page, a screenful at a time from the top: `<name>-1.png`, ...
async fn whole_page_screenshots(app: &App, name: &str) -> steady_e2e::Result {
    app.execute("window.scrollTo(0, 0)", vec![]).await?;
    for i in 1..=12 {
        app.screenshot(&format!("{name}-{i}")).await?;
        let more = app
            .execute(
                "const before = window.scrollY; window.scrollBy(0, Math.round(window.innerHeight * 0.85)); return window.scrollY > before;",
                vec![],
            )
            .await?;
        if more != json!(true) {
            break;
        }
    }
    app.execute("window.scrollTo(0, 0)", vec![]).await?;
    Ok(())
}

/// Whether the focus is on the screen's heading.
async fn focus_on_heading(app: &App) -> steady_e2e::Result<bool> {
    let v = app
        .execute(
            "const e = document.activeElement; return !!e && e.tagName === 'H1' && e.isConnected && e.textContent.trim() === 'Get help now';",
            vec![],
        )
        .await?;
    Ok(v == json!(true))
}

/// Chooses a country in the chooser as a person would (a change event), and waits until
/// the page has redrawn for it with the focus back on the chooser. Returns whether the
/// focus came back.
async fn choose_country(app: &App, code: &str) -> steady_e2e::Result<bool> {
    let v = app
        .execute_async(
            r#"
const value = arguments[0];
const done = arguments[arguments.length - 1];
const old = document.getElementById('country');
old.value = value;
old.dispatchEvent(new Event('change'));
const start = Date.now();
(function wait() {
  const now = document.getElementById('country');
  if (now && now !== old && now.value === value && document.activeElement === now) return done(true);
  if (now && now !== old && now.value === value && Date.now() - start > 5000) return done(false);
  if (Date.now() - start > 20000) return done(null);
  setTimeout(wait, 50);
})();"#,
            vec![json!(code)],
        )
        .await?;
    match v {
        Value::Bool(b) => Ok(b),
        _ => Err(format!("the page did not redraw for {code:?}").into()),
    }
}

/// An app environment in which no app handles `tel:` or `sms:` links (most Linux desktops),
/// even on a machine that has one: the system's shared data without its desktop entries,
/// and empty personal data and configuration folders (so no `mimeapps.list`).
fn without_phone_apps(dir: &std::path::Path) -> steady_e2e::Result<Options> {
    let share = dir.join("share");
    let empty = dir.join("empty");
    std::fs::create_dir_all(&share)?;
    std::fs::create_dir_all(&empty)?;
    for entry in std::fs::read_dir("/usr/share")? {
        let entry = entry?;
        if entry.file_name() != "applications" {
            std::os::unix::fs::symlink(entry.path(), share.join(entry.file_name()))?;
        }
    }
    let (share, empty) = (share.display().to_string(), empty.display().to_string());
    Ok(Options {
        env: vec![
            ("XDG_DATA_DIRS".into(), share),
            ("XDG_DATA_HOME".into(), empty.clone()),
            ("XDG_CONFIG_HOME".into(), empty.clone()),
            ("XDG_CONFIG_DIRS".into(), empty),
            ("BROWSER".into(), "false".into()),
        ],
        ..Options::default()
    })
}

async fn position_of(app: &App, text: &str) -> steady_e2e::Result<i64> {
    let v = app
        .execute(
            "return document.body.innerText.indexOf(arguments[0])",
            vec![json!(text)],
        )
        .await?;
    Ok(v.as_i64().unwrap_or(-1))
}

#[tokio::test]
async fn help_opens_with_one_key_from_every_screen() {
    run("help_everywhere", Options::default(), async |app| {
        // Each screen, reached as a person would, then H.
        let routes: &[(&str, &[&str])] = &[
            ("home", &[]),
            ("breathe", &["b"]),
            // B starts breathing at once; the patterns are one step further.
            (
                "patterns",
                &["b", "Change pattern or length", "Your own patterns"],
            ),
            ("plan", &["p"]),
            (
                "plan-setup",
                &[
                    "p",
                    "Start writing my plan",
                    "Signs that a hard moment is coming, item 1",
                ],
            ),
            ("settings", &["s"]),
        ];
        for (screen, steps) in routes {
            for step in *steps {
                if step.len() == 1 {
                    app.press(step.chars().next().unwrap_or('h')).await?;
                } else if step.ends_with("item 1") {
                    app.by_name(step).await?.click().await?;
                } else {
                    app.click_name(step).await?;
                }
            }
            app.wait_for_screen(screen).await?;
            // In the guided setup the cursor is in a text field, where H is a letter:
            // F1 works there too.
            let typing = app
                .execute(
                    "return document.activeElement?.tagName === 'TEXTAREA'",
                    vec![],
                )
                .await?;
            if typing == json!(true) {
                app.press(Key::F1).await?;
            } else {
                app.press('h').await?;
            }
            app.wait_for_screen("help").await?;
            app.press(Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn own_people_first_then_the_lines_for_the_chosen_country() {
    run("help_country_lines", Options::default(), async |app| {
        app.invoke("plan_add", json!({ "section": "professionals", "input": { "name": "Dr Okafor", "phone": "020 7946 0000" } })).await?;
        app.invoke("plan_add", json!({ "section": "people", "input": { "name": "Sam", "phone": "07700 900123" } })).await?;
        app.press('h').await?;
        app.by_text("Samaritans").await?;
        let sam = position_of(app, "Sam\n").await?;
        let doctor = position_of(app, "Dr Okafor").await?;
        let line = position_of(app, "Samaritans").await?;
        assert!(sam >= 0 && sam < doctor && doctor < line, "order: Sam {sam}, doctor {doctor}, line {line}");
        let text = app.body_text().await?;
        assert!(text.contains("Text SHOUT to 85258"), "{text}");
        assert!(text.contains("Last checked November 2026"), "{text}");
        assert!(text.contains("Answers in English"), "{text}");
        assert!(text.contains("Support for partners"), "{text}");
        app.screenshot("help-gb").await?;

        // Switching country changes the lines, and is remembered.
        app.execute(
            "const s = document.getElementById('country'); s.value = 'US'; s.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await?;
        app.by_text("Text HOME to 741741").await?;
        let text = app.body_text().await?;
        assert!(text.contains("Emergency number in United States"), "{text}");
        assert!(text.contains("Answers in English and Spanish"), "{text}");
        assert!(!text.contains("Samaritans"), "{text}");
        assert!(text.contains("If someone is hurting you"), "{text}");
        app.restart().await?;
        app.press('h').await?;
        app.by_text("Text HOME to 741741").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_unlisted_country_falls_back_to_112_and_own_people() {
    run("help_unlisted", Options::default(), async |app| {
        app.press('h').await?;
        app.by_text("Samaritans").await?;
        app.execute(
            "const s = document.getElementById('country'); s.value = 'ZZ'; s.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await?;
        app.by_text("112").await?;
        let text = app.body_text().await?;
        assert!(text.contains("works on most mobile networks"), "{text}");
        assert!(text.contains("no checked crisis line for your country"), "{text}");
        assert!(text.contains("You have not added anyone yet"), "{text}");
        app.by_name("Add your own people to your plan").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn help_has_no_accessibility_violations() {
    run("help_axe", Options::default(), async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "people", "input": { "name": "Sam", "phone": "07700 900123" } }),
        )
        .await?;
        let mut problems = Vec::new();
        for (theme, country) in [("light", "GB"), ("dark", "US"), ("dark", "ZZ")] {
            app.invoke("set_country", json!({ "code": country }))
                .await?;
            app.execute(
                "document.documentElement.dataset.theme = arguments[0]",
                vec![json!(theme)],
            )
            .await?;
            app.press('h').await?;
            app.by_text("Your people").await?;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            problems.extend(
                app.axe_violations()
                    .await?
                    .into_iter()
                    .map(|v| format!("{country}/{theme}: {v}")),
            );
            app.press(Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_emergency_number_comes_first_with_copy_and_call_and_focus_stays_on_the_heading() {
    run("help_emergency_first", Options::default(), async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "people", "input": { "name": "Sam", "phone": "07700 900123" } }),
        )
        .await?;
        app.press('h').await?;
        app.wait_for_screen("help").await?;
        let text = wait_for_words(app, "Samaritans").await?;
        assert!(
            focus_on_heading(app).await?,
            "the focus left the heading while help loaded"
        );

        let first = first_panel(app).await?;
        assert_eq!(first["h1"], "Get help now", "{first}");
        assert_eq!(first["h1_first"], true, "{first}");
        assert_eq!(first["is_panel"], true, "{first}");
        assert_eq!(
            first["heading"], "Emergency number in United Kingdom",
            "{first}"
        );
        assert_eq!(first["next_heading"], first["heading"], "{first}");
        assert_eq!(first["number"], "999", "{first}");
        let buttons: Vec<&str> = first["buttons"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        assert!(buttons.contains(&"Copy number 999"), "{first}");
        assert!(buttons.contains(&"Call 999"), "{first}");

        // Emergency, own people, crisis lines, lines for anyone being hurt, groups.
        let order: Vec<i64> = [
            "Emergency number in United Kingdom",
            "Your people",
            "Crisis lines in United Kingdom",
            "Samaritans",
            "If someone is hurting you",
            "Support for partners",
        ]
        .iter()
        .map(|w| text.find(w).map_or(-1, |i| i as i64))
        .collect();
        assert!(
            order.iter().all(|&i| i >= 0) && order.windows(2).all(|w| w[0] < w[1]),
            "order {order:?}:\n{text}"
        );
        assert!(
            text.find("Sam\n").is_some_and(|i| (i as i64) < order[2]),
            "{text}"
        );
        assert!(
            jargon_in(&text).is_empty(),
            "{:?}:\n{text}",
            jargon_in(&text)
        );

        // Copy says what happened, in words.
        app.click_name("Copy number 999").await?;
        wait_for_any(
            app,
            &["Copied.", "Could not copy. The number is on the screen."],
        )
        .await?;

        // Light and dark, at the default size, for the eyes of whoever reviews them.
        for theme in ["light", "dark"] {
            app.execute(
                "document.documentElement.dataset.theme = arguments[0]",
                vec![json!(theme)],
            )
            .await?;
            whole_page_screenshots(app, &format!("help-{theme}")).await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn call_without_a_phone_app_says_so_plainly_and_shows_the_number_large() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let options = without_phone_apps(dir.path()).expect("an environment without phone apps");
    run("help_no_phone_app", options, async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "people", "input": { "name": "Sam", "phone": "07700 900123" } }),
        )
        .await?;
        app.press('h').await?;
        wait_for_words(app, "Samaritans").await?;

        app.click_name("Call 999").await?;
        let text = wait_for_words(app, "This computer cannot place calls").await?;
        assert!(
            error_dump_in(&text).is_empty(),
            "{:?}:\n{text}",
            error_dump_in(&text)
        );
        let fallback = app
            .execute(
                r#"const box = document.querySelector('.emergency .dial-fallback');
return box && {
  big: box.querySelector('.dial-big')?.textContent,
  size: parseFloat(getComputedStyle(box.querySelector('.dial-big')).fontSize),
  body: parseFloat(getComputedStyle(document.body).fontSize),
  copy: [...box.querySelectorAll('button')].map((b) => b.textContent.trim()),
};"#,
                vec![],
            )
            .await?;
        assert_eq!(fallback["big"], "999", "{fallback}");
        let (size, body) = (
            fallback["size"].as_f64().unwrap_or(0.0),
            fallback["body"].as_f64().unwrap_or(1.0),
        );
        assert!(size >= 2.0 * body, "the number is not large: {fallback}");
        assert_eq!(fallback["copy"], json!(["Copy number"]), "{fallback}");
        app.screenshot("help-call-no-phone-app").await?;

        // A crisis line, a text line and the person's own people fall back the same way.
        app.click_name("Call Samaritans on 116 123").await?;
        app.click_name("Text Shout on 85258").await?;
        app.click_name("Call Sam").await?;
        wait_for_words(app, "This computer cannot send texts").await?;
        let text = wait_for_count(app, "This computer cannot place calls", 3).await?;
        let bigs = app
            .execute(
                "return [...document.querySelectorAll('.dial-big')].map((e) => e.textContent)",
                vec![],
            )
            .await?;
        for shown in ["999", "116 123", "Text SHOUT to 85258", "07700 900123"] {
            assert!(
                bigs.as_array().is_some_and(|a| a.contains(&json!(shown))),
                "{shown} not shown large: {bigs}"
            );
        }
        assert!(
            error_dump_in(&text).is_empty(),
            "{:?}:\n{text}",
            error_dump_in(&text)
        );
        assert!(
            jargon_in(&text).is_empty(),
            "{:?}:\n{text}",
            jargon_in(&text)
        );

        whole_page_screenshots(app, "help-after-call").await?;

        // Still calm and readable, in both themes.
        let mut problems = Vec::new();
        for theme in ["light", "dark"] {
            app.execute(
                "document.documentElement.dataset.theme = arguments[0]",
                vec![json!(theme)],
            )
            .await?;
            problems.extend(
                app.axe_violations()
                    .await?
                    .into_iter()
                    .map(|v| format!("{theme}: {v}")),
            );
        }
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        Ok(())
    })
    .await;
    drop(dir);
}

#[tokio::test]
async fn every_country_reads_in_plain_words_and_keeps_the_focus_on_the_chooser() {
    run("help_every_country", Options::default(), async |app| {
        app.press('h').await?;
        wait_for_words(app, "Samaritans").await?;
        assert!(
            focus_on_heading(app).await?,
            "the focus left the heading while help loaded"
        );
        let codes = app
            .execute(
                "return [...document.getElementById('country').options].map((o) => o.value)",
                vec![],
            )
            .await?;
        let codes: Vec<String> = codes
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str().map(String::from))
            .collect();
        assert!(
            codes.len() >= 12 && codes.contains(&"ZZ".to_string()),
            "{codes:?}"
        );
        for code in codes.iter().chain([&String::new()]) {
            let focused = choose_country(app, code).await?;
            let text = app.body_text().await?;
            assert!(
                focused,
                "{code}: the focus left the country chooser ({})",
                app.focused_name().await?
            );
            assert!(
                jargon_in(&text).is_empty(),
                "{code}: {:?}:\n{text}",
                jargon_in(&text)
            );
            let first = first_panel(app).await?;
            assert!(
                first["is_panel"] == true
                    && first["heading"]
                        .as_str()
                        .is_some_and(|h| h.starts_with("Emergency number"))
                    && first["number"].as_str().is_some_and(|n| !n.is_empty()),
                "{code}: {first}"
            );
        }
        Ok(())
    })
    .await;
}
