//! Get help now: from every screen by one key; the emergency number first, then the
//! person's own people, then the lines for their country (changeable here); the fallback
//! when the country is not listed; and, when this computer has no app for phone links
//! (most desktops), plain words and the number large instead of an error.

use serde_json::{json, Value};
use steady_e2e::{run, App, Key, Options};

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
    // A program value is a word of its own ("null", not French "nulle part").
    .filter(|w| {
        if w.chars().all(char::is_alphabetic) {
            text.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w)
        } else {
            text.contains(w)
        }
    })
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
const headings = [...screen.querySelectorAll('h1, h2, h3')];
return {
  h1: !!h1,
  h1_first: screen.firstElementChild === h1,
  next_heading_is_its: !!first && headings[1] === first.querySelector('h2'),
  is_emergency: !!first?.matches('.panel.emergency'),
  heading: first?.querySelector('h2')?.textContent.trim() ?? null,
  number: first?.querySelector('.number')?.textContent.trim() ?? null,
  buttons: [...(first?.querySelectorAll('button') ?? [])].map((b) => b.getAttribute('aria-label') || b.textContent.trim()),
};"#,
        vec![],
    )
    .await
}

/// Where each of these (CSS selectors) first is in the page, in document order; -1 if absent.
async fn order_of(app: &App, selectors: &[&str]) -> steady_e2e::Result<Vec<i64>> {
    let v = app
        .execute(
            "const all = [...document.querySelectorAll('#screen *')];\
             return arguments[0].map((s) => all.indexOf(document.querySelector(s)));",
            vec![json!(selectors)],
        )
        .await?;
    Ok(v.as_array()
        .into_iter()
        .flatten()
        .map(|i| i.as_i64().unwrap_or(-1))
        .collect())
}

/// Whether every position was found, in increasing order.
fn in_order(at: &[i64]) -> bool {
    at.iter().all(|&i| i >= 0) && at.windows(2).all(|w| w[0] < w[1])
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

/// Whether the focus is on the help screen's heading.
async fn focus_on_heading(app: &App) -> steady_e2e::Result<bool> {
    let v = app
        .execute(
            "const e = document.activeElement; return !!e && e.tagName === 'H1' && e.isConnected && !!e.closest('#screen[data-screen=help]');",
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

/// The code for a phone inside `within` (a CSS selector), once drawn: the link it holds,
/// its text alternative, and whether it is a square image at least 200 px wide, dark on
/// white whatever the theme.
async fn phone_code_in(app: &App, within: &str) -> steady_e2e::Result<Value> {
    let selector = format!("{within} .phone-code");
    app.wait_for_text(&selector, "").await?;
    let v = app
        .execute(
            r#"const fig = document.querySelector(arguments[0]);
const img = fig.querySelector('.phone-code-image[role=img]');
const svg = img?.querySelector('svg');
const box = svg?.getBoundingClientRect();
const back = img && getComputedStyle(img).backgroundColor;
return {
  link: fig.dataset.link,
  name: img?.getAttribute('aria-label') ?? null,
  width: box ? Math.round(box.width) : 0,
  square: box ? Math.abs(box.width - box.height) < 2 : false,
  white: back === 'rgb(255, 255, 255)',
  paths: svg ? svg.querySelectorAll('path').length : 0,
};"#,
            vec![json!(selector)],
        )
        .await?;
    if v["width"].as_f64().unwrap_or(0.0) < 200.0
        || v["square"] != json!(true)
        || v["white"] != json!(true)
        || v["paths"] != json!(1)
        || v["name"].as_str().is_none_or(str::is_empty)
    {
        return Err(format!(
            "the code in {within} is not a large, labelled, dark-on-white image: {v}"
        )
        .into());
    }
    Ok(v)
}

/// Locales, the emergency number their country shows, its first crisis line, and that
/// line's first number.
const LOCALES: [(&str, &str, &str, &str); 9] = [
    ("en_US.UTF-8", "911", "988 Suicide & Crisis Lifeline", "988"),
    ("en_GB.UTF-8", "999", "Samaritans", "116 123"),
    ("en_AU.UTF-8", "000", "Lifeline", "13 11 14"),
    ("de_DE.UTF-8", "112", "TelefonSeelsorge", "0800 111 0 111"),
    (
        "fr_FR.UTF-8",
        "112",
        "3114, numéro national de prévention du suicide",
        "3114",
    ),
    (
        "es_ES.UTF-8",
        "112",
        "024 Línea de atención a la conducta suicida",
        "024",
    ),
    ("nl_NL.UTF-8", "112", "113 Zelfmoordpreventie", "113"),
    (
        "ja_JP.UTF-8",
        "119",
        "よりそいホットライン (Yorisoi Hotline)",
        "0120-279-338",
    ),
    (
        "pt_BR.UTF-8",
        "192",
        "CVV – Centro de Valorização da Vida",
        "188",
    ),
];

#[tokio::test]
async fn each_locale_shows_its_countrys_line_first_its_emergency_number_and_a_code() {
    for (locale, emergency, first_line, number) in LOCALES {
        let options = Options::locale(locale);
        let name = format!("help_locale_{}", &locale[..5]);
        run(&name, options, async |app| {
            app.press('h').await?;
            app.wait_for_text(".emergency .number", emergency).await?;
            let first = app
                .execute(
                    "return document.querySelector('[aria-labelledby=lines-h] .panel.line')?.getAttribute('aria-label') ?? null",
                    vec![],
                )
                .await?;
            assert_eq!(first, json!(first_line), "{locale}: the first crisis line");
            // The button's name in the language Steady speaks for this locale.
            let lang = steady_core::words::choose(None, |k| {
                ["LANG", "LC_ALL"].contains(&k).then(|| locale.to_string())
            });
            let words = steady_core::words::Words::new(&lang);
            let what = words.get(
                "help-phone-line",
                &[("name", (*first_line).into()), ("number", (*number).into())],
            );
            app.click_name(&words.get("plan-phone-show-what", &[("what", what.into())]))
                .await?;
            let code = phone_code_in(app, &line(first_line)).await?;
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(code["link"], json!(format!("tel:{digits}")), "{locale}: {code}");
            assert!(
                code["name"].as_str().is_some_and(|n| n.contains(number)),
                "{locale}: the code's text alternative does not name {number}: {code}"
            );
            let text = app.body_text().await?;
            assert!(jargon_in(&text).is_empty(), "{locale}: {:?}", jargon_in(&text));
            app.screenshot(&name).await?;
            Ok(())
        })
        .await;
    }
}

#[tokio::test]
async fn a_country_is_found_by_typing_its_name_in_english_or_its_own_language() {
    run("help_find_country", Options::default(), async |app| {
        app.press('h').await?;
        app.wait_for_text(&line("Samaritans"), "").await?;
        // Its own name, without the accent: España.
        app.execute("document.getElementById('country-find').focus()", vec![])
            .await?;
        for c in "espa".chars() {
            app.press(c).await?;
        }
        app.wait_for_text("#country-count", "One country matches")
            .await?;
        let listed = app
            .execute(
                "return [...document.getElementById('country').options].map((o) => o.value)",
                vec![],
            )
            .await?;
        assert!(
            listed
                .as_array()
                .is_some_and(|l| l.iter().any(|v| v == "ES") && !l.iter().any(|v| v == "DE")),
            "the list was not narrowed to Spain: {listed}"
        );
        app.screenshot("help-find-country").await?;
        app.press(Key::Enter).await?;
        app.wait_for_text("#emergency-h", "Spain").await?;
        // By its English name too, and the choice is kept.
        app.execute("document.getElementById('country-find').focus()", vec![])
            .await?;
        for c in "finl".chars() {
            app.press(c).await?;
        }
        app.wait_for_text("#country-count", "One country matches")
            .await?;
        app.press(Key::Enter).await?;
        app.wait_for_text("#emergency-h", "Finland").await?;
        app.restart().await?;
        app.press('h').await?;
        app.wait_for_text("#emergency-h", "Finland").await?;
        Ok(())
    })
    .await;
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

/// A crisis line's card, by the line's name.
fn line(name: &str) -> String {
    format!("#screen .panel.line[aria-label={name:?}]")
}

#[tokio::test]
async fn own_people_first_then_the_lines_for_the_chosen_country() {
    run("help_country_lines", Options::default(), async |app| {
        app.invoke("plan_add", json!({ "section": "professionals", "input": { "name": "Dr Okafor", "phone": "020 7946 0000" } })).await?;
        app.invoke("plan_add", json!({ "section": "people", "input": { "name": "Sam", "phone": "07700 900123" } })).await?;
        app.press('h').await?;
        app.wait_for_text(&line("Samaritans"), "116 123").await?;
        let own = "[aria-labelledby=own-h] .contact-name";
        let names = app
            .execute(
                "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent)",
                vec![json!(own)],
            )
            .await?;
        assert_eq!(names, json!(["Sam", "Dr Okafor"]), "own people, then professionals");
        let at = order_of(app, &[own, &line("Samaritans")]).await?;
        assert!(in_order(&at), "own people before the lines: {at:?}");
        // A text line with its keyword; when it was checked; the languages it answers in
        // (named by the system's own language names); the groups for partners.
        app.wait_for_text("#screen .text-line", "SHOUT").await?;
        app.wait_for_text(&format!("{} .source", line("Samaritans")), "2026").await?;
        app.wait_for_text("#groups-partners", "").await?;
        app.screenshot("help-gb").await?;

        // Switching country changes the lines, and is remembered.
        app.execute(
            "const s = document.getElementById('country'); s.value = 'US'; s.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await?;
        app.wait_for_text("#screen .text-line", "741741").await?;
        app.wait_for_text("#emergency-h", "United States").await?;
        app.wait_for_text("#screen .panel.line", "English and Spanish").await?;
        let gone = app
            .execute("return document.querySelector(arguments[0]) === null", vec![json!(line("Samaritans"))])
            .await?;
        assert_eq!(gone, json!(true), "the UK's lines are still shown");
        app.wait_for_text("#abuse-h", "").await?;
        app.restart().await?;
        app.press('h').await?;
        app.wait_for_text("#screen .text-line", "741741").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_unlisted_country_falls_back_to_112_and_own_people() {
    run("help_unlisted", Options::default(), async |app| {
        app.press('h').await?;
        app.wait_for_text(&line("Samaritans"), "").await?;
        app.execute(
            "const s = document.getElementById('country'); s.value = 'ZZ'; s.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await?;
        app.wait_for_text(".emergency .number", "112").await?;
        // No line is offered as if it were checked for this country, nobody is listed as
        // one's own, and adding them is offered.
        let shown = app
            .execute(
                "return [document.querySelectorAll('[aria-labelledby=lines-h] .line').length,\
                         document.querySelectorAll('[aria-labelledby=own-h] .contact').length]",
                vec![],
            )
            .await?;
        assert_eq!(shown, json!([0, 0]));
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
        for (country, number) in [("GB", "999"), ("US", "911"), ("ZZ", "112")] {
            app.invoke("set_country", json!({ "code": country }))
                .await?;
            app.press('h').await?;
            app.wait_for_text("[aria-labelledby=own-h] .contact-name", "Sam")
                .await?;
            // With the codes for the phone open: the emergency number's and Sam's.
            app.click_name(&format!("Show on my phone: {number}"))
                .await?;
            app.click_name("Show on my phone: Sam").await?;
            phone_code_in(app, ".emergency").await?;
            phone_code_in(app, "[aria-labelledby=own-h]").await?;
            app.screenshot(&format!("help-codes-{country}")).await?;
            // For the eyes of whoever reviews them: dark, and the largest text.
            app.execute(
                "document.documentElement.dataset.theme = 'dark'; document.documentElement.dataset.text = 'larger';",
                vec![],
            )
            .await?;
            whole_page_screenshots(app, &format!("help-codes-{country}-dark-larger")).await?;
            app.execute(
                "delete document.documentElement.dataset.theme; delete document.documentElement.dataset.text;",
                vec![],
            )
            .await?;
            problems.extend(app.axe_in_every_look(&format!("help/{country}")).await?);
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
        app.wait_for_text(&line("Samaritans"), "").await?;
        assert!(
            focus_on_heading(app).await?,
            "the focus left the heading while help loaded"
        );

        let first = first_panel(app).await?;
        assert_eq!(first["h1"], true, "{first}");
        assert_eq!(first["h1_first"], true, "{first}");
        assert_eq!(first["is_emergency"], true, "{first}");
        assert_eq!(first["next_heading_is_its"], true, "{first}");
        assert!(
            first["heading"]
                .as_str()
                .is_some_and(|h| h.contains("United Kingdom")),
            "{first}"
        );
        assert_eq!(first["number"], "999", "{first}");
        let buttons: Vec<&str> = first["buttons"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        // Call, Show on my phone and Copy, each named with the number.
        assert!(
            buttons.len() == 3 && buttons.iter().all(|b| b.contains("999")),
            "{first}"
        );

        // Emergency, own people, crisis lines, lines for anyone being hurt, groups.
        let at = order_of(
            app,
            &[
                "#emergency-h",
                "#own-h",
                "[aria-labelledby=own-h] .contact-name",
                "#lines-h",
                &line("Samaritans"),
                "#abuse-h",
                "#groups-partners",
            ],
        )
        .await?;
        assert!(in_order(&at), "order {at:?}");
        let text = app.body_text().await?;
        assert!(
            jargon_in(&text).is_empty(),
            "{:?}:\n{text}",
            jargon_in(&text)
        );

        // Copy says what happened, in words.
        app.click_name("Copy number 999").await?;
        app.wait_for_text(".emergency [role=status]:not(:empty)", "")
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
    // The words are the behaviour here: plain words, never a launcher's error.
    const NO_CALLS: &str = "This computer cannot place calls";
    const NO_TEXTS: &str = "This computer cannot send texts";
    run("help_no_phone_app", options, async |app| {
        app.invoke(
            "plan_add",
            json!({ "section": "people", "input": { "name": "Sam", "phone": "07700 900123" } }),
        )
        .await?;
        app.press('h').await?;
        app.wait_for_text(&line("Samaritans"), "").await?;

        app.click_name("Call 999").await?;
        let said = app
            .wait_for_text(".emergency .dial-fallback", NO_CALLS)
            .await?;
        assert!(
            error_dump_in(&said).is_empty(),
            "{:?}:\n{said}",
            error_dump_in(&said)
        );
        let fallback = app
            .execute(
                r#"const box = document.querySelector('.emergency .dial-fallback');
return box && {
  big: box.querySelector('.dial-big')?.textContent,
  size: parseFloat(getComputedStyle(box.querySelector('.dial-big')).fontSize),
  body: parseFloat(getComputedStyle(document.body).fontSize),
  copy: box.querySelectorAll('button').length,
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
        assert_eq!(fallback["copy"], json!(1), "one Copy button: {fallback}");
        // With nothing here to place the call, the phone's camera can: the code is offered.
        let code = phone_code_in(app, ".emergency .dial-fallback").await?;
        assert_eq!(code["link"], "tel:999", "{code}");
        assert!(
            code["name"].as_str().is_some_and(|n| n.contains("999")),
            "{code}"
        );
        app.screenshot("help-call-no-phone-app").await?;

        // A crisis line, a text line and the person's own people fall back the same way.
        app.click_name("Call Samaritans on 116 123").await?;
        app.wait_for_text(&format!("{} .dial-fallback", line("Samaritans")), NO_CALLS)
            .await?;
        app.click_name("Text Shout on 85258").await?;
        app.wait_for_text(&format!("{} .dial-fallback", line("Shout")), NO_TEXTS)
            .await?;
        app.click_name("Call Sam").await?;
        app.wait_for_text("[aria-labelledby=own-h] .dial-fallback", NO_CALLS)
            .await?;
        let bigs = app
            .execute(
                "return [...document.querySelectorAll('.dial-big')].map((e) => e.textContent)",
                vec![],
            )
            .await?;
        for shown in ["999", "116 123", "85258", "07700 900123"] {
            assert!(
                bigs.as_array().is_some_and(|a| a
                    .iter()
                    .any(|b| b.as_str().is_some_and(|b| b.contains(shown)))),
                "{shown} not shown large: {bigs}"
            );
        }
        let text = app.body_text().await?;
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

        // Still calm and readable, in every look.
        let problems = app.axe_in_every_look("help after calls").await?;
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
        app.wait_for_text(&line("Samaritans"), "").await?;
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
                first["is_emergency"] == true
                    && first["heading"].as_str().is_some_and(|h| !h.is_empty())
                    && first["number"].as_str().is_some_and(|n| !n.is_empty()),
                "{code}: {first}"
            );
        }
        Ok(())
    })
    .await;
}
