//! Every word a person sees comes from the catalogue. Under the pseudo-locale
//! (`STEADY_LANG=en-XA`: every letter of every message accented), no visible text, no
//! control's name and no announcement on any screen may hold a plain ASCII word, except
//! data marked `translate="no"` (the person's own words, built-in content, numbers).
//! Buttons are found by their pseudo-locale names, taken from the catalogue by id.

use serde_json::json;
use steady_core::words::{Words, PSEUDO};
use steady_e2e::{run, App, Key, Options, Result};

/// Lists what breaks the rule on the page as it is now.
const SCAN: &str = r#"
const marked = /[\u00C0-\u02FF\u1E00-\u1EFF\u2C60-\u2C7F]/;
const bad = (s) => /[A-Za-z]{2,}/.test(s) && !marked.test(s);
const skip = (e) => !!e.closest('[translate="no"], kbd, script, style');
const shown = (e) => e.getClientRects().length > 0 || !!e.closest('#announce');
// A control named after data shown on the page (a section's title, a line's name) is
// named by data too.
const data = new Set([...document.querySelectorAll('[translate="no"]')].map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
const out = [];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walk.nextNode(); n; n = walk.nextNode()) {
  const p = n.parentElement;
  if (!p || skip(p) || !shown(p)) continue;
  const t = n.textContent.replace(/\s+/g, ' ').trim();
  if (bad(t)) out.push(`"${t}" in <${p.tagName.toLowerCase()} class="${p.className}">`);
}
for (const e of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
  if (skip(e)) continue;
  for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
    const v = e.getAttribute(a);
    if (v && bad(v) && !data.has(v.trim())) out.push(`${a}="${v}" on <${e.tagName.toLowerCase()} class="${e.className}">`);
  }
}
if (bad(document.title)) out.push(`the window title "${document.title}"`);
if (document.documentElement.lang !== 'en-XA') out.push(`<html lang="${document.documentElement.lang}">`);
return out;
"#;

struct Pseudo {
    words: Words,
}

impl Pseudo {
    fn new() -> Self {
        Pseudo {
            words: Words::new(PSEUDO),
        }
    }

    /// A message as the pseudo-locale shows it.
    fn t(&self, id: &str) -> String {
        assert!(self.words.has(id), "the catalogue has no {id}");
        self.words.get(id, &[])
    }

    async fn click(&self, app: &App, id: &str) -> Result {
        app.click_name(&self.t(id)).await
    }
}

/// Fails with every unmarked word on the page, naming the state.
async fn all_marked(app: &App, state: &str, seen: &mut Vec<String>) -> Result {
    app.settled().await?;
    let found = app.execute(SCAN, vec![]).await?;
    let found: Vec<String> = serde_json::from_value(found)?;
    app.screenshot(&format!("words-{}", state.replace(' ', "-")))
        .await?;
    for f in found {
        seen.push(format!("{state}: {f}"));
    }
    Ok(())
}

fn pseudo_options(data: Option<std::path::PathBuf>) -> Options {
    Options {
        env: vec![("STEADY_LANG".into(), PSEUDO.into())],
        data_dir: data,
        ..Options::default()
    }
}

#[tokio::test]
async fn every_screen_takes_its_words_from_the_catalogue() {
    // A damaged plan file: home opens with a notice about it.
    let data = tempfile::tempdir().expect("a folder");
    std::fs::write(data.path().join("plan.json"), b"{ not json").expect("a file");
    let p = Pseudo::new();
    run("words_every_screen", pseudo_options(Some(data.path().into())), async |app| {
        let mut seen = Vec::new();
        app.wait_for_screen("home").await?;
        all_marked(app, "home with a notice", &mut seen).await?;

        // Grounding: the first step, then every step to the end.
        app.press('g').await?;
        app.wait_for_screen("ground").await?;
        all_marked(app, "ground start", &mut seen).await?;
        p.click(app, "ground-begin").await?;
        for step in 1..=30 {
            all_marked(app, &format!("ground step {step}"), &mut seen).await?;
            if app.click_name(&p.t("ground-next")).await.is_err() {
                break;
            }
        }
        all_marked(app, "ground ending", &mut seen).await?;
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;

        app.press('g').await?;
        app.wait_for_screen("ground").await?;
        p.click(app, "ground-shape-steps").await?;
        app.wait_for_screen("ground-shape").await?;
        all_marked(app, "ground shape", &mut seen).await?;
        app.press(Key::Escape).await?;

        // The plan: empty, guided setup, then with items, its versions and import.
        app.press('p').await?;
        app.wait_for_screen("plan").await?;
        all_marked(app, "plan empty", &mut seen).await?;
        p.click(app, "plan-start-writing").await?;
        app.wait_for_screen("plan-setup").await?;
        all_marked(app, "plan setup", &mut seen).await?;
        for (section, input) in [
            ("on_my_own", json!({ "text": "Walk round the block" })),
            ("people", json!({ "name": "Sam", "phone": "+44 7700 900123" })),
        ] {
            app.invoke("plan_add", json!({ "section": section, "input": input, "at": null }))
                .await?;
        }
        app.press(Key::Escape).await?;
        app.press('p').await?;
        app.wait_for_screen("plan").await?;
        all_marked(app, "plan with items", &mut seen).await?;
        for (button, screen, state) in [
            ("plan-change", "plan-edit", "plan edit"),
            ("plan-earlier-versions", "plan-history", "plan history"),
            ("plan-bring-in-file", "plan-import", "plan import"),
        ] {
            app.press('p').await?;
            app.wait_for_screen("plan").await?;
            p.click(app, button).await?;
            app.wait_for_screen(screen).await?;
            all_marked(app, state, &mut seen).await?;
            app.press(Key::Escape).await?;
        }

        app.press('h').await?;
        app.wait_for_screen("help").await?;
        all_marked(app, "help", &mut seen).await?;
        app.press(Key::Escape).await?;

        app.invoke(
            "helped_add",
            json!({ "entry": { "tool": "breathing", "detail": { "kind": "breathe", "pattern": "box" }, "seconds": 120, "before": 7, "after": 4 } }),
        )
        .await?;
        app.press('w').await?;
        app.wait_for_screen("helped").await?;
        all_marked(app, "what helped", &mut seen).await?;
        app.press(Key::Escape).await?;

        // A reminder hit me, step by step, and its note; then Your own words.
        app.invoke("list_add", json!({ "list": "true_sentences", "text": "I did not cause this." }))
            .await?;
        app.invoke("list_add", json!({ "list": "next_session", "text": "Ask about sleep." }))
            .await?;
        app.press('r').await?;
        app.wait_for_screen("reminder").await?;
        for (step, state) in [
            ("name", "reminder name"),
            ("now", "reminder now"),
            ("body", "reminder body"),
            ("choose", "reminder choose"),
        ] {
            if step != "name" {
                p.click(app, "reminder-next").await?;
            }
            app.wait_for_text("#reminder-step-h", &p.t(&format!("reminder-{step}-title")))
                .await?;
            all_marked(app, state, &mut seen).await?;
        }
        p.click(app, "reminder-choose-note").await?;
        app.by_name(&p.t("reminder-note-save")).await?;
        all_marked(app, "reminder note", &mut seen).await?;
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;
        app.press('c').await?;
        app.wait_for_screen("close-call").await?;
        app.by_name(&p.t("close-save")).await?;
        all_marked(app, "after a slip", &mut seen).await?;
        app.press(Key::Escape).await?;
        app.invoke(
            "close_call_add",
            json!({ "happened": "I looked.", "parts": { "halt": ["lonely"], "helped": "Sam", "next": "A meeting", "tell": "Sam" } }),
        )
        .await?;
        app.press('l').await?;
        app.wait_for_screen("lists").await?;
        app.wait_for_text(".list-next_session", "Ask about sleep.").await?;
        app.wait_for_text(".list-close_calls", "I looked.").await?;
        all_marked(app, "your own words", &mut seen).await?;
        app.press(Key::Escape).await?;

        app.press('s').await?;
        app.wait_for_screen("settings").await?;
        all_marked(app, "settings", &mut seen).await?;
        // Privacy: off, the recovery code, on, and what a locked Steady shows.
        p.click(app, "settings-privacy-open").await?;
        app.wait_for_screen("privacy").await?;
        all_marked(app, "privacy off", &mut seen).await?;
        for id in ["privacy-new-passphrase", "privacy-repeat-passphrase"] {
            let field = app.by_name(&p.t(id)).await?;
            field.click().await?;
            field.send_keys("waves and stones").await?;
        }
        p.click(app, "privacy-understood").await?;
        p.click(app, "privacy-turn-on").await?;
        app.by_name(&p.t("privacy-code-done")).await?;
        all_marked(app, "privacy recovery code", &mut seen).await?;
        p.click(app, "privacy-code-done").await?;
        app.by_name(&p.t("privacy-lock-now")).await?;
        all_marked(app, "privacy on", &mut seen).await?;
        p.click(app, "privacy-lock-now").await?;
        app.wait_for_screen("home").await?;
        app.press('p').await?;
        app.by_name(&p.t("lock-unlock")).await?;
        all_marked(app, "plan locked", &mut seen).await?;
        p.click(app, "lock-use-code").await?;
        all_marked(app, "plan locked, recovery code", &mut seen).await?;
        app.press(Key::Escape).await?;
        app.press('h').await?;
        app.by_name(&p.t("help-own-unlock")).await?;
        all_marked(app, "help locked", &mut seen).await?;
        app.invoke(
            "protection_unlock",
            json!({ "passphrase": "waves and stones" }),
        )
        .await?;
        app.press(Key::Escape).await?;

        // The wave: its start, then running, then its ending.
        app.press('u').await?;
        app.wait_for_screen("urge").await?;
        all_marked(app, "wave start", &mut seen).await?;
        p.click(app, "urge-start").await?;
        app.by_name(&p.t("urge-stop")).await?;
        all_marked(app, "wave running", &mut seen).await?;
        p.click(app, "urge-stop").await?;
        all_marked(app, "wave ended", &mut seen).await?;
        app.press(Key::Escape).await?;
        app.wait_for_screen("home").await?;

        // Breathing: B starts a session at once; pausing; the choices; own patterns.
        app.press('b').await?;
        app.wait_for_screen("breathe").await?;
        all_marked(app, "breathing session", &mut seen).await?;
        app.press(' ').await?;
        all_marked(app, "breathing paused", &mut seen).await?;
        p.click(app, "breathe-change").await?;
        app.by_name(&p.t("breathe-start")).await?;
        all_marked(app, "breathing choices", &mut seen).await?;
        p.click(app, "breathe-own-patterns").await?;
        app.wait_for_screen("patterns").await?;
        all_marked(app, "own patterns", &mut seen).await?;
        app.press(Key::Escape).await?;

        if seen.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{} pieces of text did not come from the catalogue:\n{}",
                seen.len(),
                seen.join("\n")
            )
            .into())
        }
    })
    .await;
}
