//! Steady in German, French, Spanish and Dutch: opened with the system in that language,
//! the main screens show none of English's words, `<html lang>` follows, axe finds nothing,
//! and Get help now shows that country's line first. Country and language are apart (a
//! Belgian in Dutch or French, an Austrian in German, a Spanish speaker in the United
//! States). A language chosen in Settings takes effect at once and survives a restart.

use std::collections::BTreeSet;

use serde_json::{json, Value};
use steady_core::help::directory::{Directory, Section};
use steady_core::words::Words;
use steady_e2e::{run, workspace_root, App, Key, Options, SCREENS};

/// (system locale, Steady's language, the country whose lines come first).
const LANGUAGES: &[(&str, &str, &str)] = &[
    ("de_DE.UTF-8", "de", "DE"),
    ("fr_FR.UTF-8", "fr", "FR"),
    ("es_ES.UTF-8", "es", "ES"),
    ("nl_NL.UTF-8", "nl", "NL"),
];

/// Words of four letters or more, lower-cased.
fn words_in(text: &str, into: &mut BTreeSet<String>) {
    for w in text.split(|c: char| !c.is_alphabetic()) {
        if w.chars().count() >= 4 {
            into.insert(w.to_lowercase());
        }
    }
}

/// Every string value in a JSON document but its maintainers' note ("about").
fn strings_in(v: &Value, out: &mut String) {
    match v {
        Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        Value::Array(a) => a.iter().for_each(|x| strings_in(x, out)),
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| *k != "about")
            .for_each(|(_, x)| strings_in(x, out)),
        _ => {}
    }
}

/// The text of a language's catalogue (values only: no ids, comments or placeables).
fn catalogue_text(lang: &str) -> String {
    let dir = workspace_root().join("assets/locales").join(lang);
    let mut text = String::new();
    for entry in std::fs::read_dir(&dir).expect("the language's folder") {
        let path = entry.expect("a file").path();
        let body = std::fs::read_to_string(&path).expect("readable");
        if path.extension().is_some_and(|e| e == "json") {
            // The directory's words: values only (keys are English on purpose).
            let v: Value = serde_json::from_str(&body).expect("valid JSON");
            strings_in(&v, &mut text);
            continue;
        }
        for line in body.lines() {
            if line.starts_with('#') {
                continue;
            }
            // A variant's key (`[one]`, `*[other]`) is not words either.
            let line = match line
                .trim_start()
                .strip_prefix('*')
                .unwrap_or(line.trim_start())
            {
                l if l.starts_with('[') => l.split_once(']').map_or("", |(_, rest)| rest),
                _ => line,
            };
            let value = match line.split_once('=') {
                Some((id, v)) if !line.starts_with(' ') && !id.trim().contains(' ') => v,
                _ => line,
            };
            // Placeables hold variables and selectors, not words.
            let mut depth = 0;
            for c in value.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => text.push(c),
                    _ => {}
                }
            }
            text.push('\n');
        }
    }
    text
}

/// The directory's names (services, sources, countries in their own languages, groups):
/// shown as they are in every language.
fn names(directory: &Directory) -> String {
    let mut text = String::new();
    for c in &directory.countries {
        text.push_str(&c.native_names.join(" "));
        for s in &c.emergency.sources {
            text.push_str(&format!(" {} {}", s.name, s.url));
        }
        for l in &c.lines {
            text.push_str(&format!(" {}", l.name));
            for s in &l.sources {
                text.push_str(&format!(" {} {}", s.name, s.url));
            }
        }
    }
    for g in &directory.support_groups {
        text.push_str(&format!(" {} {}", g.name, g.web.as_deref().unwrap_or("")));
    }
    text
}

/// English's own words: in the English catalogue, in neither the language's words nor the
/// names any language shows as they are.
fn english_only(lang: &str) -> BTreeSet<String> {
    let mut english = BTreeSet::new();
    words_in(&catalogue_text("en"), &mut english);
    let mut theirs = BTreeSet::new();
    words_in(&catalogue_text(lang), &mut theirs);
    let directory = Directory::built_in().expect("the directory");
    words_in(&names(&directory), &mut theirs);
    english.retain(|w| !theirs.contains(w));
    english
}

/// The English words on the page now, if any.
async fn english_on(app: &App, english: &BTreeSet<String>) -> steady_e2e::Result<Vec<String>> {
    let mut shown = BTreeSet::new();
    app.settled().await?;
    words_in(&app.seen_text().await?, &mut shown);
    Ok(shown.intersection(english).cloned().collect())
}

async fn html_lang(app: &App) -> steady_e2e::Result<Value> {
    app.execute("return document.documentElement.lang", vec![])
        .await
}

/// The first crisis line and the emergency number the directory has for a country.
fn expected(country: &str) -> (String, String) {
    let d = Directory::built_in().expect("the directory");
    let c = d.country(country).expect("a listed country");
    let first = c
        .lines
        .iter()
        .find(|l| l.section == Section::Crisis)
        .map(|l| l.name.clone())
        .unwrap_or_default();
    (first, c.emergency.number.clone())
}

async fn help_shows_the_country(app: &App, country: &str, what: &str) -> steady_e2e::Result {
    let (first, emergency) = expected(country);
    app.press('h').await?;
    app.wait_for_screen("help").await?;
    app.wait_for_text(".emergency .number", &emergency).await?;
    let shown = app
        .execute(
            "return document.querySelector('[aria-labelledby=lines-h] .panel.line')?.getAttribute('aria-label') ?? null",
            vec![],
        )
        .await?;
    assert_eq!(shown, json!(first), "{what}: the first crisis line");
    Ok(())
}

#[tokio::test]
async fn each_language_shows_no_english_on_the_main_screens_and_its_countrys_line_first() {
    for (locale, lang, country) in LANGUAGES {
        let english = english_only(lang);
        let words = Words::new(lang);
        run(
            &format!("language_{lang}"),
            Options::locale(locale),
            async |app| {
                let mut found = Vec::new();
                let mut problems = Vec::new();
                let mut look = async |app: &App, state: &str| -> steady_e2e::Result {
                    assert_eq!(html_lang(app).await?, json!(lang), "{lang}/{state}");
                    for w in english_on(app, &english).await? {
                        found.push(format!("{lang}/{state}: {w}"));
                    }
                    problems.extend(app.axe_in_every_look(&format!("{lang}/{state}")).await?);
                    app.assert_readable(&format!("{lang}/{state}")).await?;
                    app.screenshot(&format!("language-{lang}-{state}")).await?;
                    Ok(())
                };
                look(app, "home").await?;
                // A check of the check: English put on the page is found.
                let en_title = Words::new("en").get("home-title", &[]);
                app.execute(
                    "document.querySelector('#screen h1').textContent = arguments[0]",
                    vec![json!(en_title)],
                )
                .await?;
                assert!(
                    !english_on(app, &english).await?.is_empty(),
                    "{lang}: English on the page was not found: {en_title}"
                );
                for (screen, key) in [("breathe", 'b'), ("plan", 'p')] {
                    app.press(key).await?;
                    app.wait_for_screen(screen).await?;
                    look(app, screen).await?;
                    app.press(Key::Escape).await?;
                    app.wait_for_screen("home").await?;
                }
                app.press('g').await?;
                app.wait_for_screen("ground").await?;
                look(app, "ground").await?;
                app.click_name(&words.get("ground-begin", &[])).await?;
                app.wait_for_text("#step-text", "").await?;
                look(app, "ground-step").await?;
                app.press(Key::Escape).await?;
                app.wait_for_screen("home").await?;
                help_shows_the_country(app, country, locale).await?;
                look(app, "help").await?;
                assert_eq!(found, Vec::<String>::new(), "English words on the page");
                assert_eq!(problems, Vec::<String>::new(), "axe-core");
                Ok(())
            },
        )
        .await;
    }
}

#[tokio::test]
async fn country_and_language_are_apart() {
    for (locale, lang, country) in [
        ("de_AT.UTF-8", "de", "AT"),
        ("de_CH.UTF-8", "de", "CH"),
        ("nl_BE.UTF-8", "nl", "BE"),
        ("fr_BE.UTF-8", "fr", "BE"),
        ("es_US.UTF-8", "es", "US"),
        ("es_MX.UTF-8", "es", "MX"),
    ] {
        run(
            &format!("language_{}", &locale[..5]),
            Options::locale(locale),
            async |app| {
                help_shows_the_country(app, country, locale).await?;
                assert_eq!(html_lang(app).await?, json!(lang), "{locale}");
                let english = english_on(app, &english_only(lang)).await?;
                assert_eq!(
                    english,
                    Vec::<String>::new(),
                    "{locale}: English on Get help now"
                );
                app.screenshot(&format!("language-{}", &locale[..5]))
                    .await?;
                Ok(())
            },
        )
        .await;
    }
}

#[tokio::test]
async fn a_language_chosen_in_settings_takes_effect_at_once_and_survives_a_restart() {
    let en = Words::new("en");
    let de = Words::new("de");
    let options = Options::locale("en_GB.UTF-8");
    run("language_switch", options, async |app| {
        app.press('s').await?;
        app.wait_for_screen("settings").await?;
        app.wait_for_text("#language-form", "Deutsch").await?;
        app.click_name("Deutsch").await?;
        // At once: this screen, the page's own words and its language.
        app.wait_for_text("#screen h1", &de.get("settings-title", &[]))
            .await?;
        assert_eq!(html_lang(app).await?, json!("de"));
        let help = app
            .execute(
                "return document.querySelector('#help-now [data-l10n-id]').textContent.trim()",
                vec![],
            )
            .await?;
        assert_ne!(help, json!(en.get("app-help-now", &[])));
        // The focus stays on the choice just made, and the change is said.
        let focused = app
            .execute("return document.activeElement?.value ?? null", vec![])
            .await?;
        assert_eq!(focused, json!("de"));
        app.wait_for_text("#announce", "Deutsch").await?;
        app.screenshot("language-switched").await?;
        // Built-in content too: grounding's first step.
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        app.press('g').await?;
        app.wait_for_screen("ground").await?;
        app.click_name(&de.get("ground-begin", &[])).await?;
        app.wait_for_text("#screen h1", &de.get("content-grounding-start-title", &[]))
            .await?;
        // Kept: the next start speaks German though the system speaks English.
        app.restart().await?;
        assert_eq!(html_lang(app).await?, json!("de"));
        let s = app.invoke("get_settings", json!({})).await?;
        assert_eq!(s["language"], json!("de"));
        // And back to the system's language, at once.
        app.press('s').await?;
        app.wait_for_screen("settings").await?;
        app.wait_for_text("#language-form", "English").await?;
        let system = de.get("settings-language-system", &[("name", "English".into())]);
        app.click_name(&system).await?;
        app.wait_for_text("#screen h1", &en.get("settings-title", &[]))
            .await?;
        assert_eq!(html_lang(app).await?, json!("en"));
        Ok(())
    })
    .await;
}

/// Every screen in German (usually the longest), in both themes at the largest text, for a
/// person to look at for cut-off words; the screen's content must fit its width.
#[tokio::test]
async fn every_screen_in_german_at_the_largest_text_fits() {
    run("language_de_screens", Options::locale("de_DE.UTF-8"), async |app| {
        let mut overflow = Vec::new();
        for theme in ["light", "dark"] {
            app.execute(
                "const r = document.documentElement.dataset; r.theme = arguments[0]; r.text = 'larger';",
                vec![json!(theme)],
            )
            .await?;
            for (screen, key) in std::iter::once(&("home", '\0')).chain(SCREENS.iter()) {
                if *key != '\0' {
                    app.press(*key).await?;
                    app.wait_for_screen(screen).await?;
                }
                app.settled().await?;
                // Anything wider than the window is cut off or needs a sideways scroll.
                let wide = app
                    .execute(
                        "const w = document.documentElement.clientWidth; const out = [];\
                         for (const e of document.querySelectorAll('#screen *, header *')) {\
                           const r = e.getBoundingClientRect();\
                           if (r.width > 0 && (r.right > w + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden'))\
                             out.push(`${e.tagName.toLowerCase()}.${e.className}: ${(e.textContent || '').trim().slice(0, 40)}`);\
                         }\
                         return out.slice(0, 5);",
                        vec![],
                    )
                    .await?;
                for w in wide.as_array().into_iter().flatten() {
                    overflow.push(format!("{theme}/{screen}: {w}"));
                }
                app.screenshot(&format!("language-de-{screen}-{theme}-larger"))
                    .await?;
                if *key != '\0' {
                    app.press(Key::Escape).await?;
                    app.wait_for_screen("home").await?;
                }
            }
        }
        assert_eq!(overflow, Vec::<String>::new(), "cut off in German");
        Ok(())
    })
    .await;
}

/// A check of the check: English's own words are found, shared names are not.
#[test]
fn the_english_word_list_holds_englishs_words_and_not_shared_names() {
    for (_, lang, _) in LANGUAGES {
        let english = english_only(lang);
        for w in [
            "breathing",
            "grounding",
            "settings",
            "your",
            "take",
            "time",
            "here",
        ] {
            assert!(
                english.contains(w),
                "{lang}: {w} missing from {}",
                english.len()
            );
        }
        for w in ["steady", "samaritans", "telefonseelsorge"] {
            assert!(!english.contains(w), "{lang}: {w}");
        }
    }
}
