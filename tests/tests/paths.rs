//! The two paths: "what brings you here" (asked once, under home's tools, changing only
//! their order), "A reminder hit me" for a partner, and the person's own lists.

use serde_json::{json, Value};
use steady_e2e::{run, App, Options, LOOKS};

/// How many of the rating's numbers sit on each line, in a look and (if given) with the
/// rating at a width; the page's look and width are put back afterwards.
async fn scale_rows(
    app: &App,
    theme: &str,
    text: &str,
    width: Option<&str>,
) -> steady_e2e::Result<Vec<usize>> {
    let v = app
        .execute_async(
            "const [theme, text, width, done] = arguments;             const r = document.documentElement.dataset, box = document.querySelector('fieldset.rating');             const before = [r.theme, r.text];             r.theme = theme; r.text = text; if (width) box.style.width = width;             requestAnimationFrame(() => {               const tops = [...box.querySelectorAll('.scale label')].map((l) => Math.round(l.getBoundingClientRect().top));               const rows = [];               for (const t of tops) { if (rows.length && rows[rows.length - 1].top === t) rows[rows.length - 1].n += 1; else rows.push({ top: t, n: 1 }); }               ['theme', 'text'].forEach((k, i) => { if (before[i] === undefined) delete r[k]; else r[k] = before[i]; }); box.style.width = '';               done(rows.map((x) => x.n));             });",
            vec![json!(theme), json!(text), json!(width)],
        )
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// Home's choices, in order, by their visible names.
async fn home_choices(app: &App) -> steady_e2e::Result<Vec<String>> {
    let v = app
        .execute(
            "return [...document.querySelectorAll('#screen .choices button')].map((b) => b.textContent.trim())",
            vec![],
        )
        .await?;
    Ok(v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(String::from))
        .collect())
}

/// Home's tools by their keys, sorted: which tools there are, whatever their order.
async fn home_keys(app: &App) -> steady_e2e::Result<Vec<String>> {
    let v = app
        .execute(
            "return [...document.querySelectorAll('#screen .choices button')].map((b) => b.getAttribute('aria-keyshortcuts')).sort()",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// Whether the question is on home, and below every tool.
async fn question_below_tools(app: &App) -> steady_e2e::Result<Value> {
    app.execute(
        r#"const q = document.getElementById('brings-h');
const tools = document.querySelector('#screen .choices');
return q ? !!(tools.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING) : null;"#,
        vec![],
    )
    .await
}

#[tokio::test]
async fn what_brings_you_here_is_asked_once_below_the_tools_and_only_reorders_them() {
    run("paths_brings", Options::default(), async |app| {
        app.wait_for_screen("home").await?;
        app.wait_for_text("#brings-h", "What brings you here").await?;
        assert_eq!(question_below_tools(app).await?, json!(true), "the question is above the tools");
        let before = home_choices(app).await?;
        let keys_before = home_keys(app).await?;
        assert_eq!(before.first().map(String::as_str), Some("Breathe"), "{before:?}");
        app.screenshot("paths-home-question").await?;

        app.click_name("My partner's betrayal or addiction hurt me").await?;
        app.wait_for_text("#screen [role=status], #announce", "").await?;
        let mut after = home_choices(app).await?;
        // Wait for the redraw: the new first tool.
        for _ in 0..100 {
            if after.first().map(String::as_str) == Some("A reminder hit me") {
                break;
            }
            app.wait_for_screen("home").await?;
            after = home_choices(app).await?;
        }
        assert_eq!(after.first().map(String::as_str), Some("A reminder hit me"), "{after:?}");
        assert_eq!(question_below_tools(app).await?, Value::Null, "asked again");
        let text = app.body_text().await?;
        for word in ["null", "undefined", "NaN", "[object"] {
            assert!(!text.contains(word), "home shows {word:?}:\n{text}");
        }
        // Every tool is still there (by its key); only the order and the words changed.
        assert_eq!(home_keys(app).await?, keys_before, "the answer changed which tools there are");
        app.screenshot("paths-home-partner").await?;

        // Never asked again, after a restart either; Settings shows the answer.
        app.restart().await?;
        app.wait_for_screen("home").await?;
        let kept = home_choices(app).await?;
        assert_eq!(kept.first().map(String::as_str), Some("A reminder hit me"), "{kept:?}");
        assert_eq!(question_below_tools(app).await?, Value::Null);
        assert_eq!(
            app.invoke("get_settings", json!({})).await?["brings"],
            json!("partner")
        );
        app.press('s').await?;
        app.wait_for_screen("settings").await?;
        let checked = app
            .execute("return document.querySelector('input[name=brings]:checked')?.value ?? null", vec![])
            .await?;
        assert_eq!(checked, json!("partner"));
        // Rather not say is today's home.
        app.execute(
            "const r = document.querySelector('input[name=brings][value=rather_not_say]'); r.click();",
            vec![],
        )
        .await?;
        app.wait_for_text("#settings-status", "").await?;
        for _ in 0..100 {
            if app.invoke("get_settings", json!({})).await?["brings"] == json!("rather_not_say") {
                break;
            }
            app.wait_for_screen("settings").await?;
        }
        app.press(steady_e2e::Key::Escape).await?;
        app.wait_for_screen("home").await?;
        assert_eq!(home_choices(app).await?, before);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_reminder_hit_me_names_it_brings_now_then_a_body_step_and_a_choice() {
    run("paths_reminder", Options::default(), async |app| {
        app.invoke("list_add", json!({ "list": "true_sentences", "text": "I did not cause this." }))
            .await?;
        app.invoke("list_add", json!({ "list": "true_sentences", "text": "אני לא אשמה 🌊" }))
            .await?;
        app.press('r').await?;
        app.wait_for_screen("reminder").await?;
        app.wait_for_text("#reminder-step-h", "Something brought it back").await?;
        let text = app.body_text().await?;
        assert!(text.contains("not always a sign"), "{text}");
        app.screenshot("paths-reminder-1").await?;
        app.click_name("Next").await?;
        app.wait_for_text("#reminder-step-h", "This is now").await?;
        // The person's own true sentences, as written; and today's date.
        app.wait_for_text(".statements", "I did not cause this.").await?;
        app.wait_for_text(".statements", "אני לא אשמה 🌊").await?;
        let now = app
            .execute("return document.querySelector('.now')?.textContent ?? ''", vec![])
            .await?;
        assert!(now.as_str().is_some_and(|n| n.chars().any(|c| c.is_ascii_digit())), "{now}");
        app.screenshot("paths-reminder-2").await?;
        app.click_name("Next").await?;
        app.wait_for_text("#reminder-step-h", "One thing for your body").await?;
        app.click_name("Next").await?;
        app.wait_for_text("#reminder-step-h", "What would help now").await?;
        for name in ["Breathe with a guide", "Ground myself", "Note it for later", "Reach someone"] {
            app.by_name(name).await?;
        }
        app.screenshot("paths-reminder-4").await?;
        let choose = app.axe_in_every_look("reminder/choose").await?;
        assert!(choose.is_empty(), "axe found:\n{}", choose.join("\n"));

        // Note it for later: kept in For my next session.
        app.click_name("Note it for later").await?;
        app.execute(
            "const f = document.getElementById('reminder-note'); f.value = 'The phone face down at dinner.'; f.dispatchEvent(new Event('input'));",
            vec![],
        )
        .await?;
        app.click_name("Keep it for later").await?;
        app.wait_for_text(".note-slot", "Kept in For my next session").await?;
        let next = app
            .invoke("list_get", json!({ "list": "next_session" }))
            .await?;
        assert_eq!(next[0]["text"], json!("The phone face down at dinner."), "{next}");

        // Reach someone: Get help now, at once.
        app.click_name("Reach someone").await?;
        app.wait_for_screen("help").await?;

        let mut problems = Vec::new();
        app.press('r').await?;
        app.wait_for_text("#reminder-step-h", "Something brought it back").await?;
        problems.extend(app.axe_in_every_look("reminder/name").await?);
        app.click_name("Next").await?;
        app.wait_for_text(".statements", "I did not cause this.").await?;
        problems.extend(app.axe_in_every_look("reminder/now").await?);
        app.execute(
            "document.documentElement.dataset.theme = 'dark'; document.documentElement.dataset.text = 'larger';",
            vec![],
        )
        .await?;
        app.screenshot("paths-reminder-2-dark-larger").await?;
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn own_lists_keep_odd_text_delete_with_undo_and_stay_private() {
    run("paths_lists", Options::default(), async |app| {
        let long = "מילים שלי 🌊 ".repeat(150);
        let long: String = long.chars().take(2000).collect();
        app.invoke("list_add", json!({ "list": "moments", "text": long })).await?;
        app.invoke("list_add", json!({ "list": "next_session", "text": "Ask about the nightmares." }))
            .await?;
        // Too long is refused in plain words, and nothing is lost.
        let refused = app
            .invoke("list_add", json!({ "list": "moments", "text": "x".repeat(2001) }))
            .await;
        assert!(refused.is_err(), "2,001 characters were kept");
        app.press('l').await?;
        app.wait_for_screen("lists").await?;
        app.wait_for_text(".list-next_session", "Ask about the nightmares.").await?;
        app.wait_for_text(".list-moments", "מילים שלי").await?;
        app.screenshot("paths-lists").await?;
        // Delete, then Undo brings it back where it was.
        app.click_name("Delete “Ask about the nightmares.”").await?;
        app.wait_for_text("#screen .status", "Deleted.").await?;
        let gone = app.invoke("list_get", json!({ "list": "next_session" })).await?;
        assert_eq!(gone, json!([]));
        app.click_name("Undo").await?;
        app.wait_for_text(".list-next_session", "Ask about the nightmares.").await?;
        let back = app.invoke("list_get", json!({ "list": "next_session" })).await?;
        assert_eq!(back[0]["text"], json!("Ask about the nightmares."));
        // Add through the page.
        app.execute(
            "const f = document.getElementById('list-true_sentences-new'); f.value = 'I do not have to decide anything tonight.'; f.dispatchEvent(new Event('input'));",
            vec![],
        )
        .await?;
        app.execute(
            "document.querySelector('.list-true_sentences form button[type=submit]').click()",
            vec![],
        )
        .await?;
        app.wait_for_text(".list-true_sentences", "I do not have to decide anything tonight.")
            .await?;
        let problems = app.axe_in_every_look("lists").await?;
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        app.execute(
            "document.documentElement.dataset.theme = 'dark'; document.documentElement.dataset.text = 'larger';",
            vec![],
        )
        .await?;
        app.screenshot("paths-lists-dark-larger").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_wave_offers_halt_play_it_forward_and_one_key_to_a_person() {
    run("paths_wave", Options::default(), async |app| {
        app.invoke(
            "list_add",
            json!({ "list": "play_forward", "text": "I feel worse after, and I hide it again." }),
        )
        .await?;
        app.press('u').await?;
        app.wait_for_screen("urge").await?;
        app.click_name("Start").await?;
        app.wait_for_text("#screen h1", "Riding the wave").await?;
        app.wait_for_text("#forward-h", "Play it forward").await?;
        app.wait_for_text(".forward", "I feel worse after, and I hide it again.").await?;
        app.execute("document.querySelector('details.halt').open = true", vec![])
            .await?;
        let halt = app
            .execute(
                "return [...document.querySelectorAll('.halt-list li strong')].map((e) => e.textContent)",
                vec![],
            )
            .await?;
        assert_eq!(halt, json!(["Hungry?", "Angry?", "Lonely?", "Tired?"]));
        let text = app.body_text().await?;
        assert!(text.contains("Eat something small"), "{text}");
        for word in ["null", "undefined", "should", "relapse", "failure"] {
            assert!(!text.contains(word), "the wave says {word:?}:\n{text}");
        }
        app.screenshot("paths-wave").await?;
        let problems = app.axe_in_every_look("wave with HALT").await?;
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        app.execute(
            "document.documentElement.dataset.theme = 'dark'; document.documentElement.dataset.text = 'larger';",
            vec![],
        )
        .await?;
        app.screenshot("paths-wave-dark-larger").await?;
        // One key to a person: H opens Get help now, with the person's own people first.
        app.press('h').await?;
        app.wait_for_screen("help").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_partner_can_ride_out_the_urge_to_check_from_a_reminder() {
    run("paths_check", Options::default(), async |app| {
        app.press('r').await?;
        app.wait_for_text("#reminder-step-h", "Something brought it back")
            .await?;
        for title in [
            "This is now",
            "One thing for your body",
            "What would help now",
        ] {
            app.click_name("Next").await?;
            app.wait_for_text("#reminder-step-h", title).await?;
        }
        app.click_name("Ride out the urge to check").await?;
        app.wait_for_screen("urge").await?;
        app.wait_for_text("#screen h1", "Ride out the urge to check")
            .await?;
        app.click_name("Start").await?;
        app.wait_for_text("#screen h1", "Riding out the urge to check")
            .await?;
        let text = app.body_text().await?;
        assert!(text.contains("urge to check is rising"), "{text}");
        // HALT and play it forward are for an urge to act out, not this one.
        let halt = app
            .execute(
                "return document.querySelector('.halt, .forward') === null",
                vec![],
            )
            .await?;
        assert_eq!(halt, json!(true));
        app.screenshot("paths-check-wave").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn after_a_session_one_sentence_can_go_in_moments_i_got_through() {
    run("paths_moment", Options::default(), async |app| {
        app.press('g').await?;
        app.wait_for_screen("ground").await?;
        app.click_name("Begin").await?;
        for _ in 0..40 {
            let done = app
                .execute("return !!document.getElementById('moment')", vec![])
                .await?;
            if done == json!(true) {
                break;
            }
            app.click_name("Skip this step").await?;
        }
        app.wait_for_text("#screen form", "A moment you got through").await?;
        app.screenshot("paths-moment").await?;
        // The 0-10 scale reads as one row, or as 0-5 over 6-10: never a number left alone
        // on a line, in any look and in a narrow window.
        for (theme, text) in LOOKS {
            let rows = scale_rows(app, theme, text, None).await?;
            assert!(rows == [11] || rows == [6, 5], "{theme}/{text}: rows of {rows:?}");
        }
        let rows = scale_rows(app, "light", "larger", Some("20rem")).await?;
        assert_eq!(rows, [6, 5], "narrow: rows of {rows:?}");
        app.execute(
            "const f = document.getElementById('moment'); f.value = 'The film scene hit me, I walked through it, and it passed.'; f.dispatchEvent(new Event('input'));",
            vec![],
        )
        .await?;
        app.click_name("Done").await?;
        app.wait_for_screen("home").await?;
        let moments = app.invoke("list_get", json!({ "list": "moments" })).await?;
        assert_eq!(
            moments[0]["text"],
            json!("The film scene hit me, I walked through it, and it passed.")
        );
        // Nothing went into What helped: that box was not ticked.
        assert_eq!(app.invoke("helped_list", json!({})).await?, json!([]));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn each_answer_to_the_first_question_puts_its_own_tools_first() {
    for (answer, button, first) in [
        (
            "partner",
            "My partner's betrayal or addiction hurt me",
            ["A reminder hit me", "Breathe", "Ground"],
        ),
        (
            "recovery",
            "I am in recovery from compulsive sexual behaviour",
            ["Ride the wave", "Breathe", "Ground"],
        ),
        (
            "both",
            "Both, or something else",
            ["A reminder hit me", "Ride the wave", "Breathe"],
        ),
        (
            "rather_not_say",
            "I would rather not say",
            ["Breathe", "Ground", "Ride the wave"],
        ),
        (
            "rather_not_say",
            "Skip this question",
            ["Breathe", "Ground", "Ride the wave"],
        ),
    ] {
        run(
            &format!("paths_answer_{answer}"),
            Options::default(),
            async |app| {
                app.wait_for_text("#brings-h", "What brings you here")
                    .await?;
                app.click_name(button).await?;
                for _ in 0..200 {
                    if question_below_tools(app).await? == Value::Null {
                        break;
                    }
                    app.wait_for_screen("home").await?;
                }
                let shown = home_choices(app).await?;
                assert_eq!(shown[..3], first[..], "{answer}: {shown:?}");
                assert_eq!(
                    app.invoke("get_settings", json!({})).await?["brings"],
                    json!(answer)
                );
                if answer == "partner" {
                    // For a partner, the wave is the one for the urge to check: card and U.
                    assert!(
                        shown.contains(&"Ride out the urge to check".to_string()),
                        "{shown:?}"
                    );
                    app.press('u').await?;
                    app.wait_for_text("#screen h1", "Ride out the urge to check")
                        .await?;
                }
                app.screenshot(&format!("paths-home-{answer}")).await?;
                Ok(())
            },
        )
        .await;
    }
}

#[tokio::test]
async fn a_reminder_reaches_each_of_its_endings_by_keyboard_and_escape_leaves_it() {
    run("paths_endings", Options::default(), async |app| {
        for (ending, screen) in [
            ("Breathe with a guide", "breathe"),
            ("Ground myself", "ground"),
            ("Ride out the urge to check", "urge"),
            ("Reach someone", "help"),
        ] {
            app.press('r').await?;
            app.wait_for_text("#reminder-step-h", "Something brought it back")
                .await?;
            // By keyboard alone: Tab to Next and Enter, three times, then to the ending.
            for _ in 0..3 {
                app.tab_to_and_enter("Next").await?;
            }
            app.wait_for_text("#reminder-step-h", "What would help now")
                .await?;
            app.tab_to_and_enter(ending).await?;
            app.wait_for_screen(screen).await?;
            app.press(steady_e2e::Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        // Escape leaves the flow from any step, and the other new screens too.
        for key in ['r', 'c', 'l'] {
            app.press(key).await?;
            app.wait_for_text("#screen h1", "").await?;
            app.press(steady_e2e::Key::Escape).await?;
            app.wait_for_screen("home").await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_close_call_with_halt_and_a_moment_are_kept_and_read_back_after_a_restart() {
    run("paths_close_call", Options::default(), async |app| {
        app.press('c').await?;
        app.wait_for_screen("close-call").await?;
        app.wait_for_text("#screen fieldset", "Lonely?").await?;
        let text = app.body_text().await?;
        for word in ["relapse", "failure", "should", "streak", "null"] {
            assert!(!text.to_lowercase().contains(word), "the note says {word:?}:\n{text}");
        }
        app.screenshot("paths-close-call").await?;
        let problems = app.axe_in_every_look("close call").await?;
        assert!(problems.is_empty(), "axe found:\n{}", problems.join("\n"));
        app.execute(
            r#"const set = (id, v) => { const f = document.getElementById(id); f.value = v; f.dispatchEvent(new Event('input')); };
set('close-happened', 'I looked, late at night, after a hard call.');
set('close-helped', 'Calling Sam would have helped.');
set('close-next', 'Go to the Thursday meeting.');
set('close-tell', 'Sam, and my sponsor.');
for (const v of ['lonely', 'tired']) document.querySelector(`input[name=halt][value=${v}]`).click();"#,
            vec![],
        )
        .await?;
        app.click_name("Keep this note").await?;
        app.wait_for_text("#screen", "Kept, privately").await?;
        app.invoke(
            "list_add",
            json!({ "list": "moments", "text": "I got through the evening without checking." }),
        )
        .await?;
        app.restart().await?;
        app.press('l').await?;
        app.wait_for_screen("lists").await?;
        let calls = app
            .wait_for_text(".list-close_calls", "I looked, late at night")
            .await?;
        for part in ["Lonely?", "Tired?", "Calling Sam would have helped.", "Go to the Thursday meeting.", "Sam, and my sponsor."] {
            assert!(calls.contains(part), "{part} not read back:\n{calls}");
        }
        app.wait_for_text(".list-moments", "I got through the evening without checking.")
            .await?;
        app.screenshot("paths-lists-close-call").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_therapy_list_is_saved_to_a_file_and_joins_the_plan_only_when_ticked() {
    run("paths_save_list", Options::default(), async |app| {
        app.invoke(
            "list_add",
            json!({ "list": "next_session", "text": "Ask about the nightmares." }),
        )
        .await?;
        app.press('l').await?;
        app.wait_for_text(".list-next_session", "Ask about the nightmares.")
            .await?;
        app.click_name("Save as a Markdown file").await?;
        let window = app.dialog("Save File|Save").await?;
        let target = app.app_home().join("For my next session.md");
        app.save_in_dialog(&window, &target).await?;
        let md = std::fs::read_to_string(&target)?;
        assert_eq!(
            md,
            "# For my next session\n\n- Ask about the nightmares\\.\n"
        );
        app.wait_for_text("#screen .status", "Saved to").await?;
        // On the plan's printout only when ticked.
        app.invoke(
            "plan_add",
            json!({ "section": "matters", "input": { "text": "my dog" } }),
        )
        .await?;
        app.press('p').await?;
        app.wait_for_screen("plan").await?;
        let before = app
            .execute(
                "return document.querySelector('.print-only')?.textContent ?? ''",
                vec![],
            )
            .await?;
        assert!(
            !before.as_str().unwrap_or_default().contains("nightmares"),
            "{before}"
        );
        app.click_name("For my next session").await?;
        let after = app
            .execute(
                "return document.querySelector('.print-only')?.textContent ?? ''",
                vec![],
            )
            .await?;
        assert!(
            after
                .as_str()
                .unwrap_or_default()
                .contains("Ask about the nightmares."),
            "{after}"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_close_call_can_be_written_and_kept_by_keyboard_alone() {
    run("paths_close_call_keys", Options::default(), async |app| {
        app.press('c').await?;
        app.wait_for_screen("close-call").await?;
        // The first box is the first stop after the heading.
        app.press(steady_e2e::Key::Tab).await?;
        let at = app
            .execute("return document.activeElement?.id ?? ''", vec![])
            .await?;
        assert_eq!(at, json!("close-happened"));
        let field = app
            .client
            .as_ref()
            .ok_or("no session")?
            .active_element()
            .await?;
        field.send_keys("Late, alone, I looked.").await?;
        for _ in 0..30 {
            app.press(steady_e2e::Key::Tab).await?;
            if app.focused_name().await? == "Keep this note" {
                break;
            }
        }
        app.press(steady_e2e::Key::Enter).await?;
        app.wait_for_text("#screen", "Kept, privately").await?;
        let calls = app
            .invoke("list_get", json!({ "list": "close_calls" }))
            .await?;
        assert_eq!(calls[0]["text"], json!("Late, alone, I looked."), "{calls}");
        app.press(steady_e2e::Key::Escape).await?;
        app.wait_for_screen("home").await?;
        Ok(())
    })
    .await;
}
