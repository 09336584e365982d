//! Get help now: from every screen by one key, the person's own people first, the lines
//! for their country (changeable here), and the fallback when the country is not listed.

use serde_json::json;
use steady_e2e::{run, App, Key, Options};

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
            ("patterns", &["b", "Your own patterns"]),
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
        assert!(text.contains("Last checked"), "{text}");
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
